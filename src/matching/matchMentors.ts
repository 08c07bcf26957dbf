import { err, isCalendarDate, ok, parseAthletes, parseMentors } from '../core/index.js';
import type { Athlete, CalendarDate, Issue, Mentor, Path, Result } from '../core/index.js';
import { assignWithCapacities } from './assignWithCapacities.js';
import { builtInPairCriteria } from './builtInPairCriteria.js';
import { invalidInput } from './errors.js';
import type { MatchingError } from './errors.js';
import { isPairCriteriaRegistry } from './pairCriteria.js';
import type { PairCriteriaRegistry, PairScoringContext, RegisteredPairCriterion } from './pairCriteria.js';
import { stableMatch } from './stableMatch.js';

/**
 * One criterion as {@link matchMentors} uses it: a registered name, a weight (points for a value of 1)
 * and the arguments its schema checks.
 *
 * @category Mentor matching
 * @example
 * const use: PairCriterionUse = { criterion: 'timeZoneOverlap', weight: 0.1, args: { minHours: 3 } };
 * use.weight //=> 0.1
 */
export interface PairCriterionUse {
  readonly criterion: string;
  readonly weight: number;
  readonly args?: unknown;
}

/**
 * The criteria {@link matchMentors} uses when none are given. The weights sum to 1, so a pair scores
 * from 0 to 1: expertise 0.4, sector 0.2, shared language 0.1 (hard), time-zone overlap 0.1 (hard,
 * at least 2 hours), mentor kind 0.1, same sport 0.1, conflict of interest (hard, no points).
 *
 * @category Mentor matching
 * @example
 * DEFAULT_PAIR_CRITERIA.map((use) => use.criterion).includes('sharedLanguage') //=> true
 */
export const DEFAULT_PAIR_CRITERIA: readonly PairCriterionUse[] = Object.freeze([
  Object.freeze({ criterion: 'expertiseFit', weight: 0.4 }),
  Object.freeze({ criterion: 'sectorFit', weight: 0.2 }),
  Object.freeze({ criterion: 'sharedLanguage', weight: 0.1 }),
  Object.freeze({ criterion: 'timeZoneOverlap', weight: 0.1, args: Object.freeze({ minHours: 2 }) }),
  Object.freeze({ criterion: 'mentorKind', weight: 0.1 }),
  Object.freeze({ criterion: 'sameSport', weight: 0.1 }),
  Object.freeze({ criterion: 'conflictOfInterest', weight: 0 }),
]);

/**
 * Options of {@link matchMentors}.
 *
 * @category Mentor matching
 * @example
 * const options: MatchMentorsOptions = { asOf: '2027-01-11', method: 'stable', minScore: 0.3 };
 * options.method //=> 'stable'
 */
export interface MatchMentorsOptions {
  /** The date of the matching, `YYYY-MM-DD` (time-zone offsets, daylight saving included, are read on it). Required. */
  readonly asOf: CalendarDate;
  /** The weighted criteria (default {@link DEFAULT_PAIR_CRITERIA}). */
  readonly criteria?: readonly PairCriterionUse[];
  /** Where criteria are looked up (default {@link builtInPairCriteria}). */
  readonly registry?: PairCriteriaRegistry;
  /** `'optimal'` (default): the largest number of athletes matched, then the best total score. `'stable'`: no athlete and mentor would both rather be paired with each other. */
  readonly method?: 'optimal' | 'stable';
  /** Pairs scoring below this are never made. */
  readonly minScore?: number;
}

/**
 * One criterion's part in a pair's score: `points = weight * value`.
 *
 * @category Mentor matching
 */
export interface PairScoreLine {
  readonly criterion: string;
  readonly weight: number;
  readonly value: number;
  readonly points: number;
  readonly reason: string;
}

/**
 * An athlete paired with a mentor, with the score (the sum of the points) and why.
 *
 * @category Mentor matching
 */
export interface MentorPair {
  readonly athleteId: string;
  readonly mentorId: string;
  readonly score: number;
  readonly breakdown: readonly PairScoreLine[];
}

