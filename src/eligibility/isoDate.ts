const DIGIT_0 = 48;
const DIGIT_9 = 57;
const HYPHEN = 45;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return code >= DIGIT_0 && code <= DIGIT_9 ? code - DIGIT_0 : -1;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a value is a calendar date written `YYYY-MM-DD` (proleptic Gregorian, years 0000–9999) that
 * exists: `'2024-02-29'` is one, `'2023-02-29'` and `'2024-1-05'` are not. Such strings are dates in the
 * rule language: they compare with each other as dates and are a different type from other strings.
 *
 * @category Rule language
 * @example
 * isIsoDate('2024-02-29') //=> true
 * isIsoDate('2023-02-29') //=> false
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length !== 10) return false;
  if (value.charCodeAt(4) !== HYPHEN || value.charCodeAt(7) !== HYPHEN) return false;
  const y0 = digitAt(value, 0);
  const y1 = digitAt(value, 1);
  const y2 = digitAt(value, 2);
  const y3 = digitAt(value, 3);
  const m0 = digitAt(value, 5);
  const m1 = digitAt(value, 6);
  const d0 = digitAt(value, 8);
  const d1 = digitAt(value, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(y0 * 1000 + y1 * 100 + y2 * 10 + y3, month);
}

/**
 * Whole years from one calendar date to a later one, as an age is counted: the count goes up on the
 * anniversary (someone born on 29 February has a birthday on 1 March in common years). Negative when `to`
 * is before `from`. Both arguments must satisfy {@link isIsoDate}.
 *
 * @category Rule language
 * @example
 * fullYearsBetween('2000-06-15', '2024-06-14') //=> 23
 * fullYearsBetween('2000-06-15', '2024-06-15') //=> 24
 */
export function fullYearsBetween(from: string, to: string): number {
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  const fromDay = from.slice(5);
  const toDay = to.slice(5);
  let years = toYear - fromYear;
  if (years > 0 && toDay < fromDay) years -= 1;
  else if (years < 0 && toDay > fromDay) years += 1;
  return years;
}
