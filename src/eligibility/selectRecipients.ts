import { z } from 'zod';
import { err, hashString, ok, parseAthletes, type Athlete, type AthleteInput, type CalendarDate, type Result } from '../core/index.js';
import { builtInCriteria } from './builtInCriteria.js';
import type { CriteriaRegistry } from './criteria.js';
import { describeQuota } from './describeQuota.js';
import { eligibilityError, eligibilityIssue, eligibilityMessages, type EligibilityError, type EligibilityIssue } from './errors.js';
import { solveSelection } from './quotaSelection.js';
import { regionOf } from './regionOf.js';
import { compileRubric, describePool, fourthEditionRubric, scoreWithRubric, type CandidateScore, type Rubric } from './rubric.js';

/**
 * The attributes a quota can constrain: the athlete's continental region (from the country), gender
 * (`not-stated` when absent), career stage (`not-stated` when absent), para-athlete (`yes`/`no`),
 * sport or country.
 *
 * @category Selection
 */
export const QuotaAttributeSchema = z.enum(['region', 'gender', 'careerStage', 'para', 'sport', 'country']);
/** @category Selection */
export type QuotaAttribute = z.infer<typeof QuotaAttributeSchema>;

/**
 * A quota: at least `min` and at most `max` recipients whose `attribute` equals `value`.
 *
 * @category Selection
 */
export const QuotaSchema = z
  .strictObject({
    attribute: QuotaAttributeSchema,
    value: z.string().min(1).max(100),
    min: z.number().int().min(0).optional(),
    max: z.number().int().min(0).optional(),
    label: z.string().max(200).optional(),
  })
  .refine((quota) => quota.min !== undefined || quota.max !== undefined, { message: 'A quota needs a min, a max or both.' })
  .refine((quota) => quota.min === undefined || quota.max === undefined || quota.min <= quota.max, { message: 'min may not exceed max.', path: ['max'] });
/** @category Selection */
export type Quota = z.infer<typeof QuotaSchema>;

/**
 * Options of {@link selectRecipients}.
 *
 * @category Selection
 */
export interface SelectRecipientsOptions {
  /** How many packages to award (an edition's `seats`). */
  readonly seats: number;
  /** The date scores are computed on. */
  readonly asOf: CalendarDate;
  /** Default: {@link fourthEditionRubric}. */
  readonly rubric?: Rubric;
  /** Default: `builtInCriteria()`. */
  readonly registry?: CriteriaRegistry;
  readonly quotas?: readonly Quota[];
  /**
   * Decides exact ties of score: candidates with the same score (to 4 decimal places) are ordered by a
   * hash of the seed and their id, then by id. Default `"selection"`. Change it to draw again; never random.
   */
  readonly seed?: string;
  /** How many candidates to rank on the waitlist; default: as many as there are seats. */
  readonly waitlistSize?: number;
  /**
   * For quotas on three or more attributes: the branch and bound's node limit (default 2,000,000).
   * Nodes measure the search's work (one per 32 elementary steps: a group of alike candidates
   * visited, an arc of its flow scanned), so the limit bounds its time whatever its shape: the 4th
   * edition's quotas over 10,000 candidates are proven optimal in about 4,000.
   */
  readonly searchLimit?: number;
}

/**
 * What happened to one candidate, and why.
 *
 * @category Selection
 */
export interface CandidateDecision extends CandidateScore {
  readonly status: 'selected' | 'waitlisted' | 'not-selected';
  /** Position by score and tie-break among all candidates, from 1. */
  readonly rank: number;
  /** Position on the waitlist, from 1, for waitlisted candidates. */
  readonly waitlistPosition?: number;
  readonly reasons: readonly string[];
}

/**
 * How far a quota was met. `shortBy` is how many recipients below its minimum it ended (0 when met),
 * with `available` the candidates who could count towards it.
 *
 * @category Selection
 */
export interface QuotaOutcome {
  readonly quota: Quota;
  readonly selected: number;
  readonly available: number;
  readonly met: boolean;
  readonly shortBy: number;
}

/**
 * The outcome of a selection: recipients in rank order, the ranked waitlist, every candidate's decision
 * with reasons, each quota's outcome, and how the optimum was found.
 *
 * @category Selection
 */
export interface Selection {
  readonly selected: readonly CandidateDecision[];
  readonly waitlist: readonly CandidateDecision[];
  /** Every candidate, in rank order. */
  readonly candidates: readonly CandidateDecision[];
  readonly quotas: readonly QuotaOutcome[];
  readonly seats: number;
  readonly unfilledSeats: number;
  readonly totalScore: number;
  /** `flow`: exact minimum-cost flow (quotas on up to two attributes); `search`: branch and bound. */
  readonly method: 'flow' | 'search';
  /** False only when the search's node limit stopped it before optimality was proven. */
  readonly proven: boolean;
  readonly warnings: readonly string[];
}

const NOT_STATED = 'not-stated';

