import Decimal from 'decimal.js';
import { z } from 'zod';
import { findCurrency } from './currency.js';
import { AcceleratorUsageError, type CoreError, type Issue, type Path } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * An exact amount of money in one currency, as plain JSON: `{ amount: "10000.00", currency: "USD" }`.
 * `amount` always has exactly the currency's minor digits (`"125.50"`, JPY `"1500"`). The currency is a
 * type parameter, so adding a `Money<'USD'>` to a `Money<'EUR'>` does not compile.
 *
 * Every Money function is pure: it returns a new value and never mutates its arguments.
 *
 * @category Money
 */
export interface Money<C extends string = string> {
  readonly amount: string;
  readonly currency: C;
}

/**
 * How to round an amount to the currency's minor unit: to the nearest digit with ties to even
 * (banker's rounding, the default), ties up (away from zero) or down (towards zero); or always `up`
 * (away from zero), `down` (towards zero), `ceil` or `floor`.
 *
 * @category Money
 */
export type RoundingMode = 'half-even' | 'half-up' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * The one place decimal.js is configured: enough precision that sums of amounts, and products of an
 * amount with a factor or a ratio (at most 100 characters each), are always exact.
 */
const Exact = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });
type Exact = Decimal;

const ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};

/** A plain decimal literal: optional minus, up to 30 integer digits, optional fraction. */
const AMOUNT = /^-?\d{1,30}(?:\.\d{1,30})?$/;

function fail(code: CoreError['code'], message: string, path: Path = []): Result<never, CoreError> {
  const issue: Issue = { path, message };
  return err({ code, message, path, issues: [issue] });
}

function minorUnitsOf(currency: string): Result<number, CoreError> {
  const found = typeof currency === 'string' ? findCurrency(currency) : undefined;
  if (found === undefined) {
    return fail('unknown-currency', `Unknown currency ${JSON.stringify(currency)}: not ISO 4217 and not registered.`, ['currency']);
  }
  return ok(found.minorUnits);
}

function build<C extends string>(value: Exact, currency: C, minorUnits: number): Money<C> {
  const amount = value.toFixed(minorUnits);
  return { amount: amount.startsWith('-') && /^-0(?:\.0*)?$/.test(amount) ? amount.slice(1) : amount, currency };
}

function checkedAmount(amount: unknown, currency: string): Result<Money, CoreError> {
  const units = minorUnitsOf(currency);
  if (!units.ok) return units;
  let text: string;
  if (typeof amount === 'string') text = amount;
  else if (typeof amount === 'number' && Number.isSafeInteger(amount)) text = String(amount);
  else if (typeof amount === 'bigint') text = amount.toString();
  else return fail('invalid-amount', 'An amount is a decimal string such as "125.50" (or a whole number).', ['amount']);
  if (!AMOUNT.test(text)) {
    return fail('invalid-amount', `${JSON.stringify(text)} is not a decimal amount such as "125.50".`, ['amount']);
  }
  const dot = text.indexOf('.');
  const digits = dot === -1 ? 0 : text.length - dot - 1;
  if (digits > units.value && !/^0+$/.test(text.slice(dot + 1 + units.value))) {
    return fail(
      'invalid-amount',
      `${text} has more digits than ${currency} allows (${units.value} after the decimal point).`,
      ['amount'],
    );
  }
  return ok(build(new Exact(text), currency, units.value));
}

/**
 * Makes an amount of money from a decimal string you control (a literal, a constant). The amount may
 * have fewer digits than the currency's minor unit (`"10000"` becomes `"10000.00"`) but never more.
 *
 * For data from outside (a request, a file), use {@link parseMoney}, which returns an error instead.
 *
 * @category Money
 * @throws {AcceleratorUsageError} when `amount` is not a decimal amount or the currency is unknown.
 * @example
 * money('10000', 'USD') //=> { amount: '10000.00', currency: 'USD' }
 * money('1500', 'JPY') //=> { amount: '1500', currency: 'JPY' }
 */
