import type { Issue } from '../core/index.js';
import { MAX_ISSUES } from './costMatrix.js';
import { messages } from './errors.js';

/**
 * Preference lists: `prefs[a]` lists the indices of the other side that `a` accepts, most preferred
 * first. A missing index means "not acceptable"; an empty list means "accepts nobody".
 *
 * @category Stable matching
 * @example
 * const athletesPrefs: PreferenceLists = [[1, 0], [0]];
 * athletesPrefs[0]?.[0] //=> 1
 */
export type PreferenceLists = readonly (readonly number[])[];

/**
 * Both sides' preference lists in flat typed arrays (CSR form) with the cross ranks every algorithm
 * needs in O(1): for the k-th entry of a proposer's list, the rank of that proposer in the receiver's
 * list (`-1` when the receiver does not list it), and symmetrically for receivers' entries.
 * Built in O(total list length + proposers + receivers).
 * @internal
 */
export interface PreferenceTables {
  readonly proposers: number;
  readonly receivers: number;
  /** Proposer p's list is `proposerList[proposerStart[p] .. proposerStart[p + 1])`. */
  readonly proposerStart: Int32Array;
  readonly proposerList: Int32Array;
  /** Rank of the proposer in the listed receiver's list, or -1 (not mutually acceptable). */
  readonly rankAtReceiver: Int32Array;
  readonly receiverStart: Int32Array;
  readonly receiverList: Int32Array;
  /** Rank of the receiver in the listed proposer's list, or -1. */
  readonly rankAtProposer: Int32Array;
}

/**
 * Reads one side's lists. With `issues`, every malformed entry is reported (under `name`); without it
 * (lenient mode) malformed entries, out-of-range indices and repeats are skipped.
 */
function readSide(
  input: unknown,
  name: string,
  otherCount: number,
  issues: Issue[] | undefined,
): { start: Int32Array; list: Int32Array } | undefined {
  if (!Array.isArray(input)) {
    if (issues !== undefined) issues.push({ path: [name], message: messages.notArray(name) });
    return undefined;
  }
  const lists = input as readonly unknown[];
  const count = lists.length;
  const start = new Int32Array(count + 1);
  let total = 0;
  for (let a = 0; a < count; a++) {
    const list = lists[a];
    start[a] = total;
    if (Array.isArray(list)) total += list.length;
    else if (issues !== undefined && issues.length < MAX_ISSUES) issues.push({ path: [name, a], message: messages.notArray(`${name}[${a}]`) });
  }
  start[count] = total;
  const out = new Int32Array(total);
  const seen = new Int32Array(otherCount).fill(-1);
  let at = 0;
  for (let a = 0; a < count; a++) {
    start[a] = at;
    const list = lists[a];
    if (!Array.isArray(list)) continue;
    const entries = list as readonly unknown[];
    for (let k = 0; k < entries.length; k++) {
      const b = entries[k];
      if (typeof b !== 'number' || !Number.isInteger(b) || b < 0 || b >= otherCount) {
        if (issues !== undefined && issues.length < MAX_ISSUES) {
          issues.push({ path: [name, a, k], message: otherCount === 0 ? messages.emptyRange() : messages.badIndex(otherCount) });
        }
        continue;
      }
      if (seen[b] === a) {
        if (issues !== undefined && issues.length < MAX_ISSUES) issues.push({ path: [name, a, k], message: messages.duplicateIndex(b) });
        continue;
      }
      seen[b] = a;
      out[at++] = b;
    }
  }
  start[count] = at;
  return { start, list: at === total ? out : out.slice(0, at) };
}

/**
 * Builds the tables from both sides' lists. In strict mode (`issues` given) returns `undefined` after
 * reporting problems; in lenient mode (`issues` undefined) skips what it cannot use and returns
 * `undefined` only when a side is not an array at all.
 * @internal
 */
export function buildPreferenceTables(
  proposerPrefs: unknown,
  receiverPrefs: unknown,
  issues: Issue[] | undefined,
): PreferenceTables | undefined {
  const before = issues?.length ?? 0;
  const proposers = Array.isArray(proposerPrefs) ? proposerPrefs.length : 0;
  const receivers = Array.isArray(receiverPrefs) ? receiverPrefs.length : 0;
  const p = readSide(proposerPrefs, 'proposerPrefs', receivers, issues);
  const r = readSide(receiverPrefs, 'receiverPrefs', proposers, issues);
  if (p === undefined || r === undefined) return undefined;
  if (issues !== undefined && issues.length > before) return undefined;

  // Bucket the proposers' entries by receiver (counting sort), then, receiver by receiver, stamp the
  // proposers it lists with their position and read both cross ranks off the stamps.
  const byReceiverStart = new Int32Array(receivers + 1);
  for (let k = 0; k < p.list.length; k++) {
    const b = p.list[k] as number;
    byReceiverStart[b + 1] = (byReceiverStart[b + 1] as number) + 1;
  }
  for (let b = 0; b < receivers; b++) byReceiverStart[b + 1] = (byReceiverStart[b + 1] as number) + (byReceiverStart[b] as number);
  const fill = byReceiverStart.slice(0, receivers);
  const bucket = new Int32Array(p.list.length);
  const owner = new Int32Array(p.list.length);
  for (let a = 0; a < proposers; a++) {
    for (let k = p.start[a] as number; k < (p.start[a + 1] as number); k++) {
      const b = p.list[k] as number;
      const at = fill[b] as number;
      fill[b] = at + 1;
      bucket[at] = k;
      owner[at] = a;
    }
  }
  const rankAtReceiver = new Int32Array(p.list.length).fill(-1);
  const rankAtProposer = new Int32Array(r.list.length).fill(-1);
  const stamp = new Int32Array(proposers).fill(-1);
  const position = new Int32Array(proposers);
  for (let b = 0; b < receivers; b++) {
    const first = r.start[b] as number;
    const end = r.start[b + 1] as number;
    for (let q = first; q < end; q++) {
      const a = r.list[q] as number;
      stamp[a] = b;
      position[a] = q;
    }
    for (let t = byReceiverStart[b] as number; t < (byReceiverStart[b + 1] as number); t++) {
      const a = owner[t] as number;
      if (stamp[a] !== b) continue;
      const k = bucket[t] as number;
      const q = position[a] as number;
      rankAtReceiver[k] = q - first;
      rankAtProposer[q] = k - (p.start[a] as number);
    }
  }
  return {
    proposers,
    receivers,
    proposerStart: p.start,
    proposerList: p.list,
    rankAtReceiver,
    receiverStart: r.start,
    receiverList: r.list,
    rankAtProposer,
  };
}
