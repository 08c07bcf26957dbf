import { z } from 'zod';
import { CalendarDateSchema } from './calendarDate.js';
import { competencyLevelsSchema, CompetencyIdSchema } from './competencies.js';
import type { CoreError } from './errors.js';
import { isCalendarDate } from './calendarDate.js';
import { AthleteIdSchema, isSafeKey, KeySchema } from './ids.js';
import { MoneySchema } from './money.js';
import { parseWith } from './parse.js';
import { ok, type Result } from './result.js';
import { isTimeZone, TimeZoneSchema } from './timeZone.js';

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
  const fast = readPlainAthletes([input]);
  if (fast !== undefined) return ok(fast[0] as Athlete);
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
  if (Array.isArray(input)) {
    const fast = readPlainAthletes(input);
    if (fast !== undefined) return ok(fast);
  }
  return parseWith(AthleteListSchema, input, 'list of athletes');
}

const AthleteListSchema = z.array(AthleteSchema);

// The fast path. Validating with zod costs about 25 µs an athlete, most of it in generic machinery
// (issue collection, a closure per check, a walk for hostile keys before the schema runs). The reader
// below accepts only what it is certain {@link AthleteSchema} accepts — plain JSON-like objects, no
// key with the value `undefined`, no key the schema does not know (so no `__proto__`, `constructor` or
// `prototype` either), no nesting that could reach the depth limit — and builds the same output, key
// for key and in the same order. Anything else, valid or not, returns `undefined` and goes through
// `parseWith` and zod, which report the problems exactly as before. The test in
// test/core/athleteFastPath.test.ts holds the two paths to the same answers.

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
const KEY = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const GENDERS = new Set(['female', 'male', 'non-binary', 'undisclosed']);
const CAREER_STAGES = new Set<string>(CareerStageSchema.options);
const COMPETITIONS = new Set<string>(CompetitionSchema.options);
const MEDALS = new Set(['gold', 'silver', 'bronze']);
const VENTURE_STAGES = new Set<string>(VentureStageSchema.options);
/** Objects an input may hold before {@link parseWith} refuses it as too large. */
const MAX_OBJECTS = 1_000_000;
/** How deep extensions may nest on the fast path; deeper ones go through zod and the depth check. */
const MAX_EXTENSION_DEPTH = 32;

/** Thrown inside the fast path to leave it (made once: no stack is captured per throw); never escapes {@link readPlainAthletes}. */
const NOT_PLAIN = new Error('Not plain athlete data: the schema decides.');

/** What the fast path counts and remembers while reading one input. */
interface Budget {
  objects: number;
  readonly keys: Map<string, boolean>;
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function plainRecord(value: unknown, budget: Budget): Record<string, unknown> {
  if (!isPlainRecord(value) || ++budget.objects > MAX_OBJECTS) throw NOT_PLAIN;
  return value;
}

/** Reads every element of a list, holes included (zod reads a hole as `undefined`, and so do the readers). */
function plainArray<T>(value: unknown, maxLength: number, budget: Budget, read: (element: unknown) => T): T[] {
  if (!Array.isArray(value) || value.length > maxLength || Object.getPrototypeOf(value) !== Array.prototype || ++budget.objects > MAX_OBJECTS) throw NOT_PLAIN;
  const list = value as unknown[];
  const output = new Array<T>(list.length);
  for (let index = 0; index < list.length; index++) output[index] = read(list[index]);
  return output;
}

function text(value: unknown, min: number, max: number): string {
  if (typeof value !== 'string' || value.length < min || value.length > max) throw NOT_PLAIN;
  return value;
}

function matching(value: unknown, pattern: RegExp, max = Infinity): string {
  if (typeof value !== 'string' || value.length > max || !pattern.test(value)) throw NOT_PLAIN;
  return value;
}

/** Whether a key name is well formed (the same key recurs across athletes: checked once a call). */
function isKey(name: string, budget: Budget): boolean {
  const known = budget.keys.get(name);
  if (known !== undefined) return known;
  const good = name.length >= 1 && name.length <= 64 && KEY.test(name) && isSafeKey(name);
  budget.keys.set(name, good);
  return good;
}

function key(value: unknown, budget: Budget): string {
  if (typeof value !== 'string' || !isKey(value, budget)) throw NOT_PLAIN;
  return value;
}

function oneOf(value: unknown, allowed: ReadonlySet<string>): string {
  if (typeof value !== 'string' || !allowed.has(value)) throw NOT_PLAIN;
  return value;
}

function whole(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) throw NOT_PLAIN;
  return value;
}

function date(value: unknown): string {
  if (!isCalendarDate(value)) throw NOT_PLAIN;
  return value;
}

function keys(value: unknown, budget: Budget): unknown[] {
  return plainArray(value, 50, budget, (item) => key(item, budget));
}