export function money<C extends string>(amount: string | number | bigint, currency: C): Money<C> {
  const result = checkedAmount(amount, currency);
  if (!result.ok) throw new AcceleratorUsageError(result.error);
  return result.value as Money<C>;
}

interface MoneyProblem extends Issue {
  readonly code: CoreError['code'];
}

/** Checks a Money value from outside and collects every problem with its path. */
function inspectMoney(input: unknown): { readonly value?: Money; readonly problems: readonly MoneyProblem[] } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { problems: [{ code: 'invalid-input', path: [], message: 'Expected a Money value such as { amount: "125.50", currency: "USD" }.' }] };
  }
  const record = input as Record<string, unknown>;
  const problems: MoneyProblem[] = [];
  for (const key of Object.keys(record)) {
    if (key !== 'amount' && key !== 'currency') {
      problems.push({ code: 'invalid-input', path: [key], message: `Unexpected field ${JSON.stringify(key)}: Money has only amount and currency.` });
    }
  }
  const currency = Object.hasOwn(record, 'currency') ? record.currency : undefined;
  const amount = Object.hasOwn(record, 'amount') ? record.amount : undefined;
  if (typeof currency !== 'string') {
    problems.push({ code: 'invalid-input', path: ['currency'], message: 'Expected a currency code such as "USD".' });
  } else if (findCurrency(currency) === undefined) {
    problems.push({ code: 'unknown-currency', path: ['currency'], message: `Unknown currency ${JSON.stringify(currency)}: not ISO 4217 and not registered.` });
  }
  if (typeof amount !== 'string') {
    problems.push({ code: 'invalid-input', path: ['amount'], message: 'Expected a decimal string such as "125.50".' });
  }
  if (problems.length > 0 || typeof amount !== 'string' || typeof currency !== 'string') return { problems };
  const result = checkedAmount(amount, currency);
  if (result.ok) return { value: result.value, problems };
  return { problems: (result.error.issues ?? []).map((issue) => ({ ...issue, code: result.error.code })) };
}

/**
 * The zod schema of a Money value in JSON: `{ amount: "125.50", currency: "USD" }`, with the amount
 * checked against the currency's minor unit and normalised to exactly that many digits.
 *
 * @category Money
 */
export const MoneySchema = z
  .object({
    amount: z.string().describe('A decimal string with at most the currency\'s minor digits, e.g. "125.50".'),
    currency: z.string().describe('An ISO 4217 code (or a registered one), e.g. "USD".'),
  })
  .strict()
  .transform((value, context): Money => {
    const inspected = inspectMoney(value);
    if (inspected.value !== undefined) return inspected.value;
    for (const problem of inspected.problems) {
      context.addIssue({ code: 'custom', message: problem.message, path: [...problem.path] });
    }
    return z.NEVER;
  });

/**
 * Reads a Money value from untrusted JSON, reporting every problem with its path instead of throwing.
 * The error code is the specific one (`invalid-amount`, `unknown-currency`) when that is the only
 * problem, `invalid-input` otherwise; `issues` lists them all.
 *
 * @category Money
 * @example
 * parseMoney({ amount: '125.5', currency: 'USD' }) //=> { ok: true, value: { amount: '125.50', currency: 'USD' } }
 * parseMoney({ amount: '1.005', currency: 'USD' }).ok //=> false (code 'invalid-amount', path ['amount'])
 */
export function parseMoney(input: unknown): Result<Money, CoreError> {
  const { value, problems } = inspectMoney(input);
  if (value !== undefined) return ok(value);
  const first = problems[0];
  const code = problems.length === 1 && first !== undefined ? first.code : 'invalid-input';
  const message =
    problems.length === 1 && first !== undefined
      ? first.message
      : `Not a Money value: ${problems.length} problems (${problems.map((p) => p.path.join('.')).join(', ')}).`;
  return err({
    code,
    message,
    path: first?.path ?? [],
    issues: problems.map(({ path, message: text }) => ({ path, message: text })),
  });
}

