import { err, ok } from '../core/index.js';
import type { Issue, Result } from '../core/index.js';
import { invalidInput } from './errors.js';
import type { MatchingError } from './errors.js';
import { describeMatching, scoreMentorPairs } from './matchMentors.js';
import type { MatchMentorsOptions, MentorMatching } from './matchMentors.js';
import { rematch } from './rematch.js';
import type { RematchReasonCode } from './rematch.js';

/**
 * Options of {@link rematchMentors}: those of {@link matchMentors}, and `maxLoss` (method `'optimal'`
 * only; see {@link RematchOptions}).
 *
 * @category Re-matching
 * @example
 * const options: RematchMentorsOptions = { asOf: '2027-03-01', maxLoss: 0.2 };
 * options.maxLoss //=> 0.2
 */
export interface RematchMentorsOptions extends MatchMentorsOptions {
  readonly maxLoss?: number;
}

/**
 * An athlete–mentor pair in place, by id.
 *
 * @category Re-matching
 * @example
 * const pair: MentorAssignment = { athleteId: 'a-1', mentorId: 'm-1' };
 * pair.mentorId //=> 'm-1'
 */
export interface MentorAssignment {
  readonly athleteId: string;
  readonly mentorId: string;
}

/**
 * An athlete who changes mentor, with the reason (see {@link RematchReasonCode}: `row-dropped` is an
 * athlete who left, `col-dropped` a mentor who left).
 *
 * @category Re-matching
 * @example
 * const move: MentorMove = { athleteId: 'a-1', fromMentorId: 'm-1', toMentorId: 'm-2', code: 'col-dropped', reason: 'mentor m-1 left' };
 * move.toMentorId //=> 'm-2'
 */
export interface MentorMove {
  readonly athleteId: string;
  readonly fromMentorId: string;
  readonly toMentorId: string;
  readonly code: RematchReasonCode;
  readonly reason: string;
}

/**
 * A previous pair that ended with no new mentor for the athlete (or because the athlete left).
 *
 * @category Re-matching
 * @example
 * const ended: MentorPairEnded = { athleteId: 'a-2', fromMentorId: 'm-1', code: 'row-dropped', reason: 'athlete a-2 left' };
 * ended.code //=> 'row-dropped'
 */
export interface MentorPairEnded {
  readonly athleteId: string;
  readonly fromMentorId: string;
  readonly code: RematchReasonCode;
  readonly reason: string;
}

/**
 * The result of {@link rematchMentors}: the new matching as {@link matchMentors} describes it (pairs
 * with breakdowns, unmatched athletes, loads), and what happened to every previous pair.
 *
 * @category Re-matching
 */
export interface MentorRematching {
  readonly matching: MentorMatching;
  readonly kept: readonly MentorAssignment[];
  readonly moved: readonly MentorMove[];
  readonly ended: readonly MentorPairEnded[];
  /** Athletes who had no mentor and now have one. */
  readonly added: readonly MentorAssignment[];
  /** How much lower the total is than the best one (0 unless `maxLoss` allowed it). */
  readonly loss: number;
}

function readPrevious(input: unknown, issues: Issue[]): MentorAssignment[] {
  if (!Array.isArray(input)) {
    issues.push({ path: ['previous'], message: 'Expected previous to be an array of { athleteId, mentorId }.' });
    return [];
  }
  const seen = new Set<string>();
  const out: MentorAssignment[] = [];
  (input as readonly unknown[]).forEach((entry, k) => {
    const record = (typeof entry === 'object' && entry !== null ? entry : {}) as Readonly<Record<string, unknown>>;
    const { athleteId, mentorId } = record;
    if (typeof athleteId !== 'string') issues.push({ path: ['previous', k, 'athleteId'], message: 'Expected an athlete id.' });
    if (typeof mentorId !== 'string') issues.push({ path: ['previous', k, 'mentorId'], message: 'Expected a mentor id.' });
    if (typeof athleteId !== 'string' || typeof mentorId !== 'string') return;
    if (seen.has(athleteId)) {
      issues.push({ path: ['previous', k, 'athleteId'], message: `The athlete "${athleteId}" appears in more than one pair.` });
      return;
    }
    seen.add(athleteId);
    out.push({ athleteId, mentorId });
  });
  return out;
}

