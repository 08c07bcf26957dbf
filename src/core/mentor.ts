import { z } from 'zod';
import { CountryCodeSchema, ExtensionsSchema, LanguageCodeSchema } from './athlete.js';
import { competencyLevelsSchema } from './competencies.js';
import type { CoreError } from './errors.js';
import { AthleteIdSchema, KeySchema, MentorIdSchema } from './ids.js';
import { parseWith } from './parse.js';
import type { Result } from './result.js';
import { TimeZoneSchema } from './timeZone.js';

/**
 * Who mentors: a partner's senior `executive`, a member of one of its `global-team`s, or an
 * `ambassador` (a former athlete who became an entrepreneur).
 *
 * @category People
 */
export const MentorKindSchema = z.enum(['executive', 'global-team', 'ambassador']);
/** @category People */
export type MentorKind = z.infer<typeof MentorKindSchema>;

/**
 * The zod schema of a mentor.
 *
 * @category People
 */
export const MentorSchema = z.strictObject({
  id: MentorIdSchema,
  name: z.string().min(1).max(200),
  kind: MentorKindSchema,
  organisation: z.string().max(200).optional(),
  title: z.string().max(200).optional(),
  expertise: competencyLevelsSchema(1, 4).describe('Level of expertise per competency, 1 to 4.'),
  sectors: z.array(KeySchema).max(50).optional(),
  languages: z.array(LanguageCodeSchema).min(1).max(20),
  timeZone: TimeZoneSchema,
  country: CountryCodeSchema.optional(),
  sport: KeySchema.optional().describe('For ambassadors: the sport they competed in.'),
  capacity: z.number().int().min(0).max(1000).describe('How many athletes the mentor takes at most.'),
  conflicts: z.array(AthleteIdSchema).max(10_000).optional().describe('Athletes the mentor may not be paired with.'),
  extensions: ExtensionsSchema.optional(),
});

/** A mentor as the library holds it after validation. @category People */
export type Mentor = z.output<typeof MentorSchema>;
/** A mentor as plain JSON before validation. @category People */
export type MentorInput = z.input<typeof MentorSchema>;

/**
 * Validates a mentor from untrusted JSON.
 *
 * @category People
 * @example
 * parseMentor({ id: 'm-1', name: 'Li W.', kind: 'executive', expertise: { incoterms: 4 }, languages: ['zh', 'en'], timeZone: 'Asia/Shanghai', capacity: 3 }).ok //=> true
 */
export function parseMentor(input: unknown): Result<Mentor, CoreError> {
  return parseWith(MentorSchema, input, 'mentor');
}

/**
 * Validates a list of mentors; every problem's path starts with the mentor's index.
 *
 * @category People
 * @example
 * parseMentors([]) //=> { ok: true, value: [] }
 */
export function parseMentors(input: unknown): Result<Mentor[], CoreError> {
  return parseWith(z.array(MentorSchema), input, 'list of mentors');
}
