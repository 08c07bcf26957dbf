import type { z } from 'zod';
import { parseWith, type Issue } from '../core/index.js';

/** A parsed input, or every problem found with its path. @internal */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * core's `parseWith` (schema check with hostile-key refusal; an input that throws while it is read is a
 * problem, never an exception) with its issues unwrapped for the ledger's per-transfer results.
 * @internal
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): Parsed<z.output<S>> {
  const parsed = parseWith(schema, input, what);
  if (parsed.ok) return { ok: true, value: parsed.value };
  return { ok: false, issues: parsed.error.issues ?? [{ path: parsed.error.path ?? [], message: parsed.error.message }] };
}
