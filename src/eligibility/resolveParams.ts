import type { CalendarDate, Edition, EditionInput } from '../core/index.js';

/**
 * The values of an edition's parameters in force on `asOf`: for each parameter, the entry with the
 * latest `from` date on or before `asOf` (like an OpenFisca parameter). A parameter with no entry in
 * force yet is left out, so a rule that uses it is refused with `unknown-parameter` rather than
 * evaluated against a guess.
 *
 * @category Editions
 * @example
 * resolveParams(fourthEdition, '2026-12-01').minimumHoursPerWeek //=> 4
 * resolveParams(fourthEdition, '2027-01-01').minimumHoursPerWeek //=> 5
 */
export function resolveParams(edition: Pick<Edition | EditionInput, 'parameters'>, asOf: CalendarDate): Record<string, unknown> {
  const values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [name, history] of Object.entries(edition.parameters)) {
    let inForce: { readonly from: string; readonly value: unknown } | undefined;
    for (const entry of history) {
      if (entry.from <= asOf && (inForce === undefined || entry.from > inForce.from)) inForce = entry;
    }
    if (inForce !== undefined) values[name] = inForce.value;
  }
  return values;
}
