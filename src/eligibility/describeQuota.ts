import type { Quota } from './selectRecipients.js';

/**
 * A quota in words, as selection reasons, warnings and reports show it: its `label` when it has one,
 * otherwise the attribute, the value and the bounds. It only formats: something that is not a quota
 * (an unchecked value from JSON) is described as best it can be, never thrown on.
 *
 * @category Selection
 * @example
 * describeQuota({ attribute: 'region', value: 'africa', min: 8, max: 20 }) //=> 'region africa (min 8, max 20)'
 * describeQuota({ attribute: 'para', value: 'yes', min: 5, label: 'Para-athletes' }) //=> 'Para-athletes'
 */
export function describeQuota(quota: Quota): string {
  const given: unknown = quota;
  if (typeof given !== 'object' || given === null) return `quota ${text(given)}`;
  const { label, attribute, value, min, max } = given as Partial<Record<keyof Quota, unknown>>;
  if (typeof label === 'string') return label;
  const bounds = [min === undefined ? undefined : `min ${text(min)}`, max === undefined ? undefined : `max ${text(max)}`];
  return `${text(attribute)} ${text(value)} (${bounds.filter((bound) => bound !== undefined).join(', ')})`;
}

/** A field as text: objects (not a quota's field types) as `[object]`. */
function text(value: unknown): string {
  if (typeof value === 'object' && value !== null) return '[object]';
  return typeof value === 'symbol' ? value.toString() : `${value as string | number | boolean | bigint | undefined | null}`;
}
