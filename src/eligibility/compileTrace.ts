import type { CheckedRule, NodeLabel } from './checkRule.js';
import { compileComparison, type CompileShared } from './compileCheck.js';
import type { TraceCheck } from './evaluationState.js';
import { FAIL, OUTCOME_OF_CODE, PASS, type OutcomeCode } from './outcome.js';
import type { RuleTrace } from './trace.js';

type ComparisonNode = Extract<CheckedRule, { kind: 'comparison' }>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Adds the node's `id`/`description` to the trace node it stores, when the rule node has them; nodes
 * without a label are left as they are (no extra call, and no `id: undefined` keys in the JSON).
 */
function labelled(label: NodeLabel, build: TraceCheck): TraceCheck {
  const { id, description } = label;
  if (id === undefined && description === undefined) return build;
  return (facts, state, out, index) => {
    const code = build(facts, state, out, index);
    const trace = out[index] as Mutable<RuleTrace>;
    if (id !== undefined) trace.id = id;
    if (description !== undefined) trace.description = description;
    return code;
  };
}

function compileComparisonTrace(node: ComparisonNode, shared: CompileShared): TraceCheck {
  const { fact, op, value, rulePath } = node;
  // The outcome comes from the same specialised closure as without trace; the trace node is built around it.
  const check = compileComparison(node, shared);
  const slot = shared.plan.slotOf(fact);
  switch (value.kind) {
    case 'literal': {
      const { literal } = value;
      return (facts, state, out, index) => {
        const code = check(facts, state);
        const factValue = state.values[slot] ?? null;
        out[index] = { kind: 'comparison', outcome: OUTCOME_OF_CODE[code], rulePath, fact, op, factValue, value: literal };
        return code;
      };
    }
    case 'param': {
      const { name } = value;
      return (facts, state, out, index) => {
        const code = check(facts, state);
        const factValue = state.values[slot] ?? null;
        const resolved = state.params[name];
        out[index] = { kind: 'comparison', outcome: OUTCOME_OF_CODE[code], rulePath, fact, op, factValue, value: resolved, param: name };
        return code;
      };
    }
    case 'fact': {
      const valueFact = value.path;
      const otherSlot = shared.plan.slotOf(valueFact);
      return (facts, state, out, index) => {
        const code = check(facts, state);
        const factValue = state.values[slot] ?? null;
        const resolved = state.values[otherSlot] ?? null;
        out[index] = { kind: 'comparison', outcome: OUTCOME_OF_CODE[code], rulePath, fact, op, factValue, value: resolved, valueFact };
        return code;
      };
    }
  }
}

function compileUnlabelledTrace(node: CheckedRule, shared: CompileShared): TraceCheck {
  const { rulePath } = node;
  switch (node.kind) {
    case 'all':
    case 'any': {
      const children = node.children.map((child) => compileTrace(child, shared));
      const count = children.length;
      if (node.kind === 'all') {
        return (facts, state, out, index) => {
          const traces = new Array<RuleTrace>(count);
          let outcome: OutcomeCode = PASS;
          for (let i = 0; i < count; i += 1) {
            const code = (children[i] as TraceCheck)(facts, state, traces, i);
            if (code < outcome) outcome = code;
          }
          out[index] = { kind: 'all', outcome: OUTCOME_OF_CODE[outcome], rulePath, children: traces };
          return outcome;
        };
      }
      return (facts, state, out, index) => {
        const traces = new Array<RuleTrace>(count);
        let outcome: OutcomeCode = FAIL;
        for (let i = 0; i < count; i += 1) {
          const code = (children[i] as TraceCheck)(facts, state, traces, i);
          if (code > outcome) outcome = code;
        }
        out[index] = { kind: 'any', outcome: OUTCOME_OF_CODE[outcome], rulePath, children: traces };
        return outcome;
      };
    }
    case 'not': {
      const child = compileTrace(node.child, shared);
      return (facts, state, out, index) => {
        // The child stores its trace where this node's goes; this node then takes the slot over.
        const outcome = (PASS - child(facts, state, out, index)) as OutcomeCode;
        out[index] = { kind: 'not', outcome: OUTCOME_OF_CODE[outcome], rulePath, child: out[index] as RuleTrace };
        return outcome;
      };
    }
    case 'comparison':
      return compileComparisonTrace(node, shared);
    case 'predicate': {
      const { run } = shared.predicateCall(node);
      const predicate = node.predicate.name;
      return (facts, state, out, index) => {
        const { code, call, values } = run(facts, state);
        const read = call.reads.map((path, i) => ({ path, value: values[i] ?? null }));
        out[index] = { kind: 'predicate', outcome: OUTCOME_OF_CODE[code], rulePath, predicate, args: call.shownArgs, facts: read };
        return code;
      };
    }
  }
}

/**
 * Compiles a checked rule into a closure that evaluates it and stores its trace: a tree mirroring the
 * rule, each node with its outcome, id/description, and the values it read. Every node is evaluated (the
 * trace shows them all); comparisons reuse the specialised closures of `compileCheck`, so the outcome is
 * the one `compileCheck` gives.
 */
export function compileTrace(node: CheckedRule, shared: CompileShared): TraceCheck {
  return labelled(node, compileUnlabelledTrace(node, shared));
}
