import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AcceleratorUsageError,
  addDays,
  addMonths,
  addWeeks,
  CalendarDateSchema,
  compareDates,
  DateIntervalSchema,
  daysBetween,
  fullYearsBetween,
  intervalsOverlap,
  isCalendarDate,
  isoWeekOf,
  isWithinInterval,
  parseCalendarDate,
  startOfIsoWeek,
} from 'athlete-accelerator/core';
import { dateArbitrary, EDGE_DATES, PROPERTY_RUN } from './arbitraries.js';
import {
  civilFromDays,
  dateOfDay,
  dayNumber,
  daysInMonth,
  formatCivil,
  fullYears,
  isoWeekdayOf,
  isoWeekOfDay,
  parseCivil,
} from './referenceCalendar.js';
import { deepFreeze } from './deepFreeze.js';

describe('isCalendarDate', () => {
  it('accepts real dates written YYYY-MM-DD, including leap days', () => {
    for (const date of ['2026-03-01', '2028-02-29', '2000-02-29', '1996-07-20', '2026-12-31', '0001-01-01', '9999-12-31']) {
      expect(isCalendarDate(date), date).toBe(true);
    }
  });

  it('accepts year 0000, the ISO 8601 year before year 1', () => {
    expect(isCalendarDate('0000-01-01')).toBe(true);
    expect(isCalendarDate('0000-02-29')).toBe(true);
  });

  it('refuses days that do not exist: 29 February of a common year, 30 February, month 13, day 0', () => {
    for (const date of ['2026-02-29', '1900-02-29', '2100-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32']) {
      expect(isCalendarDate(date), date).toBe(false);
    }
  });

  it('refuses other spellings and non-strings', () => {
    for (const value of ['01/03/2026', '2026-3-1', '2026-03-01T00:00:00Z', ' 2026-03-01', '2026-03-01 ', '20260301', '+2026-03-01', '', null, undefined, 20260301, new Date(Date.UTC(2026, 2, 1)), ['2026-03-01']]) {
      expect(isCalendarDate(value), String(value)).toBe(false);
    }
  });
});

describe('parseCalendarDate', () => {
  it('returns a real date unchanged', () => {
    expect(parseCalendarDate('2026-03-01')).toEqual({ ok: true, value: '2026-03-01' });
  });

  it('refuses anything else with invalid-input at the root path', () => {
    for (const input of ['01/03/2026', '2026-02-30', '', 'x'.repeat(500), null, undefined, 20260301, {}, [], new Date(Date.UTC(2026, 2, 1))]) {
      const result = parseCalendarDate(input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('invalid-input');
      expect(result.error.path).toEqual([]);
      expect(result.error.issues?.map((issue) => issue.path)).toEqual([[]]);
      expect(result.error.message.length).toBeLessThan(120);
    }
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ date: '2026-03-01' });
    expect(parseCalendarDate(input).ok).toBe(false);
    expect(input).toEqual({ date: '2026-03-01' });
  });
});

describe('CalendarDateSchema', () => {
  it('accepts real dates and refuses others', () => {
    expect(CalendarDateSchema.safeParse('2028-02-29').success).toBe(true);
    expect(CalendarDateSchema.safeParse('2026-02-29').success).toBe(false);
    expect(CalendarDateSchema.safeParse(20260301).success).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders dates', () => {
    expect(compareDates('2026-03-01', '2026-12-31')).toBe(-1);
    expect(compareDates('2026-12-31', '2026-03-01')).toBe(1);
    expect(compareDates('2026-03-01', '2026-03-01')).toBe(0);
    expect(compareDates('0999-12-31', '1000-01-01')).toBe(-1);
  });
});

