import { describe, expectTypeOf, it } from 'vitest';
import { assignWithCapacities, findBlockingPairs, matchMentors, rematch, rematchMentors, solveAssignment, stableMatch, verifyMatching } from 'athlete-accelerator/matching';
import type {
  Assignment,
  AssignmentDuals,
  CapacityAssignment,
  CapacityDuals,
  MatchingChange,
  MatchingError,
  MatchingVerification,
  MentorAssignment,
  MentorRematching,
  MatchMentorsOptions,
  MentorMatching,
  MentorPair,
  PreviousMatching,
  RematchMove,
  RematchOptions,
  RematchReasonCode,
  RematchUnassigned,
  Rematching,
  StableMatching,
  UnmatchedReasonCode,
} from 'athlete-accelerator/matching';
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

  it('matchMentors takes untrusted people, requires asOf and returns a MentorMatching', () => {
    expectTypeOf(matchMentors([], [], { asOf: '2027-01-11' })).toEqualTypeOf<Result<MentorMatching, MatchingError>>();
    expectTypeOf(matchMentors).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf<MatchMentorsOptions['method']>().toEqualTypeOf<'optimal' | 'stable' | undefined>();
    expectTypeOf<MentorMatching['pairs']>().toEqualTypeOf<readonly MentorPair[]>();
    expectTypeOf<MentorMatching['unmatched'][number]['code']>().toEqualTypeOf<UnmatchedReasonCode>();
    // @ts-expect-error: asOf is required
    matchMentors([], [], {});
    // @ts-expect-error: 'greedy' is not a method
    matchMentors([], [], { asOf: '2027-01-11', method: 'greedy' });
  });

  it('rematch takes the previous matching and a change and returns a Rematching', () => {
    const previous: PreviousMatching = { score: [[1]], capacities: [1], rowToCol: [0] };
    expectTypeOf(rematch(previous, {})).toEqualTypeOf<Result<Rematching, MatchingError>>();
    expectTypeOf(rematch(previous, { droppedRows: [0] }, { maxLoss: 1 })).toEqualTypeOf<Result<Rematching, MatchingError>>();
    expectTypeOf(rematch).toBeCallableWith(
      { score: { rows: 1, cols: 1, data: new Float64Array(1) }, capacities: Int32Array.of(1), rowToCol: Int32Array.of(-1) },
      { capacities: [2], score: [[3]] },
      { method: 'stable', minScore: 0 },
    );
    expectTypeOf<Rematching['rowToCol']>().toEqualTypeOf<Int32Array>();
    expectTypeOf<Rematching['moved']>().toEqualTypeOf<readonly RematchMove[]>();
    expectTypeOf<Rematching['unassigned']>().toEqualTypeOf<readonly RematchUnassigned[]>();
    expectTypeOf<RematchMove['code']>().toEqualTypeOf<RematchReasonCode>();
    expectTypeOf<RematchOptions['method']>().toEqualTypeOf<'optimal' | 'stable' | undefined>();
    expectTypeOf<MatchingChange['droppedCols']>().toEqualTypeOf<readonly number[] | undefined>();
    // @ts-expect-error: the change is required (pass {} for "nothing changed")
    rematch(previous);
    // @ts-expect-error: maxLoss is a number
    rematch(previous, {}, { maxLoss: '1' });
  });

  it('rematchMentors works by id and returns the matching with what changed', () => {
    const previous: MentorAssignment[] = [{ athleteId: 'a-1', mentorId: 'm-1' }];
    expectTypeOf(rematchMentors([], [], previous, { asOf: '2027-03-01' })).toEqualTypeOf<Result<MentorRematching, MatchingError>>();
    expectTypeOf<MentorRematching['matching']>().toEqualTypeOf<MentorMatching>();
    expectTypeOf<MentorRematching['moved'][number]['code']>().toEqualTypeOf<RematchReasonCode>();
    // @ts-expect-error: asOf is required, as for matchMentors
    rematchMentors([], [], previous, { maxLoss: 1 });
  });
});
