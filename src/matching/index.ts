export type { MatchingErrorCode, MatchingError, MatchingViolationCode } from './errors.js';
export type { DenseMatrix, CostMatrix } from './costMatrix.js';
export type { Capacities } from './capacities.js';
export type { SolveAssignmentOptions, Assignment, AssignmentDuals } from './solveAssignment.js';
export { solveAssignment } from './solveAssignment.js';
export type { AssignWithCapacitiesOptions, CapacityAssignment, CapacityDuals } from './assignWithCapacities.js';
export { assignWithCapacities } from './assignWithCapacities.js';
export type { PreferenceLists } from './preferenceTables.js';
export type { StableMatchOptions, StableMatching } from './stableMatch.js';
export { stableMatch } from './stableMatch.js';
export { findBlockingPairs } from './findBlockingPairs.js';
export type { MatchingViolation, MatchingVerification } from './violations.js';
export type { AssignmentToVerify } from './verifyAssignment.js';
export type { CapacityAssignmentToVerify } from './verifyCapacities.js';
export type { StableMatchingToVerify } from './verifyStable.js';
export type { MatchingToVerify, VerifyMatchingOptions } from './verifyMatching.js';
export { verifyMatching } from './verifyMatching.js';
export type {
  PairScoringContext,
  PairCriterionScore,
  PreparePairValues,
  PairCriterionDefinition,
  RegisteredPairCriterion,
  PairCriteriaRegistry,
} from './pairCriteria.js';
export { isPairCriteriaRegistry, createPairCriteriaRegistry, registerPairCriterion } from './pairCriteria.js';
export { builtInPairCriteria } from './builtInPairCriteria.js';
export type {
  PairCriterionUse,
  MatchMentorsOptions,
  PairScoreLine,
  MentorPair,
  UnmatchedReasonCode,
  UnmatchedAthlete,
  MentorLoad,
  MentorMatching,
} from './matchMentors.js';
export { DEFAULT_PAIR_CRITERIA, matchMentors } from './matchMentors.js';
export type {
  PreviousMatching,
  MatchingChange,
  RematchOptions,
  RematchPair,
  RematchReasonCode,
  RematchMove,
  RematchUnassigned,
  Rematching,
} from './rematch.js';
export { rematch } from './rematch.js';
export type { RematchMentorsOptions, MentorAssignment, MentorMove, MentorPairEnded, MentorRematching } from './rematchMentors.js';
export { rematchMentors } from './rematchMentors.js';