function attributeValue(athlete: Athlete, attribute: QuotaAttribute): string {
  switch (attribute) {
    case 'region':
      return regionOf(athlete.country) ?? 'other';
    case 'gender':
      return athlete.gender ?? NOT_STATED;
    case 'careerStage':
      return athlete.careerStage ?? NOT_STATED;
    case 'para':
      return athlete.para === true ? 'yes' : 'no';
    case 'sport':
      return athlete.sport;
    case 'country':
      return athlete.country;
  }
}

/**
 * Selects the package recipients: the set of at most `seats` candidates with the best total rubric
 * score that satisfies every quota, a ranked waitlist, and for every candidate the reason for the
 * decision.
 *
 * The optimum is exact. Quotas on one or two attributes (say region and gender) are solved as a
 * minimum-cost flow; quotas on more attributes by branch and bound, bounded by that flow with the other
 * attributes' quotas priced in (a Lagrangian relaxation), which reports `proven: false` if its node
 * limit stopped it first. When quotas cannot all be met (too few para-athletes, minimums that
 * add up to more than the seats), nothing is relaxed silently: the selection meets as many minimum places
 * as can be met, and each quota's outcome says by how much it fell short. Maximums are never exceeded.
 * Ties are decided by `seed` (see {@link SelectRecipientsOptions.seed}), never at random.
 *
 * @category Selection
 * @example
 * const selection = selectRecipients(eligibleAthletes, {
 *   seats: 50,
 *   asOf: '2026-12-01',
 *   quotas: [{ attribute: 'region', value: 'africa', min: 8 }, { attribute: 'gender', value: 'female', min: 25 }],
 * });
 * selection.ok && selection.value.selected.length //=> 50
 */