/**
 * Why an athlete has no mentor: `no-compatible-mentor` (every mentor fails a hard criterion),
 * `below-min-score` (every compatible pair scores below `minScore`) or `mentors-at-capacity`
 * (the compatible mentors are taken by other athletes).
 *
 * @category Mentor matching
 */
export type UnmatchedReasonCode = 'no-compatible-mentor' | 'below-min-score' | 'mentors-at-capacity';

/**
 * An athlete left without a mentor, with the reason in words.
 *
 * @category Mentor matching
 */
export interface UnmatchedAthlete {
  readonly athleteId: string;
  readonly code: UnmatchedReasonCode;
  readonly reason: string;
}

/**
 * How many athletes a mentor was given, out of their capacity.
 *
 * @category Mentor matching
 */
export interface MentorLoad {
  readonly mentorId: string;
  readonly assigned: number;
  readonly capacity: number;
}

/**
 * The result of {@link matchMentors}: pairs in the athletes' order, unmatched athletes with reasons,
 * every mentor's load, the method used and the total score.
 *
 * @category Mentor matching
 */
export interface MentorMatching {
  readonly pairs: readonly MentorPair[];
  readonly unmatched: readonly UnmatchedAthlete[];
  readonly mentorLoad: readonly MentorLoad[];
  readonly method: 'optimal' | 'stable';
  readonly total: number;
}

/** A criterion ready to score: its definition, weight, parsed args and value function. @internal */
export interface ResolvedCriterion {
  readonly definition: RegisteredPairCriterion;
  readonly weight: number;
  readonly args: unknown;
  readonly fillRow: (athleteIndex: number, into: Float64Array) => void;
}

const HARD_REASONS: Readonly<Record<string, string>> = {
  sharedLanguage: 'no mentor shares a language',
  timeZoneOverlap: 'no mentor’s working day overlaps enough with the athlete’s',
  conflictOfInterest: 'every mentor has declared a conflict of interest',
};

function clamp(value: number): number {
  return value > 0 ? (value < 1 ? value : 1) : 0;
}

function prefixed(issues: readonly Issue[] | undefined, prefix: string, fallback: string): Issue[] {
  if (issues === undefined || issues.length === 0) return [{ path: [prefix], message: fallback }];
  return issues.map((issue) => ({ path: [prefix, ...issue.path] as Path, message: issue.message }));
}

function duplicateIds(items: readonly { readonly id: string }[], prefix: string, issues: Issue[]): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) issues.push({ path: [prefix, index, 'id'], message: `The id "${item.id}" appears more than once.` });
    seen.add(item.id);
  });
}

/** Reads and checks the options; problems go to `issues` with their paths. */
function readMatchOptions(options: unknown, issues: Issue[]) {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ path: ['options'], message: 'Expected options to be an object with at least asOf (YYYY-MM-DD).' });
    return undefined;
  }
  const record = options as Readonly<Record<string, unknown>>;
  if (!isCalendarDate(record.asOf)) issues.push({ path: ['options', 'asOf'], message: 'asOf is required: a calendar date written YYYY-MM-DD.' });
  const method = record.method ?? 'optimal';
  if (method !== 'optimal' && method !== 'stable') issues.push({ path: ['options', 'method'], message: "method must be 'optimal' or 'stable'." });
  const minScore = record.minScore;
  if (minScore !== undefined && (typeof minScore !== 'number' || !Number.isFinite(minScore))) {
    issues.push({ path: ['options', 'minScore'], message: 'minScore must be a finite number.' });
  }
  let registry = builtInPairCriteria();
  if (record.registry !== undefined) {
    if (isPairCriteriaRegistry(record.registry)) registry = record.registry;
    else issues.push({ path: ['options', 'registry'], message: 'Expected a registry made by createPairCriteriaRegistry.' });
  }
  const uses: { definition: RegisteredPairCriterion; weight: number; args: unknown }[] = [];
  const criteria = record.criteria ?? DEFAULT_PAIR_CRITERIA;
  if (!Array.isArray(criteria)) {
    issues.push({ path: ['options', 'criteria'], message: 'criteria must be an array of { criterion, weight, args? }.' });
  } else {
    (criteria as readonly unknown[]).forEach((entry, k) => {
      const at: Path = ['options', 'criteria', k];
      if (typeof entry !== 'object' || entry === null) {
        issues.push({ path: at, message: 'Expected { criterion, weight, args? }.' });
        return;
      }
      const use = entry as Readonly<Record<string, unknown>>;
      const definition = typeof use.criterion === 'string' ? registry.criteria.get(use.criterion) : undefined;
      if (definition === undefined) {
        issues.push({ path: [...at, 'criterion'], message: `Unknown criterion ${JSON.stringify(use.criterion)}; register it first.` });
      }
      const weight = use.weight;
      if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
        issues.push({ path: [...at, 'weight'], message: 'weight must be a finite number of at least 0.' });
      }
      if (definition === undefined || typeof weight !== 'number') return;
      let parsed: { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
      try {
        parsed = definition.args.safeParse(use.args ?? {});
      } catch {
        issues.push({ path: [...at, 'args'], message: 'The arguments could not be read.' });
        return;
      }
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          issues.push({ path: [...at, 'args', ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))], message: issue.message });
        }
        return;
      }
      uses.push({ definition, weight, args: parsed.data });
    });
  }
  return {
    asOf: record.asOf as CalendarDate,
    method: method as 'optimal' | 'stable',
    minScore: typeof minScore === 'number' ? minScore : undefined,
    uses,
  };
}

