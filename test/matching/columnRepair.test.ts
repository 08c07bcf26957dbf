import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auctionWithLists } from '../../src/matching/capacitatedAuction.js';
import { createCapacitatedState, place } from '../../src/matching/capacitatedState.js';
import type { CapacitatedState } from '../../src/matching/capacitatedState.js';
import { repairColumnPrices } from '../../src/matching/columnRepair.js';
import { SEED, expectConsistentState, slotExpandedOptimumOfRows } from './oracles.js';

interface RepairCase {
  n: number;
  m: number;
  cost: Float64Array;
  capacities: number[];
  /** The order in which rows are placed, each into its `choice`-th allowed column with room, unless skipped. */
  order: number[];
  choice: number[];
  skip: boolean[];
}

/** Small instances (ints with many ties, or doubles; forbidden pairs; capacities 0..maxCapacity) and a way to fill them. */
function repairCase(options: { minCols?: number; maxCols?: number; maxRows?: number; maxCapacity?: number } = {}): fc.Arbitrary<RepairCase> {
  const { minCols = 1, maxCols = 6, maxRows = 24, maxCapacity = 8 } = options;
  return fc
    .record({ n: fc.integer({ min: 1, max: maxRows }), m: fc.integer({ min: minCols, max: maxCols }), ints: fc.boolean() })
    .chain(({ n, m, ints }) => {
      const finite = ints ? fc.integer({ min: -3, max: 3 }) : fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true });
      const cell = fc.oneof({ arbitrary: finite, weight: 4 }, { arbitrary: fc.constant(Infinity), weight: 1 });
      const all = Array.from({ length: n }, (_, i) => i);
      return fc.record({
        n: fc.constant(n),
        m: fc.constant(m),
        cost: fc.array(cell, { minLength: n * m, maxLength: n * m }).map((values) => Float64Array.from(values)),
        capacities: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: m, maxLength: m }),
        order: fc.shuffledSubarray(all, { minLength: n, maxLength: n }),
        choice: fc.array(fc.nat({ max: 1000 }), { minLength: n, maxLength: n }),
        // About one row in five is left out on purpose.
        skip: fc.array(fc.nat({ max: 4 }).map((x) => x === 0), { minLength: n, maxLength: n }),
      });
    });
}

/** A feasible partial assignment built with `place` in a fresh state (all prices 0). */
function buildPartial(c: RepairCase): CapacitatedState {
  const { n, m, cost, capacities } = c;
  const state = createCapacitatedState(n, m, capacities, 0);
  for (const i of c.order) {
    if (c.skip[i]) continue;
    const open: number[] = [];
    for (let j = 0; j < m; j++) if (cost[i * m + j]! < Infinity && state.count[j]! < state.capacity[j]!) open.push(j);
    if (open.length === 0) continue;
    place(state, i, open[c.choice[i]! % open.length]!);
  }
  return state;
}

const assignedRows = (state: CapacitatedState): number[] => [...state.rowToCol].flatMap((j, i) => (j >= 0 ? [i] : []));

/** Whether column j counts as having room: below its capacity, or a capacity of n or more (it never binds). */
const hasRoom = (state: CapacitatedState, capacities: readonly number[], j: number): boolean =>
  state.count[j]! < Math.min(capacities[j]!, state.n) || capacities[j]! >= state.n;

function totalOf(c: RepairCase, state: CapacitatedState): number {
  let total = 0;
  for (let i = 0; i < c.n; i++) {
    const j = state.rowToCol[i]!;
    if (j >= 0) total += c.cost[i * c.m + j]!;
  }
  return total;
}

/**
 * The optimality certificate: reduced costs `cost - u - v >= 0` for every assigned row and every allowed
 * column, 0 on its own column, prices `<= 0`, and exactly 0 on columns with room.
 */
