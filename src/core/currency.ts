import { z } from 'zod';
import type { CoreError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A currency: its ISO 4217 alphabetic code and the number of digits after the decimal point
 * (its minor unit: 2 for USD, 0 for JPY, 3 for KWD).
 *
 * @category Money
 */
export interface Currency {
  readonly code: string;
  readonly minorUnits: number;
}

/** Currencies whose minor unit is not 2 (ISO 4217, as published by the maintenance agency). */
const NON_DEFAULT_MINOR_UNITS: Readonly<Record<string, number>> = {
  BHD: 3, BIF: 0, CLF: 4, CLP: 0, DJF: 0, GNF: 0, IQD: 3, ISK: 0, JOD: 3, JPY: 0, KMF: 0, KRW: 0,
  KWD: 3, LYD: 3, OMR: 3, PYG: 0, RWF: 0, TND: 3, UGX: 0, UYI: 0, UYW: 4, VND: 0, VUV: 0, XAF: 0,
  XOF: 0, XPF: 0,
};

/** Active ISO 4217 codes with a minor unit of 2. */
const TWO_DIGIT_CODES =
  'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD ' +
  'CDF CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD ' +
  'HKD HNL HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD ' +
  'MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON ' +
  'RSD RUB SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD ' +
  'TZS UAH USD UYU UZS VED VES WST XCD XCG YER ZAR ZMW ZWG';

const iso4217: ReadonlyMap<string, number> = new Map<string, number>([
  ...TWO_DIGIT_CODES.split(' ').map((code): [string, number] => [code, 2]),
  ...Object.entries(NON_DEFAULT_MINOR_UNITS),
]);

/** Currencies registered by the caller, on top of ISO 4217. */
const registered = new Map<string, number>();

const CURRENCY_CODE = /^[A-Z][A-Z0-9]{2,9}$/;

/**
 * A currency code as it appears in data: upper-case letters and digits, 3 to 10 characters
 * (ISO 4217 codes are 3 letters; registered codes such as `"USDC"` may be longer).
 *
 * @category Money
 */
export const CurrencyCodeSchema = z
  .string()
  .regex(CURRENCY_CODE, 'Expected a currency code such as "USD" (upper-case letters and digits).')
  .refine((code) => findCurrency(code) !== undefined, {
    message: 'Unknown currency: not in ISO 4217 and not registered with registerCurrency().',
  });

/**
 * Looks up a currency by code among ISO 4217 and the currencies registered with {@link registerCurrency}.
 *
 * @category Money
 * @example
 * findCurrency('JPY') //=> { code: 'JPY', minorUnits: 0 }
 * findCurrency('XYZ') //=> undefined
 */
export function findCurrency(code: string): Currency | undefined {
  const minorUnits = iso4217.get(code) ?? registered.get(code);
  return minorUnits === undefined ? undefined : { code, minorUnits };
}

/**
 * Makes a currency that is not in ISO 4217 (a programme token, a stablecoin) known to every Money
 * function. Registering the same code again with the same minor units is a no-op; with different
 * minor units, or an ISO code with units that differ from the standard, it is a `currency-conflict`.
 *
 * Registration is process-wide, like adding a currency to a shared table: register once, at start-up,
 * before any amount in that currency is parsed.
 *
 * @category Money
 * @example
 * registerCurrency({ code: 'PTS', minorUnits: 0 }) //=> { ok: true, value: { code: 'PTS', minorUnits: 0 } }
 */
export function registerCurrency(currency: Currency): Result<Currency, CoreError> {
  const candidate: unknown = currency;
  if (candidate === null || typeof candidate !== 'object') {
    const message = 'Expected a currency such as { code: "PTS", minorUnits: 0 }.';
    return err({ code: 'invalid-input', message, path: [], issues: [{ path: [], message }] });
  }
  const { code, minorUnits } = currency;
  if (typeof code !== 'string' || !CURRENCY_CODE.test(code)) {
    return err({
      code: 'invalid-input',
      message: 'A currency code is 3 to 10 upper-case letters or digits, starting with a letter.',
      path: ['code'],
      issues: [{ path: ['code'], message: 'Expected a currency code such as "PTS".' }],
    });
  }
  if (!Number.isInteger(minorUnits) || minorUnits < 0 || minorUnits > 8) {
    return err({
      code: 'invalid-input',
      message: 'Minor units must be a whole number from 0 to 8.',
      path: ['minorUnits'],
      issues: [{ path: ['minorUnits'], message: 'Expected a whole number from 0 to 8.' }],
    });
  }
  const existing = findCurrency(code);
  if (existing !== undefined && existing.minorUnits !== minorUnits) {
    return err({
      code: 'currency-conflict',
      message: `Currency ${code} is already known with ${existing.minorUnits} minor digits, not ${minorUnits}.`,
      path: ['minorUnits'],
    });
  }
  if (existing === undefined) registered.set(code, minorUnits);
  return ok({ code, minorUnits });
}
