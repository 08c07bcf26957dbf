// Exact rational arithmetic on bigints: the oracle that Money results are compared against. It reads
// decimal strings itself and never uses decimal.js, so it cannot share a rounding bug with src/core.
import type { RoundingMode } from 'athlete-accelerator/core';

/** An exact rational number `numerator / denominator` with a positive denominator. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Reads `-12.345`, `.5`, `1e-7`, `2.5E+3` or a number (through its shortest decimal form) exactly. */
export function fractionOf(value: string | number): Fraction {
  const text = typeof value === 'number' ? String(value) : value;
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) throw new Error(`Not a decimal: ${text}`);
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(`${whole}${fraction}` === '' ? '0' : `${whole}${fraction}`);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return { numerator: sign === '-' ? -numerator : numerator, denominator };
}

/** Rounds `numerator / denominator` (denominator > 0) to a whole number the way a {@link RoundingMode} says. */
export function roundFraction({ numerator, denominator }: Fraction, mode: RoundingMode): bigint {
  const truncated = numerator / denominator;
  const remainder = numerator % denominator;
  if (remainder === 0n) return truncated;
  const awayFromZero = truncated + (numerator < 0n ? -1n : 1n);
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'up':
      return awayFromZero;
    case 'down':
      return truncated;
    case 'ceil':
      return numerator > 0n ? awayFromZero : truncated;
    case 'floor':
      return numerator < 0n ? awayFromZero : truncated;
    case 'half-up':
      return twice >= denominator ? awayFromZero : truncated;
    case 'half-down':
      return twice > denominator ? awayFromZero : truncated;
    case 'half-even':
      if (twice !== denominator) return twice > denominator ? awayFromZero : truncated;
      return truncated % 2n === 0n ? truncated : awayFromZero;
  }
}

/** The minor units of a decimal amount with at most `digits` fraction digits (exact; throws otherwise). */
export function minorUnitsOfAmount(amount: string, digits: number): bigint {
  const { numerator, denominator } = fractionOf(amount);
  const scaled = numerator * 10n ** BigInt(digits);
  if (scaled % denominator !== 0n) throw new Error(`${amount} has more than ${digits} fraction digits`);
  return scaled / denominator;
}

/**
 * The largest-remainder allocation of `total` minor units by `weights` (non-negative, not all zero),
 * computed on exact fractions: shares of the magnitude rounded towards zero, the leftover units one at
 * a time to the largest remainders, ties to the earlier part, and the sign of the total put back.
 */
export function largestRemainder(total: bigint, weights: readonly Fraction[]): bigint[] {
  const denominator = weights.reduce((product, weight) => product * weight.denominator, 1n);
  const integers = weights.map((weight) => (weight.numerator * denominator) / weight.denominator);
  const sum = integers.reduce((a, b) => a + b, 0n);
  const magnitude = total < 0n ? -total : total;
  const shares = integers.map((weight) => (magnitude * weight) / sum);
  const remainders = integers.map((weight) => (magnitude * weight) % sum);
  let leftover = magnitude - shares.reduce((a, b) => a + b, 0n);
  const indices = shares.map((_, index) => index);
  indices.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (const index of indices) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return shares.map((share) => (total < 0n ? -share : share));
}
