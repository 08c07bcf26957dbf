import type { EligibilityError } from './errors.js';
import type { OutcomeCode } from './outcome.js';
import type { PredicateContext } from './registry.js';
import type { RuleTrace } from './trace.js';

/** What one evaluation carries through the compiled closures. Internal to the evaluator. */
export interface EvaluationState {
  /** The values of the rule's comparison fact paths, read once per evaluation (see `createReadPlan`). */
  readonly values: readonly unknown[];
  readonly params: Readonly<Record<string, unknown>>;
  /** What predicates receive; the same object for every predicate of one evaluation. */
  readonly context: PredicateContext;
}

/** A compiled node without trace: facts in, outcome code out (short-circuits `all` and `any`). */
export type Check = (facts: unknown, state: EvaluationState) => OutcomeCode;

/**
 * A compiled node with trace: evaluates the node, stores its trace node at `out[index]` and returns its
 * outcome code (so parents combine codes, not strings).
 */
export type TraceCheck = (facts: unknown, state: EvaluationState, out: RuleTrace[], index: number) => OutcomeCode;

/**
 * Thrown inside the compiled closures to stop an evaluation that cannot give an outcome (a predicate that
 * throws, arguments that fail once parameters are filled in); caught by `evaluate`, which returns its
 * error as a failed result. Never escapes the library.
 */
export class EvaluationAbort extends Error {
  readonly error: EligibilityError;

  constructor(error: EligibilityError) {
    super(error.message);
    this.error = error;
  }
}
