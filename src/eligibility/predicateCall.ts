import type { CheckedPredicate } from './checkRule.js';
import { preparePredicate } from './checkRule.js';
import { eligibilityError, eligibilityIssue, eligibilityMessages, type EligibilityIssue } from './errors.js';
import { EvaluationAbort, type EvaluationState } from './evaluationState.js';
import { compileFactReader, type FactReader } from './factReader.js';
import { FAIL, PASS, UNKNOWN, type OutcomeCode } from './outcome.js';

/** A predicate call with its arguments parsed and its fact readers compiled. */
export interface PreparedCall {
  /** The arguments as the document gives them, `{ param }` references replaced (for the trace). */
  readonly shownArgs: Readonly<Record<string, unknown>>;
  readonly args: unknown;
  readonly reads: readonly string[];
  readonly readers: readonly FactReader[];
}

/** One run of a predicate: its outcome and the values it was given (undefined when absent). */
export interface PredicateRun {
  readonly code: OutcomeCode;
  readonly call: PreparedCall;
  readonly values: readonly unknown[];
}

/** The runtime side of a predicate node. */
export interface CompiledPredicateCall {
  /** The prepared call for these parameters (prepared once, or once per params object when args use `{ param }`). */
  readonly prepare: (params: Readonly<Record<string, unknown>>) => PreparedCall;
  /** Reads the facts, calls the predicate, returns its outcome. */
  readonly run: (facts: unknown, state: EvaluationState) => PredicateRun;
}

function abort(issues: readonly EligibilityIssue[]): never {
  throw new EvaluationAbort(eligibilityError(issues));
}

/**
 * Compiles the runtime side of a predicate node: parsed arguments and fact readers, prepared once (or,
 * when arguments are `{ param }` references, once per params object, cached), then a function that reads
 * the facts and calls the predicate, catching anything it throws and refusing anything but an outcome.
 */
export function compilePredicateCall(node: CheckedPredicate): CompiledPredicateCall {
  const { predicate, rulePath } = node;
  const make = (args: unknown, shownArgs: Readonly<Record<string, unknown>>, reads: readonly string[]): PreparedCall => ({
    shownArgs,
    args,
    reads,
    readers: reads.map(compileFactReader),
  });
  const fixed = node.paramArgs.length === 0 ? make(node.args, node.rawArgs, node.reads) : undefined;
  const perParams = new WeakMap<object, PreparedCall>();

  const prepare = (params: Readonly<Record<string, unknown>>): PreparedCall => {
    if (fixed) return fixed;
    const cached = perParams.get(params);
    if (cached) return cached;
    const shownArgs: Record<string, unknown> = { ...node.rawArgs };
    for (const [key, param] of node.paramArgs) shownArgs[key] = params[param];
    const prepared = preparePredicate(predicate, shownArgs, rulePath);
    if (!prepared.ok) abort(prepared.issues);
    const call = make(prepared.args, shownArgs, prepared.reads);
    perParams.set(params, call);
    return call;
  };

  const run = (facts: unknown, state: EvaluationState): PredicateRun => {
    const call = prepare(state.params);
    const { readers } = call;
    const values: unknown[] = [];
    for (const reader of readers) {
      const value = reader(facts);
      values.push(value === null ? undefined : value);
    }
    let outcome: unknown;
    try {
      outcome = predicate.evaluate(call.args, values, state.context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      abort([eligibilityIssue('predicate-error', rulePath, eligibilityMessages.predicateThrew(predicate.name, reason))]);
    }
    const code = outcome === 'pass' ? PASS : outcome === 'fail' ? FAIL : outcome === 'unknown' ? UNKNOWN : undefined;
    if (code === undefined) {
      abort([eligibilityIssue('predicate-error', rulePath, eligibilityMessages.predicateBadOutcome(predicate.name))]);
    }
    return { code, call, values };
  };

  return { prepare, run };
}
