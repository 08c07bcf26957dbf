import type { Path } from '../core/index.js';
import { eligibilityIssue, eligibilityMessages, type EligibilityIssue } from './errors.js';

/**
 * The limits `compileRule` enforces on a rule document before it looks at its meaning; beyond them a
 * document is refused with `rule-too-deep` or `rule-too-large`.
 *
 * @category Rule language
 * @example
 * RULE_LIMITS.maxDepth //=> 64
 * RULE_LIMITS.maxNodes //=> 10000
 */
export const RULE_LIMITS = {
  /** Rule nodes may nest this many levels (the root is level 1); so may values inside a node. */
  maxDepth: 64,
  /** At most this many rule nodes (all, any, not, comparison, predicate). */
  maxNodes: 10_000,
  /** At most this many JSON values in the whole document (bounds work on shared or huge structures). */
  maxValues: 1_000_000,
  /** At most this many issues are reported for one document. */
  maxIssues: 100,
} as const;

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  readonly value: unknown;
  readonly parent: Frame | null;
  readonly key: string | number;
  /** Rule nesting level of the rule node this value belongs to. */
  readonly ruleDepth: number;
  /** Nesting level of this value inside its rule node's values (0 for the node itself). */
  readonly valueDepth: number;
  /** Whether this value sits where a rule node belongs. */
  readonly isRule: boolean;
}

function pathOf(frame: Frame): Path {
  const path: (string | number)[] = [];
  for (let at: Frame = frame; at.parent !== null; at = at.parent) path.push(at.key);
  return path.reverse();
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks a raw rule document — before any schema sees it, iteratively so that no depth of nesting can
 * overflow the stack — and reports, with their paths: the keys `__proto__`, `constructor` and `prototype`
 * (own keys, as `JSON.parse` creates them), objects that are not plain JSON objects, rules nested deeper
 * than 64 levels (and values inside a node nested deeper than 64 levels), more than 10,000 rule nodes and
 * more than 1,000,000 JSON values. Nothing it reports is descended into, so the walk always ends.
 *
 * @category Rule language
 * @example
 * guardRuleDocument(JSON.parse('{"all":[{"__proto__":{"polluted":true}}]}'))
 * //=> [{ code: 'forbidden-key', path: ['all', 0, '__proto__'], message: 'The key "__proto__" is not allowed in a rule document.' }]
 */
export function guardRuleDocument(document: unknown): EligibilityIssue[] {
  const issues: EligibilityIssue[] = [];
  const stack: Frame[] = [{ value: document, parent: null, key: '', ruleDepth: 1, valueDepth: 0, isRule: true }];
  let nodes = 0;
  let values = 1;
  const report = (code: EligibilityIssue['code'], path: Path, message: string): boolean => {
    issues.push(eligibilityIssue(code, path, message));
    return issues.length < RULE_LIMITS.maxIssues;
  };

  walk: while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.isRule && (nodes += 1) > RULE_LIMITS.maxNodes) {
      report('rule-too-large', [], eligibilityMessages.ruleTooLarge(RULE_LIMITS.maxNodes));
      break;
    }
    const { value } = frame;
    if (typeof value !== 'object' || value === null) continue;
    if (frame.ruleDepth > RULE_LIMITS.maxDepth || frame.valueDepth > RULE_LIMITS.maxDepth) {
      const message =
        frame.ruleDepth > RULE_LIMITS.maxDepth
          ? eligibilityMessages.ruleTooDeep(RULE_LIMITS.maxDepth)
          : eligibilityMessages.valueTooDeep(RULE_LIMITS.maxDepth);
      if (!report('rule-too-deep', pathOf(frame), message)) break;
      continue;
    }

    const children: Frame[] = [];
    const add = (item: unknown, parent: Frame, key: string | number, isRule: boolean): boolean => {
      if ((values += 1) > RULE_LIMITS.maxValues) {
        report('rule-too-large', [], eligibilityMessages.documentTooLarge(RULE_LIMITS.maxValues));
        return false;
      }
      children.push(
        isRule
          ? { value: item, parent, key, ruleDepth: frame.ruleDepth + 1, valueDepth: 0, isRule }
          : { value: item, parent, key, ruleDepth: frame.ruleDepth, valueDepth: frame.valueDepth + 1, isRule },
      );
      return true;
    };

    if (Array.isArray(value)) {
      const items = value as readonly unknown[];
      for (let i = 0; i < items.length; i += 1) if (!add(items[i], frame, i, false)) break walk;
    } else if (!isPlainObject(value)) {
      if (!report('invalid-rule', pathOf(frame), eligibilityMessages.notAPlainObject())) break;
      continue;
    } else {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          if (!report('forbidden-key', [...pathOf(frame), key], eligibilityMessages.forbiddenKey(key))) break walk;
          continue;
        }
        const item = (value as Record<string, unknown>)[key];
        if (frame.isRule && (key === 'all' || key === 'any') && Array.isArray(item)) {
          // The list itself is not a level: its elements are the child rules.
          const list: Frame = { value: item, parent: frame, key, ruleDepth: frame.ruleDepth, valueDepth: 0, isRule: false };
          const rules = item as readonly unknown[];
          for (let i = 0; i < rules.length; i += 1) if (!add(rules[i], list, i, true)) break walk;
        } else if (!add(item, frame, key, frame.isRule && key === 'not')) {
          break walk;
        }
      }
    }
    // Push in reverse so that the walk visits (and reports) in document order.
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Frame);
  }
  return issues;
}
