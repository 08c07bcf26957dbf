import { z } from 'zod';
import { REGION_NAMES, REGIONS } from '../regions.js';
import type { PredicateDefinition } from '../registry.js';
import { FactPathSchema } from '../ruleSchema.js';

/**
 * The zod schema of the `countryIn` predicate's `args`.
 *
 * @category Predicates
 */
export const CountryInArgsSchema = z
  .strictObject({
    countries: z
      .array(z.string().regex(/^[A-Z]{2}$/, { error: 'a country is a two-letter ISO 3166-1 code in upper case' }))
      .optional(),
    regions: z.array(z.enum(REGION_NAMES)).optional(),
    fact: FactPathSchema.default('athlete.country'),
  })
  .refine((args) => (args.countries?.length ?? 0) + (args.regions?.length ?? 0) > 0, {
    error: 'give at least one country or region',
  })
  .transform((args) => {
    const countrySet = new Set<string>(args.countries);
    for (const region of args.regions ?? []) for (const code of REGIONS[region]) countrySet.add(code);
    return { ...args, countrySet };
  });

/**
 * `countryIn { countries?, regions?, fact? }`: passes when the country at `fact` (default
 * `athlete.country`, an ISO 3166-1 alpha-2 code, compared ignoring case) is one of `countries` or belongs
 * to one of the named `regions` (see {@link REGIONS}). Unknown when the country is absent; fails when it is
 * not a string or not listed.
 *
 * @category Predicates
 * @example
 * evaluateRule({ predicate: 'countryIn', args: { regions: ['africa'], countries: ['JM'] } }, { athlete: { country: 'ke' } })
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: … } }
 */
export const countryIn: PredicateDefinition<typeof CountryInArgsSchema> = {
  args: CountryInArgsSchema,
  reads: (args) => [args.fact],
  description: 'The athlete represents one of the given countries, or a country of one of the given regions.',
  evaluate: ({ countrySet }, [country]) => {
    if (country === undefined) return 'unknown';
    return typeof country === 'string' && countrySet.has(country.toUpperCase()) ? 'pass' : 'fail';
  },
};
