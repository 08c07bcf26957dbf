import { z } from 'zod';
import type { PredicateDefinition } from '../registry.js';
import { FactPathSchema } from '../ruleSchema.js';

/**
 * The zod schema of the `speaksAny` predicate's `args`.
 *
 * @category Predicates
 */
export const SpeaksAnyArgsSchema = z
  .strictObject({
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, { error: 'a language is a two-letter ISO 639-1 code in lower case' }))
      .min(1),
    fact: FactPathSchema.default('athlete.languages'),
  })
  .transform((args) => ({ ...args, languageSet: new Set<string>(args.languages) }));

/** The ISO 639-1 part of a language tag: `'en-GB'` → `'en'`, `'FR'` → `'fr'`. */
function primaryLanguage(tag: string): string {
  const cut = tag.search(/[-_]/);
  return (cut === -1 ? tag : tag.slice(0, cut)).toLowerCase();
}

/**
 * `speaksAny { languages, fact? }`: passes when the languages at `fact` (default `athlete.languages`, an
 * array of language tags) include one of `languages` (ISO 639-1 codes). Tags are compared by their primary
 * part, ignoring case: `'en-GB'` and `'EN'` both count as `'en'`. Unknown when the languages are absent;
 * fails when they are not an array or none matches.
 *
 * @category Predicates
 * @example
 * evaluateRule({ predicate: 'speaksAny', args: { languages: ['en', 'fr'] } }, { athlete: { languages: ['sw', 'en-KE'] } })
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: … } }
 */
export const speaksAny: PredicateDefinition<typeof SpeaksAnyArgsSchema> = {
  args: SpeaksAnyArgsSchema,
  reads: (args) => [args.fact],
  description: 'The athlete speaks at least one of the given languages.',
  evaluate: ({ languageSet }, [languages]) => {
    if (languages === undefined) return 'unknown';
    if (!Array.isArray(languages)) return 'fail';
    for (const tag of languages as readonly unknown[]) {
      if (typeof tag === 'string' && languageSet.has(primaryLanguage(tag))) return 'pass';
    }
    return 'fail';
  },
};
