import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignRows, createCapacitatedState } from '../../src/matching/capacitatedKernel.js';
import type { StartMethod } from '../../src/matching/capacitatedKernel.js';
import { SEED, slotExpandedOptimum } from './oracles.js';

const instance = fc
  .record({ n: fc.integer({ min: 1, max: 24 }), m: fc.integer({ min: 1, max: 6 }), ints: fc.boolean() })
  .chain(({ n, m, ints }) =>
    fc.tuple(
      fc.constant(n),
      fc.constant(m),
      fc.array(ints ? fc.integer({ min: -3, max: 3 }) : fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true }), {
        minLength: n * m,
        maxLength: n * m,
      }),
      fc.array(fc.integer({ min: 0, max: 8 }), { minLength: m, maxLength: m }),
    ),
  );

/** Like `instance`, with forbidden pairs (`Infinity`) and enough rows per column for the column graph. */
const withForbidden = fc
  .record({ m: fc.integer({ min: 1, max: 5 }), perColumn: fc.integer({ min: 2, max: 5 }), ints: fc.boolean() })
  .chain(({ m, perColumn, ints }) => {
    const n = m * perColumn;
    const finite = ints ? fc.integer({ min: -2, max: 2 }) : fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true });
    return fc.tuple(
      fc.constant(n),
      fc.constant(m),
      fc.array(fc.oneof({ arbitrary: finite, weight: 4 }, { arbitrary: fc.constant(Infinity), weight: 1 }), { minLength: n * m, maxLength: n * m }),
      fc.array(fc.integer({ min: 0, max: 2 * perColumn }), { minLength: m, maxLength: m }),
    );
  });

/** Total cost and per-column load of the kernel's assignment, failing the test on a forbidden pair. */
function totalOf(state: ReturnType<typeof createCapacitatedState>, cost: Float64Array, n: number, m: number): { total: number; load: number[] } {
  let total = 0;
  const load = new Array<number>(m).fill(0);
  for (let i = 0; i < n; i++) {
    const j = state.rowToCol[i]!;
    if (j < 0) continue;
    expect(cost[i * m + j]).toBeLessThan(Infinity);
    total += cost[i * m + j]!;
    load[j]!++;
  }
  return { total, load };
}

/**
 * The kernel's answer against the slot-expanded oracle: when the oracle finds no full assignment some
 * row must fail; otherwise none fails, no capacity is exceeded and the total is the oracle's.
 */
function expectSlotOptimum(
  state: ReturnType<typeof createCapacitatedState>,
  cost: Float64Array,
  n: number,
  m: number,
  capacities: readonly number[],
  failed: Int32Array,
  oracle: number | null,
): void {
  if (oracle === null) {
    expect(failed.length).toBeGreaterThan(0);
    return;
  }
  expect(failed.length).toBe(0);
  const { total, load } = totalOf(state, cost, n, m);
  load.forEach((used, j) => {
    expect(used).toBeLessThanOrEqual(capacities[j]!);
  });
  expect(total).toBeCloseTo(oracle, 9);
}

/**
 * The certificate on the rows not in `skip`: reduced costs >= 0 on allowed pairs and 0 on assigned
 * pairs (within 1e-9), prices <= 0 and 0 where a column has room: exactly when `exact`, else within
 * 1e-9 (with costs down to subnormal sizes, some starts leave prices a rounding error off).
 */
function expectInvariants(
  state: ReturnType<typeof createCapacitatedState>,
  cost: Float64Array,
  n: number,
  m: number,
  capacities: readonly number[],
  skip: ReadonlySet<number>,
  exact = false,
): void {
  let lowest = 0;
  let loosest = 0;
  for (let i = 0; i < n; i++) {
    if (skip.has(i)) continue;
    for (let j = 0; j < m; j++) {
      if (!(cost[i * m + j]! < Infinity)) continue;
      const reduced = cost[i * m + j]! - state.u[i]! - state.v[j]!;
      lowest = Math.min(lowest, reduced);
      if (state.rowToCol[i] === j) loosest = Math.max(loosest, Math.abs(reduced));
    }
  }
  expect(lowest).toBeGreaterThanOrEqual(-1e-9);
  expect(loosest).toBeLessThanOrEqual(1e-9);
  const prices = [...state.v.subarray(0, m)];
  const slack = exact ? 0 : 1e-9;
  expect(Math.max(0, ...prices)).toBeLessThanOrEqual(slack);
  expect(prices.filter((p, j) => state.count[j]! < Math.min(capacities[j]!, n) && Math.abs(p) > slack)).toEqual([]);
}

/** Every start the kernel has: the lists start with bid budgets that hand over to the searches early (or never), and the dense start. */
const STARTS: readonly [StartMethod, number | undefined][] = [
  ['lists', 0],
  ['lists', 1],
  ['lists', 3],
  ['lists', 10],
  ['lists', undefined],
  ['dense', undefined],
];

