import { z } from 'zod';
import type { CalendarDate } from './calendarDate.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  const cached = formatters.get(timeZone);
  if (cached !== undefined) return cached;
  try {
    const formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, formatter);
    return formatter;
  } catch {
    return undefined;
  }
}

/**
 * Whether a string is an IANA time zone this runtime knows (`"Europe/Lausanne"` is not; `"Europe/Zurich"` is).
 *
 * @category Dates
 * @example
 * isTimeZone('Asia/Shanghai') //=> true
 * isTimeZone('Mars/Olympus') //=> false
 */
export function isTimeZone(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 64 && /^[A-Za-z0-9_+\-/]+$/.test(value) && formatterFor(value) !== undefined;
}

/**
 * The zod schema of an IANA time zone name such as `"America/Sao_Paulo"` or `"UTC"`.
 *
 * @category Dates
 */
export const TimeZoneSchema = z
  .string()
  .refine(isTimeZone, { message: 'Expected an IANA time zone such as "Europe/Paris".' })
  .describe('An IANA time zone, e.g. "Europe/Paris".');

/**
 * The offset from UTC, in minutes, of a time zone at noon UTC on a date (daylight saving included;
 * fractional for the historical offsets that had seconds, such as Liberia's −44.5 before 1972).
 * Returns `undefined` for a zone the runtime does not know.
 *
 * @category Dates
 * @example
 * utcOffsetMinutes('Asia/Kolkata', '2026-01-15') //=> 330
 * utcOffsetMinutes('Europe/Paris', '2026-07-01') //=> 120
 */
export function utcOffsetMinutes(timeZone: string, date: CalendarDate): number | undefined {
  // Asking the runtime costs microseconds (formatting and a regular expression); callers such as
  // mentor matching ask for the same few zones and dates thousands of times.
  const key = `${timeZone}\u0000${date}`;
  if (offsets.has(key)) return offsets.get(key);
  const offset = computeOffsetMinutes(timeZone, date);
  if (offsets.size >= MAX_REMEMBERED_OFFSETS) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** Offsets already computed, by zone and date (a pure function of both, so safe to remember). */
const offsets = new Map<string, number | undefined>();
const MAX_REMEMBERED_OFFSETS = 4096;

function computeOffsetMinutes(timeZone: string, date: CalendarDate): number | undefined {
  const formatter = formatterFor(timeZone);
  if (formatter === undefined) return undefined;
  const instant = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(instant)) return undefined;
  const name = formatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  // Historical offsets may have seconds (local mean time, Liberia's −0:44:30 until 1972): GMT-00:44:30.
  const match = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(name);
  if (match === null) return undefined;
  const [, sign, hours, minutes, seconds] = match;
  if (sign === undefined) return 0;
  const total = Number(hours) * 60 + Number(minutes) + Number(seconds ?? 0) / 60;
  return sign === '-' ? -total : total;
}
