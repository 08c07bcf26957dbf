import { describe, expect, it } from 'vitest';
import {
  allocate,
  compareDates,
  equals,
  fourthEdition,
  fourthEditionPackage,
  isWithinInterval,
  money,
  multiply,
  parseEdition,
  sumMoney,
} from 'athlete-accelerator/core';

describe('fourthEdition', () => {
  it('parses with parseEdition', () => {
    const result = parseEdition(fourthEdition);
    expect(result.ok).toBe(true);
  });

  it('allocates its USD 10,000 package to exactly 2,000 / 1,500 / 1,500 / 5,000', () => {
    const result = parseEdition(fourthEdition);
    if (!result.ok) throw new Error(result.error.message);
    const { value, components } = result.value.packageTemplate;
    expect(value).toEqual(money('10000', 'USD'));
    const parts = allocate(value, components.map((component) => component.weight));
    expect(parts.ok).toBe(true);
    if (!parts.ok) return;
    expect(components.map((component, index) => [component.id, parts.value[index]?.amount])).toEqual([
      ['logistics-training', '2000.00'],
      ['operations-training', '1500.00'],
      ['sourcing-training', '1500.00'],
      ['trade-credit', '5000.00'],
    ]);
    expect(sumMoney(parts.value, 'USD')).toEqual({ ok: true, value: money('10000', 'USD') });
  });

  it('funds exactly its seats: seats × package value equals the budget', () => {
    const result = parseEdition(fourthEdition);
    if (!result.ok) throw new Error(result.error.message);
    const { seats, budget, packageTemplate } = result.value;
    expect(seats).toBe(50);
    expect(budget).toEqual(money('500000', 'USD'));
    expect(equals(multiply(packageTemplate.value, seats), budget)).toBe(true);
  });

  it('bundles the services and trade credit the programme describes', () => {
    const kinds = fourthEditionPackage.components.map((component) => [component.kind, 'service' in component ? component.service : undefined]);
    expect(kinds).toEqual([
      ['service', 'logistics'],
      ['service', 'operations'],
      ['service', 'sourcing'],
      ['credit', undefined],
    ]);
    expect(fourthEdition.packageTemplate).toBe(fourthEditionPackage);
  });

  it('carries the survey baselines and the reach the programme cites', () => {
    expect(fourthEdition.baselines).toEqual({ struggledToSecureCareer: 0.63, believedTransferableSkills: 0.76, ranOwnVenture: 0.52 });
    expect(fourthEdition.reach).toBe(1000);
  });

  it('dates its parameters so a change mid-edition keeps earlier decisions', () => {
    expect(fourthEdition.parameters.minimumHoursPerWeek).toEqual([
      { from: '2026-09-01', value: 4 },
      { from: '2027-01-01', value: 5 },
    ]);
    expect(fourthEdition.parameters.minimumAge).toEqual([{ from: '2026-09-01', value: 18 }]);
  });

  it('issues packages only within the cohort dates it declares', () => {
    const { issueWindow } = fourthEditionPackage;
    const { applicationsClose, cohortStart, cohortEnd } = fourthEdition.dates;
    const cohort = { start: cohortStart, end: cohortEnd };
    expect(isWithinInterval(issueWindow.start, cohort)).toBe(true);
    expect(isWithinInterval(issueWindow.end, cohort)).toBe(true);
    expect(compareDates(applicationsClose, cohortStart)).toBe(-1);
  });
});
