import { z } from 'zod';
import { fullYearsBetween, isCalendarDate } from '../../core/index.js';
import type { PredicateDefinition } from '../registry.js';
import { FactPathSchema } from '../ruleSchema.js';

/**
 * The zod schema of the `ageBetween` predicate's `args`.
 *
 * @category Predicates
 */
export const AgeBetweenArgsSchema = z
  .strictObject({
    min: z.int().min(0).optional(),
    max: z.int().min(0).optional(),
    fact: FactPathSchema.default('athlete.dateOfBirth'),
  })
  .refine((args) => args.min !== undefined || args.max !== undefined, {
    error: 'give min, max or both',
  })
  .refine((args) => args.min === undefined || args.max === undefined || args.min <= args.max, {
    error: 'min cannot be greater than max',
    path: ['max'],
  });

/**
 * `ageBetween { min?, max?, fact? }`: passes when the athlete's age in full years on `asOf` is at least
 * `min` and at most `max` (either may be left out). The age comes from the date of birth at `fact`
 * (default `athlete.dateOfBirth`, a `YYYY-MM-DD` string; someone born on 29 February turns a year older on
 * 1 March in common years). Unknown when the date of birth is absent; fails when it is not a calendar date.
 * Needs `options.asOf`.
 *
 * @category Predicates
 * @example
 * evaluateRule({ predicate: 'ageBetween', args: { min: 18, max: 35 } }, { athlete: { dateOfBirth: '2000-06-15' } }, { asOf: '2025-01-01' })
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: … } }
 */
export const ageBetween: PredicateDefinition<typeof AgeBetweenArgsSchema> = {
  args: AgeBetweenArgsSchema,
  reads: (args) => [args.fact],
  usesAsOf: true,
  description: 'The athlete is between min and max years old (inclusive) on the evaluation date.',
  evaluate: ({ min, max }, [dateOfBirth], { asOf }) => {
    if (dateOfBirth === undefined || asOf === undefined) return 'unknown';
    if (!isCalendarDate(dateOfBirth)) return 'fail';
    const age = fullYearsBetween(dateOfBirth, asOf);
    return (min === undefined || age >= min) && (max === undefined || age <= max) ? 'pass' : 'fail';
  },
};
