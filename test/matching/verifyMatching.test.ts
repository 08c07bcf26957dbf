import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignWithCapacities, solveAssignment, verifyMatching } from 'athlete-accelerator/matching';
import type { MatchingToVerify, MatchingViolationCode } from 'athlete-accelerator/matching';
import { SEED, costMatrixArbitrary } from './oracles.js';

function codes(input: MatchingToVerify): MatchingViolationCode[] {
  const r = verifyMatching(input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.violations.map((v) => v.code);
}

describe('verifyMatching on one-to-one assignments', () => {
  const cost = [[4, 1, 3], [2, 0, 5], [3, 2, 2]];

  it('accepts an optimal assignment and certifies it with its potentials', () => {
    const r = solveAssignment(cost, { duals: true });
    if (!r.ok) throw new Error('expected a solution');
    const report = verifyMatching({ kind: 'assignment', cost, ...r.value });
    expect(report.ok && report.value).toEqual({ valid: true, violations: [], violationCount: 0, optimality: 'certified' });
    const plain = verifyMatching({ kind: 'assignment', cost, rowToCol: r.value.rowToCol });
    expect(plain.ok && plain.value.optimality).toBe('not-checked');
  });

  it('finds a column used twice, an index out of range, a short assignment and a wrong inverse', () => {
    expect(codes({ kind: 'assignment', cost, rowToCol: [1, 1, 2] })).toEqual(['column-used-twice', 'not-full']);
    expect(codes({ kind: 'assignment', cost, rowToCol: [0, 1, 7] })).toEqual(['index-out-of-range', 'not-full']);
    expect(codes({ kind: 'assignment', cost, rowToCol: [0, 1, -1] })).toEqual(['not-full']);
    expect(codes({ kind: 'assignment', cost, rowToCol: [0, 1, 2], colToRow: [0, 2, 1] })).toEqual(['inconsistent-inverse', 'inconsistent-inverse']);
  });

  it('finds a forbidden pair and a wrong total', () => {
    expect(codes({ kind: 'assignment', cost: [[Infinity, 1], [1, 2]], rowToCol: [0, 1] })).toEqual(['forbidden-pair']);
    expect(codes({ kind: 'assignment', cost, rowToCol: [1, 0, 2], total: 6 })).toEqual(['total-mismatch']);
  });

  it('rejects a certificate for an assignment that is not optimal', () => {
    fc.assert(
      fc.property(costMatrixArbitrary({ forbidden: false }), fc.nat(), (c, pick) => {
        const r = solveAssignment(c, { duals: true });
        if (!r.ok) return;
        const rowToCol = Int32Array.from(r.value.rowToCol);
        const rows = rowToCol.length;
        if (rows < 2) return;
        // Swap the columns of two rows; if that changes the total it cannot be optimal any more.
        const a = pick % rows;
        const b = (a + 1) % rows;
        [rowToCol[a], rowToCol[b]] = [rowToCol[b]!, rowToCol[a]!];
        const total = [...rowToCol].reduce((sum, j, i) => (j >= 0 ? sum + c[i]![j]! : sum), 0);
        const report = verifyMatching({ kind: 'assignment', cost: c, rowToCol, u: r.value.u, v: r.value.v });
        if (!report.ok) throw new Error(report.error.message);
        if (total > r.value.total + 1e-6) expect(report.value.optimality).toBe('rejected');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('rejects tampered potentials with the right codes', () => {
    const r = solveAssignment([[4, 1, 3], [2, 0, 5]], { duals: true });
    if (!r.ok) throw new Error('expected a solution');
    const u = Float64Array.from(r.value.u);
    u[0] = u[0]! + 10;
    expect(codes({ kind: 'assignment', cost: [[4, 1, 3], [2, 0, 5]], ...r.value, u })).toContain('dual-infeasible');
    const loose = Float64Array.from(r.value.u);
    loose[0] = loose[0]! - 1;
    expect(codes({ kind: 'assignment', cost: [[4, 1, 3], [2, 0, 5]], ...r.value, u: loose })).toEqual(['dual-not-tight']);
    const v = Float64Array.from(r.value.v);
    const unassigned = [...r.value.colToRow].indexOf(-1);
    v[unassigned] = -1;
    expect(codes({ kind: 'assignment', cost: [[4, 1, 3], [2, 0, 5]], ...r.value, v })).toContain('dual-sign');
  });
});

describe('verifyMatching on many-to-one assignments', () => {
  const score = [[9, 1], [8, 2], [7, 6]];

  it('certifies the result of assignWithCapacities', () => {
    const r = assignWithCapacities(score, [2, 1], { duals: true });
    if (!r.ok) throw new Error('expected a solution');
    const report = verifyMatching({ kind: 'capacities', score, capacities: [2, 1], ...r.value });
    expect(report.ok && report.value.optimality).toBe('certified');
  });

  it('finds an exceeded capacity, a row that could have been placed and a row left out when none may be', () => {
    expect(codes({ kind: 'capacities', score, capacities: [1, 1], rowToCol: [0, 0, 1] })).toEqual(['capacity-exceeded']);
    expect(codes({ kind: 'capacities', score, capacities: [2, 1], rowToCol: [0, 0, -1] })).toEqual(['not-maximum']);
    expect(codes({ kind: 'capacities', score, capacities: [1, 1], rowToCol: [0, -1, 1], allowUnassigned: false })).toEqual(['not-full']);
  });

  it('treats a pair below minScore as forbidden', () => {
    expect(codes({ kind: 'capacities', score, capacities: [2, 1], rowToCol: [0, 0, 1], minScore: 7 })).toEqual(['forbidden-pair']);
  });

  it('finds a row reachable only through a chain of moves', () => {
    // Row 2 can only use column 0, which is full with row 0; row 0 could move to column 1, which has room.
    const chain = [[5, 1], [5, -Infinity], [5, -Infinity]];
    expect(codes({ kind: 'capacities', score: chain, capacities: [2, 1], rowToCol: [0, 0, -1] })).toEqual(['not-maximum']);
  });
});

describe('verifyMatching on stable matchings', () => {
  const instance = { proposerPrefs: [[0], [0]], receiverPrefs: [[1, 0]], capacities: [1] };

  it('finds a blocking pair, an unacceptable pair and an overfull receiver', () => {
    expect(codes({ kind: 'stable', ...instance, proposerToReceiver: [0, -1] })).toEqual(['blocking-pair']);
    expect(codes({ kind: 'stable', proposerPrefs: [[0], []], receiverPrefs: [[0, 1]], capacities: [2], proposerToReceiver: [0, 0] })).toEqual([
      'unacceptable-pair',
    ]);
    expect(codes({ kind: 'stable', ...instance, proposerToReceiver: [0, 0] })).toEqual(['capacity-exceeded']);
    expect(codes({ kind: 'stable', ...instance, proposerToReceiver: [3, 0] })).toEqual(['index-out-of-range']);
  });

  it('says optimality does not apply', () => {
    const r = verifyMatching({ kind: 'stable', ...instance, proposerToReceiver: [-1, 0] });
    expect(r.ok && r.value).toEqual({ valid: true, violations: [], violationCount: 0, optimality: 'not-applicable' });
  });
});

describe('verifyMatching on bad input', () => {
  it('lists at most maxViolations but counts them all', () => {
    const r = verifyMatching(
      { kind: 'assignment', cost: [[Infinity, 1], [1, Infinity]], rowToCol: [0, 1], total: 5 },
      { maxViolations: 1 },
    );
    expect(r.ok && r.value.violations.length).toBe(1);
    expect(r.ok && r.value.violationCount).toBe(3);
  });

  it('refuses malformed input with the path of the problem', () => {
    const length = verifyMatching({ kind: 'assignment', cost: [[1, 2]], rowToCol: [0, 1] });
    expect(!length.ok && length.error.code).toBe('invalid-input');
    expect(!length.ok && length.error.path).toEqual(['rowToCol']);
    const entry = verifyMatching({ kind: 'assignment', cost: [[1, 2]], rowToCol: [0.5] });
    expect(!entry.ok && entry.error.path).toEqual(['rowToCol', 0]);
    const dual = verifyMatching({ kind: 'assignment', cost: [[1, 2]], rowToCol: [0], u: [1], v: [0, Number.NaN] });
    expect(!dual.ok && dual.error.path).toEqual(['v', 1]);
    const kind = verifyMatching({ kind: 'other' } as never);
    expect(!kind.ok && kind.error.path).toEqual(['kind']);
    const flag = verifyMatching({ kind: 'capacities', score: [[1]], capacities: [1], rowToCol: [0], maximize: 1 as never });
    expect(!flag.ok && flag.error.path).toEqual(['maximize']);
    const option = verifyMatching({ kind: 'assignment', cost: [[1]], rowToCol: [0] }, { tolerance: -1 });
    expect(!option.ok && option.error.path).toEqual(['options', 'tolerance']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({ kind: fc.constantFrom('assignment', 'capacities', 'stable'), cost: fc.anything(), score: fc.anything(), rowToCol: fc.anything() }),
          fc.record({ kind: fc.constant('stable'), proposerPrefs: fc.anything(), receiverPrefs: fc.anything(), capacities: fc.anything(), proposerToReceiver: fc.anything() }),
        ),
        fc.anything(),
        (input, options) => {
          expect(typeof verifyMatching(input as never, options as never).ok).toBe('boolean');
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('does not mutate its input', () => {
    const input = { kind: 'assignment' as const, cost: [[4, 1], [2, 3]], rowToCol: [1, 0], u: [1, 2], v: [0, 0], total: 3 };
    const copy = structuredClone(input);
    verifyMatching(input);
    expect(input).toEqual(copy);
  });
});
