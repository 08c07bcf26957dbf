// An independent proleptic-Gregorian calendar (Howard Hinnant's days-from-civil algorithms), used as the
// oracle the calendar functions are checked against. It never touches `Date`, so it cannot share a
// time-zone bug with the code under test.

/** A date as year, month (1–12) and day. */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Days since 1970-01-01 of a civil date (negative before). */
export function daysFromCivil({ year, month, day }: Civil): number {
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The civil date of a day number (inverse of {@link daysFromCivil}). */
export function civilFromDays(days: number): Civil {
  const shifted = days + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** `YYYY-MM-DD` of a civil date. */
export function formatCivil({ year, month, day }: Civil): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The civil date of a `YYYY-MM-DD` string (not validated: the caller passes a real date). */
export function parseCivil(text: string): Civil {
  const [year, month, day] = text.split('-').map(Number);
  return { year: year ?? Number.NaN, month: month ?? Number.NaN, day: day ?? Number.NaN };
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` string. */
export function dayNumber(text: string): number {
  return daysFromCivil(parseCivil(text));
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(days: number): string {
  return formatCivil(civilFromDays(days));
}

/** Whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month. */
export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/** The ISO weekday of a day number: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekdayOf(days: number): number {
  return (((days + 3) % 7) + 7) % 7 + 1;
}

/** The ISO 8601 week of a day number: the week of its Thursday, counted in the Thursday's year. */
export function isoWeekOfDay(days: number): { year: number; week: number } {
  const thursday = days - isoWeekdayOf(days) + 4;
  const year = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil({ year, month: 1, day: 1 })) / 7) + 1;
  return { year, week };
}

/** Full years from one date to a later one; a 29 February birthday comes on 1 March in common years. */
export function fullYears(from: string, to: string): number {
  const a = parseCivil(from);
  const b = parseCivil(to);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}