/**
 * Zero in the given currency.
 *
 * @category Money
 * @example
 * zero('EUR') //=> { amount: '0.00', currency: 'EUR' }
 */
export function zero<C extends string>(currency: C): Money<C> {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money, operation: string): number {
  if (a.currency !== b.currency) {
    throw new AcceleratorUsageError({
      code: 'currency-mismatch',
      message: `Cannot ${operation} ${a.currency} and ${b.currency}: convert one of them first.`,
    });
  }
  const units = findCurrency(a.currency);
  if (units === undefined) {
    throw new AcceleratorUsageError({ code: 'unknown-currency', message: `Unknown currency ${a.currency}.` });
  }
  return units.minorUnits;
}

function unitsOf(m: Money): number {
  const units = findCurrency(m.currency);
  if (units === undefined) {
    throw new AcceleratorUsageError({ code: 'unknown-currency', message: `Unknown currency ${m.currency}.` });
  }
  return units.minorUnits;
}

/**
 * The sum of two amounts in the same currency. Different currencies do not compile; if types were
 * bypassed, a `currency-mismatch` {@link AcceleratorUsageError} is thrown rather than a silent sum
 * (use {@link sumMoney} for data whose currencies are not known in advance).
 *
 * @category Money
 * @example
 * add(money('0.10', 'USD'), money('0.20', 'USD')) //=> { amount: '0.30', currency: 'USD' }
 */
export function add<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  const units = sameCurrency(a, b, 'add');
  return build(new Exact(a.amount).plus(b.amount), a.currency, units);
}

/**
 * `a` minus `b`, in the same currency (see {@link add} for mixed currencies).
 *
 * @category Money
 * @example
 * subtract(money('10000', 'USD'), money('2500.50', 'USD')) //=> { amount: '7499.50', currency: 'USD' }
 */
export function subtract<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): Money<C> {
  const units = sameCurrency(a, b, 'subtract');
  return build(new Exact(a.amount).minus(b.amount), a.currency, units);
}

/**
 * Multiplies an amount by a decimal factor (a rate, a share), rounded to the currency's minor unit.
 * Give the factor as a string (`"0.35"`) to keep it exact; numbers are read through their shortest
 * decimal representation.
 *
 * @category Money
 * @example
 * multiply(money('100.00', 'USD'), '0.125') //=> { amount: '12.50', currency: 'USD' }
 * multiply(money('0.05', 'USD'), '0.5', 'half-up') //=> { amount: '0.03', currency: 'USD' }
 */
export function multiply<C extends string>(m: Money<C>, factor: string | number, rounding: RoundingMode = 'half-even'): Money<C> {
  const units = unitsOf(m);
  const exactFactor = decimalOf(factor);
  if (exactFactor === undefined) {
    throw new AcceleratorUsageError({ code: 'invalid-input', message: `${String(factor)} is not a finite decimal factor.` });
  }
  const product = new Exact(m.amount).times(exactFactor).toDecimalPlaces(units, ROUNDING[rounding]);
  return build(product, m.currency, units);
}

function decimalOf(value: unknown): Exact | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new Exact(value) : undefined;
  if (typeof value === 'string' && /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value) && value.length <= 100) {
    const parsed = new Exact(value);
    return parsed.isFinite() ? parsed : undefined;
  }
  return undefined;
}

/**
 * The amount with its sign flipped.
 *
 * @category Money
 * @example
 * negate(money('12.30', 'USD')) //=> { amount: '-12.30', currency: 'USD' }
 */
export function negate<C extends string>(m: Money<C>): Money<C> {
  return build(new Exact(m.amount).negated(), m.currency, unitsOf(m));
}

/**
 * `-1`, `0` or `1` as `a` is less than, equal to or greater than `b` (same currency).
 *
 * @category Money
 * @example
 * compare(money('9.99', 'USD'), money('10', 'USD')) //=> -1
 */
