import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  getISOWeek,
  getISOWeekYear,
  startOfISOWeek,
} from 'date-fns';
import { z } from 'zod';
import { AcceleratorUsageError, type CoreError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A calendar date as an ISO 8601 string, `YYYY-MM-DD` (no time, no zone): a date of birth, a
 * competition day, the `asOf` of a decision. Compare two with {@link compareDates}; the string order
 * is also the date order.
 *
 * @category Dates
 */
export type CalendarDate = string;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A Date whose calendar fields are read and written in UTC (the pattern of `@date-fns/utc`'s `UTCDate`):
 * date-fns builds its results with `new date.constructor(…)` and reads them through these methods, so
 * every calendar computation runs in UTC and gives the same answer on every machine. On local time it
 * would not: a zone may skip a whole day (Pacific/Apia has no 2011-12-30) or jump at midnight.
 */
class UtcDate extends Date {
  override getFullYear(): number { return this.getUTCFullYear(); }
  override getMonth(): number { return this.getUTCMonth(); }
  override getDate(): number { return this.getUTCDate(); }
  override getDay(): number { return this.getUTCDay(); }
  override getHours(): number { return this.getUTCHours(); }
  override getMinutes(): number { return this.getUTCMinutes(); }
  override getSeconds(): number { return this.getUTCSeconds(); }
  override getMilliseconds(): number { return this.getUTCMilliseconds(); }
  override getTimezoneOffset(): number { return 0; }
  override setFullYear(...args: Parameters<Date['setUTCFullYear']>): number { return this.setUTCFullYear(...args); }
  override setMonth(...args: Parameters<Date['setUTCMonth']>): number { return this.setUTCMonth(...args); }
  override setDate(...args: Parameters<Date['setUTCDate']>): number { return this.setUTCDate(...args); }
  override setHours(...args: Parameters<Date['setUTCHours']>): number { return this.setUTCHours(...args); }
  override setMinutes(...args: Parameters<Date['setUTCMinutes']>): number { return this.setUTCMinutes(...args); }
  override setSeconds(...args: Parameters<Date['setUTCSeconds']>): number { return this.setUTCSeconds(...args); }
  override setMilliseconds(...args: Parameters<Date['setUTCMilliseconds']>): number { return this.setUTCMilliseconds(...args); }
}

/** Calendar arithmetic is done on noon UTC of the date, through {@link UtcDate}. */
function toDate(date: CalendarDate): Date {
  const match = DATE.exec(date);
  if (match === null) return new UtcDate(Number.NaN);
  const [, year, month, day] = match;
  // Set year, month and day together: `Date.UTC(y, …)` reads years 0–99 as 1900–1999, and a 29 February
  // built in 1900 (a common year) would roll over to 1 March before the year could be corrected.
  const value = new UtcDate(Date.UTC(2000, 0, 1, 12));
  value.setFullYear(Number(year), Number(month) - 1, Number(day));
  return value;
}

/**
 * The date behind a calendar date given to an arithmetic function. A string that is not a real
 * `YYYY-MM-DD` date is a programmer error (data from outside goes through {@link parseCalendarDate}):
 * it throws an {@link AcceleratorUsageError} rather than rolling `2026-02-30` over to March.
 */
function dateOf(date: CalendarDate): Date {
  if (!isCalendarDate(date)) {
    throw new AcceleratorUsageError({ code: 'invalid-input', message: `${describe(date)} is not a calendar date written YYYY-MM-DD.` });
  }
  return toDate(date);
}

/**
 * Writes a date's calendar fields (read in UTC) as `YYYY-MM-DD`. Done by hand rather than with date-fns'
 * `format`, which costs tens of microseconds a call: dates are read and written on every parse.
 */
function fromDate(value: Date): CalendarDate {
  const year = value.getUTCFullYear();
  const month = value.getUTCMonth() + 1;
  const day = value.getUTCDate();
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Gregorian leap years (proleptic, as ISO 8601 counts them). */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Whether a value is a real calendar date written `YYYY-MM-DD` (`"2026-02-30"` is not).
 *
 * @category Dates
 * @example
 * isCalendarDate('2028-02-29') //=> true
 * isCalendarDate('2026-02-29') //=> false
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  let year = 0;
  for (let index = 0; index < 4; index++) {
    const digit = digitAt(value, index);
    if (digit < 0) return false;
    year = year * 10 + digit;
  }
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((m0 | m1 | d0 | d1) < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] as number);
  return day <= days;
}

const HYPHEN = 45;

/** The digit at a position of a string, or -1. */
function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/**
 * The zod schema of a calendar date: a string `YYYY-MM-DD` naming a day that exists.
 *
 * @category Dates
 */
export const CalendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'Expected a calendar date written YYYY-MM-DD, such as "2026-03-01".' })
  .describe('A calendar date, YYYY-MM-DD.');

