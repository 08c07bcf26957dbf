import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignWithCapacities, verifyMatching } from 'athlete-accelerator/matching';
import { SEED, bruteForceCapacities, costMatrixArbitrary } from './oracles.js';
import { assignWithPriceUpdates } from '../../src/matching/assignWithCapacities.js';

interface Case {
  score: number[][];
  capacities: number[];
  maximize: boolean;
  allowUnassigned: boolean;
  threshold: number | undefined;
}

const caseArbitrary: fc.Arbitrary<Case> = fc
  .record({ maximize: fc.boolean(), allowUnassigned: fc.boolean(), withThreshold: fc.boolean() })
  .chain(({ maximize, allowUnassigned, withThreshold }) =>
    costMatrixArbitrary({ maxRows: 6, maxCols: 3, maximize }).chain((score) =>
      fc.record({
        score: fc.constant(score),
        capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: score[0]!.length, maxLength: score[0]!.length }),
        maximize: fc.constant(maximize),
        allowUnassigned: fc.constant(allowUnassigned),
        threshold: withThreshold ? fc.integer({ min: -2, max: 3 }) : fc.constant(undefined),
      }),
    ),
  );

function optionsOf(c: Case): { maximize: boolean; allowUnassigned: boolean; minScore?: number; maxCost?: number } {
  if (c.threshold === undefined) return { maximize: c.maximize, allowUnassigned: c.allowUnassigned };
  return c.maximize
    ? { maximize: true, allowUnassigned: c.allowUnassigned, minScore: c.threshold }
    : { maximize: false, allowUnassigned: c.allowUnassigned, maxCost: c.threshold };
}

/** A random score matrix from a small linear congruential generator (deterministic). */
function randomScores(rows: number, cols: number, seed: number, levels = 0): Float64Array {
  let state = seed;
  return Float64Array.from({ length: rows * cols }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    const x = state / 2147483648;
    return levels > 0 ? Math.floor(x * levels) : x;
  });
}