/**
 * Scores every athlete–mentor pair into a row-major matrix (`-Infinity` where a hard criterion fails).
 * Each criterion fills one row of values at a time (one call per athlete, not per pair, so its own
 * loop stays monomorphic); the rows are then added in the criteria's order into one running row, by
 * two small loops (soft and hard) that stay monomorphic too, and a soft criterion of weight 0 is
 * skipped. Nothing is allocated inside the loop.
 */
function scorePairs(n: number, m: number, criteria: readonly ResolvedCriterion[]): Float64Array {
  const data = new Float64Array(n * m);
  const row = new Float64Array(m);
  const sum = new Float64Array(m);
  for (let i = 0; i < n; i++) {
    sum.fill(0);
    for (const criterion of criteria) {
      const weight = criterion.weight;
      const hard = criterion.definition.hard;
      // A soft criterion of weight 0 adds nothing to any pair.
      if (!hard && weight === 0) continue;
      criterion.fillRow(i, row);
      if (hard) addHard(sum, row, weight, m);
      else addSoft(sum, row, weight, m);
    }
    data.set(sum, i * m);
  }
  return data;
}

/** Adds `weight * clamp(value)` to every pair. */
function addSoft(sum: Float64Array, row: Float64Array, weight: number, m: number): void {
  for (let j = 0; j < m; j++) {
    const x = row[j] as number;
    const v = x > 0 ? (x < 1 ? x : 1) : 0;
    sum[j] = (sum[j] as number) + weight * v;
  }
}

/** As {@link addSoft}, but a value of 0 forbids the pair (`-Infinity`, which later additions keep). */
function addHard(sum: Float64Array, row: Float64Array, weight: number, m: number): void {
  for (let j = 0; j < m; j++) {
    const x = row[j] as number;
    const v = x > 0 ? (x < 1 ? x : 1) : 0;
    sum[j] = v === 0 ? -Infinity : (sum[j] as number) + weight * v;
  }
}

/** Preference lists from scores: acceptable partners by score, best first, ties by lower index. */
function derivePreferences(data: Float64Array, n: number, m: number, minScore: number): { athletes: number[][]; mentors: number[][] } {
  const acceptable = (s: number): boolean => s > -Infinity && s >= minScore;
  const athletes: number[][] = [];
  const mentors: number[][] = Array.from({ length: m }, () => []);
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    for (let j = 0; j < m; j++) {
      if (acceptable(data[i * m + j] as number)) {
        list.push(j);
        (mentors[j] as number[]).push(i);
      }
    }
    list.sort((a, b) => (data[i * m + b] as number) - (data[i * m + a] as number) || a - b);
    athletes.push(list);
  }
  mentors.forEach((list, j) => list.sort((a, b) => (data[b * m + j] as number) - (data[a * m + j] as number) || a - b));
  return { athletes, mentors };
}

