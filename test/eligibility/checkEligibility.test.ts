import { describe, expect, it } from 'vitest';
import { fourthEdition, type AthleteInput, type EditionInput } from 'athlete-accelerator/core';
import { checkApplicants, checkEligibility, compileRule, fourthEditionRules, resolveParams } from 'athlete-accelerator/eligibility';

const asOf = '2026-12-01';

/** An applicant who meets every rule of the 4th edition. */
const eligible: AthleteInput = {
  id: 'athlete-ok',
  name: 'Amina Kamau',
  sport: 'athletics',
  country: 'KE',
  languages: ['en', 'sw'],
  dateOfBirth: '1994-05-02',
  careerStage: 'transitioning',
  participations: [{ event: 'world-championships', year: 2019 }],
  venture: { stage: 'plan', sector: 'sportswear' },
  availabilityHoursPerWeek: 6,
};

describe('resolveParams', () => {
  it('picks the value in force on the date, and the later one once it takes effect', () => {
    expect(resolveParams(fourthEdition, '2026-12-31').minimumHoursPerWeek).toBe(4);
    expect(resolveParams(fourthEdition, '2027-01-01').minimumHoursPerWeek).toBe(5);
  });

  it('leaves out a parameter that has no value in force yet', () => {
    expect(resolveParams(fourthEdition, '2026-08-31')).toEqual({});
  });

  it('does not depend on the order of the history', () => {
    const edition = { parameters: { x: [{ from: '2027-01-01', value: 2 }, { from: '2026-01-01', value: 1 }] } };
    expect(resolveParams(edition, '2026-06-01')).toEqual({ x: 1 });
    expect(resolveParams(edition, '2027-06-01')).toEqual({ x: 2 });
  });
});

describe('checkEligibility', () => {
  it('finds an applicant who meets every rule eligible, with the rules that passed as reasons', () => {
    const result = checkEligibility(eligible, fourthEdition, asOf);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decision).toBe('eligible');
    expect(result.value.missing).toEqual([]);
    expect(result.value.reasons.map((r) => r.ruleId)).toEqual(['minimum-age', 'career-phase', 'elite-record', 'venture', 'availability', 'language']);
  });

  it('finds an applicant ineligible when a rule fails, naming it in plain words', () => {
    const result = checkEligibility({ ...eligible, participations: [{ event: 'national-championships', year: 2020 }] }, fourthEdition, asOf);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decision).toBe('ineligible');
    expect(result.value.reasons).toEqual([{ ruleId: 'elite-record', description: 'Has competed at the Games or at world level', outcome: 'fail' }]);
  });

  it('asks for exactly the facts that could change the decision', () => {
    const { availabilityHoursPerWeek: _hours, ...withoutHours } = eligible;
    const result = checkEligibility(withoutHours, fourthEdition, asOf);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decision).toBe('needs-information');
    expect(result.value.missing).toEqual(['athlete.availabilityHoursPerWeek']);
    expect(result.value.reasons.map((r) => r.ruleId)).toEqual(['availability']);
  });

  it('does not ask for facts when another rule already fails', () => {
    const { availabilityHoursPerWeek: _hours, ...withoutHours } = eligible;
    const result = checkEligibility({ ...withoutHours, languages: ['de'] }, fourthEdition, asOf);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.decision).toBe('ineligible');
    expect(result.value.missing).toEqual([]);
  });

  it('does not ask a transitioning athlete for a retirement date that no rule needs from them', () => {
    const result = checkEligibility(eligible, fourthEdition, asOf);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.missing).not.toContain('athlete.retiredOn');
  });

  it('applies the parameters in force on the date (minimum hours rise from 4 to 5 on 1 January)', () => {
    const fourHours = { ...eligible, availabilityHoursPerWeek: 4 };
    const before = checkEligibility(fourHours, fourthEdition, '2026-12-31');
    const after = checkEligibility(fourHours, fourthEdition, '2027-01-01');
    expect(before.ok && before.value.decision).toBe('eligible');
    expect(after.ok && after.value.decision).toBe('ineligible');
  });

  it('uses the edition\'s own rules when it has them', () => {
    const edition: EditionInput = { ...fourthEdition, rules: { id: 'only-kenya', description: 'Lives in Kenya', fact: 'athlete.country', op: '==', value: 'KE' } };
    const result = checkEligibility({ ...eligible, languages: ['sw'] }, edition, asOf);
    expect(result.ok && result.value.decision).toBe('eligible');
  });

  it('keeps the trace, whose outcome matches the decision', () => {
    const result = checkEligibility(eligible, fourthEdition, asOf);
    expect(result.ok && result.value.trace.outcome).toBe('pass');
  });

  it('refuses a malformed application, edition and date with the path of every problem', () => {
    const result = checkEligibility({ ...eligible, country: 'Kenya' }, { ...fourthEdition, seats: -1 }, '01/12/2026');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['athlete.country', 'edition.seats', 'asOf']));
    expect(result.error.code).toBe('invalid-input');
  });

  it('refuses an edition whose rule document is malformed, with the path inside the edition', () => {
    const result = checkEligibility(eligible, { ...fourthEdition, rules: { all: [{ fact: 'athlete.age', op: '~=', value: 1 }] } }, asOf);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['edition', 'rules', 'all', 0, 'op']);
  });

  it('does not mutate its input', () => {
    const before = structuredClone(eligible);
    checkEligibility(eligible, fourthEdition, asOf);
    expect(eligible).toEqual(before);
  });
});

describe('checkApplicants', () => {
  it('gives each applicant the same answer as checkEligibility, and sets aside those that do not parse', () => {
    const applicants: AthleteInput[] = [eligible, { ...eligible, id: 'athlete-bad', country: 'Kenya' }, { ...eligible, id: 'athlete-de', languages: ['de'] }];
    const checked = checkApplicants(applicants, fourthEdition, asOf);
    if (!checked.ok) throw new Error(checked.error.message);
    expect(checked.value.results.map((r) => [r.athleteId, r.decision])).toEqual([
      ['athlete-ok', 'eligible'],
      ['athlete-de', 'ineligible'],
    ]);
    expect(checked.value.invalid).toEqual([{ index: 1, issues: [expect.objectContaining({ path: ['athletes', 1, 'country'] })] }]);
    const single = checkEligibility(applicants[2]!, fourthEdition, asOf);
    expect(single.ok && single.value.reasons).toEqual(checked.value.results[1]?.reasons);
  });

  it('bundles rules that compile under the built-in predicates, using only the edition\'s parameters', () => {
    const compiled = compileRule(fourthEditionRules, undefined, { knownParams: Object.keys(fourthEdition.parameters) });
    expect(compiled.ok).toBe(true);
  });
});
