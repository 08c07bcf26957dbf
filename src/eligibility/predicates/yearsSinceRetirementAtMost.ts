import { z } from 'zod';
import { fullYearsBetween, isCalendarDate } from '../../core/index.js';
import type { PredicateDefinition } from '../registry.js';
import { FactPathSchema } from '../ruleSchema.js';

/**
 * The zod schema of the `yearsSinceRetirementAtMost` predicate's `args`.
 *
 * @category Predicates
 */
export const YearsSinceRetirementArgsSchema = z.strictObject({
  years: z.int().min(0),
  fact: FactPathSchema.default('athlete.retiredOn'),
});

/**
 * `yearsSinceRetirementAtMost { years, fact? }`: passes when at most `years` full years have passed from
 * the retirement date at `fact` (default `athlete.retiredOn`, `YYYY-MM-DD`) to `asOf`; a retirement dated
 * after `asOf` passes too. Unknown when there is no retirement date (an active athlete: combine with
 * `any` to admit active athletes another way); fails when it is not a calendar date. Needs `options.asOf`.
 *
 * @category Predicates
 * @example
 * evaluateRule({ predicate: 'yearsSinceRetirementAtMost', args: { years: 8 } }, { athlete: { retiredOn: '2019-09-30' } }, { asOf: '2025-01-01' })
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: … } }
 */
export const yearsSinceRetirementAtMost: PredicateDefinition<typeof YearsSinceRetirementArgsSchema> = {
  args: YearsSinceRetirementArgsSchema,
  reads: (args) => [args.fact],
  usesAsOf: true,
  description: 'The athlete retired at most the given number of full years before the evaluation date.',
  evaluate: ({ years }, [retiredOn], { asOf }) => {
    if (retiredOn === undefined || asOf === undefined) return 'unknown';
    if (!isCalendarDate(retiredOn)) return 'fail';
    return fullYearsBetween(retiredOn, asOf) <= years ? 'pass' : 'fail';
  },
};