export function selectRecipients(candidates: readonly AthleteInput[], options: SelectRecipientsOptions): Result<Selection, EligibilityError> {
  const issues: EligibilityIssue[] = [];
  const athletes = parseAthletes(candidates);
  if (!athletes.ok) {
    for (const issue of athletes.error.issues ?? []) issues.push(eligibilityIssue('invalid-input', ['candidates', ...issue.path], issue.message));
  }
  const settings = SelectionOptionsSchema.safeParse(options);
  if (!settings.success) {
    for (const issue of settings.error.issues) {
      issues.push(eligibilityIssue('invalid-input', ['options', ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))], issue.message));
    }
  }
  const rubric = compileRubric(options.rubric ?? fourthEditionRubric, options.registry ?? builtInCriteria());
  if (!rubric.ok) issues.push(...(rubric.error.issues ?? []));
  if (!athletes.ok || !settings.success || !rubric.ok || issues.length > 0) return err(eligibilityError(issues));

  const list = athletes.value;
  const { seats, asOf, seed = 'selection', quotas = [], waitlistSize = seats, searchLimit = 2_000_000 } = settings.data;
  const seen = new Set<string>();
  list.forEach((athlete, index) => {
    if (seen.has(athlete.id)) issues.push(eligibilityIssue('invalid-input', ['candidates', index, 'id'], eligibilityMessages.duplicateCandidate(athlete.id)));
    seen.add(athlete.id);
  });
  const quotaKeys = new Set<string>();
  quotas.forEach((quota, index) => {
    const key = `${quota.attribute}\u0000${quota.value}`;
    if (quotaKeys.has(key)) issues.push(eligibilityIssue('invalid-input', ['options', 'quotas', index], eligibilityMessages.duplicateQuota(quota.attribute, quota.value)));
    quotaKeys.add(key);
  });
  if (issues.length > 0) return err(eligibilityError(issues));

  const context = { asOf, pool: describePool(list) };
  const scores: CandidateScore[] = [];
  for (const athlete of list) {
    const scored = scoreWithRubric(athlete, rubric.value, context);
    if (!scored.ok) return scored;
    scores.push(scored.value);
  }

  // Preference order: score (compared to 4 decimal places) descending, then the seeded tie-break, then id.
  const n = list.length;
  const scaled = scores.map((s) => Math.round(s.score * 10_000));
  const tie = list.map((athlete) => hashString(`${seed}\u0000${athlete.id}`));
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => (scaled[b] as number) - (scaled[a] as number) || (tie[a] as number) - (tie[b] as number) || compareIds(list, a, b),
  );
  const rankOf = new Int32Array(n);
  order.forEach((index, position) => (rankOf[index] = position));

  // Attributes with quotas: per attribute, each candidate's quota index (by candidate index), or -1.
  const attributes = [...new Set(quotas.map((quota) => quota.attribute))];
  const quotaOfCandidate = attributes.map((attribute) => {
    const byValue = new Map<string, number>();
    quotas.forEach((quota, q) => {
      if (quota.attribute === attribute) byValue.set(quota.value, q);
    });
    return Int32Array.from(list, (athlete) => byValue.get(attributeValue(athlete, attribute)) ?? -1);
  });
  const available = new Array<number>(quotas.length).fill(0);
  for (const column of quotaOfCandidate) for (const q of column) if (q >= 0) available[q] = (available[q] as number) + 1;
  const groups = quotaOfCandidate.map((column) => Int32Array.from(order, (index) => column[index] as number));
  const weights = Float64Array.from(order, (index, position) => (scaled[index] as number) * (n + 1) + (n - position));
  const solution = solveSelection({
    weights,
    seats: Math.min(seats, n),
    groups,
    quotaMin: Int32Array.from(quotas, (quota) => quota.min ?? 0),
    quotaMax: Int32Array.from(quotas, (quota) => quota.max ?? seats),
    nodeLimit: searchLimit,
  });

  const quotaOutcomes: QuotaOutcome[] = quotas.map((quota, q) => {
    const selected = solution.counts[q] as number;
    const shortBy = Math.max(0, (quota.min ?? 0) - selected);
    return { quota, selected, available: available[q] as number, met: shortBy === 0, shortBy };
  });

  const chosenByIndex = new Uint8Array(n);
  order.forEach((index, position) => (chosenByIndex[index] = solution.chosen[position] as number));
  const selectedCount = chosenByIndex.reduce((sum, flag) => sum + flag, 0);
  let worstSelectedRank = -1;
  for (let i = 0; i < n; i++) if (chosenByIndex[i] === 1) worstSelectedRank = Math.max(worstSelectedRank, rankOf[i] as number);

  // The quotas a candidate counts towards, in the order the quotas were given.
  const quotasOf = (index: number): number[] => {
    const mine: number[] = [];
    for (const column of quotaOfCandidate) if ((column[index] as number) >= 0) mine.push(column[index] as number);
    return mine.sort((a, b) => a - b);
  };
  const decisions: CandidateDecision[] = [];
  let waitlisted = 0;
  for (const index of order) {
    const score = scores[index] as CandidateScore;
    const rank = (rankOf[index] as number) + 1;
    const mine = quotasOf(index);
    const reasons: string[] = [];
    let status: CandidateDecision['status'];
    let waitlistPosition: number | undefined;
    if (chosenByIndex[index] === 1) {
      status = 'selected';
      reasons.push(`score ${score.score.toFixed(2)}, rank ${rank} of ${n}`);
      if (rank > selectedCount) {
        // The quotas this candidate helps to meet: those with a minimum that the selection only just reaches.
        const helped = mine.filter((q) => ((quotas[q] as Quota).min ?? 0) > 0 && (solution.counts[q] as number) <= ((quotas[q] as Quota).min ?? 0));
        reasons.push(
          helped.length > 0
            ? `selected ahead of higher scores to meet ${helped.map((q) => describeQuota(quotas[q] as Quota)).join(' and ')}`
            : 'selected ahead of higher scores that quota maximums held back',
        );
      }
    } else {
      const full = mine.filter((q) => (quotas[q] as Quota).max !== undefined && (solution.counts[q] as number) >= ((quotas[q] as Quota).max as number));
      if (full.length > 0) reasons.push(`${full.map((q) => describeQuota(quotas[q] as Quota)).join(' and ')} reached its maximum`);
      else if ((rankOf[index] as number) < worstSelectedRank) reasons.push('a seat went to a candidate who meets a quota minimum');
      else reasons.push('the seats went to higher scores');
      if (waitlisted < waitlistSize) {
        status = 'waitlisted';
        waitlistPosition = ++waitlisted;
      } else {
        status = 'not-selected';
      }
    }
    const { athleteId, score: points, breakdown, missing } = score;
    decisions.push(
      waitlistPosition === undefined
        ? { athleteId, score: points, breakdown, missing, status, rank, reasons }
        : { athleteId, score: points, breakdown, missing, status, rank, waitlistPosition, reasons },
    );
  }

  const warnings: string[] = [];
  for (const outcome of quotaOutcomes) {
    if (!outcome.met) warnings.push(eligibilityMessages.quotaShort(describeQuota(outcome.quota), outcome.shortBy, outcome.available));
  }
  const unfilledSeats = seats - selectedCount;
  if (unfilledSeats > 0) warnings.push(eligibilityMessages.seatsUnfilled(unfilledSeats, n));
  if (!solution.proven) warnings.push(eligibilityMessages.searchLimitReached(searchLimit));
  const selected = decisions.filter((decision) => decision.status === 'selected');
  return ok({
    selected,
    waitlist: decisions.filter((decision) => decision.status === 'waitlisted'),
    candidates: decisions,
    quotas: quotaOutcomes,
    seats,
    unfilledSeats,
    totalScore: selected.reduce((sum, decision) => sum + decision.score, 0),
    method: solution.method,
    proven: solution.proven,
    warnings,
  });
}

function compareIds(list: readonly Athlete[], a: number, b: number): number {
  const x = (list[a] as Athlete).id;
  const y = (list[b] as Athlete).id;
  return x < y ? -1 : x > y ? 1 : 0;
}

const SelectionOptionsSchema = z.object({
  seats: z.number().int().min(0).max(100_000),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a calendar date written YYYY-MM-DD.'),
  quotas: z.array(QuotaSchema).max(200).optional(),
  seed: z.string().max(200).optional(),
  waitlistSize: z.number().int().min(0).optional(),
  searchLimit: z.number().int().min(1).max(1e9).optional(),
});