describe('addDays and addWeeks', () => {
  it('steps over month ends, leap days and year ends', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-01', 0)).toBe('2026-03-01');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2028-01-01', 365)).toBe('2028-12-31');
  });

  it('counts whole days across daylight-saving switches', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2018-11-03', 1)).toBe('2018-11-04');
    expect(addDays('2018-11-04', 1)).toBe('2018-11-05');
    expect(addDays('2019-02-16', 1)).toBe('2019-02-17');
    expect(addDays('2026-11-01', -1)).toBe('2026-10-31');
  });

  it('steps back from year 1 into year 0000', () => {
    expect(addDays('0001-01-01', -1)).toBe('0000-12-31');
    expect(addDays('0000-12-31', 1)).toBe('0001-01-01');
  });

  it('adds whole weeks', () => {
    expect(addWeeks('2026-03-02', 2)).toBe('2026-03-16');
    expect(addWeeks('2026-03-02', -1)).toBe('2026-02-23');
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
  });

  it('crosses years in both directions', () => {
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
  });
});

describe('daysBetween', () => {
  it('counts days from one date to another, negative when the second is earlier', () => {
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).toBe(-30);
    expect(daysBetween('2028-02-01', '2028-03-01')).toBe(29);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('counts whole days across daylight-saving switches', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2018-11-03', '2018-11-05')).toBe(2);
    expect(daysBetween('2019-02-16', '2019-02-18')).toBe(2);
  });
});