describe('assignRows (the many-to-one kernel)', () => {
  it('reaches the slot-expanded optimum whether prices are updated before every search or never', () => {
    fc.assert(
      fc.property(withForbidden, ([n, m, values, capacities]) => {
        const cost = Float64Array.from(values);
        const oracle = slotExpandedOptimum(n, m, cost, capacities);
        for (const updateEvery of [0, 1, Infinity]) {
          const state = createCapacitatedState(n, m, capacities, 0);
          const failed = assignRows(cost, state, Int32Array.from({ length: n }, (_, i) => i), updateEvery);
          expectSlotOptimum(state, cost, n, m, capacities, failed, oracle);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps its invariants through price updates: reduced costs >= 0, tight on assigned pairs, prices <= 0 and 0 where there is room', () => {
    fc.assert(
      fc.property(withForbidden, ([n, m, values, capacities]) => {
        const cost = Float64Array.from(values);
        const state = createCapacitatedState(n, m, capacities, 0);
        const failed = assignRows(cost, state, Int32Array.from({ length: n }, (_, i) => i), 0);
        if (failed.length > 0) return; // closed columns are left to assignWithCapacities's re-solve
        expectInvariants(state, cost, n, m, capacities, new Set(), true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('places every row at the slot-expanded optimum whenever there is room for all', () => {
    fc.assert(
      fc.property(instance, ([n, m, values, capacities]) => {
        const cost = Float64Array.from(values);
        const oracle = slotExpandedOptimum(n, m, cost, capacities);
        const state = createCapacitatedState(n, m, capacities, 0);
        const failed = assignRows(cost, state, Int32Array.from({ length: n }, (_, i) => i));
        expectSlotOptimum(state, cost, n, m, capacities, failed, oracle);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('keeps its invariants: reduced costs >= 0, tight on assigned pairs, prices <= 0 and 0 where there is room', () => {
    fc.assert(
      fc.property(instance, ([n, m, values, capacities]) => {
        const cost = Float64Array.from(values);
        const state = createCapacitatedState(n, m, capacities, 0);
        const failed = new Set(assignRows(cost, state, Int32Array.from({ length: n }, (_, i) => i)));
        expectInvariants(state, cost, n, m, capacities, failed, true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('reaches the slot-expanded optimum from every start and bid budget, with forbidden pairs, keeping its invariants', () => {
    fc.assert(
      fc.property(withForbidden, fc.constantFrom(0, 1, 3, Infinity), ([n, m, values, capacities], updateEvery) => {
        const cost = Float64Array.from(values);
        const oracle = slotExpandedOptimum(n, m, cost, capacities);
        const rows = Int32Array.from({ length: n }, (_, i) => i);
        for (const [start, budget] of STARTS) {
          const state = createCapacitatedState(n, m, capacities, 0);
          const failed = assignRows(cost, state, rows, updateEvery, start, budget);
          expectSlotOptimum(state, cost, n, m, capacities, failed, oracle);
          if (oracle !== null) expectInvariants(state, cost, n, m, capacities, new Set());
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('reaches the slot-expanded optimum from every start and bid budget, without forbidden pairs, keeping its invariants', () => {
    fc.assert(
      fc.property(instance, fc.constantFrom(0, 3, Infinity), ([n, m, values, capacities], updateEvery) => {
        const cost = Float64Array.from(values);
        const oracle = slotExpandedOptimum(n, m, cost, capacities);
        const rows = Int32Array.from({ length: n }, (_, i) => i);
        for (const [start, budget] of STARTS) {
          const state = createCapacitatedState(n, m, capacities, 0);
          const failed = assignRows(cost, state, rows, updateEvery, start, budget);
          expectSlotOptimum(state, cost, n, m, capacities, failed, oracle);
          expectInvariants(state, cost, n, m, capacities, new Set(failed));
        }
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  // Rounding once left reduced costs a hair below 0 and a price update then raised prices above 0, on
  // columns with room too; these inputs did that.
  it('keeps prices exactly <= 0, and exactly 0 where there is room, with price updates before every search', () => {
    const cases: [number, number, number[], number[], StartMethod, number | undefined][] = [
      // 'dense': v = [6.2e-17, 6.2e-17, -1.0000000000002], column 1 holds 3 of 4.
      [7, 3, [0, 1e-13, -1, 0, 3e-13, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2e-13, 3e-13, -1], [3, 4, 1], 'dense', undefined],
      // 'lists', bid budget 3: v = 3e-13 on all four columns, column 3 holds 3 of 4.
      [8, 4, [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2e-13, 1e-13, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0], [0, 1, 4, 4], 'lists', 3],
    ];
    for (const [n, m, values, capacities, start, budget] of cases) {
      const state = createCapacitatedState(n, m, capacities, 0);
      expect(assignRows(Float64Array.from(values), state, Int32Array.from({ length: n }, (_, i) => i), 0, start, budget).length).toBe(0);
      const prices = [...state.v.subarray(0, m)];
      expect(Math.max(0, ...prices)).toBe(0);
      expect(prices.filter((p, j) => state.count[j]! < Math.min(capacities[j]!, n) && p !== 0)).toEqual([]);
    }
  });

  it('uses the virtual column as "unassigned" at cost 0', () => {
    // Two rows, one real place; row 1 is cheaper (more negative) in the real column.
    const cost = Float64Array.of(-1, -5);
    const state = createCapacitatedState(2, 1, [1], 1);
    expect(assignRows(cost, state, Int32Array.of(0, 1)).length).toBe(0);
    expect([...state.rowToCol]).toEqual([1, 0]);
  });

  it('returns the rows it cannot place', () => {
    const cost = Float64Array.of(1, Infinity, 2, Infinity, 3, Infinity);
    const state = createCapacitatedState(3, 2, [1, 5], 0);
    const failed = assignRows(cost, state, Int32Array.of(0, 1, 2));
    expect(failed.length).toBe(2);
    expect(state.rowToCol.filter((j) => j >= 0).length).toBe(1);
  });
});
