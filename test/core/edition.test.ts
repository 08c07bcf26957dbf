import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  BaselinesSchema,
  ComponentKindSchema,
  fourthEdition,
  PackageComponentSchema,
  PackageTemplateSchema,
  ParameterHistorySchema,
  parseEdition,
  toMinorUnits,
  type Path,
} from 'athlete-accelerator/core';
import { PROPERTY_RUN } from './arbitraries.js';
import { deepFreeze } from './deepFreeze.js';

type Mutable = Record<string, unknown> & {
  dates: Record<string, unknown>;
  budget: Record<string, unknown>;
  packageTemplate: Record<string, unknown> & { value: Record<string, unknown>; components: Record<string, unknown>[] };
  parameters: Record<string, { from: string; value: unknown }[]>;
};

/** A deep, writable copy of the bundled edition to break one field of. */
function edition(): Mutable {
  const copy: unknown = structuredClone(fourthEdition);
  return copy as Mutable;
}

function issuePaths(input: unknown): Path[] {
  const result = parseEdition(input);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.path).toEqual(result.error.issues?.[0]?.path);
  return (result.error.issues ?? []).map((issue) => issue.path);
}

describe('parseEdition', () => {
  it('accepts the sample edition in data/sample/edition.json, as its doc example says', () => {
    const input: unknown = JSON.parse(readFileSync(new URL('../../data/sample/edition.json', import.meta.url), 'utf8'));
    expect(parseEdition(input).ok).toBe(true);
  });

  it('accepts the bundled 4th edition', () => {
    const result = parseEdition(fourthEdition);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.id).toBe('edition-4');
  });

  it('refuses a value that is not an object at the root path', () => {
    for (const input of [null, [], 'edition-4', 4]) expect(issuePaths(input)).toEqual([[]]);
  });

  it('refuses applications that close before they open, at dates.applicationsClose', () => {
    const input = edition();
    input.dates.applicationsClose = '2026-08-31';
    expect(issuePaths(input)).toEqual([['dates', 'applicationsClose']]);
  });

  it('refuses a cohort that ends before it starts, at dates.cohortEnd', () => {
    const input = edition();
    input.dates.cohortEnd = '2027-01-10';
    expect(issuePaths(input)).toEqual([['dates', 'cohortEnd']]);
  });

  it('refuses a package in another currency than the budget, at packageTemplate.value.currency', () => {
    const input = edition();
    input.budget.currency = 'EUR';
    expect(issuePaths(input)).toEqual([['packageTemplate', 'value', 'currency']]);
  });

  it('refuses a budget with more digits than its currency allows, at budget.amount', () => {
    const input = edition();
    input.budget.amount = '500000.001';
    expect(issuePaths(input)).toEqual([['budget', 'amount']]);
  });

  it('refuses a component id used twice, at the second one', () => {
    const input = edition();
    const second = input.packageTemplate.components[1];
    if (second !== undefined) second.id = 'logistics-training';
    expect(issuePaths(input)).toEqual([['packageTemplate', 'components', 1, 'id']]);
  });

  it('refuses components whose weights are all zero, at packageTemplate.components', () => {
    const input = edition();
    for (const component of input.packageTemplate.components) component.weight = component.id === 'trade-credit' ? '0.00' : 0;
    expect(issuePaths(input)).toEqual([['packageTemplate', 'components']]);
  });

  it('refuses a weight that is negative or not a plain decimal, at its path', () => {
    for (const weight of [-1, '-1', '1e3', 'half', '', Infinity, Number.NaN]) {
      const input = edition();
      const first = input.packageTemplate.components[0];
      if (first !== undefined) first.weight = weight;
      const paths = issuePaths(input);
      expect(paths.length, String(weight)).toBeGreaterThan(0);
      for (const path of paths) expect(path, String(weight)).toEqual(['packageTemplate', 'components', 0, 'weight']);
    }
  });

  it('refuses a weight the package value cannot be allocated by, at its path', () => {
    for (const weight of [1e-31, 5e-324, `0.${'0'.repeat(30)}1`, '1'.repeat(101)]) {
      const input = edition();
      const first = input.packageTemplate.components[0];
      if (first !== undefined) first.weight = weight;
      expect(issuePaths(input), String(weight)).toEqual([['packageTemplate', 'components', 0, 'weight']]);
    }
  });

  it('refuses a parameter with two values from the same date, at the second one', () => {
    const input = edition();
    input.parameters.minimumHoursPerWeek = [
      { from: '2026-09-01', value: 4 },
      { from: '2026-09-01', value: 5 },
    ];
    expect(issuePaths(input)).toEqual([['parameters', 'minimumHoursPerWeek', 1, 'from']]);
  });

  it('refuses a parameter with no values or a bad name, at its path', () => {
    const empty = edition();
    empty.parameters.minimumAge = [];
    expect(issuePaths(empty)).toEqual([['parameters', 'minimumAge']]);
    const badName = edition();
    badName.parameters['Minimum Age'] = [{ from: '2026-09-01', value: 18 }];
    expect(issuePaths(badName)).toEqual([['parameters', 'Minimum Age']]);
  });

  it('refuses negative seats, a fractional edition number and baselines above 1, each at its path', () => {
    const cases: [(input: Mutable) => void, Path][] = [
      [(input) => (input.seats = -1), ['seats']],
      [(input) => (input.number = 4.5), ['number']],
      [(input) => (input.baselines = { struggledToSecureCareer: 1.2, believedTransferableSkills: 0.76, ranOwnVenture: 0.52 }), ['baselines', 'struggledToSecureCareer']],
      [(input) => (input.packageTemplate.creditValidDays = 0), ['packageTemplate', 'creditValidDays']],
      [(input) => (input.packageTemplate.issueWindow = { start: '2027-03-31', end: '2027-01-11' }), ['packageTemplate', 'issueWindow', 'end']],
      [(input) => (input.packageTemplate.components = []), ['packageTemplate', 'components']],
      [(input) => (input.dates.cohortStart = '2027-02-30'), ['dates', 'cohortStart']],
    ];
    for (const [breakIt, path] of cases) {
      const input = edition();
      breakIt(input);
      const paths = issuePaths(input);
      expect(paths.length, JSON.stringify(path)).toBeGreaterThan(0);
      for (const found of paths) expect(found, JSON.stringify(path)).toEqual(path);
    }
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(edition());
    const copy = structuredClone(input);
    expect(parseEdition(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('the schemas of an edition', () => {
  it('know the two kinds of package component', () => {
    expect(ComponentKindSchema.options).toEqual(['service', 'credit']);
    expect(PackageComponentSchema.safeParse({ id: 'coaching', name: 'Coaching', kind: 'service', weight: '12.5' }).success).toBe(true);
  });

  it('accept parameter histories in any order and refuse an empty one', () => {
    expect(ParameterHistorySchema.safeParse([{ from: '2027-01-01', value: 5 }, { from: '2026-09-01', value: 4 }]).success).toBe(true);
    expect(ParameterHistorySchema.safeParse([]).success).toBe(false);
  });

  it('accept baselines between 0 and 1', () => {
    expect(BaselinesSchema.safeParse({ struggledToSecureCareer: 0, believedTransferableSkills: 1, ranOwnVenture: 0.5 }).success).toBe(true);
    expect(BaselinesSchema.safeParse({ struggledToSecureCareer: -0.1, believedTransferableSkills: 1, ranOwnVenture: 0.5 }).success).toBe(false);
  });
});

describe('edition properties', () => {
  const weightArbitrary = fc.oneof(
    fc.double({ min: 0, max: 1e12, noNaN: true }),
    fc.integer({ min: 0, max: 100 }),
    fc.stringMatching(/^\d{1,40}(\.\d{1,40})?$/),
    fc.constantFrom(0, '0', 1e-31, 5e-324, Number.MAX_VALUE, '1'.repeat(101)),
  );

  it('accepts only package templates whose value allocates by weight to exactly the whole', () => {
    fc.assert(
      fc.property(fc.array(weightArbitrary, { minLength: 1, maxLength: 6 }), (weights) => {
        const template = {
          ...structuredClone(fourthEdition.packageTemplate),
          components: weights.map((weight, index) => ({ id: `part-${index}`, name: `Part ${index}`, kind: 'service', weight })),
        };
        const parsed = PackageTemplateSchema.safeParse(template);
        if (!parsed.success) return;
        const parts = allocate(parsed.data.value, parsed.data.components.map((component) => component.weight));
        expect(parts.ok).toBe(true);
        if (parts.ok) expect(parts.value.reduce((sum, part) => sum + toMinorUnits(part), 0n)).toBe(toMinorUnits(parsed.data.value));
      }),
      PROPERTY_RUN,
    );
  });
});
