import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, fourthEdition, multiply, subtract, zero, type EditionInput } from 'athlete-accelerator/core';
import { balance, replay, trialBalance } from 'athlete-accelerator/accounting';
import { checkEligibility } from 'athlete-accelerator/eligibility';
import { runCohort, COHORT_REPORT_FORMAT, type CohortReport, type RunCohortInput } from 'athlete-accelerator/programme';
import { loadSampleData } from '../../examples/support/sample-data.js';

const { athletes, mentors, edition } = loadSampleData();
const asOf = '2026-12-01';

function run(input: Partial<RunCohortInput> = {}): CohortReport {
  const result = runCohort({ edition, applications: athletes, mentors, asOf, ...input });
  if (!result.ok) throw new Error(`${result.error.message} ${JSON.stringify(result.error.issues)}`);
  return result.value;
}

/** The invariants every report must keep, whatever the input. */
function expectInvariants(report: CohortReport, input: { edition: EditionInput; mentors: readonly { id: string; capacity: number }[] }): void {
  const { funnel } = report;
  expect(funnel.selected).toBeLessThanOrEqual(report.edition.seats);
  expect(funnel.invalid + funnel.eligible + funnel.ineligible + funnel.needsInformation).toBe(funnel.applications);
  expect(funnel.selected + funnel.waitlisted + funnel.notSelected).toBe(funnel.eligible);
  expect(report.recipients).toHaveLength(funnel.selected);
  expect(new Set(report.recipients.map((line) => line.athleteId)).size).toBe(funnel.selected);
  // Budget conservation: funded = committed + remaining; committed = packages x value; service + credit = committed.
  const { budget } = report.packages;
  expect(compare(add(budget.committed, budget.remaining), budget.funded)).toBe(0);
  expect(compare(budget.committed, multiply(report.edition.packageValue, funnel.packagesIssued))).toBe(0);
  expect(compare(add(budget.serviceCommitted, budget.creditCommitted), budget.committed)).toBe(0);
  expect(funnel.packagesIssued + report.packages.refused.length).toBe(funnel.selected);
  // The journal rebuilds the ledger, and it balances.
  const ledger = replay(report.packages.journal);
  expect(ledger.ok).toBe(true);
  if (ledger.ok) {
    expect(trialBalance(ledger.value, report.edition.budget.currency).balanced).toBe(true);
    const onBudget = balance(ledger.value, 'programme-budget');
    expect(compare(subtract(onBudget.creditsPosted, onBudget.debitsPosted), budget.remaining)).toBe(0);
  }
  // Every mentor within capacity, and the load agrees with the pairs.
  const capacity = new Map(input.mentors.map((mentor) => [mentor.id, mentor.capacity]));
  const load = new Map<string, number>();
  for (const line of report.recipients) if (line.mentor.status === 'matched') load.set(line.mentor.mentorId, (load.get(line.mentor.mentorId) ?? 0) + 1);
  for (const [mentorId, assigned] of load) expect(assigned).toBeLessThanOrEqual(capacity.get(mentorId) ?? -1);
  for (const line of report.mentoring.mentorLoad) expect(line.assigned).toBe(load.get(line.mentorId) ?? 0);
  expect(report.recipients.filter((line) => line.mentor.status === 'matched')).toHaveLength(funnel.matched);
}

