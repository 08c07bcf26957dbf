import { err, ok } from '../core/index.js';
import type { Issue, Result } from '../core/index.js';
import { invalidInput, messages } from './errors.js';
import type { MatchingError } from './errors.js';
import { readNumber, readOptions } from './options.js';
import { verifyAssignment } from './verifyAssignment.js';
import type { AssignmentToVerify } from './verifyAssignment.js';
import { verifyCapacities } from './verifyCapacities.js';
import type { CapacityAssignmentToVerify } from './verifyCapacities.js';
import { verifyStable } from './verifyStable.js';
import type { StableMatchingToVerify } from './verifyStable.js';
import { createViolationLog } from './violations.js';
import type { MatchingVerification } from './violations.js';

/**
 * What {@link verifyMatching} can check, told apart by `kind`.
 *
 * @category Verification
 * @example
 * const input: MatchingToVerify = { kind: 'assignment', cost: [[1]], rowToCol: [0] };
 * input.kind //=> 'assignment'
 */
export type MatchingToVerify = AssignmentToVerify | CapacityAssignmentToVerify | StableMatchingToVerify;

/**
 * Options of {@link verifyMatching}.
 *
 * @category Verification
 * @example
 * const options: VerifyMatchingOptions = { tolerance: 1e-6, maxViolations: 10 };
 * options.maxViolations //=> 10
 */
export interface VerifyMatchingOptions {
  /**
   * Relative tolerance of the numeric checks (default `1e-9`): a difference counts when it exceeds
   * `tolerance * max(1, largest |cost|) * sqrt(rows + cols)`.
   */
  readonly tolerance?: number;
  /** At most this many violations are listed (default 100); `violationCount` counts them all. */
  readonly maxViolations?: number;
}

/**
 * Checks a matching independently of how it was computed, so a result can be trusted without trusting
 * the solver: indices in range, no forbidden pair, capacities kept, as many pairs as required (an
 * assignment is full; a many-to-one assignment has no augmenting path), the reported total, no
 * blocking pair for a stable matching — and, when the solver's potentials are given, the certificate of
 * optimality (dual feasibility and complementary slackness), which proves that no better total exists.
 *
 * @category Verification
 * @returns the report, or an `invalid-input` error when the input itself is malformed (wrong lengths,
 *   bad numbers), with the path of the first problem.
 * @example
 * const cost = [[4, 1], [2, 3]];
 * const r = solveAssignment(cost, { duals: true });
 * const report = r.ok ? verifyMatching({ kind: 'assignment', cost, ...r.value }) : undefined;
 * report?.ok && report.value.optimality //=> 'certified'
 *
 * const bad = verifyMatching({ kind: 'stable', proposerPrefs: [[0], [0]], receiverPrefs: [[1, 0]], capacities: [1], proposerToReceiver: [0, -1] });
 * bad.ok && bad.value.violations.map((v) => v.code) //=> ['blocking-pair']
 */
export function verifyMatching(
  input: MatchingToVerify,
  options?: VerifyMatchingOptions,
): Result<MatchingVerification, MatchingError> {
  const issues: Issue[] = [];
  const record = readOptions(options, issues);
  let tolerance = 1e-9;
  let maxViolations = 100;
  if (record !== undefined) {
    const t = readNumber(record, 'tolerance', issues);
    if (t !== undefined) {
      if (t >= 0 && t < Infinity) tolerance = t;
      else issues.push({ path: ['options', 'tolerance'], message: messages.badOption('tolerance', 'a finite number >= 0') });
    }
    const limit = record.maxViolations;
    if (limit !== undefined) {
      if (typeof limit === 'number' && Number.isSafeInteger(limit) && limit >= 0) maxViolations = limit;
      else issues.push({ path: ['options', 'maxViolations'], message: messages.badOption('maxViolations', 'a non-negative integer') });
    }
  }
  if (typeof input !== 'object' || (input as unknown) === null) {
    issues.push({ path: [], message: messages.notAnObject("{ kind: 'assignment' | 'capacities' | 'stable', … }") });
    return err(invalidInput(issues));
  }
  if (issues.length > 0) return err(invalidInput(issues));
  const fields = input as unknown as Readonly<Record<string, unknown>>;
  const log = createViolationLog(maxViolations);
  let optimality: MatchingVerification['optimality'] | undefined;
  switch (fields.kind) {
    case 'assignment':
      optimality = verifyAssignment(fields, tolerance, log, issues);
      break;
    case 'capacities':
      optimality = verifyCapacities(fields, tolerance, log, issues);
      break;
    case 'stable':
      optimality = verifyStable(fields, log, issues) ? 'not-applicable' : undefined;
      break;
    default:
      issues.push({ path: ['kind'], message: messages.badKind() });
  }
  if (optimality === undefined || issues.length > 0) return err(invalidInput(issues));
  return ok({ valid: log.count === 0, violations: log.violations, violationCount: log.count, optimality });
}
