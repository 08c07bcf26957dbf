import { ok, type Athlete, type Result } from '../core/index.js';
import { CONTINENTAL_REGIONS, describeQuota, fourthEditionRubric, regionOf, resolveParams, selectRecipients, type Quota, type Selection } from '../eligibility/index.js';
import { countLines } from './countLines.js';
import type { CohortSelection, CohortWarning, ScoreBin } from './cohortReport.js';
import { stageFailed, type ProgrammeError } from './errors.js';
import type { CohortInput } from './runCohortInput.js';

/** What the selection stage hands on. */
export interface SelectionStage {
  readonly selection: Selection;
  /** The recipients, in rank order. */
  readonly recipients: readonly Athlete[];
  readonly summary: CohortSelection;
  readonly warnings: readonly CohortWarning[];
}

/** The default quotas: at least `seatsPerRegionMinimum` recipients from each continental region. */
export function defaultQuotas(input: CohortInput): Quota[] {
  const minimum = resolveParams(input.edition, input.asOf).seatsPerRegionMinimum;
  if (typeof minimum !== 'number' || !Number.isInteger(minimum) || minimum <= 0) return [];
  return CONTINENTAL_REGIONS.map((region) => ({ attribute: 'region', value: region, min: minimum }));
}

function scoreDistribution(selection: Selection): ScoreBin[] {
  const bins = Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, selected: 0, waitlisted: 0, notSelected: 0 }));
  for (const candidate of selection.candidates) {
    const bin = bins[Math.min(9, Math.max(0, Math.floor(candidate.score / 10)))];
    if (bin === undefined) continue;
    if (candidate.status === 'selected') bin.selected++;
    else if (candidate.status === 'waitlisted') bin.waitlisted++;
    else bin.notSelected++;
  }
  return bins;
}

/** Selects the package recipients among the eligible applicants, with quotas, tie-break seed and waitlist. */
export function runSelection(input: CohortInput, eligible: readonly Athlete[]): Result<SelectionStage, ProgrammeError> {
  const quotas = input.quotas ?? defaultQuotas(input);
  const rubric = input.rubric ?? fourthEditionRubric;
  const selected = selectRecipients(eligible, {
    seats: input.edition.seats,
    asOf: input.asOf,
    rubric,
    quotas,
    seed: input.seed,
    ...(input.waitlistSize === undefined ? {} : { waitlistSize: input.waitlistSize }),
    ...(input.criteria === undefined ? {} : { registry: input.criteria }),
  });
  if (!selected.ok) return stageFailed('selection', selected.error);
  const selection = selected.value;
  const byId = new Map<string, Athlete>(eligible.map((athlete) => [athlete.id, athlete]));
  const recipients = selection.selected.flatMap((decision) => {
    const athlete = byId.get(decision.athleteId);
    return athlete === undefined ? [] : [athlete];
  });
  const names = (id: string): string => byId.get(id)?.name ?? id;
  // The report's selection warnings carry codes, so they are derived from the selection's structured
  // outcome (quotas, unfilled seats, proof) rather than copied from its messages, which say the same.
  const warnings: CohortWarning[] = [];
  for (const outcome of selection.quotas) {
    if (!outcome.met) warnings.push({ stage: 'selection', code: 'quota-missed', message: `Quota "${describeQuota(outcome.quota)}" missed by ${String(outcome.shortBy)} (${String(outcome.available)} eligible candidates could count towards it).` });
  }
  if (selection.unfilledSeats > 0) warnings.push({ stage: 'selection', code: 'seats-unfilled', message: `${String(selection.unfilledSeats)} of ${String(selection.seats)} seats are unfilled.` });
  if (!selection.proven) warnings.push({ stage: 'selection', code: 'optimality-not-proven', message: 'The selection search stopped at its node limit before proving the selection optimal.' });
  return ok({
    selection,
    recipients,
    warnings,
    summary: {
      seats: selection.seats,
      unfilledSeats: selection.unfilledSeats,
      totalScore: selection.totalScore,
      method: selection.method,
      proven: selection.proven,
      seed: input.seed,
      rubric: rubric.criteria.map((line) => ({ criterion: line.criterion, weight: line.weight })),
      quotas: selection.quotas.map((outcome) => ({ quota: outcome.quota, label: describeQuota(outcome.quota), selected: outcome.selected, available: outcome.available, met: outcome.met, shortBy: outcome.shortBy })),
      waitlist: selection.waitlist.map((decision, index) => {
        const athlete = byId.get(decision.athleteId);
        return { position: decision.waitlistPosition ?? index + 1, athleteId: decision.athleteId, name: names(decision.athleteId), country: athlete?.country ?? '', sport: athlete?.sport ?? '', score: decision.score };
      }),
      scoreDistribution: scoreDistribution(selection),
      byRegion: countLines(recipients.map((athlete) => regionOf(athlete.country) ?? 'other')),
      bySport: countLines(recipients.map((athlete) => athlete.sport)),
      byGender: countLines(recipients.map((athlete) => athlete.gender ?? 'not-stated')),
      byCareerStage: countLines(recipients.map((athlete) => athlete.careerStage ?? 'not-stated')),
      paraAthletes: recipients.filter((athlete) => athlete.para === true).length,
    },
  });
}
