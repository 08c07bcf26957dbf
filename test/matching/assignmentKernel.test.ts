import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignMinimum, rowPotentials } from '../../src/matching/assignmentKernel.js';
import { SEED, bruteForceAssignment } from './oracles.js';

/** A rows <= cols minimisation matrix in row-major order, with some forbidden (Infinity) pairs. */
const kernelInput = fc
  .record({ n: fc.integer({ min: 1, max: 6 }), extra: fc.integer({ min: 0, max: 2 }), ints: fc.boolean() })
  .chain(({ n, extra, ints }) => {
    const m = n + extra;
    const finite = ints ? fc.integer({ min: 0, max: 3 }) : fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
    return fc.tuple(
      fc.constant(n),
      fc.constant(m),
      fc.array(fc.oneof({ arbitrary: finite, weight: 5 }, { arbitrary: fc.constant(Infinity), weight: 1 }), { minLength: n * m, maxLength: n * m }),
    );
  });

function nested(n: number, m: number, data: ArrayLike<number>): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => data[i * m + j]!));
}

describe('assignMinimum (the dense kernel)', () => {
  it('matches brute force and leaves a valid certificate (reduced costs >= 0, tight pairs, v <= 0 and 0 on free columns)', () => {
    fc.assert(
      fc.property(kernelInput, ([n, m, values]) => {
        const cost = Float64Array.from(values);
        const x = new Int32Array(n);
        const y = new Int32Array(m);
        const v = new Float64Array(m);
        const feasible = assignMinimum(n, m, cost, x, y, v);
        const best = bruteForceAssignment(nested(n, m, cost), false);
        expect(feasible).toBe(best !== null);
        if (!feasible || best === null) return;
        let total = 0;
        x.forEach((j, i) => {
          total += cost[i * m + j]!;
        });
        expect([...x].every((j, i) => y[j] === i)).toBe(true);
        expect(total).toBeCloseTo(best, 9);
        const u = rowPotentials(n, m, cost, x, v);
        let lowest = 0;
        for (let i = 0; i < n; i++) {
          for (let j = 0; j < m; j++) {
            const c = cost[i * m + j]!;
            if (c !== Infinity) lowest = Math.min(lowest, c - u[i]! - v[j]!);
          }
        }
        expect(lowest).toBeGreaterThanOrEqual(-1e-9);
        if (n < m) {
          expect(Math.max(0, ...v)).toBe(0);
          expect([...y].every((i, j) => i >= 0 || v[j] === 0)).toBe(true);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('terminates and stays optimal on near-equal large costs (a price war in floating point)', () => {
    for (const offset of [1e9, 1e12, 1e15]) {
      const n = 6;
      const values = Array.from({ length: n * n }, (_, k) => offset + ((k * 37) % 7) * 1e-3);
      const cost = Float64Array.from(values);
      const x = new Int32Array(n);
      expect(assignMinimum(n, n, cost, x, new Int32Array(n), new Float64Array(n))).toBe(true);
      const total = [...x].reduce((sum, j, i) => sum + cost[i * n + j]!, 0);
      const best = bruteForceAssignment(nested(n, n, cost), false)!;
      expect(Math.abs(total - best)).toBeLessThanOrEqual(Math.abs(best) * 1e-12);
    }
  });

  it('handles a large all-equal matrix (every pair tied) without wandering', () => {
    const n = 300;
    const cost = new Float64Array(n * n).fill(1);
    const x = new Int32Array(n);
    expect(assignMinimum(n, n, cost, x, new Int32Array(n), new Float64Array(n))).toBe(true);
    expect(new Set(x).size).toBe(n);
  });

  it('reports an all-forbidden row or column as infeasible', () => {
    const row = Float64Array.of(1, 2, Infinity, Infinity);
    expect(assignMinimum(2, 2, row, new Int32Array(2), new Int32Array(2), new Float64Array(2))).toBe(false);
    const col = Float64Array.of(1, Infinity, 2, Infinity);
    expect(assignMinimum(2, 2, col, new Int32Array(2), new Int32Array(2), new Float64Array(2))).toBe(false);
    const rect = Float64Array.of(Infinity, Infinity, Infinity);
    expect(assignMinimum(1, 3, rect, new Int32Array(1), new Int32Array(3), new Float64Array(3))).toBe(false);
  });
});
