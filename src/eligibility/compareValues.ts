import { isCalendarDate } from '../core/index.js';
import type { Operator } from './ruleSchema.js';
import { valuesEqual } from './valuesEqual.js';

/**
 * Orders two values: negative, zero or positive when both are numbers, both ISO dates, or both other
 * strings (by UTF-16 code units, the same on every platform); `NaN` when they are of different types or of
 * a type that has no order (booleans, null, arrays, objects).
 *
 * @category Rule language
 * @example
 * compareOrdered('2024-01-31', '2024-02-01') //=> -1
 * compareOrdered(3, '3') //=> NaN
 */
export function compareOrdered(a: unknown, b: unknown): number {
  if (typeof a === 'number') {
    if (typeof b !== 'number') return Number.NaN;
    return a < b ? -1 : a > b ? 1 : a === b ? 0 : Number.NaN;
  }
  if (typeof a !== 'string' || typeof b !== 'string' || isCalendarDate(a) !== isCalendarDate(b)) return Number.NaN;
  return a < b ? -1 : a > b ? 1 : 0;
}

function includesEqual(list: readonly unknown[], value: unknown): boolean {
  const budget = { visits: 0 };
  for (const element of list) if (valuesEqual(element, value, budget)) return true;
  return false;
}

/**
 * Applies an operator to two present values (neither undefined nor null on the fact side), as the rule
 * language defines it: a type mismatch makes the comparison fail (`!=` and `notIn` aside, where unequal
 * types pass and a value that is not a list fails). The reference implementation; `compileRule`
 * specialises it for literal values.
 *
 * @category Rule language
 * @example
 * testComparison('between', '2024-05-01', ['2024-01-01', '2024-12-31']) //=> true
 * testComparison('<', 5, '10') //=> false
 */
export function testComparison(op: Operator, left: unknown, right: unknown): boolean {
  switch (op) {
    case '==':
      return valuesEqual(left, right);
    case '!=':
      return !valuesEqual(left, right);
    case '<':
      return compareOrdered(left, right) < 0;
    case '<=':
      return compareOrdered(left, right) <= 0;
    case '>':
      return compareOrdered(left, right) > 0;
    case '>=':
      return compareOrdered(left, right) >= 0;
    case 'between':
      return (
        Array.isArray(right) &&
        right.length === 2 &&
        compareOrdered(right[0], left) <= 0 &&
        compareOrdered(left, right[1]) <= 0
      );
    case 'in':
      return Array.isArray(right) && includesEqual(right, left);
    case 'notIn':
      return Array.isArray(right) && !includesEqual(right, left);
    case 'contains':
      if (Array.isArray(left)) return includesEqual(left, right);
      return typeof left === 'string' && typeof right === 'string' && left.includes(right);
    case 'exists':
      return (left !== undefined && left !== null) === right;
  }
}
