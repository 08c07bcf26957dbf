// Slow but obviously correct reference implementations and the fast-check arbitraries shared by the
// matching tests. Everything here enumerates: use it on tiny instances only.
import fc from 'fast-check';
import { expect } from 'vitest';
import type { CapacitatedState } from '../../src/matching/capacitatedState.js';
import { assignMinimum } from '../../src/matching/assignmentKernel.js';

/** Every property runs with this seed, so a failure reproduces on every machine. */
export const SEED = 42;

/** The slow but obviously correct oracle: expand column j into capacities[j] identical slot columns. */
export function slotExpandedOptimum(n: number, m: number, cost: Float64Array, capacities: readonly number[]): number | null {
  const slots = capacities.flatMap((c, j) => new Array<number>(c).fill(j));
  const s = slots.length;
  if (s < n) return null;
  const expanded = new Float64Array(n * s);
  for (let i = 0; i < n; i++) for (let k = 0; k < s; k++) expanded[i * s + k] = cost[i * m + slots[k]!]!;
  const x = new Int32Array(n);
  if (!assignMinimum(n, s, expanded, x, new Int32Array(s), new Float64Array(s))) return null;
  return [...x].reduce((sum, k, i) => sum + expanded[i * s + k]!, 0);
}

/**
 * The optimum over assignments of exactly the given rows (each to a column, capacities kept, no forbidden
 * pair): {@link slotExpandedOptimum} on the sub-matrix of those rows. 0 for no rows; null if infeasible.
 */
export function slotExpandedOptimumOfRows(m: number, cost: Float64Array, capacities: readonly number[], rows: readonly number[]): number | null {
  if (rows.length === 0) return 0;
  const sub = new Float64Array(rows.length * m);
  rows.forEach((i, r) => {
    sub.set(cost.subarray(i * m, i * m + m), r * m);
  });
  return slotExpandedOptimum(rows.length, m, sub, capacities);
}

/** A tiny cost matrix: small integers (many ties) or doubles, some pairs forbidden. */
export function costMatrixArbitrary(options: { maxRows?: number; maxCols?: number; maximize?: boolean; forbidden?: boolean } = {}): fc.Arbitrary<number[][]> {
  const { maxRows = 6, maxCols = 6, maximize = false, forbidden = true } = options;
  const forbid = maximize ? -Infinity : Infinity;
  return fc
    .record({ rows: fc.integer({ min: 1, max: maxRows }), cols: fc.integer({ min: 1, max: maxCols }), ints: fc.boolean() })
    .chain(({ rows, cols, ints }) => {
      const finite = ints ? fc.integer({ min: -3, max: 4 }) : fc.double({ min: -50, max: 50, noNaN: true, noDefaultInfinity: true });
      const cell = forbidden ? fc.oneof({ arbitrary: finite, weight: 4 }, { arbitrary: fc.constant(forbid), weight: 1 }) : finite;
      return fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
    });
}

/** Best total of a full one-to-one assignment (min(rows, cols) pairs) avoiding forbidden pairs, or null. */
export function bruteForceAssignment(cost: readonly (readonly number[])[], maximize: boolean): number | null {
  const rows = cost.length;
  const cols = cost[0]?.length ?? 0;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const at = (i: number, j: number): number => (transpose ? cost[j]![i]! : cost[i]![j]!);
  const used = new Array<boolean>(m).fill(false);
  let best: number | null = null;
  const visit = (i: number, sum: number): void => {
    if (i === n) {
      if (best === null || (maximize ? sum > best : sum < best)) best = sum;
      return;
    }
    for (let j = 0; j < m; j++) {
      const c = at(i, j);
      if (used[j] || !Number.isFinite(c)) continue;
      used[j] = true;
      visit(i + 1, sum + c);
      used[j] = false;
    }
  };
  visit(0, 0);
  return best;
}

/** The lexicographic optimum of a many-to-one assignment: [rows assigned, best total], or null if infeasible. */
export function bruteForceCapacities(
  score: readonly (readonly number[])[],
  capacities: readonly number[],
  options: { maximize?: boolean; allowUnassigned?: boolean; minScore?: number; maxCost?: number } = {},
): [number, number] | null {
  const { maximize = true, allowUnassigned = true, minScore, maxCost } = options;
  const usable = (s: number): boolean =>
    Number.isFinite(s) && (!allowUnassigned || ((minScore === undefined || s >= minScore) && (maxCost === undefined || s <= maxCost)));
  const n = score.length;
  const load = capacities.map(() => 0);
  let best: [number, number] | null = null;
  const visit = (i: number, count: number, sum: number): void => {
    if (i === n) {
      if (!allowUnassigned && count < n) return;
      if (best === null || count > best[0] || (count === best[0] && (maximize ? sum > best[1] : sum < best[1]))) best = [count, sum];
      return;
    }
    visit(i + 1, count, sum);
    for (let j = 0; j < capacities.length; j++) {
      const s = score[i]![j]!;
      if (load[j]! >= capacities[j]! || !usable(s)) continue;
      load[j]!++;
      visit(i + 1, count + 1, sum + s);
      load[j]!--;
    }
  };
  visit(0, 0, 0);
  return best;
}

