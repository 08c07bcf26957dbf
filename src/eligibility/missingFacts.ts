import type { CheckedRule } from './checkRule.js';
import type { CompileShared } from './compileCheck.js';
import type { FactReader } from './factReader.js';
import type { CompiledPredicateCall } from './predicateCall.js';

/** One source of `missing`, in document order: a comparison's fact path, or a predicate's reads. */
export type MissingSource =
  | { readonly kind: 'path'; readonly slot: number; readonly path: string }
  | { readonly kind: 'predicate'; readonly call: CompiledPredicateCall };

/**
 * The sources of `missing` in document order: every comparison other than `exists` reports its fact (and
 * its `{ fact }` value) when absent; every predicate reports the facts it reads that are absent.
 */
export function missingSources(node: CheckedRule, shared: CompileShared, seen: Set<string>, sources: MissingSource[]): MissingSource[] {
  switch (node.kind) {
    case 'all':
    case 'any':
      for (const child of node.children) missingSources(child, shared, seen, sources);
      break;
    case 'not':
      missingSources(node.child, shared, seen, sources);
      break;
    case 'comparison': {
      if (node.op === 'exists') break;
      const paths = node.value.kind === 'fact' ? [node.fact, node.value.path] : [node.fact];
      for (const path of paths) {
        if (seen.has(path)) continue;
        seen.add(path);
        sources.push({ kind: 'path', slot: shared.plan.slotOf(path), path });
      }
      break;
    }
    case 'predicate':
      sources.push({ kind: 'predicate', call: shared.predicateCall(node) });
      break;
  }
  return sources;
}

/** Lists the absent facts of one evaluation (undefined when none), deduplicated, in document order. */
export function findMissing(
  sources: readonly MissingSource[],
  values: readonly unknown[],
  facts: unknown,
  params: Readonly<Record<string, unknown>>,
): string[] | undefined {
  let missing: string[] | undefined;
  for (const source of sources) {
    if (source.kind === 'path') {
      const value = values[source.slot];
      if (value !== undefined && value !== null) continue;
      if (missing === undefined) missing = [source.path];
      else if (!missing.includes(source.path)) missing.push(source.path);
      continue;
    }
    const { reads, readers } = source.call.prepare(params);
    for (let i = 0; i < readers.length; i += 1) {
      const value = (readers[i] as FactReader)(facts);
      if (value !== undefined && value !== null) continue;
      const path = reads[i] as string;
      if (missing === undefined) missing = [path];
      else if (!missing.includes(path)) missing.push(path);
    }
  }
  return missing;
}

