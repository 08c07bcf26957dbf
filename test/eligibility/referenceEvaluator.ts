/**
 * A deliberately naive evaluator of the rule language, written from the reference in DESIGN.md and
 * docs/eligibility.md without looking at the compiled evaluator: the oracle the property tests compare
 * against. Comparisons and combinators only (no predicates).
 */
import type { Rule } from 'athlete-accelerator/eligibility';

export type ReferenceOutcome = 'pass' | 'fail' | 'unknown';

type Kind = 'number' | 'date' | 'string' | 'boolean' | 'array' | 'object' | 'null' | 'other';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

function kindOf(value: unknown): Kind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number':
      return 'number';
    case 'string':
      return isDate(value) ? 'date' : 'string';
    case 'boolean':
      return 'boolean';
    case 'object':
      return 'object';
    default:
      return 'other';
  }
}

export function referenceEqual(a: unknown, b: unknown): boolean {
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;
  if (kind === 'array') {
    const x = a as unknown[];
    const y = b as unknown[];
    return x.length === y.length && x.every((item, i) => referenceEqual(item, y[i]));
  }
  if (kind === 'object') {
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const keys = Object.keys(x);
    return keys.length === Object.keys(y).length && keys.every((key) => Object.hasOwn(y, key) && referenceEqual(x[key], y[key]));
  }
  return a === b;
}

/** -1, 0, 1, or undefined when the two values have no order between them. */
function order(a: unknown, b: unknown): number | undefined {
  const kind = kindOf(a);
  if (kind !== kindOf(b) || !['number', 'date', 'string'].includes(kind)) return undefined;
  const x = a as number | string;
  const y = b as number | string;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x === y) return 0;
  return undefined; // NaN
}

function compare(op: string, left: unknown, right: unknown): boolean {
  const o = order(left, right);
  switch (op) {
    case '==':
      return referenceEqual(left, right);
    case '!=':
      return !referenceEqual(left, right);
    case '<':
      return o !== undefined && o < 0;
    case '<=':
      return o !== undefined && o <= 0;
    case '>':
      return o !== undefined && o > 0;
    case '>=':
      return o !== undefined && o >= 0;
    case 'between': {
      if (!Array.isArray(right) || right.length !== 2) return false;
      const low = order(right[0], left);
      const high = order(left, right[1]);
      return low !== undefined && low <= 0 && high !== undefined && high <= 0;
    }
    case 'in':
      return Array.isArray(right) && right.some((item) => referenceEqual(left, item));
    case 'notIn':
      return Array.isArray(right) && !right.some((item) => referenceEqual(left, item));
    case 'contains':
      if (Array.isArray(left)) return left.some((item) => referenceEqual(item, right));
      return typeof left === 'string' && typeof right === 'string' && left.includes(right);
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

export function readFact(facts: unknown, path: string): unknown {
  let at = facts;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

const absent = (value: unknown): boolean => value === undefined || value === null;

export interface ReferenceResult {
  readonly outcome: ReferenceOutcome;
  readonly missing: string[];
}

export function referenceEvaluate(rule: Rule, facts: unknown, params: Record<string, unknown> = {}): ReferenceResult {
  const missing: string[] = [];
  const note = (path: string): void => {
    if (!missing.includes(path)) missing.push(path);
  };
  const visit = (node: Rule): ReferenceOutcome => {
    if ('all' in node) {
      const outcomes = node.all.map(visit);
      return outcomes.includes('fail') ? 'fail' : outcomes.includes('unknown') ? 'unknown' : 'pass';
    }
    if ('any' in node) {
      const outcomes = node.any.map(visit);
      return outcomes.includes('pass') ? 'pass' : outcomes.includes('unknown') ? 'unknown' : 'fail';
    }
    if ('not' in node) {
      const inner = visit(node.not);
      return inner === 'pass' ? 'fail' : inner === 'fail' ? 'pass' : 'unknown';
    }
    if ('predicate' in node) throw new Error('the reference evaluator has no predicates');
    const left = readFact(facts, node.fact);
    if (node.op === 'exists') return !absent(left) === node.value ? 'pass' : 'fail';
    const value = node.value as unknown;
    let right: unknown = value;
    let rightPath: string | undefined;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const reference = value as { param?: string; fact?: string };
      if (reference.param !== undefined) right = params[reference.param];
      else {
        rightPath = reference.fact!;
        right = readFact(facts, rightPath);
      }
    }
    if (absent(left)) note(node.fact);
    if (rightPath !== undefined && absent(right)) note(rightPath);
    if (absent(left) || (rightPath !== undefined && absent(right))) return 'unknown';
    return compare(node.op, left, right) ? 'pass' : 'fail';
  };
  const outcome = visit(rule);
  return { outcome, missing };
}