describe('fullYearsBetween', () => {
  it('counts full years, the birthday itself included', () => {
    expect(fullYearsBetween('1996-07-20', '2026-07-19')).toBe(29);
    expect(fullYearsBetween('1996-07-20', '2026-07-20')).toBe(30);
    expect(fullYearsBetween('2026-07-20', '2026-07-20')).toBe(0);
  });

  it('makes a 29 February birthday come on 1 March in common years', () => {
    expect(fullYearsBetween('2004-02-29', '2022-02-28')).toBe(17);
    expect(fullYearsBetween('2004-02-29', '2022-03-01')).toBe(18);
    expect(fullYearsBetween('2004-02-29', '2024-02-28')).toBe(19);
    expect(fullYearsBetween('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is negative when the second date is earlier', () => {
    expect(fullYearsBetween('2026-07-20', '1996-07-20')).toBe(-30);
    expect(fullYearsBetween('2026-07-20', '1996-07-21')).toBe(-29);
  });
});

describe('isoWeekOf and startOfIsoWeek', () => {
  it('puts 1 January in the last week of the year before when it falls late in the week', () => {
    expect(isoWeekOf('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2021-01-03')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2016-01-03')).toEqual({ year: 2015, week: 53 });
    expect(isoWeekOf('2023-01-01')).toEqual({ year: 2022, week: 52 });
  });

  it('numbers week 53 in years that have one and puts late December in week 1 of the next year', () => {
    expect(isoWeekOf('2026-12-28')).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf('2026-03-05')).toEqual({ year: 2026, week: 10 });
  });

  it('finds the Monday that starts the week', () => {
    expect(startOfIsoWeek('2026-03-05')).toBe('2026-03-02');
    expect(startOfIsoWeek('2026-03-02')).toBe('2026-03-02');
    expect(startOfIsoWeek('2026-03-08')).toBe('2026-03-02');
    expect(startOfIsoWeek('2027-01-01')).toBe('2026-12-28');
    expect(startOfIsoWeek('2018-11-04')).toBe('2018-10-29');
    expect(startOfIsoWeek('2018-11-05')).toBe('2018-11-05');
  });
});

describe('DateIntervalSchema', () => {
  it('accepts an interval of one day or more', () => {
    expect(DateIntervalSchema.safeParse({ start: '2026-07-24', end: '2026-07-24' }).success).toBe(true);
    expect(DateIntervalSchema.safeParse({ start: '2026-07-24', end: '2026-08-09' }).success).toBe(true);
  });

  it('refuses an end before the start at path end, and a bad date at its path', () => {
    const reversed = DateIntervalSchema.safeParse({ start: '2026-08-09', end: '2026-07-24' });
    expect(reversed.error?.issues.map((issue) => issue.path)).toEqual([['end']]);
    const badStart = DateIntervalSchema.safeParse({ start: '2026-02-30', end: '2026-07-24' });
    expect(badStart.error?.issues.map((issue) => issue.path)).toEqual([['start']]);
  });
});

describe('isWithinInterval and intervalsOverlap', () => {
  const games = { start: '2026-07-24', end: '2026-08-09' };

  it('includes both ends of an interval', () => {
    expect(isWithinInterval('2026-07-31', games)).toBe(true);
    expect(isWithinInterval('2026-07-24', games)).toBe(true);
    expect(isWithinInterval('2026-08-09', games)).toBe(true);
    expect(isWithinInterval('2026-07-23', games)).toBe(false);
    expect(isWithinInterval('2026-08-10', games)).toBe(false);
  });

  it('sees intervals that share one day as overlapping', () => {
    expect(intervalsOverlap({ start: '2026-01-01', end: '2026-01-07' }, { start: '2026-01-07', end: '2026-01-10' })).toBe(true);
    expect(intervalsOverlap({ start: '2026-01-01', end: '2026-01-06' }, { start: '2026-01-07', end: '2026-01-10' })).toBe(false);
    expect(intervalsOverlap({ start: '2026-01-01', end: '2026-12-31' }, { start: '2026-05-01', end: '2026-05-01' })).toBe(true);
  });

  it('does not mutate the intervals', () => {
    const interval = deepFreeze({ ...games });
    expect(isWithinInterval('2026-08-01', interval)).toBe(true);
    expect(intervalsOverlap(interval, interval)).toBe(true);
    expect(interval).toEqual(games);
  });
});

describe('leap days of every year', () => {
  it('handles 29 February of every leap year in two 400-year cycles, years below 100 included', () => {
    const years = [...Array.from({ length: 101 }, (_, i) => i * 4), ...Array.from({ length: 101 }, (_, i) => 1800 + i * 4)];
    for (const year of years) {
      if (year % 100 === 0 && year % 400 !== 0) continue;
      const leapDay = formatCivil({ year, month: 2, day: 29 });
      const day = dayNumber(leapDay);
      expect(isCalendarDate(leapDay), leapDay).toBe(true);
      expect(addDays(leapDay, 1), leapDay).toBe(dateOfDay(day + 1));
      expect(addDays(leapDay, -1), leapDay).toBe(dateOfDay(day - 1));
      expect(daysBetween(dateOfDay(day - 1), dateOfDay(day + 1)), leapDay).toBe(2);
      expect(isoWeekOf(leapDay), leapDay).toEqual(isoWeekOfDay(day));
    }
  });

  it('refuses 29 February of the century years that are not leap years', () => {
    for (const year of [100, 200, 300, 1700, 1800, 1900, 2100, 2200, 2300, 2500]) {
      expect(isCalendarDate(formatCivil({ year, month: 2, day: 29 })), String(year)).toBe(false);
    }
  });
});

describe('calendar properties', () => {
  /** A date string whose fields may be out of range, to check validation against the reference. */
  const maybeDate = fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(([year, month, day]) => formatCivil({ year, month, day }));

  /** Two dates in range and the number of days from the first to the second. */
  const dateAndOffset = fc.tuple(dateArbitrary, dateArbitrary).map(([date, other]) => ({ date, days: dayNumber(other) - dayNumber(date), other }));

  it('accepts exactly the dates that exist in the proleptic Gregorian calendar', () => {
    fc.assert(
      fc.property(maybeDate, (text) => {
        const { year, month, day } = parseCivil(text);
        expect(isCalendarDate(text)).toBe(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month));
      }),
      PROPERTY_RUN,
    );
  });

  it('adds days as the reference calendar does, and adding -n undoes adding n', () => {
    fc.assert(
      fc.property(dateAndOffset, ({ date, days, other }) => {
        expect(addDays(date, days)).toBe(other);
        expect(addDays(addDays(date, days), -days)).toBe(date);
        expect(dateOfDay(dayNumber(date) + days)).toBe(other);
      }),
      PROPERTY_RUN,
    );
  });

  it('counts n days from a date to the date n days later', () => {
    fc.assert(
      fc.property(dateAndOffset, ({ date, days }) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
        expect(daysBetween(addDays(date, days), date)).toBe(0 - days);
      }),
      PROPERTY_RUN,
    );
  });

  it('orders dates with the sign of the days between them', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, (a, b) => {
        const days = daysBetween(a, b);
        expect(compareDates(a, b)).toBe(days > 0 ? -1 : days < 0 ? 1 : 0);
        expect(compareDates(b, a)).toBe(-compareDates(a, b) || 0);
      }),
      PROPERTY_RUN,
    );
  });

  it('adds weeks as seven days each', () => {
    fc.assert(
      fc.property(dateArbitrary.filter((date) => date >= '0002-01-01' && date <= '9998-01-01'), fc.integer({ min: -52, max: 52 }), (date, weeks) => {
        expect(addWeeks(date, weeks)).toBe(addDays(date, weeks * 7));
      }),
      PROPERTY_RUN,
    );
  });

  it('adds months as the reference does, clamped to the end of the month', () => {
    fc.assert(
      fc.property(dateArbitrary.filter((date) => date >= '0010-01-01' && date <= '9990-01-01'), fc.integer({ min: -120, max: 120 }), (date, months) => {
        const { year, month, day } = parseCivil(date);
        const index = year * 12 + (month - 1) + months;
        const targetYear = Math.floor(index / 12);
        const targetMonth = (index % 12) + 1;
        const expected = formatCivil({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
        expect(addMonths(date, months)).toBe(expected);
      }),
      PROPERTY_RUN,
    );
  });

  it('finds the ISO week the reference finds', () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        expect(isoWeekOf(date)).toEqual(isoWeekOfDay(dayNumber(date)));
      }),
      PROPERTY_RUN,
    );
  });

  it('starts every ISO week on a Monday at most six days before the date, in the same ISO week', () => {
    fc.assert(
      fc.property(dateArbitrary.filter((date) => date >= '0000-01-10'), (date) => {
        const monday = startOfIsoWeek(date);
        expect(isoWeekdayOf(dayNumber(monday))).toBe(1);
        expect(compareDates(monday, date)).toBeLessThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, date)).toBeLessThanOrEqual(6);
        expect(isoWeekOf(monday)).toEqual(isoWeekOf(date));
      }),
      PROPERTY_RUN,
    );
  });

  it('counts full years as the reference does, with 29 February birthdays on 1 March', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(fullYearsBetween(from, to)).toBe(fullYears(from, to));
      }),
      PROPERTY_RUN,
    );
  });

  it('never counts fewer full years to a later date', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, (from, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(fullYearsBetween(from, earlier)).toBeLessThanOrEqual(fullYearsBetween(from, later));
      }),
      PROPERTY_RUN,
    );
  });

  it('finds a date within an interval exactly when its day number is between the ends', () => {
    fc.assert(
      fc.property(dateArbitrary, dateArbitrary, dateArbitrary, dateArbitrary, (date, a, b, c) => {
        const first = a <= b ? { start: a, end: b } : { start: b, end: a };
        const second = { start: c, end: c };
        const day = dayNumber(date);
        expect(isWithinInterval(date, first)).toBe(dayNumber(first.start) <= day && day <= dayNumber(first.end));
        expect(intervalsOverlap(first, second)).toBe(isWithinInterval(c, first));
        expect(intervalsOverlap(second, first)).toBe(intervalsOverlap(first, second));
      }),
      PROPERTY_RUN,
    );
  });

  it('agrees with the reference calendar on every day number it produces', () => {
    fc.assert(
      fc.property(dateArbitrary, (date) => {
        expect(formatCivil(civilFromDays(dayNumber(date)))).toBe(date);
      }),
      PROPERTY_RUN,
    );
  });
});

