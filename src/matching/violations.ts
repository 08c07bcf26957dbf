import type { Issue, Path } from '../core/index.js';
import { MAX_ISSUES } from './costMatrix.js';
import type { MatchingViolationCode } from './errors.js';
import { messages } from './errors.js';

/**
 * One thing `verifyMatching` found wrong, with the path of the entry at fault.
 *
 * @category Verification
 * @example
 * const v: MatchingViolation = { code: 'capacity-exceeded', message: 'Column 2 holds 3 rows but its capacity is 2.', path: ['capacities', 2] };
 * v.code //=> 'capacity-exceeded'
 */
export interface MatchingViolation {
  readonly code: MatchingViolationCode;
  readonly message: string;
  readonly path: Path;
}

/**
 * What `verifyMatching` concluded.
 *
 * - `valid`: no violation was found (for an assignment with a certificate, it is also proved optimal).
 * - `violations`: the first `maxViolations` violations; `violationCount` counts them all.
 * - `optimality`: `'certified'` when a certificate was given and checks out, `'rejected'` when it was
 *   given and does not, `'not-checked'` without one, `'not-applicable'` for stable matchings.
 *
 * @category Verification
 * @example
 * const report: MatchingVerification = { valid: true, violations: [], violationCount: 0, optimality: 'certified' };
 * report.valid //=> true
 */
export interface MatchingVerification {
  readonly valid: boolean;
  readonly violations: readonly MatchingViolation[];
  readonly violationCount: number;
  readonly optimality: 'certified' | 'rejected' | 'not-checked' | 'not-applicable';
}

/** Violations collected up to a limit, all of them counted. @internal */
export interface ViolationLog {
  readonly violations: MatchingViolation[];
  readonly limit: number;
  count: number;
}

/** An empty log keeping at most `limit` violations. @internal */
export function createViolationLog(limit: number): ViolationLog {
  return { violations: [], limit, count: 0 };
}

/** Records a violation. @internal */
export function addViolation(log: ViolationLog, code: MatchingViolationCode, message: string, path: Path): void {
  log.count++;
  if (log.violations.length < log.limit) log.violations.push({ code, message, path });
}

/**
 * Reads a matching array (`rowToCol`, `proposerToReceiver`, …): an `Int32Array` or an array of integers
 * `>= -1` of the expected length. Problems go to `issues`. Entries beyond the range of the other side
 * are kept: the verifier reports them as violations.
 * @internal
 */
export function readMatchingArray(input: unknown, expected: number, name: string, issues: Issue[]): Int32Array | undefined {
  if (!Array.isArray(input) && !(input instanceof Int32Array)) {
    issues.push({ path: [name], message: messages.notArray(name) });
    return undefined;
  }
  const list = input as ArrayLike<unknown>;
  if (list.length !== expected) {
    issues.push({ path: [name], message: messages.badMatchingLength(list.length, expected) });
    return undefined;
  }
  const out = new Int32Array(expected);
  const before = issues.length;
  for (let i = 0; i < expected; i++) {
    const value = list[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -1 || value > 0x7fffffff) {
      if (issues.length - before < MAX_ISSUES) issues.push({ path: [name, i], message: messages.badMatchingEntry() });
      continue;
    }
    out[i] = value;
  }
  return issues.length > before ? undefined : out;
}

/** Reads optional potentials: a `Float64Array` or number array of the expected length, finite values. @internal */
export function readPotentials(input: unknown, expected: number, name: string, issues: Issue[]): Float64Array | undefined {
  if (!Array.isArray(input) && !(input instanceof Float64Array)) {
    issues.push({ path: [name], message: messages.violation.dualLength(name, expected) });
    return undefined;
  }
  const list = input as ArrayLike<unknown>;
  if (list.length !== expected) {
    issues.push({ path: [name], message: messages.violation.dualLength(name, expected) });
    return undefined;
  }
  const out = new Float64Array(expected);
  const before = issues.length;
  for (let i = 0; i < expected; i++) {
    const value = list[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      if (issues.length - before < MAX_ISSUES) issues.push({ path: [name, i], message: messages.badPotential() });
      continue;
    }
    out[i] = value;
  }
  return issues.length > before ? undefined : out;
}
