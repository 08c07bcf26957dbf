import { err, isCalendarDate, ok, type Path, type Result } from '../core/index.js';
import type { CheckedPredicate, CheckedRule } from './checkRule.js';
import { compileCheck, type CompileShared } from './compileCheck.js';
import { compileTrace } from './compileTrace.js';
import {
  eligibilityIssue,
  invalidInput,
  isRecord,
  refuse,
  eligibilityMessages,
  type EligibilityError,
  type EligibilityIssue,
} from './errors.js';
import { EvaluationAbort, type EvaluationState } from './evaluationState.js';
import { findMissing, missingSources } from './missingFacts.js';
import { OUTCOME_OF_CODE, type Outcome } from './outcome.js';
import { compilePredicateCall, type CompiledPredicateCall } from './predicateCall.js';
import { createReadPlan } from './readPlan.js';
import type { PredicateContext } from './registry.js';
import type { RuleTrace } from './trace.js';

/**
 * Options of an evaluation ({@link CompiledRule.evaluate}, {@link evaluateRule}).
 *
 * @category Evaluation
 * @example
 * const options: EvaluateRuleOptions = { asOf: '2025-03-01', params: { minimumAge: 18 }, trace: false };
 */
export interface EvaluateRuleOptions {
  /**
   * The values of the parameters the rule names with `{ "param": name }`; own properties only. A parameter
   * the rule uses that is missing here (or `undefined`) makes the evaluation fail with `unknown-parameter`:
   * a missing parameter is a configuration mistake, not missing information about an applicant. Treat the
   * object as immutable: arguments of predicates computed from it are cached per object.
   */
  readonly params?: Readonly<Record<string, unknown>>;
  /** The date to evaluate on (`YYYY-MM-DD`), for predicates such as `ageBetween`; nothing reads the clock. */
  readonly asOf?: string;
  /** Build the trace (default `true`); `false` returns `trace: null` and is faster. */
  readonly trace?: boolean;
}

/**
 * The result of evaluating a rule.
 *
 * - `outcome`: `pass`, `fail` or `unknown` (Kleene's three-valued logic).
 * - `missing`: every fact the rule reads that is absent (undefined or null), deduplicated, in the order
 *   the document first reads it. A rule reads the fact of each comparison other than `exists`, the fact of a
 *   `{ "fact": path }` value, and the facts each predicate declares it reads. The list depends on the facts
 *   alone, not on the outcome or the order of children: it may be non-empty when the outcome is `pass` or
 *   `fail`. {@link missingToDecide} keeps only those that stand between an `unknown` outcome and a decision.
 * - `trace`: the tree of {@link RuleTrace} nodes, or `null` when `options.trace` is `false`.
 *
 * @category Evaluation
 * @example
 * const evaluation: RuleEvaluation = { outcome: 'unknown', missing: ['athlete.country'], trace: null };
 */
export interface RuleEvaluation {
  readonly outcome: Outcome;
  readonly missing: readonly string[];
  readonly trace: RuleTrace | null;
}

/**
 * A rule checked once and compiled to closures. `evaluate` does no parsing: each call reads the facts
 * through pre-split paths, tests them with comparisons specialised at compile time (`in` lists as sets),
 * and allocates little beyond the result (and the trace, when asked for). Without a trace, `all` and `any`
 * stop at their first decisive child (the outcome and `missing` are the same either way; only a predicate
 * after that child is not called, so a predicate that throws there is reported only when the trace is
 * built). It never throws: any facts value gives an outcome, and a rule that cannot be evaluated (a missing
 * parameter, a predicate that throws) gives an error result.
 *
 * @category Evaluation
 * @example
 * const compiled = compileRule({ fact: 'athlete.sport', op: 'in', value: ['judo', 'rowing'] });
 * compiled.ok && compiled.value.evaluate({ athlete: { sport: 'judo' } }, { trace: false })
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: null } }
 */
export interface CompiledRule {
  /** The names of the parameters the rule uses, in document order. */
  readonly params: readonly string[];
  /** The names of the predicates the rule calls, in document order. */
  readonly predicates: readonly string[];
  /** Evaluates the rule on one facts object. */
  readonly evaluate: (facts: unknown, options?: EvaluateRuleOptions) => Result<RuleEvaluation, EligibilityError>;
}

