import type { CheckedPredicate, CheckedRule } from './checkRule.js';
import { testComparison } from './compareValues.js';
import { compileLiteralTest } from './compileLiteralTest.js';
import type { Check } from './evaluationState.js';
import { isCalendarDate } from '../core/index.js';
import { FAIL, PASS, UNKNOWN, type OutcomeCode } from './outcome.js';
import type { CompiledPredicateCall } from './predicateCall.js';
import type { ReadPlan } from './readPlan.js';
import type { Literal, Operator } from './ruleSchema.js';

/** What compiling a rule's nodes shares: the read plan and one compiled call per predicate node. */
export interface CompileShared {
  readonly plan: ReadPlan;
  readonly predicateCall: (node: CheckedPredicate) => CompiledPredicateCall;
}

type ComparisonNode = Extract<CheckedRule, { kind: 'comparison' }>;

/**
 * Comparisons against a literal, one closure per operator and type, so that each has its own inline
 * caches and the test is not a further call. Anything not special-cased goes through `compileLiteralTest`.
 */
function literalCheck(op: Exclude<Operator, 'exists'>, literal: Literal, slot: number): Check {
  const primitive = literal === null || typeof literal !== 'object';
  if (op === '==' && primitive) {
    return (_facts, { values }) => {
      const left = values[slot];
      return left === undefined || left === null ? UNKNOWN : left === literal ? PASS : FAIL;
    };
  }
  if (op === '!=' && primitive) {
    return (_facts, { values }) => {
      const left = values[slot];
      return left === undefined || left === null ? UNKNOWN : left !== literal ? PASS : FAIL;
    };
  }
  if (typeof literal === 'number') {
    switch (op) {
      case '<':
        return (_facts, { values }) => {
          const left = values[slot];
          if (left === undefined || left === null) return UNKNOWN;
          return typeof left === 'number' && left < literal ? PASS : FAIL;
        };
      case '<=':
        return (_facts, { values }) => {
          const left = values[slot];
          if (left === undefined || left === null) return UNKNOWN;
          return typeof left === 'number' && left <= literal ? PASS : FAIL;
        };
      case '>':
        return (_facts, { values }) => {
          const left = values[slot];
          if (left === undefined || left === null) return UNKNOWN;
          return typeof left === 'number' && left > literal ? PASS : FAIL;
        };
      case '>=':
        return (_facts, { values }) => {
          const left = values[slot];
          if (left === undefined || left === null) return UNKNOWN;
          return typeof left === 'number' && left >= literal ? PASS : FAIL;
        };
      default:
        break;
    }
  }
  if (typeof literal === 'string' && isCalendarDate(literal) && (op === '<' || op === '<=' || op === '>' || op === '>=')) {
    const below = op === '<' || op === '<=';
    const inclusive = op === '<=' || op === '>=';
    return (_facts, { values }) => {
      const left = values[slot];
      if (left === undefined || left === null) return UNKNOWN;
      if (typeof left !== 'string' || !isCalendarDate(left)) return FAIL;
      if (left === literal) return inclusive ? PASS : FAIL;
      return left < literal === below ? PASS : FAIL;
    };
  }
  if (op === 'between' && Array.isArray(literal)) {
    const [low, high] = literal as readonly Literal[];
    if (typeof low === 'number' && typeof high === 'number') {
      return (_facts, { values }) => {
        const left = values[slot];
        if (left === undefined || left === null) return UNKNOWN;
        return typeof left === 'number' && low <= left && left <= high ? PASS : FAIL;
      };
    }
    if (isCalendarDate(low) && isCalendarDate(high)) {
      return (_facts, { values }) => {
        const left = values[slot];
        if (left === undefined || left === null) return UNKNOWN;
        return typeof left === 'string' && low <= left && left <= high && isCalendarDate(left) ? PASS : FAIL;
      };
    }
  }
  if ((op === 'in' || op === 'notIn') && Array.isArray(literal) && literal.every((item) => item === null || typeof item !== 'object')) {
    const members = new Set<unknown>(literal);
    const inside = op === 'in' ? PASS : FAIL;
    const outside = op === 'in' ? FAIL : PASS;
    return (_facts, { values }) => {
      const left = values[slot];
      if (left === undefined || left === null) return UNKNOWN;
      return members.has(left) ? inside : outside;
    };
  }
  if (op === 'contains' && typeof literal === 'string') {
    return (_facts, { values }) => {
      const left = values[slot];
      if (left === undefined || left === null) return UNKNOWN;
      if (Array.isArray(left)) return left.includes(literal) ? PASS : FAIL;
      return typeof left === 'string' && left.includes(literal) ? PASS : FAIL;
    };
  }
  const test = compileLiteralTest(op, literal);
  return (_facts, { values }) => {
    const left = values[slot];
    return left === undefined || left === null ? UNKNOWN : test(left) ? PASS : FAIL;
  };
}

/** Compiles one comparison (also used by the trace compiler, which adds the trace node around it). */
export function compileComparison(node: ComparisonNode, { plan }: CompileShared): Check {
  const { op, value } = node;
  const slot = plan.slotOf(node.fact);
  if (op === 'exists') {
    const expected = value.kind === 'literal' && value.literal === true;
    return (_facts, { values }) => {
      const left = values[slot];
      return (left !== undefined && left !== null) === expected ? PASS : FAIL;
    };
  }
  switch (value.kind) {
    case 'literal':
      return literalCheck(op, value.literal, slot);
    case 'param': {
      const { name } = value;
      return (_facts, { values, params }) => {
        const left = values[slot];
        if (left === undefined || left === null) return UNKNOWN;
        return testComparison(op, left, params[name]) ? PASS : FAIL;
      };
    }
    case 'fact': {
      const otherSlot = plan.slotOf(value.path);
      return (_facts, { values }) => {
        const left = values[slot];
        const right = values[otherSlot];
        if (left === undefined || left === null || right === undefined || right === null) return UNKNOWN;
        return testComparison(op, left, right) ? PASS : FAIL;
      };
    }
  }
}

/**
 * Compiles a checked rule into a closure that returns its outcome code without building a trace.
 * `all` stops at the first failing child and `any` at the first passing one: Kleene's logic gives the
 * same outcome whatever is skipped, and `missing` is worked out separately from the facts read, so
 * skipping changes nothing observable. `not` is `PASS - child`.
 */
export function compileCheck(node: CheckedRule, shared: CompileShared): Check {
  switch (node.kind) {
    case 'all':
    case 'any': {
      const children = node.children.map((child) => compileCheck(child, shared));
      const count = children.length;
      if (count === 1) return children[0] as Check;
      if (node.kind === 'all') {
        return (facts, state) => {
          let outcome: OutcomeCode = PASS;
          for (let i = 0; i < count; i += 1) {
            const child = (children[i] as Check)(facts, state);
            if (child === FAIL) return FAIL;
            if (child === UNKNOWN) outcome = UNKNOWN;
          }
          return outcome;
        };
      }
      return (facts, state) => {
        let outcome: OutcomeCode = FAIL;
        for (let i = 0; i < count; i += 1) {
          const child = (children[i] as Check)(facts, state);
          if (child === PASS) return PASS;
          if (child === UNKNOWN) outcome = UNKNOWN;
        }
        return outcome;
      };
    }
    case 'not': {
      const child = compileCheck(node.child, shared);
      return (facts, state) => (PASS - child(facts, state)) as OutcomeCode;
    }
    case 'comparison':
      return compileComparison(node, shared);
    case 'predicate': {
      const { run } = shared.predicateCall(node);
      return (facts, state) => run(facts, state).code;
    }
  }
}