describe('runCohort on the bundled sample data', () => {
  const report = run();

  it('runs the funnel the sample data is built for: 399 eligible, 50 selected, 50 packages of USD 10,000', () => {
    expect(report.format).toBe(COHORT_REPORT_FORMAT);
    expect(report.funnel).toMatchObject({ applications: 1200, invalid: 0, eligible: 399, ineligible: 560, needsInformation: 241, selected: 50, waitlisted: 50, packagesIssued: 50 });
    expect(report.packages.budget.committed).toEqual({ amount: '500000.00', currency: 'USD' });
    expect(report.packages.budget.remaining).toEqual({ amount: '0.00', currency: 'USD' });
  });

  it('keeps the pipeline invariants: seats, funnel arithmetic, budget conservation, mentor capacity', () => {
    expectInvariants(report, { edition, mentors });
  });

  it('selects only athletes who are eligible on asOf', () => {
    const byId = new Map(athletes.map((athlete) => [athlete.id as string, athlete]));
    for (const line of report.recipients) {
      const athlete = byId.get(line.athleteId);
      expect(athlete).toBeDefined();
      if (athlete === undefined) continue;
      const checked = checkEligibility(athlete, edition, asOf);
      expect(checked.ok && checked.value.decision).toBe('eligible');
    }
  });

  it('meets the edition\'s default quota of five recipients per continental region', () => {
    expect(report.selection.quotas).toHaveLength(6);
    for (const quota of report.selection.quotas) {
      expect(quota.met).toBe(true);
      expect(quota.selected).toBeGreaterThanOrEqual(5);
    }
  });

  it('lists exactly what to ask applicants who need to send more information', () => {
    expect(report.eligibility.needsInformation).toHaveLength(241);
    const counted = report.eligibility.missingFacts.reduce((sum, line) => sum + line.count, 0);
    expect(counted).toBe(report.eligibility.needsInformation.reduce((sum, line) => sum + line.missing.length, 0));
    expect(report.eligibility.missingFacts[0]?.count).toBeGreaterThan(0);
  });

  it('gives every recipient a package with credit spendable for the template\'s validity, a path and a mentor', () => {
    for (const line of report.recipients) {
      expect(line.package).toMatchObject({ status: 'issued', value: { amount: '10000.00', currency: 'USD' }, credit: { amount: '5000.00' }, creditSpendableUntil: '2028-01-10' });
      expect(line.mentor.status).toBe('matched');
      expect(line.learning.scheduledModules).toBeLessThanOrEqual(line.learning.modules);
    }
  });

  it('draws a burn-down whose open credit drops to zero when the credit expires', () => {
    const months = report.packages.burnDown;
    expect(months[0]?.month).toBe('2026-09');
    const january = months.find((month) => month.month === '2027-01');
    expect(january?.creditOpenIfUnspent).toEqual({ amount: '250000.00', currency: 'USD' });
    expect(months.find((month) => month.month === '2028-01')?.creditExpiring).toEqual({ amount: '250000.00', currency: 'USD' });
    expect(months.at(-1)?.creditOpenIfUnspent).toEqual(zero('USD'));
  });

  it('is plain JSON and byte-identical on a second run', () => {
    const json = JSON.stringify(report);
    expect(JSON.parse(json)).toEqual(report);
    expect(JSON.stringify(run())).toBe(json);
  });

  it('does not modify its input', () => {
    const applications = structuredClone(athletes.slice(0, 200));
    const mentorCopy = structuredClone(mentors);
    const before = JSON.stringify([applications, mentorCopy, edition]);
    runCohort({ edition, applications, mentors: mentorCopy, asOf });
    expect(JSON.stringify([applications, mentorCopy, edition])).toBe(before);
  });

  it('reports progress for every stage, in order', () => {
    const events: string[] = [];
    run({ applications: athletes.slice(0, 100), options: { onProgress: (event) => events.push(`${event.stage}:${event.status}`) } });
    expect(events).toEqual(['eligibility', 'selection', 'packages', 'learning', 'matching', 'report'].flatMap((stage) => [`${stage}:start`, `${stage}:done`]));
  });
});

