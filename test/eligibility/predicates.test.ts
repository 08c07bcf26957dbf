/** The built-in predicates, each on its own. */
import { describe, expect, it } from 'vitest';
import { evaluateRule, REGION_NAMES, REGIONS, type Outcome } from 'athlete-accelerator/eligibility';
import { fullYearsBetween, isCalendarDate } from 'athlete-accelerator/core';

function outcome(predicate: string, args: Record<string, unknown>, athlete: Record<string, unknown>, asOf = '2025-03-01'): Outcome {
  const result = evaluateRule({ predicate, args }, { athlete }, { asOf, trace: false });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value.outcome;
}

describe('calendar arithmetic', () => {
  it('recognises calendar dates written YYYY-MM-DD, leap days included', () => {
    expect(['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2023-02-29', '1900-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '2024-4-01', '2024-04-01T00:00', ' 2024-04-01', 20240401].some(isCalendarDate)).toBe(false);
  });

  it('counts full years as ages are counted', () => {
    expect(fullYearsBetween('2000-06-15', '2024-06-14')).toBe(23);
    expect(fullYearsBetween('2000-06-15', '2024-06-15')).toBe(24);
    expect(fullYearsBetween('2000-02-29', '2001-02-28')).toBe(0);
    expect(fullYearsBetween('2000-02-29', '2001-03-01')).toBe(1);
    expect(fullYearsBetween('2000-02-29', '2004-02-29')).toBe(4);
    expect(fullYearsBetween('2024-06-15', '2024-01-01')).toBe(0);
    expect(fullYearsBetween('2024-06-15', '2020-06-20')).toBe(-3);
  });
});

describe('ageBetween', () => {
  it('passes from the birthday on which the athlete reaches min, to the day before they pass max', () => {
    const athlete = { dateOfBirth: '2007-03-01' };
    expect(outcome('ageBetween', { min: 18, max: 35 }, athlete, '2025-02-28')).toBe('fail');
    expect(outcome('ageBetween', { min: 18, max: 35 }, athlete, '2025-03-01')).toBe('pass');
    expect(outcome('ageBetween', { min: 18, max: 35 }, athlete, '2043-02-28')).toBe('pass');
    expect(outcome('ageBetween', { min: 18, max: 35 }, athlete, '2043-03-01')).toBe('fail');
  });

  it('accepts min alone or max alone', () => {
    expect(outcome('ageBetween', { min: 18 }, { dateOfBirth: '1960-01-01' })).toBe('pass');
    expect(outcome('ageBetween', { max: 30 }, { dateOfBirth: '1960-01-01' })).toBe('fail');
  });

  it('someone born on 29 February turns a year older on 1 March in common years', () => {
    expect(outcome('ageBetween', { min: 18 }, { dateOfBirth: '2004-02-29' }, '2022-02-28')).toBe('fail');
    expect(outcome('ageBetween', { min: 18 }, { dateOfBirth: '2004-02-29' }, '2022-03-01')).toBe('pass');
  });

  it('is unknown without a date of birth and fails when it is not a calendar date', () => {
    expect(outcome('ageBetween', { min: 18 }, {})).toBe('unknown');
    expect(outcome('ageBetween', { min: 18 }, { dateOfBirth: '01/02/1990' })).toBe('fail');
    expect(outcome('ageBetween', { min: 18 }, { dateOfBirth: 1990 })).toBe('fail');
  });

  it('reads another fact when told to', () => {
    expect(outcome('ageBetween', { min: 18, fact: 'athlete.born' }, { born: '1990-01-01' })).toBe('pass');
  });

  it('refuses min above max and arguments with neither', () => {
    for (const args of [{ min: 40, max: 30 }, {}]) {
      const result = evaluateRule({ predicate: 'ageBetween', args }, {}, { asOf: '2025-01-01' });
      expect(result.ok ? null : result.error.code).toBe('invalid-predicate-args');
    }
  });
});

describe('yearsSinceRetirementAtMost', () => {
  it('passes when at most the given number of full years have passed since retirement', () => {
    const athlete = { retiredOn: '2017-03-01' };
    expect(outcome('yearsSinceRetirementAtMost', { years: 8 }, athlete, '2025-03-01')).toBe('pass');
    expect(outcome('yearsSinceRetirementAtMost', { years: 8 }, athlete, '2026-02-28')).toBe('pass');
    expect(outcome('yearsSinceRetirementAtMost', { years: 8 }, athlete, '2026-03-01')).toBe('fail');
  });

  it('passes for a retirement dated after asOf', () => {
    expect(outcome('yearsSinceRetirementAtMost', { years: 0 }, { retiredOn: '2026-01-01' })).toBe('pass');
  });

  it('is unknown for an athlete with no retirement date, and fails for one that is not a date', () => {
    expect(outcome('yearsSinceRetirementAtMost', { years: 8 }, {})).toBe('unknown');
    expect(outcome('yearsSinceRetirementAtMost', { years: 8 }, { retiredOn: 'last year' })).toBe('fail');
  });
});

describe('hasParticipatedIn', () => {
  const participations = [
    { event: 'continental-championships', year: 2015, medal: 'gold' },
    { event: 'world-championships', year: 2019 },
    { event: 'olympic-games' },
  ];

  it('passes when a participation is of one of the given events', () => {
    expect(outcome('hasParticipatedIn', { events: ['world-championships'] }, { participations })).toBe('pass');
    expect(outcome('hasParticipatedIn', { events: ['paralympic-games'] }, { participations })).toBe('fail');
  });

  it('with since, counts only participations from that year on (and with a year)', () => {
    expect(outcome('hasParticipatedIn', { events: ['world-championships'], since: 2019 }, { participations })).toBe('pass');
    expect(outcome('hasParticipatedIn', { events: ['world-championships'], since: 2020 }, { participations })).toBe('fail');
    expect(outcome('hasParticipatedIn', { events: ['olympic-games'], since: 2000 }, { participations })).toBe('fail');
  });

  it('is unknown without participations, fails for an empty list or one that is not a list, and skips malformed entries', () => {
    expect(outcome('hasParticipatedIn', { events: ['olympic-games'] }, {})).toBe('unknown');
    expect(outcome('hasParticipatedIn', { events: ['olympic-games'] }, { participations: [] })).toBe('fail');
    expect(outcome('hasParticipatedIn', { events: ['olympic-games'] }, { participations: 'olympic-games' })).toBe('fail');
    expect(outcome('hasParticipatedIn', { events: ['olympic-games'] }, { participations: [null, 3, { event: 'olympic-games' }] })).toBe('pass');
  });

  it('refuses an unknown event kind', () => {
    const result = evaluateRule({ predicate: 'hasParticipatedIn', args: { events: ['olympics'] } }, {});
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-predicate-args', ['args', 'events', 0]]);
  });
});

describe('speaksAny', () => {
  it('passes when the athlete speaks one of the languages, comparing primary language codes ignoring case', () => {
    expect(outcome('speaksAny', { languages: ['en', 'fr'] }, { languages: ['sw', 'FR'] })).toBe('pass');
    expect(outcome('speaksAny', { languages: ['en'] }, { languages: ['en-KE'] })).toBe('pass');
    expect(outcome('speaksAny', { languages: ['en'] }, { languages: ['es', 'pt_BR'] })).toBe('fail');
  });

  it('is unknown without languages and fails when they are not a list', () => {
    expect(outcome('speaksAny', { languages: ['en'] }, {})).toBe('unknown');
    expect(outcome('speaksAny', { languages: ['en'] }, { languages: 'en' })).toBe('fail');
  });
});

describe('countryIn', () => {
  it('passes for a listed country or a country of a listed region, ignoring case', () => {
    expect(outcome('countryIn', { countries: ['JM'] }, { country: 'JM' })).toBe('pass');
    expect(outcome('countryIn', { regions: ['africa'] }, { country: 'ke' })).toBe('pass');
    expect(outcome('countryIn', { regions: ['oceania'], countries: ['JM'] }, { country: 'FJ' })).toBe('pass');
    expect(outcome('countryIn', { regions: ['europe'] }, { country: 'BR' })).toBe('fail');
  });

  it('north-america is Northern America: Mexico is in latin-america-caribbean', () => {
    expect(outcome('countryIn', { regions: ['north-america'] }, { country: 'MX' })).toBe('fail');
    expect(outcome('countryIn', { regions: ['latin-america-caribbean'] }, { country: 'MX' })).toBe('pass');
  });

  it('is unknown without a country and fails for one that is not a string', () => {
    expect(outcome('countryIn', { countries: ['KE'] }, {})).toBe('unknown');
    expect(outcome('countryIn', { countries: ['KE'] }, { country: 404 })).toBe('fail');
  });

  it('refuses lower-case codes, unknown regions and empty arguments', () => {
    for (const [args, path] of [
      [{ countries: ['ke'] }, ['args', 'countries', 0]],
      [{ regions: ['antarctica'] }, ['args', 'regions', 0]],
      [{}, ['args']],
    ] as const) {
      const result = evaluateRule({ predicate: 'countryIn', args }, {});
      expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-predicate-args', path]);
    }
  });
});

describe('region lists', () => {
  it('hold upper-case two-letter codes, each once per region', () => {
    for (const name of REGION_NAMES) {
      const codes = REGIONS[name];
      expect(codes.every((code) => /^[A-Z]{2}$/.test(code))).toBe(true);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('the continental regions do not overlap; middle-east-north-africa lies within africa, asia and Malta', () => {
    const continental = REGION_NAMES.filter((name) => name !== 'middle-east-north-africa');
    const all = continental.flatMap((name) => [...REGIONS[name]]);
    expect(new Set(all).size).toBe(all.length);
    const within = new Set<string>([...REGIONS.africa, ...REGIONS.asia, 'MT']);
    expect(REGIONS['middle-east-north-africa'].every((code) => within.has(code))).toBe(true);
  });
});
