export type { Result, Ok, Err } from './result.js';
export { ok, err, mapResult, mapError, andThen, unwrapOr, combine } from './result.js';
export type { Path, Issue, AcceleratorError, CoreErrorCode, CoreError } from './errors.js';
export { AcceleratorUsageError, formatPath } from './errors.js';
export type { Currency } from './currency.js';
export { CurrencyCodeSchema, findCurrency, registerCurrency } from './currency.js';
export type { Money, RoundingMode, FormatMoneyOptions } from './money.js';
export {
  money,
  MoneySchema,
  parseMoney,
  zero,
  add,
  subtract,
  multiply,
  negate,
  compare,
  equals,
  isZero,
  isNegative,
  isPositive,
  sumMoney,
  allocate,
  toMinorUnits,
  fromMinorUnits,
  formatMoney,
  moneyToJSON,
} from './money.js';
export type { CalendarDate, IsoWeek, DateInterval } from './calendarDate.js';
export {
  CalendarDateSchema,
  DateIntervalSchema,
  isCalendarDate,
  parseCalendarDate,
  compareDates,
  addDays,
  addWeeks,
  addMonths,
  daysBetween,
  fullYearsBetween,
  isoWeekOf,
  startOfIsoWeek,
  isWithinInterval,
  intervalsOverlap,
} from './calendarDate.js';
export { TimeZoneSchema, isTimeZone, utcOffsetMinutes } from './timeZone.js';
export type { AthleteId, MentorId, EditionId } from './ids.js';
export { IdSchema, AthleteIdSchema, MentorIdSchema, EditionIdSchema, KeySchema, isSafeKey } from './ids.js';
export type { TrackId } from './competencies.js';
export { TRACKS, STANDARD_COMPETENCIES, CompetencyIdSchema, CompetencyLevelSchema, competencyLevelsSchema } from './competencies.js';
export type { Athlete, AthleteInput, CareerStage, Competition, Participation, VentureStage, Venture } from './athlete.js';
export {
  AthleteSchema,
  CountryCodeSchema,
  LanguageCodeSchema,
  CareerStageSchema,
  CompetitionSchema,
  ParticipationSchema,
  VentureStageSchema,
  VentureSchema,
  BlackoutSchema,
  ExtensionsSchema,
  parseAthlete,
  parseAthletes,
} from './athlete.js';
export type { Mentor, MentorInput, MentorKind } from './mentor.js';
export { MentorSchema, MentorKindSchema, parseMentor, parseMentors } from './mentor.js';
export type { Edition, EditionInput, PackageTemplate } from './edition.js';
export {
  EditionSchema,
  PackageTemplateSchema,
  PackageComponentSchema,
  ComponentKindSchema,
  ParameterHistorySchema,
  BaselinesSchema,
  parseEdition,
} from './edition.js';
export { fourthEdition, fourthEditionPackage } from './fourthEdition.js';
export { parseWith } from './parse.js';
export { toJsonSchema, coreSchemas } from './jsonSchema.js';
export { seededRandom, hashString } from './random.js';