describe('on every machine time zone', () => {
  // Node applies a change of process.env.TZ at once, so one process can play many machines. Each zone
  // below has a day that does not exist locally (Samoa skipped 2011-12-30, Kiribati 1994-12-31, the
  // Marshall Islands 1993-08-21) or a daylight-saving jump at midnight (São Paulo, Havana, Tehran).
  const ZONES = [
    'UTC', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Apia', 'Pacific/Kiritimati', 'Pacific/Kwajalein',
    'America/Havana', 'Asia/Tehran', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Chatham',
  ] as const;
  const SKIPPED_DAYS = ['2011-12-30', '1994-12-31', '1993-08-21'] as const;

  function inZone<T>(zone: string, run: () => T): T {
    const previous = process.env.TZ;
    process.env.TZ = zone;
    try {
      return run();
    } finally {
      if (previous === undefined) delete process.env.TZ;
      else process.env.TZ = previous;
    }
  }

  it('really runs in each zone (the runtime honours a change of TZ)', () => {
    expect(inZone('Asia/Kolkata', () => new Date(2026, 0, 15, 12).getTimezoneOffset())).toBe(-330);
    expect(inZone('Pacific/Apia', () => new Date(2011, 11, 30, 12).getDate())).toBe(31);
  });

  it('treats the days some zones skipped as ordinary days', () => {
    for (const zone of ZONES) {
      inZone(zone, () => {
        for (const day of SKIPPED_DAYS) {
          const number = dayNumber(day);
          expect(isCalendarDate(day), `${zone} ${day}`).toBe(true);
          expect(addDays(dateOfDay(number - 1), 1), `${zone} ${day}`).toBe(day);
          expect(addDays(day, 1), `${zone} ${day}`).toBe(dateOfDay(number + 1));
          expect(daysBetween(dateOfDay(number - 1), dateOfDay(number + 1)), `${zone} ${day}`).toBe(2);
          expect(startOfIsoWeek(day), `${zone} ${day}`).toBe(dateOfDay(number - isoWeekdayOf(number) + 1));
          expect(isoWeekOf(day), `${zone} ${day}`).toEqual(isoWeekOfDay(number));
          expect(addMonths(day, 0), `${zone} ${day}`).toBe(day);
          expect(fullYearsBetween('1990-01-01', day), `${zone} ${day}`).toBe(fullYears('1990-01-01', day));
        }
      });
    }
  });

  it('gives every calendar function the same answer in every zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.oneof(dateArbitrary, fc.constantFrom(...EDGE_DATES, ...SKIPPED_DAYS)), fc.integer({ min: -800, max: 800 }), (zone, date, days) => {
        const number = dayNumber(date);
        const later = dateOfDay(Math.min(number + Math.abs(days), dayNumber('9999-12-31')));
        inZone(zone, () => {
          expect(isCalendarDate(date)).toBe(true);
          expect(addDays(date, dayNumber(later) - number)).toBe(later);
          expect(daysBetween(date, later)).toBe(dayNumber(later) - number);
          expect(fullYearsBetween(date, later)).toBe(fullYears(date, later));
          expect(isoWeekOf(date)).toEqual(isoWeekOfDay(number));
          if (date >= '0000-01-10') expect(startOfIsoWeek(date)).toBe(dateOfDay(number - isoWeekdayOf(number) + 1));
        });
      }),
      PROPERTY_RUN,
    );
  });
});

describe('date arithmetic on a string that is not a calendar date', () => {
  it.each([
    ['addDays', () => addDays('2026-02-30', 1)],
    ['addWeeks', () => addWeeks('x', 1)],
    ['addMonths', () => addMonths('2026-13-01', 1)],
    ['daysBetween', () => daysBetween('2026-01-01', '2026/01/02')],
    ['fullYearsBetween', () => fullYearsBetween('', '2026-01-01')],
    ['isoWeekOf', () => isoWeekOf('2026-W01')],
    ['startOfIsoWeek', () => startOfIsoWeek('2026-02-29')],
  ])('%s throws a usage error instead of rolling the date over', (_name, call) => {
    expect(call).toThrow(AcceleratorUsageError);
    try {
      call();
    } catch (thrown) {
      expect((thrown as AcceleratorUsageError).code).toBe('invalid-input');
    }
  });
});