const NOTHING_MISSING: readonly string[] = Object.freeze([]);
const NO_PARAMS: Readonly<Record<string, unknown>> = Object.freeze({});
const NO_CONTEXT: PredicateContext = Object.freeze({ asOf: undefined, params: NO_PARAMS });
const hasOwn = Object.hasOwn;




/** Every fact path comparisons read, in document order (the read plan's input). */
function comparisonPaths(node: CheckedRule, paths: Set<string>): Set<string> {
  switch (node.kind) {
    case 'all':
    case 'any':
      for (const child of node.children) comparisonPaths(child, paths);
      break;
    case 'not':
      comparisonPaths(node.child, paths);
      break;
    case 'comparison':
      paths.add(node.fact);
      if (node.value.kind === 'fact') paths.add(node.value.path);
      break;
    case 'predicate':
      break;
  }
  return paths;
}

/**
 * Builds the `evaluate` of a compiled rule from a checked rule: the read plan, the two closure trees (with
 * and without trace), the sources of `missing`, and the checks of options, parameters and `asOf` that each
 * call makes before evaluating. Internal to `compileRule`.
 */
export function createEvaluate(
  checked: CheckedRule,
  paramUses: ReadonlyMap<string, readonly Path[]>,
  asOfUser: string | undefined,
): CompiledRule['evaluate'] {
  const plan = createReadPlan(comparisonPaths(checked, new Set()));
  const calls = new Map<CheckedPredicate, CompiledPredicateCall>();
  const shared: CompileShared = {
    plan,
    predicateCall: (node) => {
      let call = calls.get(node);
      if (!call) {
        call = compilePredicateCall(node);
        calls.set(node, call);
      }
      return call;
    },
  };
  const check = compileCheck(checked, shared);
  const traceCheck = compileTrace(checked, shared);
  const sources = missingSources(checked, shared, new Set(), []);
  const paramNames = [...paramUses.keys()];

  return (facts, options) => {
    let params = NO_PARAMS;
    let asOf: string | undefined;
    let withTrace = true;
    try {
      if (options !== undefined) {
        if (!isRecord(options)) return invalidInput([], eligibilityMessages.invalidOptions());
        const { params: givenParams, asOf: givenAsOf, trace } = options;
        if (givenParams !== undefined) {
          if (!isRecord(givenParams)) return invalidInput(['params'], eligibilityMessages.invalidParams());
          params = givenParams;
        }
        if (givenAsOf !== undefined) {
          if (!isCalendarDate(givenAsOf)) return invalidInput(['asOf'], eligibilityMessages.invalidAsOf());
          asOf = givenAsOf;
        }
        if (trace !== undefined) {
          if (typeof trace !== 'boolean') return invalidInput(['trace'], eligibilityMessages.invalidTraceOption());
          withTrace = trace;
        }
      }
      if (paramNames.length > 0) {
        let issues: EligibilityIssue[] | undefined;
        for (const name of paramNames) {
          if (hasOwn(params, name) && params[name] !== undefined) continue;
          issues ??= [];
          for (const path of paramUses.get(name) ?? []) {
            issues.push(eligibilityIssue('unknown-parameter', path, eligibilityMessages.missingParameter(name)));
          }
        }
        if (issues) return refuse(issues);
      }
      if (asOfUser !== undefined && asOf === undefined) {
        return invalidInput(['asOf'], eligibilityMessages.missingAsOf(asOfUser));
      }
      const values = plan.read(facts);
      const missing = findMissing(sources, values, facts, params) ?? NOTHING_MISSING;
      const state: EvaluationState = { values, params, context: calls.size > 0 ? { asOf, params } : NO_CONTEXT };
      if (withTrace) {
        const root: RuleTrace[] = [];
        const code = traceCheck(facts, state, root, 0);
        return ok({ outcome: OUTCOME_OF_CODE[code], missing, trace: root[0] as RuleTrace });
      }
      return ok({ outcome: OUTCOME_OF_CODE[check(facts, state)], missing, trace: null });
    } catch (error) {
      if (error instanceof EvaluationAbort) return err(error.error);
      const reason = error instanceof Error ? error.message : String(error);
      return refuse([eligibilityIssue('invalid-facts', [], eligibilityMessages.unreadableFacts(reason))]);
    }
  };
}

