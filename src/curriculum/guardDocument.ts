import type { Path } from '../core/index.js';
import { curriculumIssue } from './errors.js';
import type { CurriculumIssue } from './errors.js';

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;
const MAX_OBJECTS = 1_000_000;
const MAX_ISSUES = 100;

/**
 * Refuses, before any schema reads a document, the keys that could reach `Object.prototype`
 * (`__proto__`, `constructor`, `prototype`), nesting deeper than 64 levels and more than 1,000,000
 * objects — the same rules as `parseWith` in core, in one pass that builds a path only for a problem
 * found (a catalogue of 10,000 modules holds some 200,000 values). @internal
 *
 * @category Curriculum
 * @example
 * guardDocument(JSON.parse('{"modules":[{"__proto__":{}}]}'))[0]?.path //=> ['modules', 0, '__proto__']
 */
export function guardDocument(input: unknown): CurriculumIssue[] {
  const issues: CurriculumIssue[] = [];
  // Parallel stacks: the value, the index of its parent entry in `keys`/`parents`, and its depth.
  const values: unknown[] = [input];
  const owners: number[] = [-1];
  const depths: number[] = [0];
  const keys: (string | number)[] = [];
  const parents: number[] = [];
  let objects = 0;
  const pathOf = (entry: number, last?: string | number): Path => {
    const path: (string | number)[] = last === undefined ? [] : [last];
    for (let at = entry; at >= 0; at = parents[at] as number) path.push(keys[at] as string | number);
    return path.reverse();
  };
  while (values.length > 0 && issues.length < MAX_ISSUES) {
    const value = values.pop();
    const owner = owners.pop() as number;
    const depth = depths.pop() as number;
    if (value === null || typeof value !== 'object') continue;
    if (++objects > MAX_OBJECTS) {
      issues.push(curriculumIssue('invalid-input', [], `The input is too large (more than ${MAX_OBJECTS.toLocaleString('en-US')} objects).`));
      break;
    }
    if (depth > MAX_DEPTH) {
      issues.push(curriculumIssue('invalid-input', pathOf(owner), `The input nests deeper than ${MAX_DEPTH} levels.`));
      continue;
    }
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        if (item === null || typeof item !== 'object') continue;
        keys.push(index);
        parents.push(owner);
        values.push(item);
        owners.push(keys.length - 1);
        depths.push(depth + 1);
      }
      continue;
    }
    const names = Object.keys(value);
    for (let index = names.length - 1; index >= 0; index--) {
      const name = names[index] as string;
      if (FORBIDDEN.has(name)) {
        issues.push(curriculumIssue('invalid-input', pathOf(owner, name), `The key "${name}" is not allowed in data.`));
        continue;
      }
      const item = (value as Record<string, unknown>)[name];
      if (item === null || typeof item !== 'object') continue;
      keys.push(name);
      parents.push(owner);
      values.push(item);
      owners.push(keys.length - 1);
      depths.push(depth + 1);
    }
  }
  return issues;
}
