import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AcceleratorUsageError,
  add,
  allocate,
  compare,
  equals,
  formatMoney,
  fromMinorUnits,
  isNegative,
  isPositive,
  isZero,
  money,
  moneyToJSON,
  MoneySchema,
  multiply,
  negate,
  parseMoney,
  registerCurrency,
  subtract,
  sumMoney,
  toMinorUnits,
  zero,
  type Money,
  type RoundingMode,
} from 'athlete-accelerator/core';
import {
  currencyArbitrary,
  MINOR_UNITS,
  minorUnitsArbitrary,
  PROPERTY_RUN,
  ratiosArbitrary,
} from './arbitraries.js';
import { deepFreeze } from './deepFreeze.js';
import { fractionOf, largestRemainder, minorUnitsOfAmount, roundFraction } from './referenceDecimal.js';

/** Runs `fn` and returns what it threw (failing the test when it does not throw). */
function thrownBy(fn: () => unknown): AcceleratorUsageError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AcceleratorUsageError);
    return error as AcceleratorUsageError;
  }
  throw new Error('Expected the call to throw.');
}

/** Money whose type parameter is bypassed, as untyped JavaScript could pass it. */
function untyped(amount: string, currency: string): Money<'USD'> {
  return { amount, currency } as unknown as Money<'USD'>;
}

function amounts(parts: readonly Money[]): string[] {
  return parts.map((part) => part.amount);
}

const ROUNDING_MODES: readonly RoundingMode[] = ['half-even', 'half-up', 'half-down', 'up', 'down', 'ceil', 'floor'];

describe('money', () => {
  it('pads an amount to the currency minor digits: two for USD, none for JPY, three for KWD, four for CLF', () => {
    expect(money('10000', 'USD')).toEqual({ amount: '10000.00', currency: 'USD' });
    expect(money('1500', 'JPY')).toEqual({ amount: '1500', currency: 'JPY' });
    expect(money('1.5', 'KWD')).toEqual({ amount: '1.500', currency: 'KWD' });
    expect(money('0.1', 'CLF')).toEqual({ amount: '0.1000', currency: 'CLF' });
  });

  it('accepts whole numbers and bigints as amounts', () => {
    expect(money(12, 'USD')).toEqual({ amount: '12.00', currency: 'USD' });
    expect(money(-3, 'EUR')).toEqual({ amount: '-3.00', currency: 'EUR' });
    expect(money(12n, 'JPY')).toEqual({ amount: '12', currency: 'JPY' });
    expect(money(-(10n ** 20n), 'KWD').amount).toBe('-100000000000000000000.000');
  });

  it('keeps negative amounts and drops trailing zeros beyond the minor digits', () => {
    expect(money('-125.5', 'USD').amount).toBe('-125.50');
    expect(money('1.500', 'USD').amount).toBe('1.50');
    expect(money('1500.000', 'JPY').amount).toBe('1500');
    expect(money('007.1', 'USD').amount).toBe('7.10');
  });

  it('normalises negative zero to zero in every currency', () => {
    expect(money('-0', 'USD').amount).toBe('0.00');
    expect(money('-0.000', 'KWD').amount).toBe('0.000');
    expect(money(-0, 'JPY').amount).toBe('0');
    expect(money('-0.00', 'EUR').amount).toBe('0.00');
  });

  it('holds 30 integer digits exactly', () => {
    const big = '123456789012345678901234567890.12';
    expect(money(big, 'USD').amount).toBe(big);
  });

  it('throws invalid-amount for an amount with more digits than the currency allows', () => {
    for (const [amount, currency] of [['1.005', 'USD'], ['1.5', 'JPY'], ['0.0001', 'KWD'], ['1.00001', 'CLF']] as const) {
      const error = thrownBy(() => money(amount, currency));
      expect(error.code).toBe('invalid-amount');
      expect(error.path).toEqual(['amount']);
      expect(error.message).toContain(currency);
    }
  });

  it('throws invalid-amount for a literal that is not a decimal amount', () => {
    const literals: (string | number)[] = ['1e3', '1,000', ' 1', '1 ', '', '.5', '5.', '+1', 'NaN', '0x10', '١٢', '1'.repeat(31), 1.5, Number.NaN, Infinity, 2 ** 53];
    for (const literal of literals) {
      const error = thrownBy(() => money(literal, 'USD'));
      expect(error.code).toBe('invalid-amount');
      expect(error.path).toEqual(['amount']);
      expect(error.name).toBe('AcceleratorUsageError');
    }
  });

  it('throws unknown-currency for a currency that is neither ISO 4217 nor registered', () => {
    for (const currency of ['XYZ', 'usd', 'US', '']) {
      const error = thrownBy(() => money('1', currency));
      expect(error.code).toBe('unknown-currency');
      expect(error.path).toEqual(['currency']);
    }
  });
});

