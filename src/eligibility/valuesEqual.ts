const MAX_DEPTH = 64;
const MAX_VISITS = 1_000_000;

const hasOwn = Object.hasOwn;

function equalAt(a: unknown, b: unknown, depth: number, budget: EqualityBudget): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth >= MAX_DEPTH || (budget.visits += 1) > MAX_VISITS) return false;
  const aIsArray = Array.isArray(a);
  if (aIsArray !== Array.isArray(b)) return false;
  if (aIsArray) {
    const left = a as readonly unknown[];
    const right = b as readonly unknown[];
    if (left.length !== right.length) return false;
    for (let i = 0; i < left.length; i += 1) {
      if (!equalAt(left[i], right[i], depth + 1, budget)) return false;
    }
    return true;
  }
  const leftKeys = Object.keys(a);
  if (leftKeys.length !== Object.keys(b).length) return false;
  for (const key of leftKeys) {
    if (!hasOwn(b, key)) return false;
    if (!equalAt((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], depth + 1, budget)) {
      return false;
    }
  }
  return true;
}

/**
 * Equality in the rule language: values of different types are never equal; strings, numbers and
 * booleans are equal when identical (`===`, so `NaN` equals nothing); arrays are equal element by element
 * and objects key by key (own enumerable keys), to 64 levels deep and 1,000,000 compared containers, beyond
 * which values count as different (so cyclic, shared or huge inputs end quickly).
 *
 * @category Rule language
 * @example
 * valuesEqual([1, 'a'], [1, 'a']) //=> true
 * valuesEqual(1, '1') //=> false
 */
export function valuesEqual(a: unknown, b: unknown, budget: EqualityBudget = { visits: 0 }): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return equalAt(a, b, 0, budget);
}

/**
 * How many containers equality has compared so far; share one between the comparisons of one list
 * (`in`, `contains`) so that the limit of 1,000,000 holds for the whole list.
 *
 * @category Rule language
 * @example
 * const budget: EqualityBudget = { visits: 0 };
 */
export interface EqualityBudget {
  visits: number;
}