/** A tiny stable-matching instance: random incomplete strict lists on both sides and small capacities. */
export interface StableInstance {
  proposerPrefs: number[][];
  receiverPrefs: number[][];
  capacities: number[];
}

export function stableInstanceArbitrary(maxProposers = 5, maxReceivers = 3): fc.Arbitrary<StableInstance> {
  return fc
    .record({ proposers: fc.integer({ min: 0, max: maxProposers }), receivers: fc.integer({ min: 0, max: maxReceivers }) })
    .chain(({ proposers, receivers }) =>
      fc.record({
        proposerPrefs: fc.array(fc.subarray(range(receivers)).chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })), {
          minLength: proposers,
          maxLength: proposers,
        }),
        receiverPrefs: fc.array(fc.subarray(range(proposers)).chain((list) => fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })), {
          minLength: receivers,
          maxLength: receivers,
        }),
        capacities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: receivers, maxLength: receivers }),
      }),
    );
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** The blocking pairs by the textbook definition, with indexOf for ranks. */
export function bruteForceBlockingPairs(instance: StableInstance, matching: readonly number[]): [number, number][] {
  const { proposerPrefs, receiverPrefs, capacities } = instance;
  const pairs: [number, number][] = [];
  proposerPrefs.forEach((list, p) => {
    for (const r of list) {
      const rList = receiverPrefs[r]!;
      if (!rList.includes(p)) continue;
      const current = matching[p]!;
      const prefers = current < 0 || list.indexOf(r) < list.indexOf(current);
      if (!prefers) continue;
      const held = matching.flatMap((q, who) => (q === r ? [who] : []));
      const hasRoom = held.length < capacities[r]!;
      const likesBetter = held.some((q) => rList.indexOf(p) < rList.indexOf(q));
      if (hasRoom || likesBetter) pairs.push([p, r]);
    }
  });
  return pairs;
}

/** Every matching of an instance (mutually acceptable pairs, capacities kept) that has no blocking pair. */
export function allStableMatchings(instance: StableInstance): number[][] {
  const { proposerPrefs, receiverPrefs, capacities } = instance;
  const P = proposerPrefs.length;
  const load = capacities.map(() => 0);
  const current = new Array<number>(P).fill(-1);
  const found: number[][] = [];
  const visit = (p: number): void => {
    if (p === P) {
      if (bruteForceBlockingPairs(instance, current).length === 0) found.push([...current]);
      return;
    }
    current[p] = -1;
    visit(p + 1);
    for (const r of proposerPrefs[p]!) {
      if (!receiverPrefs[r]!.includes(p) || load[r]! >= capacities[r]!) continue;
      load[r]!++;
      current[p] = r;
      visit(p + 1);
      current[p] = -1;
      load[r]!--;
    }
  };
  visit(0);
  return found;
}

/** Rank of a partner in a preference list; unmatched ranks after everything. */
export function rankOf(list: readonly number[], partner: number): number {
  return partner < 0 ? list.length : list.indexOf(partner);
}

/**
 * A many-to-one state's bookkeeping agrees with its `rowToCol`: every placed row sits in one of its
 * column's slots, counts match, no capacity is exceeded and no forbidden pair (`Infinity`) is used.
 */
export function expectConsistentState(state: CapacitatedState, cost: Float64Array, capacities: readonly number[]): void {
  const { n, m } = state;
  const load = new Array<number>(m + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const j = state.rowToCol[i]!;
    if (j < 0) continue;
    expect(j).toBeLessThan(m);
    expect(cost[i * m + j]).toBeLessThan(Infinity);
    load[j]!++;
    const at = state.rowSlot[i]!;
    expect(at).toBeGreaterThanOrEqual(state.slotStart[j]!);
    expect(at).toBeLessThan(state.slotStart[j]! + state.count[j]!);
    expect(state.slotRow[at]).toBe(i);
  }
  expect([...state.count]).toEqual(load);
  load.forEach((used, j) => {
    if (j < m) expect(used).toBeLessThanOrEqual(Math.min(capacities[j]!, n));
  });
}
