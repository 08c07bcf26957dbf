import { err, type AcceleratorError, type Issue, type Result } from '../core/index.js';

/**
 * The error codes of the `programme` module.
 *
 * - `invalid-input`: an argument is malformed (the edition, an application list that is not a list, a
 *   mentor, the curriculum, `asOf`, an option, an outcome event). Every problem is listed in `issues` with
 *   its path from the root of the input (`edition.dates.cohortStart`, `mentors[3].capacity`, …).
 * - `stage-failed`: a stage of the pipeline refused its input as a whole (say the edition's rules do not
 *   compile, or its budget account cannot be opened); `stage` names it and `cause` carries the stage's
 *   own error. Failures of one application, one package or one athlete's schedule are not errors: they
 *   are values in the report.
 * - `duplicate-outcome`: `recordOutcome` was given an event whose id is already recorded with different
 *   content (the same content again is a no-op).
 *
 * @category Errors
 * @example
 * const code: ProgrammeErrorCode = 'stage-failed';
 */
export type ProgrammeErrorCode = 'invalid-input' | 'stage-failed' | 'duplicate-outcome';

/**
 * The stages of {@link runCohort}, in order.
 *
 * @category Errors
 * @example
 * const stage: CohortStage = 'matching';
 */
export type CohortStage = 'input' | 'eligibility' | 'selection' | 'packages' | 'learning' | 'matching' | 'report';

/**
 * The stages {@link runCohort} reports progress for, in the order it runs them (`input` is checked
 * before the progress callback is trusted, so it reports none).
 *
 * @category Errors
 * @example
 * COHORT_STAGES.length //=> 6
 */
export const COHORT_STAGES: readonly Exclude<CohortStage, 'input'>[] = Object.freeze(['eligibility', 'selection', 'packages', 'learning', 'matching', 'report'] as const);

/**
 * An error of the `programme` module: the shared error shape plus, for `stage-failed`, the stage and
 * the stage's own error.
 *
 * @category Errors
 * @example
 * const error: ProgrammeError = { code: 'invalid-input', message: 'The cohort input is invalid.', issues: [{ path: ['asOf'], message: 'Expected YYYY-MM-DD.' }] };
 */
export interface ProgrammeError extends AcceleratorError<ProgrammeErrorCode> {
  readonly stage?: CohortStage;
  readonly cause?: AcceleratorError;
}

export function invalidInput(what: string, issues: readonly Issue[]): Result<never, ProgrammeError> {
  const count = issues.length;
  return err({
    code: 'invalid-input',
    message: `The ${what} is invalid (${count} problem${count === 1 ? '' : 's'}).`,
    ...(issues[0] === undefined ? {} : { path: issues[0].path }),
    issues,
  });
}

export function stageFailed(stage: CohortStage, cause: AcceleratorError): Result<never, ProgrammeError> {
  return err({
    code: 'stage-failed',
    message: `The ${stage} stage failed: ${cause.message}`,
    stage,
    cause,
    ...(cause.path === undefined ? {} : { path: cause.path }),
    ...(cause.issues === undefined ? {} : { issues: cause.issues }),
  });
}
