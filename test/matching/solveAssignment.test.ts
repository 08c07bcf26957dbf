import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveAssignment, verifyMatching } from 'athlete-accelerator/matching';
import { SEED, bruteForceAssignment, costMatrixArbitrary } from './oracles.js';

const RUNS = { seed: SEED, numRuns: 400 } as const;

function pairsOf(rowToCol: Int32Array): number {
  return rowToCol.filter((j) => j >= 0).length;
}

/** rowToCol and colToRow describe the same pairs, each column used once. */
function expectConsistent(rowToCol: Int32Array, colToRow: Int32Array): void {
  rowToCol.forEach((j, i) => {
    if (j >= 0) expect(colToRow[j]).toBe(i);
  });
  colToRow.forEach((i, j) => {
    if (i >= 0) expect(rowToCol[i]).toBe(j);
  });
}

describe('solveAssignment', () => {
  it('solves a small square problem', () => {
    const r = solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.rowToCol]).toEqual([1, 0, 2]);
    expect([...r.value.colToRow]).toEqual([1, 0, 2]);
    expect(r.value.total).toBe(5);
  });

  it('finds the brute-force optimum on small square and rectangular matrices, minimising or maximising', () => {
    fc.assert(
      fc.property(fc.boolean().chain((maximize) => fc.tuple(fc.constant(maximize), costMatrixArbitrary({ maximize }))), ([maximize, cost]) => {
        const best = bruteForceAssignment(cost, maximize);
        const r = solveAssignment(cost, { maximize });
        if (best === null) {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe('infeasible');
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.total).toBeCloseTo(best, 9);
        expect(pairsOf(r.value.rowToCol)).toBe(Math.min(cost.length, cost[0]!.length));
        expectConsistent(r.value.rowToCol, r.value.colToRow);
        r.value.rowToCol.forEach((j, i) => {
          if (j >= 0) expect(Number.isFinite(cost[i]![j]!)).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it('handles many ties (costs drawn from two values)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.integer({ min: 1, max: 7 })).chain(([rows, cols]) =>
            fc.array(fc.array(fc.constantFrom(0, 1), { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
          ),
        ),
        (cost) => {
          const r = solveAssignment(cost);
          expect(r.ok).toBe(true);
          if (r.ok) expect(r.value.total).toBe(bruteForceAssignment(cost, false));
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('gives the same answer for the nested and the dense form', () => {
    fc.assert(
      fc.property(costMatrixArbitrary({ forbidden: false }), (cost) => {
        const rows = cost.length;
        const cols = cost[0]!.length;
        const dense = { rows, cols, data: Float64Array.from(cost.flat()) };
        const a = solveAssignment(cost);
        const b = solveAssignment(dense);
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) {
          expect(b.value.total).toBe(a.value.total);
          expect([...b.value.rowToCol]).toEqual([...a.value.rowToCol]);
        }
      }),
      RUNS,
    );
  });

  it('returns potentials that verifyMatching certifies as a proof of optimality', () => {
    fc.assert(
      fc.property(fc.boolean().chain((maximize) => fc.tuple(fc.constant(maximize), costMatrixArbitrary({ maximize }))), ([maximize, cost]) => {
        const r = solveAssignment(cost, { maximize, duals: true });
        if (!r.ok) return;
        const report = verifyMatching({ kind: 'assignment', cost, maximize, ...r.value });
        expect(report.ok).toBe(true);
        if (!report.ok) return;
        expect(report.value.violations).toEqual([]);
        expect(report.value.optimality).toBe('certified');
      }),
      RUNS,
    );
  });

  it('certifies its optimum on larger random matrices (square and both rectangular shapes)', () => {
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (const [rows, cols] of [[60, 60], [40, 70], [70, 40], [50, 50]] as const) {
      const integer = rows === 50;
      const data = Float64Array.from({ length: rows * cols }, () => (integer ? Math.floor(next() * 5) : next()));
      const cost = { rows, cols, data };
      const r = solveAssignment(cost, { duals: true });
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(pairsOf(r.value.rowToCol)).toBe(Math.min(rows, cols));
      const report = verifyMatching({ kind: 'assignment', cost, ...r.value });
      expect(report.ok && report.value.optimality).toBe('certified');
    }
  });

  it('certifies its optimum on square matrices large enough for the sparse start, minimising and maximising', () => {
    let seed = 11;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const n = 210;
    const kinds = ['uniform', 'ties', 'columns', 'forbidden'] as const;
    for (const kind of kinds) {
      for (const maximize of [false, true]) {
        const forbid = maximize ? -Infinity : Infinity;
        const data = Float64Array.from({ length: n * n }, (_, k) => {
          const r = next();
          if (kind === 'ties') return Math.floor(r * 3);
          if (kind === 'columns') return r + (k % n) * 0.03 - Math.floor(k / n) * 0.01;
          if (kind === 'forbidden') return r < 0.25 ? forbid : r * 1e6;
          return r;
        });
        const cost = { rows: n, cols: n, data };
        const r = solveAssignment(cost, { maximize, duals: true });
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        expect(pairsOf(r.value.rowToCol)).toBe(n);
        expectConsistent(r.value.rowToCol, r.value.colToRow);
        const report = verifyMatching({ kind: 'assignment', cost, maximize, ...r.value });
        expect(report.ok && report.value.optimality).toBe('certified');
        const nested = solveAssignment(Array.from({ length: n }, (_, i) => Array.from(data.subarray(i * n, (i + 1) * n))), { maximize });
        expect(nested.ok && nested.value.total).toBe(r.value.total);
      }
    }
  });

  it('reports infeasible exactly when no full assignment avoids the forbidden pairs', () => {
    const r = solveAssignment([[1, Infinity], [2, Infinity]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('infeasible');
    // Rectangular: one column can be left out, so this is feasible.
    expect(solveAssignment([[1, Infinity, 3], [2, Infinity, 1]]).ok).toBe(true);
    const max = solveAssignment([[-Infinity, 1], [-Infinity, 2]], { maximize: true });
    expect(max.ok).toBe(false);
  });

  it('returns an empty assignment for an empty matrix', () => {
    for (const cost of [[], [[]], [[], []], { rows: 0, cols: 3, data: new Float64Array(0) }]) {
      const r = solveAssignment(cost);
      expect(r.ok).toBe(true);
      if (r.ok) expect(r.value.total).toBe(0);
    }
  });

  it('refuses NaN, ragged rows, non-numbers and the wrong infinity with the path of the cell', () => {
    const nan = solveAssignment([[1, 2], [3, Number.NaN]]);
    expect(!nan.ok && nan.error.code).toBe('invalid-input');
    expect(!nan.ok && nan.error.path).toEqual(['cost', 1, 1]);

    const ragged = solveAssignment([[1, 2], [3]]);
    expect(!ragged.ok && ragged.error.path).toEqual(['cost', 1]);

    const text = solveAssignment([[1, '2' as unknown as number]]);
    expect(!text.ok && text.error.path).toEqual(['cost', 0, 1]);

    const plusInfinity = solveAssignment([[1, Infinity]], { maximize: true });
    expect(!plusInfinity.ok && plusInfinity.error.path).toEqual(['cost', 0, 1]);
    const minusInfinity = solveAssignment([[1, -Infinity]]);
    expect(!minusInfinity.ok && minusInfinity.error.path).toEqual(['cost', 0, 1]);

    const length = solveAssignment({ rows: 2, cols: 2, data: new Float64Array(3) });
    expect(!length.ok && length.error.path).toEqual(['cost', 'data']);
    const dense = solveAssignment({ rows: 1, cols: 3, data: Float64Array.of(0, Number.NaN, 1) });
    expect(!dense.ok && dense.error.path).toEqual(['cost', 'data', 1]);

    const option = solveAssignment([[1]], { maximize: 'yes' as unknown as boolean });
    expect(!option.ok && option.error.path).toEqual(['options', 'maximize']);
  });

  it('refuses bad values of a square dense matrix with the same issues, even when it is also infeasible', () => {
    const n = 3;
    const bad = [Number.NaN, -Infinity, 1e300, -1e300] as const;
    for (const value of bad) {
      for (const at of [0, 4, 8]) {
        const data = Float64Array.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
        data[at] = value;
        const r = solveAssignment({ rows: n, cols: n, data });
        expect(!r.ok && r.error.code).toBe('invalid-input');
        expect(!r.ok && r.error.issues?.map((issue) => issue.path)).toEqual([['cost', 'data', at]]);
      }
    }
    // A forbidden column (infeasible) and two NaN cells: the input error wins and lists both cells.
    const data = Float64Array.of(Infinity, 1, Number.NaN, Infinity, 2, 3, Infinity, Number.NaN, 4);
    const r = solveAssignment({ rows: 3, cols: 3, data });
    expect(!r.ok && r.error.issues?.map((issue) => issue.path)).toEqual([
      ['cost', 'data', 2],
      ['cost', 'data', 7],
    ]);
    // Large enough for the sparse start; -Infinity is only allowed when maximising.
    const large = new Float64Array(250 * 250).fill(1);
    large[250 * 250 - 1] = -Infinity;
    const refused = solveAssignment({ rows: 250, cols: 250, data: large });
    expect(!refused.ok && refused.error.path).toEqual(['cost', 'data', 250 * 250 - 1]);
    const maximized = solveAssignment({ rows: 250, cols: 250, data: large }, { maximize: true });
    expect(maximized.ok && maximized.value.total).toBe(250);
  });

  it('lists every bad cell in issues', () => {
    const r = solveAssignment([[Number.NaN, 1], [2, Number.NaN]]);
    expect(!r.ok && r.error.issues?.map((issue) => issue.path)).toEqual([
      ['cost', 0, 0],
      ['cost', 1, 1],
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (cost, options) => {
        const r = solveAssignment(cost as never, options as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    const cost = [[4, 1, 3], [2, 0, 5]];
    const copy = structuredClone(cost);
    solveAssignment(cost, { maximize: true, duals: true });
    expect(cost).toEqual(copy);
    const data = Float64Array.of(4, 1, 3, 2, 0, 5);
    solveAssignment({ rows: 3, cols: 2, data }, { duals: true });
    solveAssignment({ rows: 2, cols: 3, data }, { duals: true });
    expect([...data]).toEqual([4, 1, 3, 2, 0, 5]);
  });
});
