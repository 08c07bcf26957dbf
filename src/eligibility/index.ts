export type {
  AllRule,
  AnyRule,
  Comparison,
  ComparisonValue,
  FactRef,
  Literal,
  NotRule,
  Operator,
  ParamRef,
  PredicateCall,
  Rule,
  RuleLabel,
} from './ruleSchema.js';
export {
  ComparisonSchema,
  FactPathSchema,
  FactRefSchema,
  LiteralSchema,
  OPERATORS,
  ParamRefSchema,
  PredicateCallSchema,
  RuleSchema,
} from './ruleSchema.js';
export { ruleJsonSchema } from './ruleJsonSchema.js';
export type { Outcome } from './outcome.js';
export { RULE_LIMITS } from './guardRuleDocument.js';

export type {
  PredicateContext,
  PredicateDefinition,
  PredicateRegistry,
  RegisteredPredicate,
  RegisterPredicateOptions,
} from './registry.js';
export { createRegistry, isPredicateRegistry, registerPredicate } from './registry.js';
export { builtInRegistry } from './builtInRegistry.js';
export { ageBetween, AgeBetweenArgsSchema } from './predicates/ageBetween.js';
export { yearsSinceRetirementAtMost, YearsSinceRetirementArgsSchema } from './predicates/yearsSinceRetirementAtMost.js';
export { EVENT_KINDS, hasParticipatedIn, HasParticipatedInArgsSchema, type EventKind } from './predicates/hasParticipatedIn.js';
export { speaksAny, SpeaksAnyArgsSchema } from './predicates/speaksAny.js';
export { countryIn, CountryInArgsSchema } from './predicates/countryIn.js';
export { REGION_NAMES, REGIONS, type RegionName } from './regions.js';

export type { CompileRuleOptions } from './compileRule.js';
export type { CompiledRule, EvaluateRuleOptions, RuleEvaluation } from './compiledRule.js';
export { compileRule } from './compileRule.js';
export type { EvaluateRuleOneShotOptions } from './evaluateRule.js';
export { evaluateRule } from './evaluateRule.js';

export { missingToDecide } from './missingToDecide.js';
export type {
  AllTrace,
  AnyTrace,
  ComparisonTrace,
  FactRead,
  NotTrace,
  PredicateTrace,
  RuleTrace,
  TraceBase,
} from './trace.js';

export type { EligibilityError, EligibilityErrorCode, EligibilityIssue } from './errors.js';

export type { EligibilityDecision, EligibilityReason, EligibilityResult, CheckEligibilityOptions } from './checkEligibility.js';
export { checkEligibility, checkApplicants } from './checkEligibility.js';
export { resolveParams } from './resolveParams.js';
export { fourthEditionRules } from './fourthEditionRules.js';

export type { CandidatePool, ScoringContext, CriterionScore, CriterionDefinition, RegisteredCriterion, CriteriaRegistry } from './criteria.js';
export { createCriteriaRegistry, registerCriterion, isCriteriaRegistry } from './criteria.js';
export { builtInCriteria } from './builtInCriteria.js';
export type { Rubric, ScoreLine, CandidateScore, ScoreCandidatesOptions } from './rubric.js';
export { RubricSchema, fourthEditionRubric, scoreCandidates, describePool } from './rubric.js';
export type { ContinentalRegion } from './regionOf.js';
export { CONTINENTAL_REGIONS, regionOf } from './regionOf.js';
export type { QuotaAttribute, Quota, SelectRecipientsOptions, CandidateDecision, QuotaOutcome, Selection } from './selectRecipients.js';
export { QuotaAttributeSchema, QuotaSchema, selectRecipients } from './selectRecipients.js';
export { describeQuota } from './describeQuota.js';
