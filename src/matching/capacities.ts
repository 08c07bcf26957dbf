import type { Issue } from '../core/index.js';
import { MAX_ISSUES } from './costMatrix.js';
import { messages } from './errors.js';

/**
 * Capacities as callers pass them: one non-negative integer per column (or receiver).
 *
 * @category Assignment
 * @example
 * const capacities: Capacities = [2, 1, 3];
 * capacities.length //=> 3
 */
export type Capacities = readonly number[] | Int32Array;

/**
 * Checks a list of capacities against the number of columns; problems go to `issues` under `name`.
 * Returns the capacities as an `Int32Array` (values above 2^31 - 1 are clamped: no matching needs more).
 * @internal
 */
export function checkCapacities(input: unknown, expected: number, name: string, issues: Issue[]): Int32Array | undefined {
  const before = issues.length;
  if (!Array.isArray(input) && !(input instanceof Int32Array)) {
    issues.push({ path: [name], message: messages.notArray(name) });
    return undefined;
  }
  const list = input as ArrayLike<unknown>;
  if (list.length !== expected) {
    issues.push({ path: [name], message: messages.wrongCapacityCount(list.length, expected) });
    return undefined;
  }
  const out = new Int32Array(expected);
  for (let j = 0; j < expected; j++) {
    const value = list[j];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      if (issues.length - before < MAX_ISSUES) issues.push({ path: [name, j], message: messages.badCapacity() });
      continue;
    }
    out[j] = Math.min(value, 0x7fffffff);
  }
  return issues.length > before ? undefined : out;
}