describe('zero', () => {
  it('is zero with the currency minor digits', () => {
    expect(zero('EUR')).toEqual({ amount: '0.00', currency: 'EUR' });
    expect(zero('JPY')).toEqual({ amount: '0', currency: 'JPY' });
    expect(zero('KWD')).toEqual({ amount: '0.000', currency: 'KWD' });
  });

  it('throws unknown-currency for an unknown currency', () => {
    expect(thrownBy(() => zero('XYZ')).code).toBe('unknown-currency');
  });
});

describe('parseMoney', () => {
  it('reads an amount from JSON and normalises its digits', () => {
    expect(parseMoney({ amount: '125.5', currency: 'USD' })).toEqual({ ok: true, value: { amount: '125.50', currency: 'USD' } });
    expect(parseMoney({ amount: '1500', currency: 'JPY' })).toEqual({ ok: true, value: { amount: '1500', currency: 'JPY' } });
    expect(parseMoney({ amount: '-0.5', currency: 'KWD' })).toEqual({ ok: true, value: { amount: '-0.500', currency: 'KWD' } });
    expect(parseMoney({ amount: '-0.00', currency: 'USD' })).toEqual({ ok: true, value: { amount: '0.00', currency: 'USD' } });
  });

  it('refuses an amount with more digits than the currency allows, at path amount', () => {
    const result = parseMoney({ amount: '1.005', currency: 'USD' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-amount');
    expect(result.error.path).toEqual(['amount']);
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([['amount']]);
  });

  it('refuses yen with a fractional amount and dinars with four decimals', () => {
    for (const input of [{ amount: '1.5', currency: 'JPY' }, { amount: '1.0001', currency: 'KWD' }]) {
      const result = parseMoney(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-amount', ['amount']]);
    }
  });

  it('refuses an amount that is not a decimal string, at path amount', () => {
    for (const amount of ['1e3', '12,50', '', ' 5', '1'.repeat(31)]) {
      const result = parseMoney({ amount, currency: 'USD' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-amount', ['amount']]);
    }
  });

  it('refuses an amount given as a JSON number, since numbers lose digits', () => {
    const result = parseMoney({ amount: 125.5, currency: 'USD' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.path).toEqual(['amount']);
  });

  it('refuses an unknown currency, at path currency', () => {
    const result = parseMoney({ amount: '1.00', currency: 'XYZ' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('unknown-currency');
    expect(result.error.path).toEqual(['currency']);
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([['currency']]);
  });

  it('refuses a missing or non-string currency as invalid-input at path currency', () => {
    for (const input of [{ amount: '1' }, { amount: '1', currency: 840 }, { amount: '1', currency: null }]) {
      const result = parseMoney(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-input', ['currency']]);
    }
  });

  it('refuses a value that is not an object at the root path', () => {
    for (const input of [null, undefined, '10 USD', 10, [], ['1', 'USD'], true]) {
      const result = parseMoney(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toEqual([]);
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([[]]);
    }
  });

  it('refuses a field Money does not have, at the path of that field', () => {
    const result = parseMoney({ amount: '1.00', currency: 'USD', note: 'x' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.path).toEqual(['note']);
  });

  it('reports every problem with its own path and the code invalid-input when there are several', () => {
    const result = parseMoney({ amount: 5, currency: 'XYZ', extra: true });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    const paths = result.error.issues?.map((issue) => issue.path);
    expect(paths).toHaveLength(3);
    expect(paths).toEqual(expect.arrayContaining([['amount'], ['currency'], ['extra']]));
    expect(result.error.path).toEqual(paths?.[0]);
  });

  it('reads only own fields, never inherited ones', () => {
    const inherited = Object.create({ amount: '1.00', currency: 'USD' }) as unknown;
    const result = parseMoney(inherited);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.map((issue) => issue.path)).toEqual(expect.arrayContaining([['amount'], ['currency']]));
  });

  it('refuses a __proto__ key at its path without polluting Object.prototype', () => {
    const input: unknown = JSON.parse('{"amount":"1.00","currency":"USD","__proto__":{"polluted":true}}');
    const result = parseMoney(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-input', ['__proto__']]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ amount: '125.5', currency: 'USD' });
    const copy = structuredClone(input);
    expect(parseMoney(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('MoneySchema', () => {
  it('parses and normalises Money inside a larger schema', () => {
    expect(MoneySchema.parse({ amount: '5', currency: 'GBP' })).toEqual({ amount: '5.00', currency: 'GBP' });
  });

  it('reports problems at paths relative to the Money value', () => {
    const result = MoneySchema.safeParse({ amount: '1.001', currency: 'USD' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['amount']]);
    const unknown = MoneySchema.safeParse({ amount: '1', currency: 'XYZ' });
    expect(unknown.error?.issues.map((issue) => issue.path)).toEqual([['currency']]);
  });

  it('refuses extra fields', () => {
    expect(MoneySchema.safeParse({ amount: '1', currency: 'USD', rate: 1 }).success).toBe(false);
  });
});

describe('add and subtract', () => {
  it('adds exactly where floating point would not', () => {
    expect(add(money('0.10', 'USD'), money('0.20', 'USD'))).toEqual({ amount: '0.30', currency: 'USD' });
    expect(add(money('1', 'JPY'), money('2', 'JPY'))).toEqual({ amount: '3', currency: 'JPY' });
    expect(add(money('0.001', 'KWD'), money('0.002', 'KWD')).amount).toBe('0.003');
  });

  it('subtracts into negative amounts', () => {
    expect(subtract(money('10000', 'USD'), money('2500.50', 'USD'))).toEqual({ amount: '7499.50', currency: 'USD' });
    expect(subtract(money('1', 'USD'), money('1.01', 'USD')).amount).toBe('-0.01');
  });

  it('never returns negative zero', () => {
    expect(add(money('-1.25', 'USD'), money('1.25', 'USD')).amount).toBe('0.00');
    expect(subtract(money('-3', 'JPY'), money('-3', 'JPY')).amount).toBe('0');
  });

  it('throws currency-mismatch when the types are bypassed to mix currencies', () => {
    expect(thrownBy(() => add(money('1', 'USD'), untyped('1.00', 'EUR'))).code).toBe('currency-mismatch');
    expect(thrownBy(() => subtract(money('1', 'USD'), untyped('1.00', 'EUR'))).code).toBe('currency-mismatch');
  });

  it('throws unknown-currency for an amount in a currency nobody registered', () => {
    expect(thrownBy(() => add(untyped('1', 'XYZ'), untyped('1', 'XYZ'))).code).toBe('unknown-currency');
  });

  it('does not mutate its inputs', () => {
    const a = deepFreeze(money('1.10', 'USD'));
    const b = deepFreeze(money('2.20', 'USD'));
    expect(add(a, b).amount).toBe('3.30');
    expect(subtract(a, b).amount).toBe('-1.10');
    expect([a, b]).toEqual([money('1.10', 'USD'), money('2.20', 'USD')]);
  });
});

describe('multiply', () => {
  it('multiplies by a decimal string exactly, then rounds half to even by default', () => {
    expect(multiply(money('100.00', 'USD'), '0.125')).toEqual({ amount: '12.50', currency: 'USD' });
    expect(multiply(money('0.05', 'USD'), '0.5').amount).toBe('0.02');
    expect(multiply(money('0.15', 'USD'), '0.5').amount).toBe('0.08');
    expect(multiply(money('0.05', 'USD'), '0.5', 'half-up').amount).toBe('0.03');
  });

  it('rounds with every mode as documented, for positive and negative products', () => {
    const cases: [string, RoundingMode, string][] = [
      ['0.125', 'half-even', '0.12'], ['0.125', 'half-up', '0.13'], ['0.125', 'half-down', '0.12'],
      ['0.121', 'up', '0.13'], ['0.129', 'down', '0.12'], ['0.121', 'ceil', '0.13'], ['0.129', 'floor', '0.12'],
      ['-0.125', 'half-even', '-0.12'], ['-0.125', 'half-up', '-0.13'], ['-0.125', 'half-down', '-0.12'],
      ['-0.121', 'up', '-0.13'], ['-0.129', 'down', '-0.12'], ['-0.121', 'ceil', '-0.12'], ['-0.121', 'floor', '-0.13'],
      ['0.135', 'half-even', '0.14'],
    ];
    for (const [factor, mode, expected] of cases) {
      expect(multiply(money('1.00', 'USD'), factor, mode).amount, `${factor} ${mode}`).toBe(expected);
    }
  });

  it('rounds yen to whole yen and dinars to fils', () => {
    expect(multiply(money('1001', 'JPY'), '0.5').amount).toBe('500');
    expect(multiply(money('1003', 'JPY'), '0.5').amount).toBe('502');
    expect(multiply(money('1.001', 'KWD'), '0.5', 'half-up').amount).toBe('0.501');
  });

  it('reads a number factor through its shortest decimal form', () => {
    expect(multiply(money('100', 'USD'), 0.1).amount).toBe('10.00');
    expect(multiply(money('3', 'USD'), 1.1).amount).toBe('3.30');
    expect(multiply(money('10', 'USD'), -2).amount).toBe('-20.00');
  });

  it('keeps the product exact before rounding even when the factor has many significant digits', () => {
    const justAboveOne = `1.${'0'.repeat(88)}1`;
    expect(multiply(money('1.00', 'USD'), justAboveOne, 'up').amount).toBe('1.01');
    expect(multiply(money('1.00', 'USD'), justAboveOne, 'ceil').amount).toBe('1.01');
    expect(multiply(money('-1.00', 'USD'), justAboveOne, 'floor').amount).toBe('-1.01');
  });

  it('never returns negative zero', () => {
    expect(multiply(money('-5', 'USD'), 0).amount).toBe('0.00');
    expect(multiply(money('5', 'USD'), -0).amount).toBe('0.00');
    expect(multiply(money('0.01', 'USD'), '-0.1').amount).toBe('0.00');
  });

  it('throws invalid-input for a factor that is not a finite decimal', () => {
    for (const factor of [Number.NaN, Infinity, -Infinity, 'abc', '1/3', '', 'Infinity', '0x10']) {
      expect(thrownBy(() => multiply(money('1', 'USD'), factor)).code, String(factor)).toBe('invalid-input');
    }
  });

  it('does not mutate its input', () => {
    const m = deepFreeze(money('2.00', 'USD'));
    expect(multiply(m, '1.5').amount).toBe('3.00');
    expect(m).toEqual(money('2', 'USD'));
  });
});

describe('negate', () => {
  it('flips the sign and leaves zero unsigned', () => {
    expect(negate(money('12.30', 'USD'))).toEqual({ amount: '-12.30', currency: 'USD' });
    expect(negate(money('-7', 'JPY')).amount).toBe('7');
    expect(negate(zero('KWD')).amount).toBe('0.000');
  });
});

describe('compare and equals', () => {
  it('orders amounts of one currency', () => {
    expect(compare(money('9.99', 'USD'), money('10', 'USD'))).toBe(-1);
    expect(compare(money('10', 'USD'), money('10.00', 'USD'))).toBe(0);
    expect(compare(money('-1', 'USD'), money('-2', 'USD'))).toBe(1);
  });

  it('throws currency-mismatch when comparing across currencies with types bypassed', () => {
    expect(thrownBy(() => compare(money('1', 'USD'), untyped('1.00', 'EUR'))).code).toBe('currency-mismatch');
  });

  it('treats equal values with different digits as equal, and different currencies as different', () => {
    expect(equals(money('1.50', 'USD'), untyped('1.5', 'USD'))).toBe(true);
    expect(equals(money('1', 'USD'), money('1', 'EUR'))).toBe(false);
    expect(equals(money('1', 'USD'), money('1.01', 'USD'))).toBe(false);
  });
});

describe('isZero, isNegative and isPositive', () => {
  it('classifies the sign of an amount, zero being neither negative nor positive', () => {
    expect([isZero(zero('USD')), isNegative(zero('USD')), isPositive(zero('USD'))]).toEqual([true, false, false]);
    expect([isZero(money('-0.01', 'USD')), isNegative(money('-0.01', 'USD')), isPositive(money('-0.01', 'USD'))]).toEqual([false, true, false]);
    expect([isZero(money('0.001', 'KWD')), isNegative(money('0.001', 'KWD')), isPositive(money('0.001', 'KWD'))]).toEqual([false, false, true]);
  });

  it('does not call an unnormalised negative zero negative', () => {
    expect(isNegative(untyped('-0.00', 'USD'))).toBe(false);
    expect(isZero(untyped('-0.00', 'USD'))).toBe(true);
  });
});

describe('sumMoney', () => {
  it('adds a list of amounts in one currency', () => {
    expect(sumMoney([money('1.10', 'EUR'), money('2.20', 'EUR')], 'EUR')).toEqual({ ok: true, value: { amount: '3.30', currency: 'EUR' } });
    expect(sumMoney([money('-5', 'JPY'), money('3', 'JPY')], 'JPY')).toEqual({ ok: true, value: { amount: '-2', currency: 'JPY' } });
  });

  it('sums an empty list to zero in the currency', () => {
    expect(sumMoney([], 'KWD')).toEqual({ ok: true, value: { amount: '0.000', currency: 'KWD' } });
  });

  it('refuses an amount in another currency with currency-mismatch at its index', () => {
    const result = sumMoney([money('1', 'EUR'), money('1', 'USD'), money('1', 'GBP')], 'EUR');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('currency-mismatch');
    expect(result.error.path).toEqual([1, 'currency']);
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([[1, 'currency']]);
  });

  it('refuses an unknown target currency with unknown-currency at path currency', () => {
    const result = sumMoney([], 'XYZ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['unknown-currency', ['currency']]);
  });

  it('does not mutate its list', () => {
    const list = deepFreeze([money('1.10', 'EUR'), money('2.20', 'EUR')]);
    const copy = structuredClone(list);
    expect(sumMoney(list, 'EUR').ok).toBe(true);
    expect(list).toEqual(copy);
  });
});

describe('allocate', () => {
  it('splits 100 dollars three ways, the leftover cent to the first part', () => {
    const result = allocate(money('100.00', 'USD'), [1, 1, 1]);
    expect(result.ok && amounts(result.value)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('splits by decimal-string ratios exactly', () => {
    const result = allocate(money('10000', 'USD'), ['0.4', '0.35', '0.25']);
    expect(result).toEqual({
      ok: true,
      value: [
        { amount: '4000.00', currency: 'USD' },
        { amount: '3500.00', currency: 'USD' },
        { amount: '2500.00', currency: 'USD' },
      ],
    });
  });

  it('gives leftover units to the largest remainders, not to the first parts', () => {
    // Shares of 1.00 by 1:2:2 are 20 / 40 / 40 cents; of 0.10 by 1:3:6 are 1 / 3 / 6 cents; of 0.05 by 1:3 are 1.25 / 3.75.
    expect(amounts((allocate(money('0.05', 'USD'), [1, 3]) as { value: Money[] }).value)).toEqual(['0.01', '0.04']);
    expect(amounts((allocate(money('0.07', 'USD'), [3, 1, 3]) as { value: Money[] }).value)).toEqual(['0.03', '0.01', '0.03']);
    expect(amounts((allocate(money('0.02', 'USD'), [1, 1, 1]) as { value: Money[] }).value)).toEqual(['0.01', '0.01', '0.00']);
  });

  it('allocates yen in whole yen and dinars in fils', () => {
    expect(amounts((allocate(money('100', 'JPY'), [1, 1, 1]) as { value: Money[] }).value)).toEqual(['34', '33', '33']);
    expect(amounts((allocate(money('1', 'KWD'), [1, 1, 1]) as { value: Money[] }).value)).toEqual(['0.334', '0.333', '0.333']);
  });

  it('splits a negative total into negative parts that sum to it', () => {
    const result = allocate(money('-100.00', 'USD'), [1, 1, 1]);
    expect(result.ok && amounts(result.value)).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  it('gives zero to a zero ratio and everything to a single ratio', () => {
    expect(amounts((allocate(money('10', 'USD'), [0, 1, '0']) as { value: Money[] }).value)).toEqual(['0.00', '10.00', '0.00']);
    expect(amounts((allocate(money('-3', 'JPY'), [7]) as { value: Money[] }).value)).toEqual(['-3']);
  });

  it('splits zero into unsigned zeros', () => {
    expect(amounts((allocate(money('0', 'USD'), [1, 2]) as { value: Money[] }).value)).toEqual(['0.00', '0.00']);
    expect(amounts((allocate(money('-0.01', 'USD'), [0, 1, 0]) as { value: Money[] }).value)).toEqual(['0.00', '-0.01', '0.00']);
  });

  it('treats a ratio of negative zero as zero', () => {
    expect(amounts((allocate(money('10', 'USD'), [-0, 1]) as { value: Money[] }).value)).toEqual(['0.00', '10.00']);
    expect(amounts((allocate(money('10', 'USD'), ['-0', 1]) as { value: Money[] }).value)).toEqual(['0.00', '10.00']);
  });

  it('gives the extra unit to the larger of two ratios that differ only in the 90th significant digit', () => {
    const large = `1${'0'.repeat(89)}`;
    const larger = `1${'0'.repeat(88)}1`;
    expect(amounts((allocate(money('0.01', 'USD'), [large, larger]) as { value: Money[] }).value)).toEqual(['0.00', '0.01']);
    expect(amounts((allocate(money('0.01', 'USD'), [larger, large]) as { value: Money[] }).value)).toEqual(['0.01', '0.00']);
  });

  it('refuses an empty list of ratios at path ratios', () => {
    const result = allocate(money('1', 'USD'), []);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.error.code, result.error.path]).toEqual(['invalid-ratios', ['ratios']]);
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([['ratios']]);
  });

  it('refuses a negative, non-numeric or non-finite ratio at its index', () => {
    const bad: unknown[] = [-1, '-0.5', Number.NaN, Infinity, 'abc', '1/2', null, undefined, {}, [], true, 1n];
    for (const ratio of bad) {
      const result = allocate(money('1', 'USD'), [1, ratio as string]);
      expect(result.ok, String(ratio)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-ratios');
      expect(result.error.path).toEqual(['ratios', 1]);
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([['ratios', 1]]);
    }
  });

  it('refuses a ratio with more than 30 decimal places or more than 100 characters', () => {
    for (const ratio of ['1e-31', `0.${'0'.repeat(30)}1`, 1e-31, '1'.repeat(101)]) {
      const result = allocate(money('1', 'USD'), [ratio]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-ratios', ['ratios', 0]]);
    }
  });

  it('refuses a ratio written with an exponent too large to weigh, instead of hanging', () => {
    for (const ratio of ['1e999999999', '9e400']) {
      const result = allocate(money('1', 'USD'), [1, ratio]);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-ratios', ['ratios', 1]]);
    }
  });

  it('accepts the largest finite number as a ratio', () => {
    const result = allocate(money('1', 'USD'), [Number.MAX_VALUE, 1]);
    expect(result.ok && amounts(result.value)).toEqual(['1.00', '0.00']);
  });

  it('refuses ratios that are all zero at path ratios', () => {
    const result = allocate(money('1', 'USD'), [0, '0.00', 0]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-ratios', ['ratios']]);
  });

  it('refuses a total in an unknown currency at path currency', () => {
    const result = allocate(untyped('1', 'XYZ'), [1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['unknown-currency', ['currency']]);
  });

  it('does not mutate its ratios or its total', () => {
    const ratios = deepFreeze([1, '2', 3.5]);
    const total = deepFreeze(money('100', 'USD'));
    expect(allocate(total, ratios).ok).toBe(true);
    expect(ratios).toEqual([1, '2', 3.5]);
    expect(total).toEqual(money('100', 'USD'));
  });
});

describe('toMinorUnits and fromMinorUnits', () => {
  it('converts between amounts and minor units in every currency', () => {
    expect(toMinorUnits(money('125.50', 'USD'))).toBe(12550n);
    expect(toMinorUnits(money('1500', 'JPY'))).toBe(1500n);
    expect(toMinorUnits(money('-1.234', 'KWD'))).toBe(-1234n);
    expect(fromMinorUnits(12550n, 'USD')).toEqual({ amount: '125.50', currency: 'USD' });
    expect(fromMinorUnits(-5, 'KWD')).toEqual({ amount: '-0.005', currency: 'KWD' });
    expect(fromMinorUnits(7, 'JPY')).toEqual({ amount: '7', currency: 'JPY' });
  });

  it('reads negative zero minor units as zero', () => {
    expect(fromMinorUnits(-0, 'USD').amount).toBe('0.00');
  });

  it('is exact for minor units with more digits than any amount has', () => {
    const units = 10n ** 100n + 1n;
    expect(fromMinorUnits(units, 'USD').amount).toBe(`1${'0'.repeat(98)}.01`);
    expect(toMinorUnits(fromMinorUnits(-units, 'CLF'))).toBe(-units);
  });

  it('throws invalid-amount for minor units that are not a safe whole number', () => {
    for (const units of [1.5, Number.NaN, Infinity, 2 ** 53]) {
      expect(thrownBy(() => fromMinorUnits(units, 'USD')).code, String(units)).toBe('invalid-amount');
    }
  });

  it('throws unknown-currency for an unknown currency', () => {
    expect(thrownBy(() => fromMinorUnits(1n, 'XYZ')).code).toBe('unknown-currency');
    expect(thrownBy(() => toMinorUnits(untyped('1', 'XYZ'))).code).toBe('unknown-currency');
  });
});

describe('formatMoney', () => {
  it('formats in en-US by default, with the exact digits of the currency', () => {
    expect(formatMoney(money('10000', 'USD'))).toBe('$10,000.00');
    expect(formatMoney(money('-12.3', 'USD'))).toBe('-$12.30');
    expect(formatMoney(money('1500', 'JPY'))).toBe('¥1,500');
    expect(formatMoney(money('1.5', 'KWD'))).toBe('KWD\u00a01.500');
  });

  it('formats in the requested locale and currency display', () => {
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'de-DE' })).toBe('1.234,50\u00a0€');
    expect(formatMoney(money('12', 'USD'), { currencyDisplay: 'code' })).toBe('USD\u00a012.00');
    expect(formatMoney(money('12', 'USD'), { currencyDisplay: 'name' })).toBe('12.00 US dollars');
  });

  it('never rounds through floating point', () => {
    expect(formatMoney(money('123456789012345678901234567890.12', 'USD'))).toBe('$123,456,789,012,345,678,901,234,567,890.12');
    expect(formatMoney(money('0.10', 'USD'))).toBe('$0.10');
  });

  it('formats a registered currency with its own minor digits and code', () => {
    expect(registerCurrency({ code: 'USDC', minorUnits: 6 }).ok).toBe(true);
    expect(registerCurrency({ code: 'PTS', minorUnits: 0 }).ok).toBe(true);
    expect(formatMoney(money('1500.5', 'USDC'))).toBe('1,500.500000 USDC');
    expect(formatMoney(money('1500', 'PTS'))).toBe('PTS\u00a01,500');
  });

  it('throws unknown-currency for an unknown currency', () => {
    expect(thrownBy(() => formatMoney(untyped('1', 'XYZ'))).code).toBe('unknown-currency');
  });
});

describe('moneyToJSON', () => {
  it('returns a fresh plain copy with only amount and currency', () => {
    const m = { amount: '5.00', currency: 'GBP', note: 'extra' };
    const json = moneyToJSON(m);
    expect(json).toStrictEqual({ amount: '5.00', currency: 'GBP' });
    expect(json).not.toBe(m);
    expect(moneyToJSON(money('5', 'GBP'))).toEqual({ amount: '5.00', currency: 'GBP' });
  });
});

describe('Money properties', () => {
  const amountArbitrary = fc
    .tuple(currencyArbitrary, minorUnitsArbitrary)
    .map(([currency, units]) => fromMinorUnits(units, currency));

  it('survives a JSON round trip: parseMoney(JSON.parse(JSON.stringify(m))) equals m', () => {
    fc.assert(
      fc.property(amountArbitrary, (m) => {
        expect(parseMoney(JSON.parse(JSON.stringify(m)))).toEqual({ ok: true, value: m });
      }),
      PROPERTY_RUN,
    );
  });

  it('round-trips any whole number of minor units exactly', () => {
    fc.assert(
      fc.property(currencyArbitrary, fc.bigInt({ min: -(10n ** 120n), max: 10n ** 120n }), (currency, units) => {
        expect(toMinorUnits(fromMinorUnits(units, currency))).toBe(units);
      }),
      PROPERTY_RUN,
    );
  });

  it('reads a decimal string to exactly the minor units a reference reader finds', () => {
    const amountText = fc
      .tuple(currencyArbitrary, fc.boolean(), fc.stringMatching(/^\d{1,30}$/))
      .chain(([currency, negative, whole]) =>
        fc
          .stringMatching(new RegExp(`^\\d{0,${MINOR_UNITS[currency]}}$`))
          .map((fraction) => ({ currency, text: `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}` })),
      );
    fc.assert(
      fc.property(amountText, ({ currency, text }) => {
        const m = money(text, currency);
        expect(toMinorUnits(m)).toBe(minorUnitsOfAmount(text, MINOR_UNITS[currency]));
        expect(m.amount.split('.')[1]?.length ?? 0).toBe(MINOR_UNITS[currency]);
        expect(m.amount.startsWith('-0') && /^-0\.?0*$/.test(m.amount)).toBe(false);
      }),
      PROPERTY_RUN,
    );
  });

  it('adds and subtracts exactly, commutes, and subtract undoes add', () => {
    fc.assert(
      fc.property(currencyArbitrary, minorUnitsArbitrary, minorUnitsArbitrary, (currency, x, y) => {
        const a = fromMinorUnits(x, currency);
        const b = fromMinorUnits(y, currency);
        expect(toMinorUnits(add(a, b))).toBe(x + y);
        expect(toMinorUnits(subtract(a, b))).toBe(x - y);
        expect(add(a, b)).toEqual(add(b, a));
        expect(subtract(add(a, b), b)).toEqual(a);
        expect(add(subtract(a, b), b)).toEqual(a);
        expect(compare(a, b)).toBe(x < y ? -1 : x > y ? 1 : 0);
        expect(equals(a, b)).toBe(x === y);
      }),
      PROPERTY_RUN,
    );
  });

  it('sums a list to the sum of its minor units', () => {
    fc.assert(
      fc.property(currencyArbitrary, fc.array(minorUnitsArbitrary, { maxLength: 20 }), (currency, units) => {
        const result = sumMoney(units.map((unit) => fromMinorUnits(unit, currency)), currency);
        expect(result.ok).toBe(true);
        if (result.ok) expect(toMinorUnits(result.value)).toBe(units.reduce((sum, unit) => sum + unit, 0n));
      }),
      PROPERTY_RUN,
    );
  });

  it('negates twice to the same amount and agrees with the sign predicates', () => {
    fc.assert(
      fc.property(amountArbitrary, (m) => {
        const units = toMinorUnits(m);
        expect(negate(negate(m))).toEqual(m);
        expect(toMinorUnits(negate(m))).toBe(-units);
        expect([isZero(m), isNegative(m), isPositive(m)]).toEqual([units === 0n, units < 0n, units > 0n]);
      }),
      PROPERTY_RUN,
    );
  });

  it('multiplies and rounds exactly as rational arithmetic does, in every rounding mode', () => {
    const factorArbitrary = fc.oneof(
      fc.tuple(fc.boolean(), fc.stringMatching(/^\d{1,6}$/), fc.stringMatching(/^\d{0,12}$/)).map(
        ([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction === '' ? '' : `.${fraction}`}`,
      ),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 1000),
      fc.constantFrom('0.5', '-0.5', '0.125', '1.5', '2.5', '0'),
    );
    fc.assert(
      fc.property(amountArbitrary, factorArbitrary, fc.constantFrom(...ROUNDING_MODES), (m, factor, mode) => {
        const { numerator, denominator } = fractionOf(factor);
        const expected = roundFraction({ numerator: toMinorUnits(m) * numerator, denominator }, mode);
        expect(multiply(m, factor, mode)).toEqual(fromMinorUnits(expected, m.currency));
      }),
      PROPERTY_RUN,
    );
  });

  it('allocates parts that sum exactly to the whole, each within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(currencyArbitrary, minorUnitsArbitrary, ratiosArbitrary, (currency, units, ratios) => {
        const result = allocate(fromMinorUnits(units, currency), ratios);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const parts = result.value.map(toMinorUnits);
        expect(parts).toHaveLength(ratios.length);
        expect(parts.reduce((sum, part) => sum + part, 0n)).toBe(units);
        expect(result.value.every((part) => part.currency === currency)).toBe(true);
        const weights = ratios.map((ratio) => fractionOf(ratio));
        const common = weights.reduce((product, weight) => product * weight.denominator, 1n);
        const integers = weights.map((weight) => (weight.numerator * common) / weight.denominator);
        const sum = integers.reduce((a, b) => a + b, 0n);
        parts.forEach((part, index) => {
          // |part - units * w / sum| < 1  ⇔  |part * sum - units * w| < sum
          const gap = part * sum - units * (integers[index] ?? 0n);
          expect(gap < 0n ? -gap : gap).toBeLessThan(sum);
        });
      }),
      PROPERTY_RUN,
    );
  });

  it('allocates exactly as a reference largest-remainder method does, ties to the earlier part', () => {
    fc.assert(
      fc.property(currencyArbitrary, minorUnitsArbitrary, ratiosArbitrary, (currency, units, ratios) => {
        const result = allocate(fromMinorUnits(units, currency), ratios);
        expect(result.ok && result.value.map(toMinorUnits)).toEqual(largestRemainder(units, ratios.map((ratio) => fractionOf(ratio))));
      }),
      PROPERTY_RUN,
    );
  });

  it('allocates deterministically', () => {
    fc.assert(
      fc.property(currencyArbitrary, minorUnitsArbitrary, ratiosArbitrary, (currency, units, ratios) => {
        const total = fromMinorUnits(units, currency);
        expect(allocate(total, ratios)).toEqual(allocate(total, [...ratios]));
      }),
      PROPERTY_RUN,
    );
  });

  it('refuses any list with a negative ratio at the index of the first one', () => {
    fc.assert(
      fc.property(ratiosArbitrary, fc.nat(), fc.integer({ min: -1_000_000, max: -1 }), (ratios, at, negative) => {
        const index = at % (ratios.length + 1);
        const withNegative = [...ratios.slice(0, index), negative / 1000, ...ratios.slice(index)];
        const result = allocate(money('1', 'USD'), withNegative);
        expect(result.ok).toBe(false);
        if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-ratios', ['ratios', index]]);
      }),
      PROPERTY_RUN,
    );
  });
});