export function compare<C extends string>(a: Money<C>, b: Money<NoInfer<C>>): -1 | 0 | 1 {
  sameCurrency(a, b, 'compare');
  const order = new Exact(a.amount).comparedTo(b.amount);
  return order < 0 ? -1 : order > 0 ? 1 : 0;
}

/**
 * Whether two amounts are equal: same currency and same value.
 *
 * @category Money
 * @example
 * equals(money('1.50', 'USD'), money('1.5', 'USD')) //=> true
 * equals(money('1', 'USD'), money('1', 'EUR')) //=> false
 */
export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && new Exact(a.amount).equals(b.amount);
}

/**
 * Whether the amount is zero.
 *
 * @category Money
 * @example
 * isZero(money('0', 'USD')) //=> true
 */
export function isZero(m: Money): boolean {
  return new Exact(m.amount).isZero();
}

/**
 * Whether the amount is below zero.
 *
 * @category Money
 * @example
 * isNegative(money('-0.01', 'USD')) //=> true
 */
export function isNegative(m: Money): boolean {
  return new Exact(m.amount).isNegative() && !isZero(m);
}

/**
 * Whether the amount is above zero.
 *
 * @category Money
 * @example
 * isPositive(money('0.01', 'USD')) //=> true
 */
export function isPositive(m: Money): boolean {
  return new Exact(m.amount).isPositive() && !isZero(m);
}

/**
 * Adds a list of amounts that must all be in `currency`; an amount in another currency is a
 * `currency-mismatch` error naming its index, never a silent sum. An empty list sums to zero.
 *
 * @category Money
 * @example
 * sumMoney([money('1.10', 'EUR'), money('2.20', 'EUR')], 'EUR') //=> { ok: true, value: { amount: '3.30', currency: 'EUR' } }
 * sumMoney([money('1', 'EUR'), money('1', 'USD')], 'EUR').ok //=> false (code 'currency-mismatch', path [1, 'currency'])
 */
export function sumMoney<C extends string>(amounts: readonly Money[], currency: C): Result<Money<C>, CoreError> {
  const units = minorUnitsOf(currency);
  if (!units.ok) return units;
  let total = new Exact(0);
  for (const [index, m] of amounts.entries()) {
    if (m.currency !== currency) {
      return fail('currency-mismatch', `Amount ${index} is in ${m.currency}, not ${currency}.`, [index, 'currency']);
    }
    total = total.plus(m.amount);
  }
  return ok(build(total, currency, units.value));
}

/**
 * Splits an amount into parts proportional to `ratios` (numbers or decimal strings, none negative, not
 * all zero). The parts always sum exactly to the whole: each part first gets its share rounded towards
 * zero in minor units, then the minor units left over go one at a time to the parts with the largest
 * remainders, ties to the earlier part (the largest-remainder method). The result is deterministic.
 *
 * @category Money
 * @example
 * allocate(money('100.00', 'USD'), [1, 1, 1]) //=> ok([33.34, 33.33, 33.33 USD])
 * allocate(money('10000', 'USD'), ['0.4', '0.35', '0.25'])
 * //=> { ok: true, value: [{ amount: '4000.00', … }, { amount: '3500.00', … }, { amount: '2500.00', … }] }
 */
