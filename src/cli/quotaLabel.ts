import type { Quota } from '../eligibility/index.js';

/** A quota in words: its label, or `region africa (min 8, max 20)`. */
export function quotaLabel(quota: Quota): string {
  if (quota.label !== undefined) return quota.label;
  const bounds = [quota.min === undefined ? undefined : `min ${quota.min}`, quota.max === undefined ? undefined : `max ${quota.max}`].filter((bound) => bound !== undefined);
  return `${quota.attribute} ${quota.value} (${bounds.join(', ')})`;
}
