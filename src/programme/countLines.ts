import type { CountLine } from './cohortReport.js';

/** Counts values, most frequent first, ties in code-unit order of the value (deterministic). */
export function countLines(values: Iterable<string>): CountLine[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
