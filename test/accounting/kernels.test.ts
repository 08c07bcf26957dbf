import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMinorUnits, isCalendarDate, money, toMinorUnits } from 'athlete-accelerator/core';
import { TransferSchema } from 'athlete-accelerator/accounting';
import { isValidCalendarDate } from '../../src/accounting/calendarDateCheck.js';
import { checkTransfer } from '../../src/accounting/checkTransfer.js';
import { derivedId } from '../../src/accounting/derivedId.js';
import { formatMinorUnits, isCanonicalAmount, parseMinorUnits } from '../../src/accounting/minorUnits.js';
import { PROPERTY_RUN } from './fixtures.js';

const SCALES = { USD: 2, JPY: 0, KWD: 3, CLF: 4 } as const;
const currencyArbitrary = fc.constantFrom(...(Object.keys(SCALES) as (keyof typeof SCALES)[]));

describe('the amount kernel', () => {
  it('reads unsigned amounts as core toMinorUnits does, for every currency and form', () => {
    const text = fc.oneof(
      fc.stringMatching(/^\d{1,18}(\.\d{1,6})?$/),
      fc.stringMatching(/^\d{1,30}(\.\d{1,30})?$/),
      fc.stringMatching(/^[\d.]{0,8}$/),
      fc.constantFrom('', '.', '1.', '.5', '-1', '+1', '1e3', '0x10', ' 1', '1 ', '١٢', '0', '00.00', '1.000000'),
    );
    fc.assert(
      fc.property(text, currencyArbitrary, (amount, currency) => {
        const ours = parseMinorUnits(amount, SCALES[currency]);
        let theirs: bigint | undefined;
        try {
          theirs = toMinorUnits(money(amount, currency));
        } catch {
          theirs = undefined;
        }
        // The ledger reads only amounts without a sign: a negative amount is refused, not negated.
        expect(ours).toBe(theirs !== undefined && theirs < 0n ? undefined : theirs);
      }),
      PROPERTY_RUN,
    );
  });

  it('writes minor units as core fromMinorUnits does, and canonical text is recognised as such', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 28n), max: 10n ** 28n }), currencyArbitrary, (units, currency) => {
        const text = formatMinorUnits(units, SCALES[currency]);
        expect(text).toBe(fromMinorUnits(units, currency).amount);
        if (units >= 0n) {
          expect(isCanonicalAmount(text, SCALES[currency])).toBe(true);
          expect(parseMinorUnits(text, SCALES[currency])).toBe(units);
        }
      }),
      PROPERTY_RUN,
    );
  });

  it('does not take padded or trimmed amounts for canonical ones', () => {
    expect(isCanonicalAmount('125.5', 2)).toBe(false);
    expect(isCanonicalAmount('0125.50', 2)).toBe(false);
    expect(isCanonicalAmount('125.500', 2)).toBe(false);
    expect(isCanonicalAmount('0.50', 2)).toBe(true);
    expect(isCanonicalAmount('1500', 0)).toBe(true);
    expect(isCanonicalAmount('01500', 0)).toBe(false);
  });
});

