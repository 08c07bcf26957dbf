import { parseAthlete, type Athlete, type Issue, type Result, ok } from '../core/index.js';
import { checkApplicants, resolveParams, type EligibilityResult } from '../eligibility/index.js';
import { countLines } from './countLines.js';
import type { CohortEligibility } from './cohortReport.js';
import { stageFailed, type ProgrammeError } from './errors.js';
import type { CohortInput } from './runCohortInput.js';

/** What the eligibility stage hands on: the checked athletes with their decisions, and the report part. */
export interface EligibilityStage {
  readonly eligible: readonly Athlete[];
  readonly results: readonly EligibilityResult[];
  readonly summary: CohortEligibility;
}

/**
 * Checks every application: one that does not parse, or repeats an earlier application's id, is listed
 * as invalid with its index and problems and goes no further; the others are decided by the edition's
 * rules on `asOf`.
 */
export function runEligibility(input: CohortInput): Result<EligibilityStage, ProgrammeError> {
  const athletes: Athlete[] = [];
  const invalid: { index: number; athleteId?: string; issues: Issue[] }[] = [];
  const firstIndex = new Map<string, number>();
  input.applications.forEach((application, index) => {
    const parsed = parseAthlete(application);
    if (!parsed.ok) {
      const id = (application as { id?: unknown } | null)?.id;
      const issues = (parsed.error.issues ?? [{ path: [], message: parsed.error.message }]).map((issue) => ({ path: ['applications', index, ...issue.path], message: issue.message }));
      invalid.push(typeof id === 'string' ? { index, athleteId: id, issues } : { index, issues });
      return;
    }
    const earlier = firstIndex.get(parsed.value.id);
    if (earlier !== undefined) {
      invalid.push({ index, athleteId: parsed.value.id, issues: [{ path: ['applications', index, 'id'], message: `The id "${parsed.value.id}" was already used by applications[${earlier}].` }] });
      return;
    }
    firstIndex.set(parsed.value.id, index);
    athletes.push(parsed.value);
  });
  const checked = checkApplicants(athletes, input.edition, input.asOf, input.predicates === undefined ? {} : { registry: input.predicates });
  if (!checked.ok) return stageFailed('eligibility', checked.error);
  const { results } = checked.value;
  const eligible: Athlete[] = [];
  const ineligibleReasons: string[] = [];
  const missingFacts: string[] = [];
  const needsInformation: { athleteId: string; name: string; missing: readonly string[] }[] = [];
  results.forEach((result, index) => {
    const athlete = athletes[index];
    if (athlete === undefined) return;
    if (result.decision === 'eligible') eligible.push(athlete);
    else if (result.decision === 'ineligible') for (const reason of result.reasons) ineligibleReasons.push(reason.description);
    else {
      needsInformation.push({ athleteId: athlete.id, name: athlete.name, missing: result.missing });
      missingFacts.push(...result.missing);
    }
  });
  return ok({
    eligible,
    results,
    summary: {
      asOf: input.asOf,
      params: { ...resolveParams(input.edition, input.asOf) },
      ineligibleReasons: countLines(ineligibleReasons),
      missingFacts: countLines(missingFacts),
      needsInformation,
      invalidApplications: invalid,
    },
  });
}
