import { testComparison } from './compareValues.js';
import { isCalendarDate } from '../core/index.js';
import type { Literal, Operator } from './ruleSchema.js';
import { valuesEqual } from './valuesEqual.js';

/** A comparison against a fixed value, applied to a present fact value. Internal to the evaluator. */
export type LiteralTest = (left: unknown) => boolean;

const never: LiteralTest = () => false;

function isPrimitive(value: Literal): value is string | number | boolean | null {
  return value === null || typeof value !== 'object';
}

function membership(list: readonly Literal[]): LiteralTest {
  const primitives = new Set<unknown>();
  const containers: Literal[] = [];
  for (const element of list) {
    if (isPrimitive(element)) primitives.add(element);
    else containers.push(element);
  }
  if (containers.length === 0) return (left) => primitives.has(left);
  return (left) => {
    if (typeof left !== 'object') return primitives.has(left);
    const budget = { visits: 0 };
    for (const element of containers) if (valuesEqual(left, element, budget)) return true;
    return false;
  };
}

function ordered(op: '<' | '<=' | '>' | '>=', bound: number | string): LiteralTest {
  if (typeof bound === 'number') {
    switch (op) {
      case '<':
        return (left) => typeof left === 'number' && left < bound;
      case '<=':
        return (left) => typeof left === 'number' && left <= bound;
      case '>':
        return (left) => typeof left === 'number' && left > bound;
      case '>=':
        return (left) => typeof left === 'number' && left >= bound;
    }
  }
  const date = isCalendarDate(bound);
  switch (op) {
    case '<':
      return (left) => typeof left === 'string' && left < bound && isCalendarDate(left) === date;
    case '<=':
      return (left) => typeof left === 'string' && left <= bound && isCalendarDate(left) === date;
    case '>':
      return (left) => typeof left === 'string' && left > bound && isCalendarDate(left) === date;
    case '>=':
      return (left) => typeof left === 'string' && left >= bound && isCalendarDate(left) === date;
  }
}

function between(low: Literal, high: Literal): LiteralTest {
  if (typeof low === 'number' && typeof high === 'number') {
    return (left) => typeof left === 'number' && low <= left && left <= high;
  }
  if (typeof low === 'string' && typeof high === 'string') {
    const date = isCalendarDate(low);
    if (isCalendarDate(high) !== date) return never;
    return (left) => typeof left === 'string' && low <= left && left <= high && isCalendarDate(left) === date;
  }
  return never;
}

/**
 * Specialises an operator for a literal right-hand side, once, at compile time: `in` lists become a `Set`
 * of their primitive elements, ordered comparisons know the type they accept, `==` on a primitive is `===`.
 * Agrees with {@link testComparison} on every present left value (a property the tests check).
 *
 * @category Rule language
 * @example
 * compileLiteralTest('in', ['judo', 'rowing'])('judo') //=> true
 * compileLiteralTest('>=', 18)('18') //=> false
 */
export function compileLiteralTest(op: Operator, literal: Literal): LiteralTest {
  switch (op) {
    case '==':
      return isPrimitive(literal) ? (left) => left === literal : (left) => valuesEqual(left, literal);
    case '!=':
      return isPrimitive(literal) ? (left) => left !== literal : (left) => !valuesEqual(left, literal);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return typeof literal === 'number' || typeof literal === 'string' ? ordered(op, literal) : never;
    case 'between':
      return Array.isArray(literal) && literal.length === 2
        ? between(literal[0] as Literal, literal[1] as Literal)
        : never;
    case 'in': {
      if (!Array.isArray(literal)) return never;
      return membership(literal as readonly Literal[]);
    }
    case 'notIn': {
      if (!Array.isArray(literal)) return never;
      const member = membership(literal as readonly Literal[]);
      return (left) => !member(left);
    }
    case 'contains':
      if (typeof literal === 'string') {
        return (left) =>
          typeof left === 'string' ? left.includes(literal) : Array.isArray(left) && left.includes(literal);
      }
      if (isPrimitive(literal)) return (left) => Array.isArray(left) && left.includes(literal);
      return (left) => testComparison('contains', left, literal);
    case 'exists':
      return (left) => (left !== undefined && left !== null) === literal;
  }
}