describe('the calendar date check', () => {
  it('agrees with core isCalendarDate on every string shaped like a date and on edge dates', () => {
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([year, month, day]) => `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    const anything = fc.oneof(shaped, fc.string({ maxLength: 12 }), fc.constantFrom('2028-02-29', '2100-02-29', '2000-02-29', '0000-02-29', '2027-1-01', '2027-01-01T00:00'));
    fc.assert(
      fc.property(anything, (text) => {
        expect(isValidCalendarDate(text)).toBe(isCalendarDate(text));
      }),
      { ...PROPERTY_RUN, numRuns: 2000 },
    );
    expect(isValidCalendarDate(20270101)).toBe(false);
  });
});

/** Mostly valid values, with every kind of invalid one mixed in. */
function mostly<T>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}
const idArbitrary = mostly(
  fc.oneof(fc.constantFrom('t-1', 'wallet', 'athlete-0001/trade-credit', 'a:b@c.d', 'x'.repeat(128)), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,10}$/)),
  fc.constantFrom('', ' ', '-lead', 'x'.repeat(129), '__proto__', 'constructor', 'prototype', 'é', 7),
);
/** Transfers that are valid by construction, in each mode. */
const consistent = fc
  .record({
    mode: fc.constantFrom('plain', 'pending', 'post', 'void'),
    id: idArbitrary,
    debitAccountId: idArbitrary,
    creditAccountId: idArbitrary,
    amount: fc.option(fc.constantFrom('125.50', '125.5', '1.000', '0125', '7', '99999999999999999999999999999.99', '0.001'), { nil: undefined, freq: 5 }),
    ledger: fc.constantFrom('USD', 'JPY', 'KWD'),
    code: fc.constantFrom('credit-spend', 'grant', 'aB9-x'),
    date: fc.constantFrom('2027-01-11', '2028-02-29'),
    linked: fc.boolean(),
    timeout: fc.option(fc.constantFrom('2027-01-10', '2027-01-11', '2028-03-01'), { nil: undefined }),
    reference: fc.option(fc.constantFrom('order-1', 'r'.repeat(256)), { nil: undefined }),
  })
  .map(({ mode, linked, timeout, amount, ...fields }) => {
    const value: Record<string, unknown> = { ...fields };
    if (amount !== undefined || mode === 'plain' || mode === 'pending') value.amount = amount ?? '10.00';
    const flags: Record<string, unknown> = linked ? { linked: true } : {};
    if (mode === 'pending') flags.pending = true;
    if (mode === 'post') flags.postPending = true;
    if (mode === 'void') flags.voidPending = true;
    if (Object.keys(flags).length > 0) value.flags = flags;
    if (mode === 'post' || mode === 'void') value.pendingId = 'hold-1';
    if (mode === 'pending' && timeout !== undefined) value.timeout = timeout;
    if (value.reference === undefined) delete value.reference;
    return value;
  });
const wild = fc.constantFrom<unknown>(
  undefined, null, 0, 12, true, '', ' ', 'x', '0', '0.00', '1.005', '-5', '1e3', 'USD', 'usd', 'XYZ', 'JPY', '2027-02-30', '2027-01-01',
  'hold-1', '__proto__', 'constructor', 'a'.repeat(129), [], {}, { pending: true, postPending: true }, { voidPending: true }, { pending: 'yes' }, { extra: true },
);
/** A valid transfer with up to two fields changed (or removed, or added) to anything. */
const transferLike = fc
  .tuple(
    consistent,
    fc.array(fc.tuple(fc.constantFrom('id', 'debitAccountId', 'creditAccountId', 'amount', 'ledger', 'code', 'date', 'flags', 'pendingId', 'timeout', 'reference', 'extra'), wild), {
      maxLength: 2,
    }),
  )
  .map(([value, changes]) => {
    const removed = new Set<string>(changes.filter(([, replacement]) => replacement === undefined).map(([key]) => key));
    const changed = Object.fromEntries(changes.filter(([, replacement]) => replacement !== undefined));
    return Object.fromEntries(Object.entries({ ...value, ...changed }).filter(([key]) => !removed.has(key)));
  });

describe('the fast transfer check', () => {
  it('accepts exactly what TransferSchema accepts', () => {
    fc.assert(
      fc.property(transferLike, (value) => {
        const fast = checkTransfer(value);
        const schema = TransferSchema.safeParse(value);
        expect(fast !== undefined).toBe(schema.success);
        if (fast !== undefined && schema.success && schema.data.amount !== undefined) {
          expect(fast.transfer.amount).toBe(fromMinorUnits(toMinorUnits(money(schema.data.amount, schema.data.ledger)), schema.data.ledger).amount);
        }
      }),
      { ...PROPERTY_RUN, numRuns: 3000 },
    );
  });

  it('finds a fair share of valid transfers among the generated ones, so the property above means something', () => {
    const samples = fc.sample(transferLike, { seed: PROPERTY_RUN.seed, numRuns: 3000 });
    const valid = samples.filter((value) => TransferSchema.safeParse(value).success).length;
    expect(valid).toBeGreaterThan(300);
  });

  it('keeps only true flags, drops linked, and writes the amount with the currency digits', () => {
    const checked = checkTransfer({
      id: 't-1', debitAccountId: 'a', creditAccountId: 'b', amount: '5.5', ledger: 'USD', code: 'grant', date: '2027-01-11',
      flags: { pending: true, linked: true, postPending: false }, timeout: '2027-01-20',
    });
    expect(checked?.transfer).toEqual({
      id: 't-1', debitAccountId: 'a', creditAccountId: 'b', amount: '5.50', ledger: 'USD', code: 'grant', date: '2027-01-11',
      flags: { pending: true }, timeout: '2027-01-20',
    });
    expect(checked?.linked).toBe(true);
    expect(checked?.amount).toBe(550n);
  });
});

describe('derived ids', () => {
  it('stay within 128 characters, are stable, and step aside for ids in use', () => {
    const long = 'a'.repeat(200);
    const id = derivedId(long, 'expired');
    expect(id.length).toBeLessThanOrEqual(128);
    expect(derivedId(long, 'expired')).toBe(id);
    expect(derivedId(`${long}b`, 'expired')).not.toBe(id);
    expect(derivedId('hold-1', 'expired')).toBe('hold-1:expired');
    expect(derivedId('hold-1', 'expired', (candidate) => candidate === 'hold-1:expired')).toBe('hold-1:expired:2');
  });
});
