import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMinimum } from '../../src/matching/assignmentKernel.js';
import { assignRows, createCapacitatedState } from '../../src/matching/capacitatedKernel.js';
import { SEED } from './oracles.js';

/** The slow but obviously correct oracle: expand column j into capacities[j] identical slot columns. */
function slotExpandedOptimum(n: number, m: number, cost: Float64Array, capacities: readonly number[]): number | null {
  const slots = capacities.flatMap((c, j) => new Array<number>(c).fill(j));
  const s = slots.length;
  if (s < n) return null;
  const expanded = new Float64Array(n * s);
  for (let i = 0; i < n; i++) for (let k = 0; k < s; k++) expanded[i * s + k] = cost[i * m + slots[k]!]!;
  const x = new Int32Array(n);
  if (!assignMinimum(n, s, expanded, x, new Int32Array(s), new Float64Array(s))) return null;
  return [...x].reduce((sum, k, i) => sum + expanded[i * s + k]!, 0);
}

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

describe('assignRows (the many-to-one kernel)', () => {
  it('places every row at the slot-expanded optimum whenever there is room for all', () => {
    fc.assert(
      fc.property(instance, ([n, m, values, capacities]) => {
        const cost = Float64Array.from(values);
        const oracle = slotExpandedOptimum(n, m, cost, capacities);
        const state = createCapacitatedState(n, m, capacities, 0);
        const failed = assignRows(cost, state, Int32Array.from({ length: n }, (_, i) => i));
        if (oracle === null) {
          expect(failed.length).toBeGreaterThan(0);
          return;
        }
        expect(failed.length).toBe(0);
        let total = 0;
        const load = new Array<number>(m).fill(0);
        state.rowToCol.forEach((j, i) => {
          total += cost[i * m + j]!;
          load[j]!++;
        });
        load.forEach((used, j) => {
          expect(used).toBeLessThanOrEqual(capacities[j]!);
        });
        expect(total).toBeCloseTo(oracle, 9);
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
        let lowest = 0;
        let loosest = 0;
        for (let i = 0; i < n; i++) {
          if (failed.has(i)) continue;
          for (let j = 0; j < m; j++) {
            const reduced = cost[i * m + j]! - state.u[i]! - state.v[j]!;
            lowest = Math.min(lowest, reduced);
            if (state.rowToCol[i] === j) loosest = Math.max(loosest, Math.abs(reduced));
          }
        }
        expect(lowest).toBeGreaterThanOrEqual(-1e-9);
        expect(loosest).toBeLessThanOrEqual(1e-9);
        const prices = [...state.v.subarray(0, m)];
        expect(Math.max(0, ...prices)).toBe(0);
        expect(prices.filter((_, j) => state.count[j]! < Math.min(capacities[j]!, n) && prices[j] !== 0)).toEqual([]);
      }),
      { seed: SEED, numRuns: 400 },
    );
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