function expectCertificate(c: RepairCase, state: CapacitatedState): void {
  const { n, m, cost, capacities } = c;
  let lowest = 0;
  let loosest = 0;
  for (let i = 0; i < n; i++) {
    const own = state.rowToCol[i]!;
    if (own < 0) continue;
    for (let k = 0; k < m; k++) {
      if (!(cost[i * m + k]! < Infinity)) continue;
      const reduced = cost[i * m + k]! - state.u[i]! - state.v[k]!;
      lowest = Math.min(lowest, reduced);
      if (k === own) loosest = Math.max(loosest, Math.abs(reduced));
    }
  }
  expect(lowest).toBeGreaterThanOrEqual(-1e-9);
  expect(loosest).toBeLessThanOrEqual(1e-9);
  const prices = [...state.v.subarray(0, m)];
  expect(Math.max(0, ...prices)).toBe(0);
  expect(prices.filter((p, j) => hasRoom(state, capacities, j) && p !== 0)).toEqual([]);
}

/** Repairs a fresh partial assignment and checks everything the repair promises. */
function expectRepaired(c: RepairCase): void {
  const state = buildPartial(c);
  const before = assignedRows(state);
  expect(repairColumnPrices(c.cost, state)).toBe(true);
  expect(assignedRows(state)).toEqual(before);
  expectConsistentState(state, c.cost, c.capacities);
  const oracle = slotExpandedOptimumOfRows(c.m, c.cost, c.capacities, before);
  expect(oracle).not.toBeNull();
  expect(totalOf(c, state)).toBeCloseTo(oracle!, 9);
  expectCertificate(c, state);
}

/** A hand-made case: the state after placing `start[i]` for each row (-1: left out), repaired. */
function repairFrom(n: number, m: number, costRows: readonly (readonly number[])[], capacities: readonly number[], start: readonly number[]): CapacitatedState {
  const cost = Float64Array.from(costRows.flat());
  const state = createCapacitatedState(n, m, capacities, 0);
  start.forEach((j, i) => {
    if (j >= 0) place(state, i, j);
  });
  expect(repairColumnPrices(cost, state)).toBe(true);
  const c: RepairCase = { n, m, cost, capacities: [...capacities], order: [], choice: [], skip: [] };
  expectConsistentState(state, c.cost, c.capacities);
  expectCertificate(c, state);
  return state;
}

