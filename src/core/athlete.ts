import { z } from 'zod';
import { CalendarDateSchema } from './calendarDate.js';
import { competencyLevelsSchema, CompetencyIdSchema } from './competencies.js';
import type { CoreError } from './errors.js';
import { AthleteIdSchema, KeySchema } from './ids.js';
import { MoneySchema } from './money.js';
import { parseWith } from './parse.js';
import type { Result } from './result.js';
import { TimeZoneSchema } from './timeZone.js';

/** An ISO 3166-1 alpha-2 country code, upper case (`"KE"`, `"BR"`). @category People */
export const CountryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 country code such as "KE".');

/** An ISO 639-1 (or 639-3) language code, lower case (`"en"`, `"pt"`). @category People */
export const LanguageCodeSchema = z.string().regex(/^[a-z]{2,3}$/, 'Expected an ISO 639 language code such as "en".');

/**
 * Where an athlete is in their career: still competing (`active`), competing while building a
 * business (`dual-career`), in the move out of sport (`transitioning`) or `retired`.
 *
 * @category People
 */
export const CareerStageSchema = z.enum(['active', 'dual-career', 'transitioning', 'retired']);
/** @category People */
export type CareerStage = z.infer<typeof CareerStageSchema>;

/** The kinds of competition that count as elite participation. @category People */
export const CompetitionSchema = z.enum([
  'olympic-games',
  'paralympic-games',
  'world-championships',
  'continental-championships',
  'youth-olympic-games',
  'national-championships',
]);
/** @category People */
export type Competition = z.infer<typeof CompetitionSchema>;

/** One appearance at a competition, with the medal won if any. @category People */
export const ParticipationSchema = z.strictObject({
  event: CompetitionSchema,
  year: z.number().int().min(1896).max(2100),
  medal: z.enum(['gold', 'silver', 'bronze']).optional(),
});
/** @category People */
export type Participation = z.infer<typeof ParticipationSchema>;

/**
 * How far a venture has come: an `idea`, a written `plan`, trading without revenue yet
 * (`pre-revenue`), with `revenue`, or already `exporting`.
 *
 * @category People
 */
export const VentureStageSchema = z.enum(['idea', 'plan', 'pre-revenue', 'revenue', 'exporting']);
/** @category People */
export type VentureStage = z.infer<typeof VentureStageSchema>;

/** The athlete's business idea or venture. @category People */
export const VentureSchema = z.strictObject({
  stage: VentureStageSchema,
  name: z.string().min(1).max(200).optional(),
  sector: KeySchema.optional().describe('The market sector, e.g. "sports-nutrition".'),
  foundedOn: CalendarDateSchema.optional(),
  employees: z.number().int().min(0).optional(),
  annualRevenue: MoneySchema.optional(),
  exportMarkets: z.array(CountryCodeSchema).optional(),
  hasBusinessPlan: z.boolean().optional(),
});
/** @category People */
export type Venture = z.infer<typeof VentureSchema>;

/** A period the athlete cannot study (a competition, a training camp). @category People */
export const BlackoutSchema = z
  .strictObject({ start: CalendarDateSchema, end: CalendarDateSchema, reason: z.string().max(200).optional() })
  .refine((blackout) => blackout.start <= blackout.end, { message: 'The end may not be before the start.', path: ['end'] });

/** JSON a partner attaches for their own use; the library carries it and never reads it. @category People */
export const ExtensionsSchema = z.record(KeySchema, z.json());

/**
 * The zod schema of an athlete's application. Everything but the id, name, sport, country and languages
 * is optional, because applications arrive incomplete: eligibility reports what is missing rather than
 * refusing the applicant.
 *
 * @category People
 */
export const AthleteSchema = z.strictObject({
  id: AthleteIdSchema,
  name: z.string().min(1).max(200),
  sport: KeySchema.describe('The sport, e.g. "athletics", "wheelchair-basketball".'),
  discipline: z.string().max(100).optional(),
  gender: z.enum(['female', 'male', 'non-binary', 'undisclosed']).optional(),
  para: z.boolean().optional().describe('A para-athlete.'),
  country: CountryCodeSchema,
  languages: z.array(LanguageCodeSchema).max(20),
  timeZone: TimeZoneSchema.optional(),
  dateOfBirth: CalendarDateSchema.optional(),
  careerStage: CareerStageSchema.optional(),
  retiredOn: CalendarDateSchema.optional(),
  participations: z.array(ParticipationSchema).max(200).optional(),
  venture: VentureSchema.optional(),
  skills: competencyLevelsSchema(0, 4).optional().describe('Self-assessed level per competency.'),
  goals: z.array(CompetencyIdSchema).max(50).optional().describe('Competencies the athlete wants to build.'),
  interests: z.array(KeySchema).max(50).optional().describe('Sectors and topics of interest.'),
  availabilityHoursPerWeek: z.number().min(0).max(100).optional(),
  blackouts: z.array(BlackoutSchema).max(100).optional(),
  motivation: z.number().int().min(1).max(5).optional().describe("The reviewers' motivation score, 1 to 5."),
  appliedOn: CalendarDateSchema.optional(),
  extensions: ExtensionsSchema.optional(),
});

/** An athlete as the library holds it after validation. @category People */
export type Athlete = z.output<typeof AthleteSchema>;
/** An athlete as plain JSON before validation (ids are plain strings). @category People */
export type AthleteInput = z.input<typeof AthleteSchema>;

/**
 * Validates an athlete from untrusted JSON.
 *
 * @category People
 * @example
 * parseAthlete({ id: 'a-1', name: 'Amina K.', sport: 'athletics', country: 'KE', languages: ['en', 'sw'] }).ok //=> true
 * parseAthlete({ id: 'a-1' }).ok //=> false (issues at name, sport, country, languages)
 */
export function parseAthlete(input: unknown): Result<Athlete, CoreError> {
  return parseWith(AthleteSchema, input, 'athlete');
}

/**
 * Validates a list of athletes; every problem's path starts with the athlete's index.
 *
 * @category People
 * @example
 * parseAthletes([{ id: 'a-1', name: 'Amina K.', sport: 'athletics', country: 'KE', languages: ['en'] }]).ok //=> true
 */
export function parseAthletes(input: unknown): Result<Athlete[], CoreError> {
  return parseWith(z.array(AthleteSchema), input, 'list of athletes');
}