describe('assignWithCapacities', () => {
  it('fills the best places first and keeps every capacity', () => {
    const r = assignWithCapacities([[9, 1], [8, 2], [7, 6]], [2, 1]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.rowToCol]).toEqual([0, 0, 1]);
    expect(r.value.total).toBe(23);
  });

  it('leaves a row out rather than use a pair below minScore', () => {
    const r = assignWithCapacities([[9, 1], [8, 2], [7, 6]], [2, 1], { minScore: 7 });
    expect(r.ok && [...r.value.rowToCol]).toEqual([0, 0, -1]);
  });

  it('assigns as many rows as possible first, then finds the brute-force best total', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const best = bruteForceCapacities(c.score, c.capacities, optionsOf(c));
        const r = assignWithCapacities(c.score, c.capacities, optionsOf(c));
        if (best === null) {
          expect(!r.ok && r.error.code).toBe('infeasible');
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.rowToCol.filter((j) => j >= 0).length).toBe(best[0]);
        expect(r.value.total).toBeCloseTo(best[1], 9);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('finds the brute-force optimum with a price update before every search (ties, forbidden pairs, capacity 0, too few places, thresholds)', () => {
    // Rows enough per column for the column graph (and so the price updates) to be used.
    const tall = fc
      .record({ maximize: fc.boolean(), allowUnassigned: fc.boolean(), withThreshold: fc.boolean(), cols: fc.integer({ min: 1, max: 3 }) })
      .chain(({ maximize, allowUnassigned, withThreshold, cols }) =>
        fc.record({
          score: fc.array(
            fc.array(fc.oneof({ arbitrary: fc.integer({ min: -2, max: 3 }), weight: 4 }, { arbitrary: fc.constant(maximize ? -Infinity : Infinity), weight: 1 }), {
              minLength: cols,
              maxLength: cols,
            }),
            { minLength: 2 * cols, maxLength: Math.max(2 * cols, 7) },
          ),
          capacities: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: cols, maxLength: cols }),
          maximize: fc.constant(maximize),
          allowUnassigned: fc.constant(allowUnassigned),
          threshold: withThreshold ? fc.integer({ min: -1, max: 2 }) : fc.constant(undefined),
        }),
      );
    fc.assert(
      fc.property(tall, (c: Case) => {
        const best = bruteForceCapacities(c.score, c.capacities, optionsOf(c));
        const r = assignWithPriceUpdates(c.score, c.capacities, { ...optionsOf(c), duals: true }, 0);
        if (best === null) {
          expect(!r.ok && r.error.code).toBe('infeasible');
          return;
        }
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.rowToCol.filter((j) => j >= 0).length).toBe(best[0]);
        expect(r.value.total).toBeCloseTo(best[1], 9);
        const report = verifyMatching({ kind: 'capacities', score: c.score, capacities: c.capacities, ...optionsOf(c), ...(r.value as typeof r.value & { u: Float64Array; v: Float64Array; w: number }) });
        expect(report.ok && report.value.optimality).toBe('certified');
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('never exceeds a capacity and never uses a forbidden or sub-threshold pair', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const r = assignWithCapacities(c.score, c.capacities, optionsOf(c));
        if (!r.ok) return;
        const load = c.capacities.map(() => 0);
        r.value.rowToCol.forEach((j, i) => {
          if (j < 0) return;
          load[j]!++;
          const s = c.score[i]![j]!;
          expect(Number.isFinite(s)).toBe(true);
          if (c.allowUnassigned && c.threshold !== undefined) expect(c.maximize ? s >= c.threshold : s <= c.threshold).toBe(true);
        });
        load.forEach((used, j) => {
          expect(used).toBeLessThanOrEqual(c.capacities[j]!);
        });
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('returns a certificate that verifyMatching accepts as a proof of optimality', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const r = assignWithCapacities(c.score, c.capacities, { ...optionsOf(c), duals: true });
        if (!r.ok) return;
        const report = verifyMatching({ kind: 'capacities', score: c.score, capacities: c.capacities, ...optionsOf(c), ...r.value });
        expect(report.ok).toBe(true);
        if (!report.ok) return;
        expect(report.value.violations).toEqual([]);
        expect(report.value.optimality).toBe('certified');
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('is certified optimal on larger problems, with room to spare, exactly full, and short of places', () => {
    const shapes = [
      { rows: 300, cols: 20, cap: 20, levels: 0 }, // room to spare
      { rows: 300, cols: 30, cap: 10, levels: 0 }, // exactly full
      { rows: 300, cols: 20, cap: 10, levels: 0 }, // 100 rows cannot be placed
      { rows: 200, cols: 40, cap: 5, levels: 4 }, // many ties
      { rows: 30, cols: 60, cap: 1, levels: 0 }, // more columns than rows
      { rows: 600, cols: 60, cap: 10, levels: 3 }, // exactly full, ties: long searches and price updates
    ];
    shapes.forEach(({ rows, cols, cap, levels }, index) => {
      const score = { rows, cols, data: randomScores(rows, cols, 11 + index, levels) };
      const capacities = new Array<number>(cols).fill(cap);
      for (const minScore of [undefined, 0.5]) {
        const options = minScore === undefined ? { duals: true as const } : { duals: true as const, minScore };
        const r = assignWithCapacities(score, capacities, options);
        expect(r.ok).toBe(true);
        if (!r.ok) continue;
        const placed = r.value.rowToCol.filter((j) => j >= 0).length;
        if (minScore === undefined) expect(placed).toBe(Math.min(rows, cols * cap));
        const report = verifyMatching({ kind: 'capacities', score, capacities, ...(minScore === undefined ? {} : { minScore }), ...r.value });
        expect(report.ok && report.value.violations).toEqual([]);
        expect(report.ok && report.value.optimality).toBe('certified');
      }
    });
  });

  it('reports infeasible when every row must be placed and cannot be', () => {
    const r = assignWithCapacities([[1, 2], [3, 4], [5, 6]], [1, 1], { allowUnassigned: false });
    expect(!r.ok && r.error.code).toBe('infeasible');
    const ok = assignWithCapacities([[1, 2], [3, 4], [5, 6]], [2, 1], { allowUnassigned: false });
    expect(ok.ok).toBe(true);
  });

  it('refuses bad scores, capacities and options with the path of the problem', () => {
    const nan = assignWithCapacities([[1, Number.NaN]], [1, 1]);
    expect(!nan.ok && nan.error.code).toBe('invalid-input');
    expect(!nan.ok && nan.error.path).toEqual(['score', 0, 1]);
    const cap = assignWithCapacities([[1, 2]], [1, -1]);
    expect(!cap.ok && cap.error.path).toEqual(['capacities', 1]);
    const fraction = assignWithCapacities([[1, 2]], [1, 0.5]);
    expect(!fraction.ok && fraction.error.path).toEqual(['capacities', 1]);
    const count = assignWithCapacities([[1, 2]], [1]);
    expect(!count.ok && count.error.path).toEqual(['capacities']);
    const plus = assignWithCapacities([[1, Infinity]], [1, 1]);
    expect(!plus.ok && plus.error.path).toEqual(['score', 0, 1]);
    const wrongThreshold = assignWithCapacities([[1]], [1], { maximize: false, minScore: 1 });
    expect(!wrongThreshold.ok && wrongThreshold.error.path).toEqual(['options', 'minScore']);
  });

  it('names every bad value of a dense matrix, together with the other problems', () => {
    const data = Float64Array.of(1, Number.NaN, 3, Infinity, 5, 6);
    const one = assignWithCapacities({ rows: 3, cols: 2, data }, [2, 2]);
    expect(!one.ok && one.error.issues?.map((issue) => issue.path)).toEqual([
      ['score', 'data', 1],
      ['score', 'data', 3],
    ]);
    const both = assignWithCapacities({ rows: 3, cols: 2, data }, [2, -1]);
    expect(!both.ok && both.error.issues?.map((issue) => issue.path)).toEqual([
      ['score', 'data', 1],
      ['score', 'data', 3],
      ['capacities', 1],
    ]);
    // A forbidden pair (-Infinity when maximising) is allowed, and a clean dense matrix is solved.
    const clean = assignWithCapacities({ rows: 2, cols: 2, data: Float64Array.of(1, -Infinity, 4, 2) }, [1, 1]);
    expect(clean.ok && [...clean.value.rowToCol]).toEqual([0, 1]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (score, capacities, options) => {
        const r = assignWithCapacities(score as never, capacities as never, options as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything(), { maxLength: 3 }), { maxLength: 3 }), fc.array(fc.anything(), { maxLength: 3 }), (score, capacities) => {
        const r = assignWithCapacities(score as never, capacities as never);
        expect(typeof r.ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    const score = [[9, 1], [8, 2], [7, 6]];
    const capacities = [1, 1];
    const copy = structuredClone({ score, capacities });
    assignWithCapacities(score, capacities, { duals: true });
    expect({ score, capacities }).toEqual(copy);
    const data = Float64Array.of(9, 1, 8, 2, 7, 6);
    const caps = Int32Array.of(1, 1);
    assignWithCapacities({ rows: 3, cols: 2, data }, caps, { duals: true });
    expect([...data]).toEqual([9, 1, 8, 2, 7, 6]);
    expect([...caps]).toEqual([1, 1]);
  });
});
