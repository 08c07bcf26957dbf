import type { RuleTrace } from './trace.js';

/**
 * The absent facts that stand between an `unknown` outcome and a decision: those read by the `unknown`
 * nodes reached from the root through `unknown` nodes only, deduplicated, in document order. Empty when
 * the outcome is `pass` or `fail`. Where `missing` lists every absent fact the rule reads, this lists
 * only the ones worth asking an applicant for (supplying them may still leave the outcome `unknown` when
 * another absent fact is needed too). Needs the trace (evaluate without `trace: false`).
 *
 * @category Trace
 * @example
 * const rule = { any: [{ fact: 'athlete.status', op: '==', value: 'active' }, { fact: 'athlete.retiredOn', op: '>=', value: '2017-01-01' }] };
 * const active = evaluateRule(rule, { athlete: { status: 'active' } });
 * active.ok && [active.value.missing, missingToDecide(active.value.trace!)] //=> [['athlete.retiredOn'], []]
 * const unsure = evaluateRule(rule, { athlete: {} });
 * unsure.ok && missingToDecide(unsure.value.trace!) //=> ['athlete.status', 'athlete.retiredOn']
 */
export function missingToDecide(trace: RuleTrace): string[] {
  const found: string[] = [];
  const add = (path: string): void => {
    if (!found.includes(path)) found.push(path);
  };
  const visit = (node: RuleTrace): void => {
    if (node.outcome !== 'unknown') return;
    switch (node.kind) {
      case 'all':
      case 'any':
        for (const child of node.children) visit(child);
        return;
      case 'not':
        visit(node.child);
        return;
      case 'comparison':
        if (node.factValue === null) add(node.fact);
        if (node.valueFact !== undefined && node.value === null) add(node.valueFact);
        return;
      case 'predicate':
        for (const read of node.facts) if (read.value === null) add(read.path);
    }
  };
  visit(trace);
  return found;
}
