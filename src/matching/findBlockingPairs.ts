import type { Capacities } from './capacities.js';
import { buildPreferenceTables } from './preferenceTables.js';
import type { PreferenceLists, PreferenceTables } from './preferenceTables.js';

/**
 * Lists the blocking pairs of a matching with capacities: a proposer `p` and a receiver `r` that list
 * each other, where `p` is unmatched or prefers `r` to its receiver, and `r` has room or prefers `p` to
 * the worst proposer it holds. A matching is stable exactly when this list is empty. Pairs come
 * sorted by proposer, then by the proposer's preference. O(total list length).
 *
 * Never throws and never fails: input is read leniently. Malformed list entries (not an integer, out
 * of range, repeated) are skipped, a capacity that is not a non-negative integer counts as 0, and a
 * proposer matched to a receiver that does not exist or that does not list it (or that it does not
 * list) counts as unmatched — so bad input can only add blocking pairs, never hide them. To have bad
 * input reported with paths, use {@link verifyMatching} with `kind: 'stable'`.
 *
 * @category Stable matching
 * @example
 * // mentor 0 (capacity 1) holds athlete 0 but prefers athlete 1, who prefers mentor 0 to nobody
 * findBlockingPairs([[0], [0]], [[1, 0]], [1], [0, -1]) //=> [[1, 0]]
 * findBlockingPairs([[0], [0]], [[1, 0]], [1], [-1, 0]) //=> []
 */
export function findBlockingPairs(
  proposerPrefs: PreferenceLists,
  receiverPrefs: PreferenceLists,
  capacities: Capacities,
  proposerToReceiver: Int32Array | readonly number[],
): [number, number][] {
  const tables = buildPreferenceTables(proposerPrefs, receiverPrefs, undefined);
  if (tables === undefined) return [];
  const capacity = new Int32Array(tables.receivers);
  if (Array.isArray(capacities) || capacities instanceof Int32Array) {
    const list = capacities as ArrayLike<unknown>;
    for (let r = 0; r < tables.receivers; r++) {
      const c = list[r];
      capacity[r] = typeof c === 'number' && Number.isSafeInteger(c) && c > 0 ? Math.min(c, 0x7fffffff) : 0;
    }
  }
  const matching = new Int32Array(tables.proposers).fill(-1);
  if (Array.isArray(proposerToReceiver) || proposerToReceiver instanceof Int32Array) {
    const list = proposerToReceiver as ArrayLike<unknown>;
    const length = Math.min(list.length, tables.proposers);
    for (let p = 0; p < length; p++) {
      const r = list[p];
      if (typeof r === 'number' && Number.isInteger(r) && r >= 0 && r < tables.receivers) matching[p] = r;
    }
  }
  return blockingPairs(tables, capacity, matching);
}

/**
 * The blocking pairs of a matching over checked tables; entries of `matching` that are not mutually
 * acceptable pairs count as unmatched.
 * @internal
 */
export function blockingPairs(tables: PreferenceTables, capacity: Int32Array, matching: Int32Array): [number, number][] {
  const { proposers, receivers, proposerStart, proposerList, rankAtReceiver } = tables;
  // Each proposer's current partner as a position in its own list (its end when unmatched).
  const current = new Int32Array(proposers);
  const count = new Int32Array(receivers);
  const worst = new Int32Array(receivers).fill(-1);
  for (let p = 0; p < proposers; p++) {
    const end = proposerStart[p + 1] as number;
    current[p] = end;
    const r = matching[p] as number;
    if (r < 0) continue;
    for (let k = proposerStart[p] as number; k < end; k++) {
      if ((proposerList[k] as number) !== r) continue;
      const rank = rankAtReceiver[k] as number;
      if (rank >= 0) {
        current[p] = k;
        count[r] = (count[r] as number) + 1;
        if (rank > (worst[r] as number)) worst[r] = rank;
      }
      break;
    }
  }
  const pairs: [number, number][] = [];
  for (let p = 0; p < proposers; p++) {
    const stop = current[p] as number;
    for (let k = proposerStart[p] as number; k < stop; k++) {
      const rank = rankAtReceiver[k] as number;
      if (rank < 0) continue;
      const r = proposerList[k] as number;
      if ((count[r] as number) < (capacity[r] as number) || rank < (worst[r] as number)) pairs.push([p, r]);
    }
  }
  return pairs;
}
