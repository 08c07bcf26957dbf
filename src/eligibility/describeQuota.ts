import type { Quota } from './selectRecipients.js';

/**
 * A quota in words, as selection reasons, warnings and reports show it: its `label` when it has one,
 * otherwise the attribute, the value and the bounds.
 *
 * @category Selection
 * @example
 * describeQuota({ attribute: 'region', value: 'africa', min: 8, max: 20 }) //=> 'region africa (min 8, max 20)'
 * describeQuota({ attribute: 'para', value: 'yes', min: 5, label: 'Para-athletes' }) //=> 'Para-athletes'
 */
export function describeQuota(quota: Quota): string {
  if (quota.label !== undefined) return quota.label;
  const bounds = [quota.min === undefined ? undefined : `min ${String(quota.min)}`, quota.max === undefined ? undefined : `max ${String(quota.max)}`];
  return `${quota.attribute} ${quota.value} (${bounds.filter((bound) => bound !== undefined).join(', ')})`;
}
