import { err, ok } from '../core/index.js';
import type { Issue, Result } from '../core/index.js';
import { checkCapacities } from './capacities.js';
import type { Capacities } from './capacities.js';
import { invalidInput, messages } from './errors.js';
import type { MatchingError } from './errors.js';
import { readOptions } from './options.js';
import { buildPreferenceTables } from './preferenceTables.js';
import type { PreferenceLists, PreferenceTables } from './preferenceTables.js';

/**
 * Options of {@link stableMatch}.
 *
 * @category Stable matching
 * @example
 * const options: StableMatchOptions = { optimalFor: 'receivers' };
 * options.optimalFor //=> 'receivers'
 */
export interface StableMatchOptions {
  /**
   * Whose best stable matching to return (default `'proposers'`): every proposer gets the best partner
   * it has in any stable matching; with `'receivers'` every receiver does (and every proposer the worst).
   */
  readonly optimalFor?: 'proposers' | 'receivers';
}

/**
 * A stable matching: `proposerToReceiver[p]` is the receiver of proposer `p`, `-1` when unmatched.
 *
 * @category Stable matching
 * @example
 * const s: StableMatching = { proposerToReceiver: Int32Array.of(0, -1) };
 * s.proposerToReceiver[1] //=> -1
 */
export interface StableMatching {
  readonly proposerToReceiver: Int32Array;
}

/**
 * Stable matching with capacities (the hospitals/residents problem): proposers (athletes) each take at
 * most one receiver (mentor), receiver `r` takes at most `capacities[r]` proposers. Lists may be
 * incomplete; a pair can only be matched if each lists the other. The result has no blocking pair
 * and is proposer-optimal (or receiver-optimal with `optimalFor: 'receivers'`).
 *
 * Gale–Shapley deferred acceptance in O(total list length): cross ranks are precomputed in flat
 * `Int32Array`s, and each receiver tracks its worst held proposer with a pointer that only moves up
 * its list once the receiver is full.
 *
 * @category Stable matching
 * @returns the matching, or an `invalid-input` error naming the path of the first bad entry.
 * @example
 * // athletes 0 and 1 both want mentor 0 (capacity 1), who prefers athlete 1
 * const r = stableMatch([[0, 1], [0]], [[1, 0], [0]], [1, 1]);
 * r.ok && [...r.value.proposerToReceiver] //=> [1, 0]
 */
export function stableMatch(
  proposerPrefs: PreferenceLists,
  receiverPrefs: PreferenceLists,
  capacities: Capacities,
  options?: StableMatchOptions,
): Result<StableMatching, MatchingError> {
  const issues: Issue[] = [];
  const record = readOptions(options, issues);
  let receiverOptimal = false;
  if (record !== undefined) {
    const value = record.optimalFor;
    if (value === 'receivers') receiverOptimal = true;
    else if (value !== undefined && value !== 'proposers') {
      issues.push({ path: ['options', 'optimalFor'], message: messages.badOption('optimalFor', "'proposers' or 'receivers'") });
    }
  }
  const tables = buildPreferenceTables(proposerPrefs, receiverPrefs, issues);
  const receivers = Array.isArray(receiverPrefs) ? receiverPrefs.length : 0;
  const caps = checkCapacities(capacities, receivers, 'capacities', issues);
  if (tables === undefined || caps === undefined || issues.length > 0) return err(invalidInput(issues));
  const proposerToReceiver = receiverOptimal ? receiversPropose(tables, caps) : proposersPropose(tables, caps);
  return ok({ proposerToReceiver });
}

/**
 * Proposer-proposing deferred acceptance. A receiver's held proposers are marked by their rank in its
 * list; once full, `worst[r]` points at the worst one held and only ever moves towards the top.
 * @internal
 */
export function proposersPropose(tables: PreferenceTables, capacity: Int32Array): Int32Array {
  const { proposers, receivers, proposerStart, proposerList, rankAtReceiver, receiverStart, receiverList } = tables;
  const match = new Int32Array(proposers).fill(-1);
  const next = proposerStart.slice(0, proposers);
  const held = new Uint8Array(receiverList.length);
  const count = new Int32Array(receivers);
  const worst = new Int32Array(receivers);
  for (let r = 0; r < receivers; r++) worst[r] = (receiverStart[r + 1] as number) - (receiverStart[r] as number) - 1;
  const stack = new Int32Array(proposers);
  let top = 0;
  for (let p = proposers - 1; p >= 0; p--) stack[top++] = p;

  while (top > 0) {
    const p = stack[--top] as number;
    const end = proposerStart[p + 1] as number;
    while ((next[p] as number) < end) {
      const k = next[p] as number;
      next[p] = k + 1;
      const r = proposerList[k] as number;
      const rank = rankAtReceiver[k] as number;
      if (rank < 0) continue; // r does not list p
      const cap = capacity[r] as number;
      if (cap === 0) continue;
      const base = receiverStart[r] as number;
      const held0 = count[r] as number;
      if (held0 < cap) {
        held[base + rank] = 1;
        count[r] = held0 + 1;
        match[p] = r;
        if (held0 + 1 === cap) worst[r] = worstHeld(held, base, worst[r] as number);
        break;
      }
      const w = worst[r] as number;
      if (rank > w) continue; // r prefers everyone it holds
      // r trades its worst held proposer for p.
      const loser = receiverList[base + w] as number;
      held[base + w] = 0;
      match[loser] = -1;
      stack[top++] = loser;
      held[base + rank] = 1;
      match[p] = r;
      worst[r] = worstHeld(held, base, w);
      break;
    }
  }
  return match;
}

/** The worst held rank at or above `from` (held ranks are never below a full receiver's pointer). */
function worstHeld(held: Uint8Array, base: number, from: number): number {
  let w = from;
  while (w > 0 && held[base + w] === 0) w--;
  return w;
}

/**
 * Receiver-proposing deferred acceptance: receivers offer places down their lists; each proposer keeps
 * the best offer so far. Gives the receiver-optimal (proposer-pessimal) stable matching.
 * @internal
 */
export function receiversPropose(tables: PreferenceTables, capacity: Int32Array): Int32Array {
  const { proposers, receivers, receiverStart, receiverList, rankAtProposer } = tables;
  const match = new Int32Array(proposers).fill(-1);
  const matchRank = new Int32Array(proposers);
  const next = receiverStart.slice(0, receivers);
  const offers = new Int32Array(receivers);
  const queued = new Uint8Array(receivers);
  const stack = new Int32Array(receivers);
  let top = 0;
  for (let r = receivers - 1; r >= 0; r--) {
    stack[top++] = r;
    queued[r] = 1;
  }
  while (top > 0) {
    const r = stack[--top] as number;
    queued[r] = 0;
    const end = receiverStart[r + 1] as number;
    const cap = capacity[r] as number;
    while ((offers[r] as number) < cap && (next[r] as number) < end) {
      const q = next[r] as number;
      next[r] = q + 1;
      const rank = rankAtProposer[q] as number;
      if (rank < 0) continue; // the proposer does not list r
      const p = receiverList[q] as number;
      const current = match[p] as number;
      if (current >= 0 && (matchRank[p] as number) < rank) continue; // p keeps a better offer
      if (current >= 0) {
        offers[current] = (offers[current] as number) - 1;
        if (queued[current] === 0) {
          queued[current] = 1;
          stack[top++] = current;
        }
      }
      match[p] = r;
      matchRank[p] = rank;
      offers[r] = (offers[r] as number) + 1;
    }
  }
  return match;
}
