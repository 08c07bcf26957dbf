import type { Result } from '../core/index.js';
import {
  compileRule,
  type CompileRuleOptions,
  type EvaluateRuleOptions,
  type RuleEvaluation,
} from './compileRule.js';
import type { EligibilityError } from './errors.js';
import type { PredicateRegistry } from './registry.js';

/**
 * Options of {@link evaluateRule}: those of an evaluation, those of {@link compileRule}, and the registry
 * of predicates the rule may call (default {@link builtInRegistry}).
 *
 * @category Evaluation
 * @example
 * const options: EvaluateRuleOneShotOptions = { asOf: '2025-03-01', params: { minimumAge: 18 }, registry: builtInRegistry() };
 */
export interface EvaluateRuleOneShotOptions extends EvaluateRuleOptions, CompileRuleOptions {
  readonly registry?: PredicateRegistry;
}

/**
 * Checks and evaluates a rule in one call: `compileRule(rule, options.registry, options)` then
 * `evaluate(facts, options)`, with the same refusals and the same result. To evaluate one rule on many
 * facts objects, compile it once with {@link compileRule} instead.
 *
 * @category Evaluation
 * @example
 * evaluateRule(
 *   { any: [{ fact: 'athlete.status', op: '==', value: 'active' }, { fact: 'athlete.retiredOn', op: '>=', value: '2018-01-01' }] },
 *   { athlete: { status: 'retired' } },
 *   { trace: false },
 * )
 * //=> { ok: true, value: { outcome: 'unknown', missing: ['athlete.retiredOn'], trace: null } }
 */
export function evaluateRule(
  rule: unknown,
  facts: unknown,
  options?: EvaluateRuleOneShotOptions,
): Result<RuleEvaluation, EligibilityError> {
  const compiled = compileRule(rule, options?.registry, options);
  return compiled.ok ? compiled.value.evaluate(facts, options) : compiled;
}
