import { describe, expectTypeOf, it } from 'vitest';
import { assignWithCapacities, findBlockingPairs, solveAssignment, stableMatch, verifyMatching } from 'athlete-accelerator/matching';
import type { Assignment, AssignmentDuals, CapacityAssignment, CapacityDuals, MatchingError, MatchingVerification, StableMatching } from 'athlete-accelerator/matching';
import type { Result } from 'athlete-accelerator/core';

describe('matching types', () => {
  it('solveAssignment adds the potentials to its value only when duals: true is asked for', () => {
    expectTypeOf(solveAssignment([[1]])).toEqualTypeOf<Result<Assignment, MatchingError>>();
    expectTypeOf(solveAssignment([[1]], { maximize: true })).toEqualTypeOf<Result<Assignment, MatchingError>>();
    expectTypeOf(solveAssignment([[1]], { duals: true })).toEqualTypeOf<Result<Assignment & AssignmentDuals, MatchingError>>();
  });

  it('assignWithCapacities does the same with its certificate', () => {
    expectTypeOf(assignWithCapacities([[1]], [1])).toEqualTypeOf<Result<CapacityAssignment, MatchingError>>();
    expectTypeOf(assignWithCapacities([[1]], [1], { duals: true })).toEqualTypeOf<Result<CapacityAssignment & CapacityDuals, MatchingError>>();
  });

  it('stableMatch, findBlockingPairs and verifyMatching have the contract shapes', () => {
    expectTypeOf(stableMatch([[0]], [[0]], [1])).toEqualTypeOf<Result<StableMatching, MatchingError>>();
    expectTypeOf(findBlockingPairs([[0]], [[0]], [1], [0])).toEqualTypeOf<[number, number][]>();
    expectTypeOf(verifyMatching({ kind: 'stable', proposerPrefs: [], receiverPrefs: [], capacities: [], proposerToReceiver: [] })).toEqualTypeOf<
      Result<MatchingVerification, MatchingError>
    >();
  });

  it('accepts both matrix forms and refuses a kind it does not know', () => {
    expectTypeOf(solveAssignment).toBeCallableWith({ rows: 1, cols: 1, data: new Float64Array(1) });
    // @ts-expect-error: 'optimal' is not a kind verifyMatching knows
    verifyMatching({ kind: 'optimal', cost: [[1]], rowToCol: [0] });
  });
});
