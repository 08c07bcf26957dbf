import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CurrencyCodeSchema, findCurrency, money, parseMoney, registerCurrency, type Currency } from 'athlete-accelerator/core';
import { PROPERTY_RUN } from './arbitraries.js';
import { deepFreeze } from './deepFreeze.js';

describe('findCurrency', () => {
  it('knows the ISO 4217 minor units: 2 by default, 0 for JPY, 3 for KWD, 4 for CLF', () => {
    expect(findCurrency('USD')).toEqual({ code: 'USD', minorUnits: 2 });
    expect(findCurrency('EUR')).toEqual({ code: 'EUR', minorUnits: 2 });
    expect(findCurrency('JPY')).toEqual({ code: 'JPY', minorUnits: 0 });
    expect(findCurrency('KRW')).toEqual({ code: 'KRW', minorUnits: 0 });
    expect(findCurrency('KWD')).toEqual({ code: 'KWD', minorUnits: 3 });
    expect(findCurrency('BHD')).toEqual({ code: 'BHD', minorUnits: 3 });
    expect(findCurrency('CLF')).toEqual({ code: 'CLF', minorUnits: 4 });
    expect(findCurrency('UYW')).toEqual({ code: 'UYW', minorUnits: 4 });
  });

  it('returns undefined for a code that is neither ISO 4217 nor registered', () => {
    for (const code of ['XYZ', 'usd', '', 'constructor', '__proto__', 'toString']) expect(findCurrency(code)).toBeUndefined();
  });
});

describe('registerCurrency', () => {
  it('makes a new currency known to every Money function', () => {
    expect(findCurrency('PTS')).toBeUndefined();
    expect(registerCurrency({ code: 'PTS', minorUnits: 0 })).toEqual({ ok: true, value: { code: 'PTS', minorUnits: 0 } });
    expect(findCurrency('PTS')).toEqual({ code: 'PTS', minorUnits: 0 });
    expect(money('1500', 'PTS')).toEqual({ amount: '1500', currency: 'PTS' });
    expect(parseMoney({ amount: '12.5', currency: 'PTS' }).ok).toBe(false);
    expect(CurrencyCodeSchema.safeParse('PTS').success).toBe(true);
  });

  it('accepts codes of up to 10 letters and digits, such as a stablecoin with 6 minor digits', () => {
    expect(registerCurrency({ code: 'USDC', minorUnits: 6 }).ok).toBe(true);
    expect(money('0.000001', 'USDC').amount).toBe('0.000001');
    expect(registerCurrency({ code: 'A123456789', minorUnits: 8 }).ok).toBe(true);
  });

  it('is a no-op to register the same currency again, or an ISO currency with its standard units', () => {
    expect(registerCurrency({ code: 'GEMS', minorUnits: 1 }).ok).toBe(true);
    expect(registerCurrency({ code: 'GEMS', minorUnits: 1 })).toEqual({ ok: true, value: { code: 'GEMS', minorUnits: 1 } });
    expect(registerCurrency({ code: 'JPY', minorUnits: 0 })).toEqual({ ok: true, value: { code: 'JPY', minorUnits: 0 } });
  });

  it('refuses different minor units for a known code with currency-conflict at path minorUnits', () => {
    expect(registerCurrency({ code: 'TOKN', minorUnits: 2 }).ok).toBe(true);
    for (const currency of [{ code: 'TOKN', minorUnits: 3 }, { code: 'USD', minorUnits: 3 }, { code: 'JPY', minorUnits: 2 }]) {
      const result = registerCurrency(currency);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('currency-conflict');
      expect(result.error.path).toEqual(['minorUnits']);
    }
    expect(findCurrency('USD')).toEqual({ code: 'USD', minorUnits: 2 });
    expect(findCurrency('TOKN')).toEqual({ code: 'TOKN', minorUnits: 2 });
  });

  it('refuses a malformed code with invalid-input at path code', () => {
    for (const code of ['pts', 'PT', 'P', '', '1AB', 'ABCDEFGHIJK', 'AB-C', 'ÄBC', ' ABC', '__proto__', 42, null]) {
      const result = registerCurrency({ code, minorUnits: 2 } as unknown as Currency);
      expect(result.ok, String(code)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toEqual(['code']);
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([['code']]);
    }
  });

  it('refuses minor units that are not a whole number from 0 to 8 with invalid-input at path minorUnits', () => {
    for (const minorUnits of [-1, 9, 2.5, Number.NaN, Infinity, '2', null]) {
      const result = registerCurrency({ code: 'BADU', minorUnits } as unknown as Currency);
      expect(result.ok, String(minorUnits)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toEqual(['minorUnits']);
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([['minorUnits']]);
    }
    expect(findCurrency('BADU')).toBeUndefined();
  });

  it('refuses a value that is not a currency object at the root path instead of throwing', () => {
    for (const input of [null, undefined, 'USD', 3]) {
      const result = registerCurrency(input as unknown as Currency);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-input', []]);
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = registerCurrency(input as Currency);
        if (!result.ok) expect(['invalid-input', 'currency-conflict']).toContain(result.error.code);
      }),
      PROPERTY_RUN,
    );
  });

  it('does not mutate its input', () => {
    const currency = deepFreeze({ code: 'FRZN', minorUnits: 2 });
    expect(registerCurrency(currency).ok).toBe(true);
    expect(currency).toEqual({ code: 'FRZN', minorUnits: 2 });
  });
});

describe('CurrencyCodeSchema', () => {
  it('accepts ISO codes and refuses unknown or malformed ones', () => {
    expect(CurrencyCodeSchema.safeParse('KWD').success).toBe(true);
    expect(CurrencyCodeSchema.safeParse('XYZ').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse('usd').success).toBe(false);
    expect(CurrencyCodeSchema.safeParse(840).success).toBe(false);
  });
});