function readParticipation(input: unknown, budget: Budget): Participation {
  const record = plainRecord(input, budget);
  let event: string | undefined;
  let year: number | undefined;
  let medal: string | undefined;
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (value === undefined) throw NOT_PLAIN;
    if (name === 'event') event = oneOf(value, COMPETITIONS);
    else if (name === 'year') year = whole(value, 1896, 2100);
    else if (name === 'medal') medal = oneOf(value, MEDALS);
    else throw NOT_PLAIN;
  }
  if (event === undefined || year === undefined) throw NOT_PLAIN;
  const output: Record<string, unknown> = { event, year };
  if (medal !== undefined) output.medal = medal;
  return output as Participation;
}

function readBlackout(input: unknown, budget: Budget): unknown {
  const record = plainRecord(input, budget);
  let start: string | undefined;
  let end: string | undefined;
  let reason: string | undefined;
  for (const name of Object.keys(record)) {
    const value = record[name];
    if (value === undefined) throw NOT_PLAIN;
    if (name === 'start') start = date(value);
    else if (name === 'end') end = date(value);
    else if (name === 'reason') reason = text(value, 0, 200);
    else throw NOT_PLAIN;
  }
  if (start === undefined || end === undefined || !(start <= end)) throw NOT_PLAIN;
  const output: Record<string, unknown> = { start, end };
  if (reason !== undefined) output.reason = reason;
  return output;
}

function readVenture(input: unknown, budget: Budget): Venture {
  const record = plainRecord(input, budget);
  let stage: unknown, name: unknown, sector: unknown, foundedOn: unknown, employees: unknown, annualRevenue: unknown, exportMarkets: unknown, hasBusinessPlan: unknown;
  for (const field of Object.keys(record)) {
    const value = record[field];
    if (value === undefined) throw NOT_PLAIN;
    switch (field) {
      case 'stage':
        stage = oneOf(value, VENTURE_STAGES);
        break;
      case 'name':
        name = text(value, 1, 200);
        break;
      case 'sector':
        sector = key(value, budget);
        break;
      case 'foundedOn':
        foundedOn = date(value);
        break;
      case 'employees':
        employees = whole(value, 0, Number.MAX_SAFE_INTEGER);
        break;
      case 'annualRevenue': {
        // Small: Money's own schema, exactly as inside the athlete's schema.
        plainRecord(value, budget);
        const money = MoneySchema.safeParse(value);
        if (!money.success) throw NOT_PLAIN;
        annualRevenue = money.data;
        break;
      }
      case 'exportMarkets':
        exportMarkets = plainArray(value, Infinity, budget, (country) => matching(country, COUNTRY));
        break;
      case 'hasBusinessPlan':
        if (typeof value !== 'boolean') throw NOT_PLAIN;
        hasBusinessPlan = value;
        break;
      default:
        throw NOT_PLAIN;
    }
  }
  if (stage === undefined) throw NOT_PLAIN;
  // The schema's key order (VentureSchema's shape).
  const output: Record<string, unknown> = { stage };
  if (name !== undefined) output.name = name;
  if (sector !== undefined) output.sector = sector;
  if (foundedOn !== undefined) output.foundedOn = foundedOn;
  if (employees !== undefined) output.employees = employees;
  if (annualRevenue !== undefined) output.annualRevenue = annualRevenue;
  if (exportMarkets !== undefined) output.exportMarkets = exportMarkets;
  if (hasBusinessPlan !== undefined) output.hasBusinessPlan = hasBusinessPlan;
  return output as Venture;
}

function readSkills(input: unknown, budget: Budget): Record<string, number> {
  const record = plainRecord(input, budget);
  for (const name of Object.keys(record)) {
    if (!isKey(name, budget)) throw NOT_PLAIN;
    whole(record[name], 0, 4);
  }
  return { ...record } as Record<string, number>;
}

/** Extensions are free JSON: checked for hostile keys and depth here, then parsed by their own schema. */
function readExtensions(input: unknown, budget: Budget): unknown {
  const stack: { value: unknown; depth: number }[] = [{ value: input, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_EXTENSION_DEPTH || ++budget.objects > MAX_OBJECTS) throw NOT_PLAIN;
    if (Array.isArray(value)) {
      for (const child of value as unknown[]) stack.push({ value: child, depth: depth + 1 });
      continue;
    }
    if (!isPlainRecord(value)) throw NOT_PLAIN;
    for (const name of Object.keys(value)) {
      if (!isSafeKey(name) || name === '__proto__') throw NOT_PLAIN;
      stack.push({ value: value[name], depth: depth + 1 });
    }
  }
  const parsed = ExtensionsSchema.safeParse(input);
  if (!parsed.success) throw NOT_PLAIN;
  return parsed.data;
}