/** Why athlete `i` stayed unmatched. */
function unmatchedReason(
  i: number,
  data: Float64Array,
  m: number,
  minScore: number,
  criteria: readonly ResolvedCriterion[],
): { code: UnmatchedReasonCode; reason: string } {
  if (m === 0) return { code: 'no-compatible-mentor', reason: 'there are no mentors' };
  let compatible = 0;
  let best = -Infinity;
  for (let j = 0; j < m; j++) {
    const s = data[i * m + j] as number;
    if (s > -Infinity) {
      compatible++;
      if (s > best) best = s;
    }
  }
  if (compatible === 0) {
    const ruledOut: string[] = [];
    for (const c of criteria) {
      if (!c.definition.hard) continue;
      let failed = 0;
      const row = new Float64Array(m);
      c.fillRow(i, row);
      for (let j = 0; j < m; j++) if (clamp(row[j] as number) === 0) failed++;
      if (failed === m) {
        return { code: 'no-compatible-mentor', reason: HARD_REASONS[c.definition.name] ?? `every mentor fails the hard criterion ${c.definition.name}` };
      }
      if (failed > 0) ruledOut.push(`${c.definition.name} rules out ${failed}`);
    }
    return { code: 'no-compatible-mentor', reason: `no mentor passes every hard criterion (${ruledOut.join(', ')})` };
  }
  if (best < minScore) {
    return { code: 'below-min-score', reason: `best pair scored ${round(best)}, below minScore ${minScore}` };
  }
  return {
    code: 'mentors-at-capacity',
    reason: compatible === 1 ? 'the one compatible mentor is at capacity' : `every compatible mentor (${compatible}) is at capacity`,
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** What {@link scoreMentorPairs} hands on: the parsed people, the resolved criteria and the score matrix. @internal */
export interface ScoredMentorPairs {
  readonly people: readonly Athlete[];
  readonly staff: readonly Mentor[];
  readonly criteria: readonly ResolvedCriterion[];
  readonly context: PairScoringContext;
  /** Row-major `people.length x staff.length` scores, `-Infinity` where a hard criterion fails. */
  readonly data: Float64Array;
  readonly capacities: Int32Array;
  readonly method: 'optimal' | 'stable';
  readonly minScore: number | undefined;
}

/**
 * The first half of {@link matchMentors}: validates the input and scores every pair. Not part of the
 * public API (the module's index does not export it); the benchmark times it to split scoring from solving.
 * @internal
 */
export function scoreMentorPairs(athletes: unknown, mentors: unknown, options?: MatchMentorsOptions): Result<ScoredMentorPairs, MatchingError> {
  const issues: Issue[] = [];
  const parsedAthletes = parseAthletes(athletes);
  if (!parsedAthletes.ok) issues.push(...prefixed(parsedAthletes.error.issues, 'athletes', parsedAthletes.error.message));
  else duplicateIds(parsedAthletes.value, 'athletes', issues);
  const parsedMentors = parseMentors(mentors);
  if (!parsedMentors.ok) issues.push(...prefixed(parsedMentors.error.issues, 'mentors', parsedMentors.error.message));
  else duplicateIds(parsedMentors.value, 'mentors', issues);
  const settings = readMatchOptions(options, issues);
  if (!parsedAthletes.ok || !parsedMentors.ok || settings === undefined || issues.length > 0) return err(invalidInput(issues));

  const people: readonly Athlete[] = parsedAthletes.value;
  const staff: readonly Mentor[] = parsedMentors.value;
  const n = people.length;
  const m = staff.length;
  const context: PairScoringContext = Object.freeze({ asOf: settings.asOf });
  const criteria: ResolvedCriterion[] = settings.uses.map(({ definition, weight, args }) => {
    const fillRow =
      definition.prepare !== undefined
        ? definition.prepare(people, staff, args, context)
        : (i: number, into: Float64Array): void => {
            const athlete = people[i] as Athlete;
            for (let j = 0; j < m; j++) into[j] = definition.score(athlete, staff[j] as Mentor, args, context).value;
          };
    return { definition, weight, args, fillRow };
  });
  const data = scorePairs(n, m, criteria);
  const capacities = Int32Array.from(staff.map((mentor) => mentor.capacity));
  return ok({ people, staff, criteria, context, data, capacities, method: settings.method, minScore: settings.minScore });
}

/**
 * Pairs athletes with mentors from their profiles. Every pair is scored with weighted, registered
 * criteria (a hard criterion that fails forbids the pair), then matched `optimal`ly (as many athletes
 * as possible, then the best total score, mentor capacities respected) or `stable` (preferences derived
 * from the scores: athletes rank acceptable mentors and mentors rank acceptable athletes by score,
 * ties by input order; athlete-proposing). Every pair comes with its per-criterion breakdown and every
 * unmatched athlete with the reason. Inputs are validated (an `invalid-input` error with paths such as
 * `['athletes', 3, 'languages']`) and never modified; the output is deterministic.
 *
 * @category Mentor matching
 * @example
 * const r = matchMentors(
 *   [{ id: 'a-1', name: 'Amina K.', sport: 'athletics', country: 'KE', languages: ['en'], timeZone: 'Africa/Nairobi', goals: ['incoterms'] }],
 *   [{ id: 'm-1', name: 'Li W.', kind: 'executive', expertise: { incoterms: 4 }, languages: ['en'], timeZone: 'Europe/London', capacity: 1 }],
 *   { asOf: '2027-01-11' },
 * );
 * r.ok && r.value.pairs[0]?.mentorId //=> 'm-1'
 */
export function matchMentors(athletes: unknown, mentors: unknown, options?: MatchMentorsOptions): Result<MentorMatching, MatchingError> {
  const prepared = scoreMentorPairs(athletes, mentors, options);
  if (!prepared.ok) return prepared;
  const { people, staff, data, capacities, method } = prepared.value;
  const n = people.length;
  const m = staff.length;
  const minScore = prepared.value.minScore ?? -Infinity;
  let rowToCol: Int32Array = new Int32Array(n).fill(-1);
  if (n > 0 && m > 0) {
    if (method === 'optimal') {
      const solved = assignWithCapacities(
        { rows: n, cols: m, data },
        capacities,
        prepared.value.minScore === undefined ? {} : { minScore: prepared.value.minScore },
      );
      if (!solved.ok) return solved;
      rowToCol = solved.value.rowToCol;
    } else {
      const prefs = derivePreferences(data, n, m, minScore);
      const solved = stableMatch(prefs.athletes, prefs.mentors, capacities);
      if (!solved.ok) return solved;
      rowToCol = solved.value.proposerToReceiver;
    }
  }

  return ok(describeMatching(prepared.value, rowToCol));
}

/**
 * The second half of {@link matchMentors}: a matching of scored pairs described for people — pairs with
 * their breakdowns, unmatched athletes with reasons, every mentor's load. Shared with `rematchMentors`.
 * @internal
 */
export function describeMatching(scored: ScoredMentorPairs, rowToCol: Int32Array): MentorMatching {
  const { people, staff, criteria, context, data, method } = scored;
  const n = people.length;
  const m = staff.length;
  const minScore = scored.minScore ?? -Infinity;
  const pairs: MentorPair[] = [];
  const unmatched: UnmatchedAthlete[] = [];
  const assigned = new Int32Array(m);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const athlete = people[i] as Athlete;
    const j = rowToCol[i] as number;
    if (j < 0) {
      unmatched.push({ athleteId: athlete.id, ...unmatchedReason(i, data, m, minScore, criteria) });
      continue;
    }
    const mentor = staff[j] as Mentor;
    const score = data[i * m + j] as number;
    assigned[j] = (assigned[j] as number) + 1;
    total += score;
    const breakdown = criteria.map((c): PairScoreLine => {
      const verdict = c.definition.score(athlete, mentor, c.args, context);
      const value = clamp(verdict.value);
      return { criterion: c.definition.name, weight: c.weight, value, points: c.weight * value, reason: verdict.reason };
    });
    pairs.push({ athleteId: athlete.id, mentorId: mentor.id, score, breakdown });
  }
  const mentorLoad = staff.map((mentor, j): MentorLoad => ({ mentorId: mentor.id, assigned: assigned[j] as number, capacity: mentor.capacity }));
  return { pairs, unmatched, mentorLoad, method, total };
}