describe('repairColumnPrices', () => {
  it('makes any feasible partial assignment optimal for the rows it holds, with a certificate', () => {
    fc.assert(
      fc.property(repairCase(), (c) => {
        expectRepaired(c);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does so when columns are tight (capacities 0..3), so most improvements are rotations between full columns', () => {
    fc.assert(
      fc.property(repairCase({ maxCapacity: 3 }), (c) => {
        expectRepaired(c);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does so with more columns (7..12), where cycles can be long', () => {
    fc.assert(
      fc.property(repairCase({ minCols: 7, maxCols: 12, maxRows: 20, maxCapacity: 3 }), (c) => {
        expectRepaired(c);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('leaves an already optimal assignment with nothing to do as it is', () => {
    // Each row in its cheapest column, room everywhere: every price is 0.
    const state = repairFrom(
      3,
      2,
      [
        [0, 4],
        [5, 1],
        [2, 3],
      ],
      [3, 3],
      [0, 1, 0],
    );
    expect([...state.rowToCol]).toEqual([0, 1, 0]);
    expect([...state.v]).toEqual([0, 0, 0]);
    expect([...state.u]).toEqual([0, 1, 2]);
  });

  it('rotates rows between two full columns: two swaps', () => {
    // Columns 0 and 1 hold two rows each, all in the wrong column (total 20 against 4 after the swaps).
    const state = repairFrom(
      4,
      2,
      [
        [5, 1],
        [5, 1],
        [1, 5],
        [1, 5],
      ],
      [2, 2],
      [0, 0, 1, 1],
    );
    expect([...state.rowToCol]).toEqual([1, 1, 0, 0]);
    expect(state.u[0]! + state.u[1]! + state.u[2]! + state.u[3]! + 2 * (state.v[0]! + state.v[1]!)).toBeCloseTo(4, 12);
  });

  it('tells improvements apart relative to the size of the costs, however small they are', () => {
    // Costs of order 1e-13: a tolerance of 1e-12 in absolute terms would call the swap worthless.
    const state = repairFrom(
      2,
      2,
      [
        [5e-13, 1e-13],
        [1e-13, 5e-13],
      ],
      [1, 1],
      [0, 1],
    );
    expect([...state.rowToCol]).toEqual([1, 0]);
  });

  it('rotates three rows around three full columns', () => {
    // Row i sits in column i but is cheapest in column i + 1 (mod 3); no room anywhere.
    const state = repairFrom(
      3,
      3,
      [
        [3, 0, 9],
        [9, 3, 0],
        [0, 9, 3],
      ],
      [1, 1, 1],
      [0, 1, 2],
    );
    expect([...state.rowToCol]).toEqual([1, 2, 0]);
  });

  it('moves a row into a column with room', () => {
    // Both rows start in column 0 (capacity 2); row 0 is 3 cheaper in column 1, which is empty.
    const state = repairFrom(
      2,
      2,
      [
        [3, 0],
        [0, 3],
      ],
      [2, 2],
      [0, 0],
    );
    expect([...state.rowToCol]).toEqual([1, 0]);
    expect([...state.v]).toEqual([0, 0, 0]);
  });

  it('moves a row into room through a full column (a chain, not a swap)', () => {
    // Column 0 (capacity 1) holds row 0, column 1 (capacity 1) holds row 1, column 2 has room. Row 0
    // prefers column 1, row 1 prefers column 2: row 1 moves on, row 0 follows; row 2 stays out.
    const state = repairFrom(
      3,
      3,
      [
        [4, 0, 9],
        [9, 4, 0],
        [0, 0, 0],
      ],
      [1, 1, 2],
      [0, 1, -1],
    );
    expect([...state.rowToCol]).toEqual([1, 2, -1]);
  });

  it('keeps the rows it holds even when leaving one out would be cheaper, and leaves unassigned rows alone', () => {
    // Column 0 (capacity 1) holds row 0 at cost 10; row 1, cheaper there, is not among the rows held.
    const state = repairFrom(
      2,
      1,
      [[10], [-10]],
      [1],
      [0, -1],
    );
    expect([...state.rowToCol]).toEqual([0, -1]);
    expect(state.u[0]! + state.v[0]!).toBe(10);
  });

  it('prices at 0 a column whose capacity (>= n) holds every row', () => {
    for (const capacity of [3, 5]) {
      // Column 0 holds all 3 rows and is the best for each; column 1 (capacity 1) is dearer for all.
      const state = repairFrom(
        3,
        2,
        [
          [0, 1],
          [2, 5],
          [-1, 0],
        ],
        [capacity, 1],
        [0, 0, 0],
      );
      expect([...state.rowToCol]).toEqual([0, 0, 0]);
      expect(state.v[0]).toBe(0);
      expect(state.v[1]).toBe(0);
      expect([...state.u]).toEqual([0, 2, -1]);
    }
  });

  it('prices at 0 a column of capacity >= n holding every row after the auction has bid all its slots below 0', () => {
    for (const capacity of [3, 5]) {
      const cost = Float64Array.of(0, 1, 2, 5, -1, 0);
      const state = createCapacitatedState(3, 2, [capacity, 1], 0);
      const outcome = auctionWithLists(cost, state, Int32Array.of(0, 1, 2));
      expect(outcome?.free.length).toBe(0);
      expect([...state.rowToCol]).toEqual([0, 0, 0]);
      // Every one of the n slots was taken by a bid, so the auction's price is below 0.
      expect(state.v[0]).toBeLessThan(0);
      expect(repairColumnPrices(cost, state)).toBe(true);
      expect([...state.rowToCol]).toEqual([0, 0, 0]);
      expect(state.v[0]).toBe(0);
      expect(state.v[1]).toBe(0);
      expect([...state.u]).toEqual([0, 2, -1]);
    }
  });

  it('prices at 0 a column of capacity >= n that ends up holding every row, after a row leaves a full column for it', () => {
    // Column 1 (capacity 1) is full with row 2, which would rather be in column 0: it moves there.
    const state = repairFrom(
      3,
      2,
      [
        [0, 1],
        [2, 5],
        [-1, 0],
      ],
      [4, 1],
      [0, 0, 1],
    );
    expect([...state.rowToCol]).toEqual([0, 0, 0]);
    expect(state.v[0]).toBe(0);
  });
});
