// fast-check arbitraries shared by the core tests, and the fixed seed that keeps every property run the same.
import fc from 'fast-check';
import { daysFromCivil, dateOfDay } from './referenceCalendar.js';

/** Every property runs with this seed and count, so a failure reproduces on every machine. */
export const PROPERTY_RUN = { seed: 20261125, numRuns: 200 } as const;

/** The fuzzing of the parsers (29 properties, several per parser, over the heavier schemas) runs half as many cases. */
export const FUZZ_RUN = { seed: 20261125, numRuns: 100 } as const;

/** Currencies with every kind of minor unit: 2 (USD, EUR), 0 (JPY), 3 (KWD, BHD) and 4 (CLF). */
export const MINOR_UNITS = { USD: 2, EUR: 2, JPY: 0, KWD: 3, BHD: 3, CLF: 4 } as const;
export const currencyArbitrary: fc.Arbitrary<keyof typeof MINOR_UNITS> = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'BHD', 'CLF');

/** A whole number of minor units whose amount stays within the 30 integer digits an amount may have. */
export const minorUnitsArbitrary: fc.Arbitrary<bigint> = fc.oneof(
  fc.bigInt({ min: -1000n, max: 1000n }),
  fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }),
  fc.bigInt({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n }),
);

/** A non-negative allocation ratio: a whole number, zero, a decimal string or a number with decimals. */
export const ratioArbitrary: fc.Arbitrary<string | number> = fc.oneof(
  fc.constantFrom(0, -0, '0', '0.000'),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => n / 1000),
  fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 20n }), fc.stringMatching(/^\d{1,12}$/))
    .map(([whole, fraction]) => `${whole}.${fraction}`),
  fc.stringMatching(/^\d{1,25}$/),
);

/** Ratios with at least one above zero. */
export const ratiosArbitrary: fc.Arbitrary<(string | number)[]> = fc
  .array(ratioArbitrary, { minLength: 1, maxLength: 8 })
  .filter((ratios) => ratios.some((ratio) => Number(ratio) > 0));

const FIRST_DAY = daysFromCivil({ year: 0, month: 1, day: 1 });
const LAST_DAY = daysFromCivil({ year: 9999, month: 12, day: 31 });
const MODERN_FIRST = daysFromCivil({ year: 1900, month: 1, day: 1 });
const MODERN_LAST = daysFromCivil({ year: 2100, month: 12, day: 31 });

/** Dates where calendars go wrong: leap days, year ends, ISO week 53, DST switch days, year 0 and 9999. */
export const EDGE_DATES = [
  '0000-01-01', '0000-02-29', '0001-01-01', '1582-10-15', '1899-12-31', '1900-02-28', '1900-03-01',
  '1970-01-01', '1999-12-31', '2000-02-29', '2004-02-29', '2015-12-31', '2016-01-03', '2018-11-04',
  '2019-02-16', '2020-12-31', '2021-01-03', '2024-02-29', '2026-03-08', '2026-03-29', '2026-10-25',
  '2026-11-01', '2026-12-28', '2027-01-01', '2027-01-03', '2028-02-29', '2100-02-28', '2100-03-01',
  '9999-12-31',
] as const;

/** A real calendar date from 0000-01-01 to 9999-12-31, mostly modern, often an edge case. */
export const dateArbitrary: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_DATES), weight: 1 },
  { arbitrary: fc.integer({ min: MODERN_FIRST, max: MODERN_LAST }).map(dateOfDay), weight: 3 },
  { arbitrary: fc.integer({ min: FIRST_DAY, max: LAST_DAY }).map(dateOfDay), weight: 2 },
);

/** The keys no data may use. */
export const hostileKeyArbitrary: fc.Arbitrary<'__proto__' | 'constructor' | 'prototype'> = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
);

/** A key that is harmless in data (what surrounds a hostile key). */
export const safeKeyArbitrary: fc.Arbitrary<string> = fc
  .string({ minLength: 1, maxLength: 8 })
  .filter((key) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype');