export function allocate<C extends string>(total: Money<C>, ratios: readonly (string | number)[]): Result<Money<C>[], CoreError> {
  const units = minorUnitsOf(total.currency);
  if (!units.ok) return units;
  if (ratios.length === 0) return fail('invalid-ratios', 'Allocation needs at least one ratio.', ['ratios']);
  const exact: Exact[] = [];
  for (const [index, ratio] of ratios.entries()) {
    const value = decimalOf(ratio);
    // -0 is zero, not negative; an exponent beyond a double's (1e309 and up) would need a weight of
    // millions of digits, so it is refused rather than computed.
    if (value === undefined || (value.isNegative() && !value.isZero()) || value.decimalPlaces() > 30 || value.e > 308) {
      return fail(
        'invalid-ratios',
        `Ratio ${index} (${String(ratio)}) is not a non-negative decimal below 1e309 with at most 30 decimal places.`,
        ['ratios', index],
      );
    }
    exact.push(value);
  }
  const scale = new Exact(10).pow(Math.max(...exact.map((ratio) => ratio.decimalPlaces())));
  const weights = exact.map((ratio) => BigInt(ratio.times(scale).toFixed(0)));
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0n);
  if (weightSum === 0n) return fail('invalid-ratios', 'At least one ratio must be above zero.', ['ratios']);
  const minor = toMinorUnits(total);
  const magnitude = minor < 0n ? -minor : minor;
  const shares = weights.map((weight) => (magnitude * weight) / weightSum);
  const remainders = weights.map((weight) => (magnitude * weight) % weightSum);
  let leftover = magnitude - shares.reduce((sum, share) => sum + share, 0n);
  const order = remainders
    .map((remainder, index) => ({ remainder, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    shares[index] = (shares[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return ok(shares.map((share) => fromMinorUnits(minor < 0n ? -share : share, total.currency)));
}

/**
 * The amount as a whole number of minor units (cents for USD, yen for JPY), as a bigint.
 *
 * @category Money
 * @example
 * toMinorUnits(money('125.50', 'USD')) //=> 12550n
 */
export function toMinorUnits(m: Money): bigint {
  const units = unitsOf(m);
  return BigInt(new Exact(m.amount).times(new Exact(10).pow(units)).toFixed(0));
}

/**
 * An amount from a whole number of minor units.
 *
 * @category Money
 * @example
 * fromMinorUnits(12550n, 'USD') //=> { amount: '125.50', currency: 'USD' }
 */
export function fromMinorUnits<C extends string>(units: bigint | number, currency: C): Money<C> {
  const minorUnits = minorUnitsOf(currency);
  if (!minorUnits.ok) throw new AcceleratorUsageError(minorUnits.error);
  if (typeof units === 'number' && !Number.isSafeInteger(units)) {
    throw new AcceleratorUsageError({ code: 'invalid-amount', message: `${units} is not a whole number of minor units.` });
  }
  return build(new Exact(`${units.toString()}e-${minorUnits.value}`), currency, minorUnits.value);
}

/** Options of {@link formatMoney}. @category Money */
export interface FormatMoneyOptions {
  /** A BCP 47 locale; default `"en-US"` (never the machine's, so output is the same everywhere). */
  readonly locale?: string;
  /** How to show the currency: a symbol (`$`, the default), the ISO code (`USD`) or its name. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/**
 * Formats an amount for display with the exact digits it holds (no floating-point rounding).
 *
 * @category Money
 * @example
 * formatMoney(money('10000', 'USD')) //=> '$10,000.00'
 * formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' }) //=> '1.234,50 €'
 */
export function formatMoney(m: Money, options: FormatMoneyOptions = {}): string {
  const units = unitsOf(m);
  const locale = options.locale ?? 'en-US';
  const digits = { minimumFractionDigits: units, maximumFractionDigits: units };
  const amount = m.amount as `${number}`;
  if (/^[A-Z]{3}$/.test(m.currency)) {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: m.currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      ...digits,
    }).format(amount);
  }
  return `${new Intl.NumberFormat(locale, digits).format(amount)} ${m.currency}`;
}

/**
 * The JSON form of an amount (Money already is JSON; this returns a fresh plain copy with only the two
 * fields, e.g. to strip a subclass or extra keys before storing).
 *
 * @category Money
 * @example
 * moneyToJSON(money('5', 'GBP')) //=> { amount: '5.00', currency: 'GBP' }
 */
export function moneyToJSON(m: Money): { amount: string; currency: string } {
  return { amount: m.amount, currency: m.currency };
}