/** Reasons in the words of the domain (rematch's name rows and columns). */
function domainReason(code: RematchReasonCode, athleteId: string, mentorId: string, fallback: string): string {
  switch (code) {
    case 'row-dropped':
      return `athlete ${athleteId} is no longer in the programme`;
    case 'col-dropped':
      return `mentor ${mentorId} is no longer in the programme`;
    case 'pair-not-allowed':
      return `athlete ${athleteId} and mentor ${mentorId} may no longer be paired (a hard criterion or minScore)`;
    case 'capacity-reduced':
      return `mentor ${mentorId} now takes fewer athletes`;
    case 'displaced':
      return fallback;
  }
}

/**
 * Re-matches mentors after a change, moving as few existing pairs as possible. Pass the athletes and
 * mentors as they are now — someone who left is simply absent, a mentor's new capacity or newly declared
 * conflict is in their profile — and the pairs in place by id. Pairs are scored as by
 * {@link matchMentors} and re-matched by {@link rematch}: with `method: 'optimal'` as many athletes as
 * possible, then the best total, then the most previous pairs kept (or fewer moves within `maxLoss`);
 * with `method: 'stable'` deferred acceptance with ties broken towards the previous mentor. Every
 * previous pair comes back kept, moved or ended, with the reason; each list is ordered by athlete id.
 * Inputs are validated as by {@link matchMentors} (and `previous`, with paths such as
 * `['previous', 2, 'athleteId']`) and never modified.
 *
 * @category Re-matching
 * @example
 * const athletes = [
 *   { id: 'a-1', name: 'Amina K.', sport: 'athletics', country: 'KE', languages: ['en'], timeZone: 'Africa/Nairobi', goals: ['incoterms'] },
 *   { id: 'a-2', name: 'Lucas M.', sport: 'judo', country: 'BR', languages: ['en'], timeZone: 'Europe/London', goals: ['brand'] },
 * ];
 * const mentors = [{ id: 'm-2', name: 'Rafa S.', kind: 'ambassador', expertise: { brand: 4 }, languages: ['en'], timeZone: 'Europe/Madrid', capacity: 2 }];
 * // m-1 has left the programme: a-1 moves to m-2, a-2 keeps m-2.
 * const r = rematchMentors(athletes, mentors, [{ athleteId: 'a-1', mentorId: 'm-1' }, { athleteId: 'a-2', mentorId: 'm-2' }], { asOf: '2027-03-01' });
 * r.ok && r.value.moved.map((move) => `${move.athleteId}: ${move.fromMentorId} → ${move.toMentorId} (${move.code})`)
 * //=> ['a-1: m-1 → m-2 (col-dropped)']
 * r.ok && r.value.kept //=> [{ athleteId: 'a-2', mentorId: 'm-2' }]
 */