/**
 * Reads a calendar date from untrusted input.
 *
 * @category Dates
 * @example
 * parseCalendarDate('2026-03-01') //=> { ok: true, value: '2026-03-01' }
 * parseCalendarDate('01/03/2026').ok //=> false (code 'invalid-input')
 */
export function parseCalendarDate(input: unknown): Result<CalendarDate, CoreError> {
  if (isCalendarDate(input)) return ok(input);
  const message = `Expected a calendar date written YYYY-MM-DD, got ${describe(input)}.`;
  return err({ code: 'invalid-input', message, path: [], issues: [{ path: [], message }] });
}

function describe(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return input === null ? 'null' : typeof input;
}

/**
 * `-1`, `0` or `1` as date `a` is before, the same as or after date `b`.
 *
 * @category Dates
 * @example
 * compareDates('2026-03-01', '2026-12-31') //=> -1
 */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The date `days` days later (earlier when negative).
 *
 * @category Dates
 * @example
 * addDays('2028-02-28', 1) //=> '2028-02-29'
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDate(addDaysToDate(dateOf(date), days));
}

/**
 * The date `weeks` weeks later (earlier when negative).
 *
 * @category Dates
 * @example
 * addWeeks('2026-03-02', 2) //=> '2026-03-16'
 */
export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/**
 * The date `months` months later, clamped to the end of a shorter month.
 *
 * @category Dates
 * @example
 * addMonths('2026-01-31', 1) //=> '2026-02-28'
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  return fromDate(addMonthsToDate(dateOf(date), months));
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @category Dates
 * @example
 * daysBetween('2026-03-01', '2026-03-31') //=> 30
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round(dateOf(to).getTime() / 86_400_000) - Math.round(dateOf(from).getTime() / 86_400_000);
}


/**
 * Full years from `from` to `to`: an age on a date, the years since retirement. A person born on
 * 29 February turns a year older on 1 March in common years.
 *
 * @category Dates
 * @example
 * fullYearsBetween('1996-07-20', '2026-07-19') //=> 29
 * fullYearsBetween('1996-07-20', '2026-07-20') //=> 30
 */
export function fullYearsBetween(from: CalendarDate, to: CalendarDate): number {
  dateOf(from);
  dateOf(to);
  // Compare the month-day parts as strings: a birthday on 29 February comes on 1 March in common years.
  let years = Number(to.slice(0, 4)) - Number(from.slice(0, 4));
  const fromDay = from.slice(5);
  const toDay = to.slice(5);
  if (years > 0 && toDay < fromDay) years -= 1;
  else if (years < 0 && toDay > fromDay) years += 1;
  return years;
}

/**
 * An ISO 8601 week: the week-numbering year and the week (1–53), weeks starting on Monday.
 *
 * @category Dates
 */
export interface IsoWeek {
  readonly year: number;
  readonly week: number;
}

/**
 * The ISO week a date falls in (1 January may belong to the last week of the year before).
 *
 * @category Dates
 * @example
 * isoWeekOf('2027-01-01') //=> { year: 2026, week: 53 }
 */
export function isoWeekOf(date: CalendarDate): IsoWeek {
  const value = dateOf(date);
  return { year: getISOWeekYear(value), week: getISOWeek(value) };
}

/**
 * The Monday that starts the ISO week of a date.
 *
 * @category Dates
 * @example
 * startOfIsoWeek('2026-03-05') //=> '2026-03-02'
 */
export function startOfIsoWeek(date: CalendarDate): CalendarDate {
  return fromDate(startOfISOWeek(dateOf(date)));
}

/**
 * A run of calendar days from `start` to `end`, both included.
 *
 * @category Dates
 */
export interface DateInterval {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * The zod schema of a {@link DateInterval}; `end` may not be before `start`.
 *
 * @category Dates
 */
export const DateIntervalSchema = z
  .object({ start: CalendarDateSchema, end: CalendarDateSchema })
  .refine((interval) => interval.start <= interval.end, { message: 'The end may not be before the start.', path: ['end'] });

/**
 * Whether `date` falls within the interval (both ends included).
 *
 * @category Dates
 * @example
 * isWithinInterval('2026-07-31', { start: '2026-07-24', end: '2026-08-09' }) //=> true
 */
export function isWithinInterval(date: CalendarDate, interval: DateInterval): boolean {
  return interval.start <= date && date <= interval.end;
}

/**
 * Whether two intervals share at least one day.
 *
 * @category Dates
 * @example
 * intervalsOverlap({ start: '2026-01-01', end: '2026-01-07' }, { start: '2026-01-07', end: '2026-01-10' }) //=> true
 */
export function intervalsOverlap(a: DateInterval, b: DateInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}