describe('runCohort keeps going when one application, package or athlete fails', () => {
  it('lists an application that does not parse, or repeats an id, with its path, and checks the rest', () => {
    const applications: unknown[] = [athletes[0], { ...athletes[1], dateOfBirth: '1990-02-30' }, athletes[0], 'not an athlete', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')];
    const report = run({ applications });
    expect(report.funnel.applications).toBe(5);
    expect(report.funnel.invalid).toBe(4);
    const invalid = report.eligibility.invalidApplications;
    expect(invalid.map((line) => line.index)).toEqual([1, 2, 3, 4]);
    expect(invalid[0]?.issues[0]?.path).toEqual(['applications', 1, 'dateOfBirth']);
    expect(invalid[1]?.issues[0]).toEqual({ path: ['applications', 2, 'id'], message: 'The id "athlete-0001" was already used by applications[0].' });
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('refuses packages the budget cannot cover, as values with warnings, and conserves the budget', () => {
    const small: EditionInput = { ...edition, budget: { amount: '123456.78', currency: 'USD' } };
    const report = run({ edition: small });
    expect(report.funnel.packagesIssued).toBe(12);
    expect(report.packages.refused).toHaveLength(38);
    expect(report.packages.refused[0]?.code).toBe('insufficient-funds');
    expect(report.packages.budget.remaining).toEqual({ amount: '3456.78', currency: 'USD' });
    expect(report.warnings.filter((warning) => warning.stage === 'packages')).toHaveLength(38);
    const refusedLine = report.recipients.find((line) => line.package.status === 'refused');
    expect(refusedLine?.package).toMatchObject({ status: 'refused', code: 'insufficient-funds' });
    expectInvariants(report, { edition: small, mentors });
  });

  it('says which quota was missed and by how much instead of relaxing it', () => {
    const report = run({ options: { quotas: [{ attribute: 'country', value: 'NZ', min: 40 }] } });
    const quota = report.selection.quotas[0];
    expect(quota?.met).toBe(false);
    expect(quota?.shortBy).toBe(40 - (quota?.available ?? 0));
    expect(report.warnings.some((warning) => warning.code === 'quota-missed' && warning.message.includes(`missed by ${String(quota?.shortBy)}`))).toBe(true);
    // Said once, with its code: not a second time in the selection's own words.
    expect(report.warnings.filter((warning) => warning.stage === 'selection')).toEqual([expect.objectContaining({ code: 'quota-missed' })]);
  });

  it('reports athletes no mentor can take', () => {
    const report = run({ mentors: mentors.slice(0, 3) });
    expect(report.funnel.matched).toBeLessThan(50);
    expect(report.mentoring.unmatched.length).toBe(50 - report.funnel.matched);
    expect(report.warnings.filter((warning) => warning.stage === 'matching')).toHaveLength(report.mentoring.unmatched.length);
    expectInvariants(report, { edition, mentors: mentors.slice(0, 3) });
  });

  it('runs with no applications at all', () => {
    const report = run({ applications: [] });
    expect(report.funnel).toMatchObject({ applications: 0, eligible: 0, selected: 0, packagesIssued: 0, matched: 0 });
    expect(report.selection.quotas.every((quota) => !quota.met)).toBe(true);
  });
});

describe('runCohort refuses an unusable input with every problem and its path', () => {
  it('names the edition, mentor, asOf and option problems at once', () => {
    const result = runCohort({
      edition: { ...edition, seats: -1 },
      applications: athletes.slice(0, 5),
      mentors: [mentors[0], { ...mentors[1], capacity: -2 }],
      asOf: '2026-13-01',
      options: { seed: 42, colour: 'red' } as never,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    const paths = (result.error.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['edition.seats', 'mentors.1.capacity', 'asOf', 'options.seed', 'options']));
  });

  it('refuses a non-object input, a missing application list and a curriculum with a prerequisite cycle', () => {
    for (const input of [null, 42, 'cohort', []]) {
      const result = runCohort(input as never);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    const missing = runCohort({ edition, mentors, asOf } as never);
    expect(!missing.ok && missing.error.issues?.[0]?.path).toEqual(['applications']);
    const cyclic = runCohort({
      edition,
      applications: [],
      mentors,
      asOf,
      curriculum: {
        id: 'c',
        title: 'Cyclic',
        tracks: [],
        modules: [
          { id: 'a', title: 'A', summary: '', track: 'logistics', format: 'self-paced', effortHours: 1, competencies: [{ competency: 'freight', level: 1 }], delivery: { mode: 'online', languages: ['en'] }, prerequisites: ['b'] },
          { id: 'b', title: 'B', summary: '', track: 'logistics', format: 'self-paced', effortHours: 1, competencies: [{ competency: 'freight', level: 1 }], delivery: { mode: 'online', languages: ['en'] }, prerequisites: ['a'] },
        ],
      } as never,
    });
    expect(!cyclic.ok && cyclic.error.issues?.every((issue) => issue.path[0] === 'curriculum')).toBe(true);
  });

  it('returns a stage failure, not an exception, when the edition\'s rules do not compile', () => {
    const result = runCohort({ edition: { ...edition, rules: { fact: 'athlete.sport', op: '~=', value: 'x' } }, applications: athletes.slice(0, 3), mentors, asOf });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('stage-failed');
      expect(result.error.stage).toBe('eligibility');
      expect(result.error.cause?.code).toBe('unknown-operator');
    }
  });
});

describe('runCohort properties', () => {
  it('keeps its invariants on random pools, seat counts and budgets, and never throws', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: athletes.length - 1 }), { maxLength: 120 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 60 }),
        (indexes, seats, packages, mentorCount) => {
          const pool = indexes.map((index) => athletes[index]);
          const trial: EditionInput = { ...fourthEdition, seats, budget: multiply(fourthEdition.packageTemplate.value, packages) };
          const few = mentors.slice(0, mentorCount);
          const result = runCohort({ edition: trial, applications: pool, mentors: few, asOf });
          expect(result.ok).toBe(true);
          if (result.ok) {
            expectInvariants(result.value, { edition: trial, mentors: few });
            expect(result.value.funnel.packagesIssued).toBe(Math.min(packages, result.value.funnel.selected));
          }
        },
      ),
      { numRuns: 25, seed: 8 },
    );
  });
});
