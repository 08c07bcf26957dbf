import type { Issue, Path } from '../core/index.js';
import { messages } from './errors.js';

/**
 * Reads an options bag from outside: `undefined` or an object. Returns the record to read flags from,
 * or `undefined` (with an issue) when it is something else.
 * @internal
 */
export function readOptions(options: unknown, issues: Issue[]): Readonly<Record<string, unknown>> | undefined {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    issues.push({ path: ['options'], message: messages.notAnObject('options to be an object') });
    return undefined;
  }
  return options as Readonly<Record<string, unknown>>;
}

/** Reads an optional boolean flag; reports an issue and returns the fallback when it is not a boolean. @internal */
export function readFlag(
  record: Readonly<Record<string, unknown>>,
  name: string,
  fallback: boolean,
  issues: Issue[],
  base: Path = ['options'],
): boolean {
  const value = record[name];
  if (value === undefined) return fallback;
  if (typeof value === 'boolean') return value;
  issues.push({ path: [...base, name], message: messages.badOption(name, 'true or false') });
  return fallback;
}

/** Reads an optional number (NaN refused; infinities allowed); reports an issue when it is not one. @internal */
export function readNumber(
  record: Readonly<Record<string, unknown>>,
  name: string,
  issues: Issue[],
  base: Path = ['options'],
): number | undefined {
  const value = record[name];
  if (value === undefined) return undefined;
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  issues.push({ path: [...base, name], message: messages.badOption(name, 'a number') });
  return undefined;
}
