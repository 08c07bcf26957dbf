import type { z } from 'zod';
import { parseWith, type Issue } from '../core/index.js';

/** A parsed input, or every problem found with its path. @internal */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * core's `parseWith` (schema check with hostile-key refusal), made total: an input that throws while it
 * is read (a throwing getter, a revoked proxy) is a problem at the root, never an exception. (core's
 * hostile-key scan reads every value before its own try/catch; reported as a core issue.)
 * @internal
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): Parsed<z.output<S>> {
  try {
    const parsed = parseWith(schema, input, what);
    if (parsed.ok) return { ok: true, value: parsed.value };
    return { ok: false, issues: parsed.error.issues ?? [{ path: parsed.error.path ?? [], message: parsed.error.message }] };
  } catch (thrown) {
    return { ok: false, issues: [{ path: [], message: `The ${what} could not be read: ${thrown instanceof Error ? thrown.message : String(thrown)}` }] };
  }
}