function readAthlete(input: unknown, budget: Budget): Athlete {
  const record = plainRecord(input, budget);
  let id: unknown, name: unknown, sport: unknown, discipline: unknown, gender: unknown, para: unknown, country: unknown, languages: unknown;
  let timeZone: unknown, dateOfBirth: unknown, careerStage: unknown, retiredOn: unknown, participations: unknown, venture: unknown, skills: unknown;
  let goals: unknown, interests: unknown, availabilityHoursPerWeek: unknown, blackouts: unknown, motivation: unknown, appliedOn: unknown, extensions: unknown;
  for (const field of Object.keys(record)) {
    const value = record[field];
    if (value === undefined) throw NOT_PLAIN;
    switch (field) {
      case 'id':
        id = matching(value, ID, 128);
        if (!isSafeKey(id as string)) throw NOT_PLAIN;
        break;
      case 'name':
        name = text(value, 1, 200);
        break;
      case 'sport':
        sport = key(value, budget);
        break;
      case 'discipline':
        discipline = text(value, 0, 100);
        break;
      case 'gender':
        gender = oneOf(value, GENDERS);
        break;
      case 'para':
        if (typeof value !== 'boolean') throw NOT_PLAIN;
        para = value;
        break;
      case 'country':
        country = matching(value, COUNTRY);
        break;
      case 'languages':
        languages = plainArray(value, 20, budget, (language) => matching(language, LANGUAGE));
        break;
      case 'timeZone':
        if (!isTimeZone(value)) throw NOT_PLAIN;
        timeZone = value;
        break;
      case 'dateOfBirth':
        dateOfBirth = date(value);
        break;
      case 'careerStage':
        careerStage = oneOf(value, CAREER_STAGES);
        break;
      case 'retiredOn':
        retiredOn = date(value);
        break;
      case 'participations':
        participations = plainArray(value, 200, budget, (participation) => readParticipation(participation, budget));
        break;
      case 'venture':
        venture = readVenture(value, budget);
        break;
      case 'skills':
        skills = readSkills(value, budget);
        break;
      case 'goals':
        goals = keys(value, budget);
        break;
      case 'interests':
        interests = keys(value, budget);
        break;
      case 'availabilityHoursPerWeek':
        if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 100) throw NOT_PLAIN;
        availabilityHoursPerWeek = value;
        break;
      case 'blackouts':
        blackouts = plainArray(value, 100, budget, (blackout) => readBlackout(blackout, budget));
        break;
      case 'motivation':
        motivation = whole(value, 1, 5);
        break;
      case 'appliedOn':
        appliedOn = date(value);
        break;
      case 'extensions':
        extensions = readExtensions(value, budget);
        break;
      default:
        throw NOT_PLAIN;
    }
  }
  if (id === undefined || name === undefined || sport === undefined || country === undefined || languages === undefined) throw NOT_PLAIN;
  // The schema's key order (AthleteSchema's shape), as zod builds its output.
  const output: Record<string, unknown> = { id, name, sport };
  if (discipline !== undefined) output.discipline = discipline;
  if (gender !== undefined) output.gender = gender;
  if (para !== undefined) output.para = para;
  output.country = country;
  output.languages = languages;
  if (timeZone !== undefined) output.timeZone = timeZone;
  if (dateOfBirth !== undefined) output.dateOfBirth = dateOfBirth;
  if (careerStage !== undefined) output.careerStage = careerStage;
  if (retiredOn !== undefined) output.retiredOn = retiredOn;
  if (participations !== undefined) output.participations = participations;
  if (venture !== undefined) output.venture = venture;
  if (skills !== undefined) output.skills = skills;
  if (goals !== undefined) output.goals = goals;
  if (interests !== undefined) output.interests = interests;
  if (availabilityHoursPerWeek !== undefined) output.availabilityHoursPerWeek = availabilityHoursPerWeek;
  if (blackouts !== undefined) output.blackouts = blackouts;
  if (motivation !== undefined) output.motivation = motivation;
  if (appliedOn !== undefined) output.appliedOn = appliedOn;
  if (extensions !== undefined) output.extensions = extensions;
  return output as Athlete;
}

/**
 * The athletes {@link AthleteSchema} would give for `inputs` when each is plain JSON that the schema
 * certainly accepts; `undefined` when any is not (the caller then goes through zod for the report).
 */
function readPlainAthletes(inputs: readonly unknown[]): Athlete[] | undefined {
  // An enumerable key on Object.prototype would be an unknown key of every object to zod: let zod say so.
  if (Object.keys(Object.prototype).length > 0) return undefined;
  const budget: Budget = { objects: 1, keys: new Map() };
  try {
    if (Object.getPrototypeOf(inputs) !== Array.prototype) return undefined;
    const output: Athlete[] = new Array<Athlete>(inputs.length);
    for (let index = 0; index < inputs.length; index++) output[index] = readAthlete(inputs[index], budget);
    return output;
  } catch {
    // Not plain (or an exotic value threw while being read): the careful path decides and explains.
    return undefined;
  }
}
