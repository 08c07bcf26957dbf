import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCandidates, startOnCandidates } from '../../src/matching/assignmentInitSparse.js';
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

  it('matches brute force with the sparse start forced on tiny square matrices (2 or 3 candidates per row)', () => {
    fc.assert(
      fc.property(squareInput, fc.integer({ min: 2, max: 3 }), ([n, values], k) => {
        const cost = Float64Array.from(values);
        const x = new Int32Array(n);
        const y = new Int32Array(n);
        const v = new Float64Array(n);
        const feasible = assignMinimum(n, n, cost, x, y, v, k);
        const best = bruteForceAssignment(nested(n, n, cost), false);
        expect(feasible).toBe(best !== null);
        if (!feasible || best === null) return;
        expect([...x].every((j, i) => y[j] === i)).toBe(true);
        const total = [...x].reduce((sum, j, i) => sum + cost[i * n + j]!, 0);
        expect(Math.abs(total - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(best)));
        expect(certificateGap(n, cost, x, v)).toBeGreaterThanOrEqual(-1e-9 * scaleOf(cost));
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('leaves a valid partial assignment after the sparse start: tight, dually feasible on whole rows, prices only fell', () => {
    fc.assert(
      fc.property(squareInput, fc.integer({ min: 2, max: 4 }), fc.boolean(), ([n, values], k, reduced) => {
        const cost = Float64Array.from(values);
        const start = columnReduction(n, cost, reduced);
        if (start === undefined) return;
        const { x, y, v, free, owned, numFree } = start;
        const before = Float64Array.from(v);
        const left = startOnCandidates(n, cost, x, y, v, free, numFree, owned, k);
        const anyRowForbidden = Array.from({ length: n }, (_, i) => cost.subarray(i * n, (i + 1) * n).every((c) => c === Infinity)).some(Boolean);
        if (left < 0) {
          expect(anyRowForbidden).toBe(true);
          return;
        }
        expect(anyRowForbidden).toBe(false);
        expect([...free.subarray(0, left)].sort((a, b) => a - b)).toEqual([...x.keys()].filter((i) => x[i]! < 0));
        for (let i = 0; i < n; i++) {
          const j = x[i]!;
          if (j < 0) continue;
          expect(y[j]).toBe(i);
          expect(cost[i * n + j]).toBeLessThan(Infinity);
          const own = cost[i * n + j]! - v[j]!;
          for (let k2 = 0; k2 < n; k2++) expect(cost[i * n + k2]! - v[k2]!).toBeGreaterThanOrEqual(own);
        }
        for (let j = 0; j < n; j++) {
          if (y[j]! >= 0) expect(x[y[j]!]).toBe(j);
          expect(v[j]).toBeLessThanOrEqual(before[j]!);
        }
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('picks candidates that include the k cheapest reduced costs of each row and its held column, with a valid bound', () => {
    const input = fc
      .record({ n: fc.integer({ min: 1, max: 40 }), k: fc.integer({ min: 2, max: 5 }), ints: fc.boolean(), seed: fc.integer({ min: 1, max: 2 ** 30 }) })
      .map(({ n, k, ints, seed }) => {
        let state = seed;
        const next = (): number => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return state / 2147483648;
        };
        const cost = Float64Array.from({ length: n * n }, () => {
          const r = next();
          return r < 0.1 ? Infinity : ints ? Math.floor(r * 4) : r;
        });
        return { n, k, cost };
      });
    fc.assert(
      fc.property(input, ({ n, k, cost }) => {
        const start = columnReduction(n, cost, true);
        if (start === undefined) return;
        const { x, v } = start;
        const graph = buildCandidates(n, cost, x, v, k);
        const anyRowForbidden = Array.from({ length: n }, (_, i) => cost.subarray(i * n, (i + 1) * n).every((c) => c === Infinity)).some(Boolean);
        expect(graph === undefined).toBe(anyRowForbidden);
        if (graph === undefined) return;
        for (let i = 0; i < n; i++) {
          const size = graph.size[i]!;
          const list = [...graph.cols.subarray(i * graph.stride, i * graph.stride + size)];
          const reduced = (j: number): number => cost[i * n + j]! - v[j]!;
          const allowed = [...Array(n).keys()].filter((j) => cost[i * n + j]! < Infinity);
          expect(new Set(list).size).toBe(size);
          expect(size).toBeLessThanOrEqual(graph.stride);
          expect(size).toBeGreaterThanOrEqual(Math.min(k, allowed.length));
          list.forEach((j, t) => {
            expect(cost[i * n + j]).toBeLessThan(Infinity);
            expect(graph.costs[i * graph.stride + t]).toBe(cost[i * n + j]);
          });
          if (x[i]! >= 0) expect(list).toContain(x[i]);
          // The k smallest values of the row are among the candidates' values.
          const best = allowed.map(reduced).sort((a, b) => a - b).slice(0, k);
          const mine = list.map(reduced).sort((a, b) => a - b);
          best.forEach((value, t) => {
            expect(mine[t]).toBeLessThanOrEqual(value);
          });
          for (const j of allowed) if (!list.includes(j)) expect(reduced(j)).toBeGreaterThanOrEqual(graph.bound[i]!);
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('gives the dense optimum and a valid certificate with the default sparse start on larger matrices', () => {
    fc.assert(
      fc.property(largerInput, ({ n, kind, seed }) => {
        const cost = largerMatrix(n, kind, seed);
        const run = (k: number): { feasible: boolean; total: number; x: Int32Array; v: Float64Array } => {
          const x = new Int32Array(n);
          const v = new Float64Array(n);
          const feasible = assignMinimum(n, n, cost, x, new Int32Array(n), v, k);
          return { feasible, total: feasible ? [...x].reduce((sum, j, i) => sum + cost[i * n + j]!, 0) : NaN, x, v };
        };
        const sparse = run(16);
        const dense = run(0);
        expect(sparse.feasible).toBe(dense.feasible);
        if (!sparse.feasible) return;
        expect(new Set(sparse.x).size).toBe(n);
        expect(Math.abs(sparse.total - dense.total)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(dense.total)));
        expect(certificateGap(n, cost, sparse.x, sparse.v)).toBeGreaterThanOrEqual(-1e-9 * scaleOf(cost));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

/** A square minimisation matrix with ties, forbidden pairs and sometimes large magnitudes. */
const squareInput = fc
  .record({ n: fc.integer({ min: 1, max: 7 }), kind: fc.constantFrom('ints', 'doubles', 'large') })
  .chain(({ n, kind }) => {
    const finite =
      kind === 'ints'
        ? fc.integer({ min: 0, max: 3 })
        : kind === 'large'
          ? fc.integer({ min: 0, max: 50 }).map((k) => 1e12 + k * 1e3)
          : fc.double({ min: -10, max: 10, noNaN: true, noDefaultInfinity: true });
    return fc.tuple(
      fc.constant(n),
      fc.array(fc.oneof({ arbitrary: finite, weight: 5 }, { arbitrary: fc.constant(Infinity), weight: 1 }), { minLength: n * n, maxLength: n * n }),
    );
  });

const largerInput = fc.record({
  n: fc.integer({ min: 65, max: 140 }),
  kind: fc.constantFrom('uniform', 'ints', 'columns', 'forbidden', 'large', 'equal'),
  seed: fc.integer({ min: 1, max: 2 ** 30 }),
});

/** A seeded larger matrix: uniform, few integer values, strong column offsets, 30% forbidden, large magnitudes, all equal. */
function largerMatrix(n: number, kind: string, seed: number): Float64Array {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return Float64Array.from({ length: n * n }, (_, k) => {
    const r = next();
    const j = k % n;
    switch (kind) {
      case 'ints':
        return Math.floor(r * 4);
      case 'columns':
        return r + j * 0.05;
      case 'forbidden':
        return r < 0.3 ? Infinity : r;
      case 'large':
        return 1e13 + Math.floor(r * 1000);
      case 'equal':
        return 1;
      default:
        return r;
    }
  });
}

/** The most negative reduced cost `cost - u - v` over allowed pairs (0 when none is negative). */
function certificateGap(n: number, cost: Float64Array, x: Int32Array, v: Float64Array): number {
  const u = rowPotentials(n, n, cost, x, v);
  let lowest = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const c = cost[i * n + j]!;
      if (c !== Infinity) lowest = Math.min(lowest, c - u[i]! - v[j]!);
    }
  }
  return lowest;
}

function scaleOf(cost: Float64Array): number {
  return Math.max(1, ...[...cost].filter((c) => c !== Infinity).map(Math.abs));
}

/**
 * The state column reduction leaves (column minima as prices; a row that is the minimum of some columns
 * holds the last of them), or with `assign` false the same prices and no row assigned. `undefined` when
 * a column is entirely forbidden.
 */
function columnReduction(n: number, cost: Float64Array, assign: boolean) {
  const v = new Float64Array(n).fill(Infinity);
  const minRow = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (cost[i * n + j]! < v[j]!) {
        v[j] = cost[i * n + j]!;
        minRow[j] = i;
      }
    }
  }
  if (v.some((value) => value === Infinity)) return undefined;
  const x = new Int32Array(n).fill(-1);
  const y = new Int32Array(n).fill(-1);
  const owned = new Int32Array(n);
  if (assign) {
    for (let j = n - 1; j >= 0; j--) {
      const i = minRow[j]!;
      if (owned[i]!++ === 0) {
        x[i] = j;
        y[j] = i;
      }
    }
  }
  const free = new Int32Array(n);
  let numFree = 0;
  for (let i = 0; i < n; i++) if (x[i]! < 0) free[numFree++] = i;
  return { x, y, v, free, owned, numFree };
}