export function rematchMentors(
  athletes: unknown,
  mentors: unknown,
  previous: readonly MentorAssignment[],
  options: RematchMentorsOptions,
): Result<MentorRematching, MatchingError> {
  const issues: Issue[] = [];
  const pairs = readPrevious(previous, issues);
  // Options may come from untrusted JavaScript: anything but an object goes to matchMentors' check as is.
  const untrusted: unknown = options;
  const isRecord = typeof untrusted === 'object' && untrusted !== null && !Array.isArray(untrusted);
  const { maxLoss, ...matchOptions } = (isRecord ? untrusted : {}) as Readonly<Record<string, unknown>>;
  const scored = scoreMentorPairs(athletes, mentors, (isRecord ? matchOptions : untrusted) as MatchMentorsOptions);
  if (!scored.ok) issues.push(...(scored.error.issues ?? []));
  if (!scored.ok || issues.length > 0) return err(invalidInput(issues));
  const { people, staff, data, capacities, method, minScore } = scored.value;
  const n = people.length;
  const m = staff.length;

  const rowOf = new Map(people.map((athlete, i) => [athlete.id as string, i]));
  const colOf = new Map(staff.map((mentor, j) => [mentor.id as string, j]));
  const rowToCol = new Int32Array(n).fill(-1);
  const held = new Int32Array(m);
  const departed = new Map<number, string>();
  const ended: MentorPairEnded[] = [];
  for (const pair of pairs) {
    const i = rowOf.get(pair.athleteId);
    const j = colOf.get(pair.mentorId);
    if (i === undefined) {
      ended.push({ athleteId: pair.athleteId, fromMentorId: pair.mentorId, code: 'row-dropped', reason: domainReason('row-dropped', pair.athleteId, pair.mentorId, '') });
    } else if (j === undefined) {
      departed.set(i, pair.mentorId);
    } else {
      rowToCol[i] = j;
      held[j] = (held[j] as number) + 1;
    }
  }
  // The previous capacities as far as the pairs tell: at least what each mentor held.
  const before = Int32Array.from(capacities, (c, j) => Math.max(c, held[j] as number));
  const settings = {
    method,
    ...(minScore === undefined ? {} : { minScore }),
    ...(maxLoss === undefined ? {} : { maxLoss: maxLoss as number }),
  };
  const result = rematch({ score: { rows: n, cols: m, data }, capacities: before, rowToCol }, { capacities }, settings);
  if (!result.ok) return result;
  const value = result.value;
  const athleteId = (i: number): string => (people[i] as { id: string }).id;
  const mentorId = (j: number): string => (staff[j] as { id: string }).id;
  const kept = value.kept.map(({ row, col }) => ({ athleteId: athleteId(row), mentorId: mentorId(col) }));
  const moved: MentorMove[] = value.moved.map((move) => ({
    athleteId: athleteId(move.row),
    fromMentorId: mentorId(move.from),
    toMentorId: mentorId(move.to),
    code: move.code,
    reason: domainReason(move.code, athleteId(move.row), mentorId(move.from), 'moved so that the matching stays optimal (or stable) after the change'),
  }));
  for (const left of value.unassigned) {
    ended.push({
      athleteId: athleteId(left.row),
      fromMentorId: mentorId(left.from),
      code: left.code,
      reason: domainReason(left.code, athleteId(left.row), mentorId(left.from), 'lost the place so that the matching stays optimal (or stable) after the change'),
    });
  }
  const added: MentorAssignment[] = [];
  for (const { row, col } of value.added) {
    const gone = departed.get(row);
    if (gone === undefined) added.push({ athleteId: athleteId(row), mentorId: mentorId(col) });
    else moved.push({ athleteId: athleteId(row), fromMentorId: gone, toMentorId: mentorId(col), code: 'col-dropped', reason: domainReason('col-dropped', athleteId(row), gone, '') });
  }
  for (const [row, gone] of departed) {
    if ((value.rowToCol[row] as number) < 0) {
      ended.push({ athleteId: athleteId(row), fromMentorId: gone, code: 'col-dropped', reason: domainReason('col-dropped', athleteId(row), gone, '') });
    }
  }
  const byAthlete = (a: { athleteId: string }, b: { athleteId: string }): number => (a.athleteId < b.athleteId ? -1 : a.athleteId > b.athleteId ? 1 : 0);
  kept.sort(byAthlete);
  moved.sort(byAthlete);
  ended.sort(byAthlete);
  added.sort(byAthlete);
  return ok({ matching: describeMatching(scored.value, value.rowToCol), kept, moved, ended, added, loss: value.loss });
}
