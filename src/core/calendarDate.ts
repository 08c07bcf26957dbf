import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  differenceInYears,
  format,
  getISOWeek,
  getISOWeekYear,
  isValid,
  startOfISOWeek,
} from 'date-fns';
import { z } from 'zod';
import type { CoreError } from './errors.js';
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

/** Calendar arithmetic is done on local noon, far from any midnight daylight-saving jump. */
function toDate(date: CalendarDate): Date {
  const match = DATE.exec(date);
  if (match === null) return new Date(Number.NaN);
  const [, year, month, day] = match;
  const value = new Date(Number(year), Number(month) - 1, Number(day), 12);
  value.setFullYear(Number(year));
  return value;
}

function fromDate(value: Date): CalendarDate {
  return format(value, 'yyyy-MM-dd');
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
  if (typeof value !== 'string' || !DATE.test(value)) return false;
  const date = toDate(value);
  return isValid(date) && fromDate(date) === value;
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
  return fromDate(addDaysToDate(toDate(date), days));
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
  return fromDate(addMonthsToDate(toDate(date), months));
}

/**
 * The number of days from `from` to `to` (negative when `to` is earlier).
 *
 * @category Dates
 * @example
 * daysBetween('2026-03-01', '2026-03-31') //=> 30
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
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
  return differenceInYears(toDate(to), toDate(from));
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
  const value = toDate(date);
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
  return fromDate(startOfISOWeek(toDate(date)));
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
