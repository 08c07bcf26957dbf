import type { z } from 'zod';
import type { CoreError, Issue } from './errors.js';
import { err, ok, type Result } from './result.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

/** Finds `__proto__`/`constructor`/`prototype` keys and excessive nesting before a schema sees the value. */
function hostileKeys(input: unknown): Issue[] {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: input, path: [] }];
  let visited = 0;
  while (stack.length > 0 && issues.length < 100) {
    const { value, path } = stack.pop() as { value: unknown; path: (string | number)[] };
    if (value === null || typeof value !== 'object') continue;
    if (++visited > 1_000_000) {
      issues.push({ path: [], message: 'The input is too large (more than 1,000,000 objects).' });
      break;
    }
    if (path.length > MAX_DEPTH) {
      issues.push({ path, message: `The input nests deeper than ${MAX_DEPTH} levels.` });
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const child: unknown = value[index];
        // Only objects can hide keys: primitives are not pushed, so no path is built for them.
        if (child !== null && typeof child === 'object') stack.push({ value: child, path: [...path, index] });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (FORBIDDEN.has(key)) {
        issues.push({ path: [...path, key], message: `The key "${key}" is not allowed in data.` });
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object') stack.push({ value: child, path: [...path, key] });
    }
  }
  return issues;
}

/**
 * Validates untrusted input against a zod schema and returns a {@link Result}: the parsed value, or an
 * `invalid-input` error whose `issues` name the path and problem of every mismatch. It never throws:
 * keys that could reach `Object.prototype` (`__proto__`, `constructor`, `prototype`) and nesting deeper
 * than 64 levels are refused before the schema runs.
 *
 * @category Parsing
 * @example
 * parseWith(z.object({ seats: z.number() }), { seats: 'fifty' }, 'edition')
 * //=> { ok: false, error: { code: 'invalid-input', issues: [{ path: ['seats'], message: 'Invalid input: expected number, received string' }], … } }
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what: string): Result<z.output<S>, CoreError> {
  let parsed: ReturnType<S['safeParse']>;
  try {
    // Inside the try: reading an exotic input (a throwing getter, a revoked proxy) must not escape.
    const hostile = hostileKeys(input);
    if (hostile.length > 0) return invalid(what, hostile);
    parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (thrown) {
    return invalid(what, [{ path: [], message: `The input could not be read: ${thrown instanceof Error ? thrown.message : String(thrown)}` }]);
  }
  if (parsed.success) return ok(parsed.data as z.output<S>);
  return invalid(
    what,
    parsed.error.issues.map((issue) => ({
      path: issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key)),
      message: issue.message,
    })),
  );
}

function invalid(what: string, issues: Issue[]): Result<never, CoreError> {
  const count = issues.length === 1 ? 'one problem' : `${issues.length} problems`;
  return err({
    code: 'invalid-input',
    message: `The ${what} is not valid: ${count} (${issues.slice(0, 3).map(describeIssue).join('; ')}${issues.length > 3 ? '; …' : ''}).`,
    path: issues[0]?.path ?? [],
    issues,
  });
}

function describeIssue(issue: Issue): string {
  const where = issue.path.length === 0 ? 'the whole value' : issue.path.join('.');
  return `${where}: ${issue.message}`;
}
