/**
 * The three-valued outcome of a rule: `pass`, `fail`, or `unknown` when the facts do not decide it.
 *
 * @category Rule language
 * @example
 * const outcome: Outcome = 'unknown';
 */
export type Outcome = 'pass' | 'fail' | 'unknown';

/**
 * Outcomes as small integers ordered fail < unknown < pass, so that Kleene's `all` is the minimum of its
 * children, `any` the maximum and `not` is `PASS - x`. Internal to the evaluator.
 */
export const FAIL = 0;
/** See {@link FAIL}. */
export const UNKNOWN = 1;
/** See {@link FAIL}. */
export const PASS = 2;

/** An outcome as an integer (see {@link FAIL}). */
export type OutcomeCode = typeof FAIL | typeof UNKNOWN | typeof PASS;

/** The outcome of each integer code. */
export const OUTCOME_OF_CODE: readonly [Outcome, Outcome, Outcome] = ['fail', 'unknown', 'pass'];
