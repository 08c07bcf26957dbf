import { findCurrency } from '../core/index.js';

/**
 * The ledger's amount kernel: decimal strings to whole minor units (bigint) and back, without a
 * decimal library, because `post` converts every amount it sees. Both functions agree with core's
 * `toMinorUnits`/`fromMinorUnits` (a property test holds them to it).
 * @internal
 */

const scales = new Map<string, number>();

/**
 * The number of minor digits of a currency (2 for USD, 0 for JPY), or `undefined` when the currency is
 * neither ISO 4217 nor registered. Known currencies are cached: a registration never changes its digits.
 * @internal
 */
export function scaleOf(currency: string): number | undefined {
  const cached = scales.get(currency);
  if (cached !== undefined) return cached;
  const found = findCurrency(currency);
  if (found === undefined) return undefined;
  scales.set(currency, found.minorUnits);
  return found.minorUnits;
}

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const POWERS: readonly bigint[] = Array.from({ length: 19 }, (_, index) => 10n ** BigInt(index));

/**
 * Reads a non-negative decimal amount (`"125.5"`, `"0125.50"`, `"1.500"` for USD) as whole minor units.
 * Returns `undefined` when the text is not 1–30 digits with an optional fraction of 1–30 digits, or when
 * the fraction has more non-zero digits than the currency allows.
 * @internal
 */
export function parseMinorUnits(text: string, scale: number): bigint | undefined {
  const length = text.length;
  let dot = -1;
  for (let index = 0; index < length; index++) {
    const char = text.charCodeAt(index);
    if (char === DOT) {
      if (dot !== -1) return undefined;
      dot = index;
    } else if (char < ZERO || char > NINE) {
      return undefined;
    }
  }
  const integerDigits = dot === -1 ? length : dot;
  const fractionDigits = dot === -1 ? 0 : length - dot - 1;
  if (integerDigits < 1 || integerDigits > 30) return undefined;
  if (dot !== -1 && (fractionDigits < 1 || fractionDigits > 30)) return undefined;
  for (let index = dot + 1 + scale; dot !== -1 && index < length; index++) {
    if (text.charCodeAt(index) !== ZERO) return undefined;
  }
  const integer = dot === -1 ? text : text.slice(0, dot);
  let fraction = dot === -1 ? '' : text.slice(dot + 1, dot + 1 + Math.min(scale, fractionDigits));
  if (fraction.length < scale) fraction = fraction.padEnd(scale, '0');
  const digits = integer + fraction;
  // Up to 15 digits fit a double exactly, and BigInt(number) is cheaper than parsing a string.
  return digits.length <= 15 ? BigInt(Number(digits)) : BigInt(digits);
}

/**
 * Writes whole minor units as a decimal string with exactly the currency's digits (`12550n`, 2 →
 * `"125.50"`).
 * @internal
 */
export function formatMinorUnits(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (scale === 0) return negative ? `-${digits}` : digits;
  const padded = digits.length <= scale ? digits.padStart(scale + 1, '0') : digits;
  const text = `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * Whether `text` already is the canonical form of an amount with `scale` digits (so it can be stored
 * as given): no leading zero before other digits, exactly `scale` fraction digits.
 * @internal
 */
export function isCanonicalAmount(text: string, scale: number): boolean {
  const dot = text.indexOf('.');
  if (scale === 0) return dot === -1 && (text.length === 1 || text.charCodeAt(0) !== ZERO);
  return dot !== -1 && text.length - dot - 1 === scale && (dot === 1 || text.charCodeAt(0) !== ZERO);
}

/** 10^n as a bigint for small n. @internal */
export function powerOfTen(exponent: number): bigint {
  return POWERS[exponent] ?? 10n ** BigInt(exponent);
}
