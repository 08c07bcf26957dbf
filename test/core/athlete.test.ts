import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  AthleteSchema,
  BlackoutSchema,
  CareerStageSchema,
  CountryCodeSchema,
  LanguageCodeSchema,
  parseAthlete,
  parseAthletes,
  VentureSchema,
  type AthleteInput,
  type Path,
} from 'athlete-accelerator/core';
import { deepFreeze } from './deepFreeze.js';
import { completeAthlete, minimalAthlete } from './samplePeople.js';

/** The paths of the issues a refused input got (failing the test when it was accepted). */
function issuePaths(result: ReturnType<typeof parseAthlete> | ReturnType<typeof parseAthletes>): Path[] {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.path).toEqual(result.error.issues?.[0]?.path);
  return (result.error.issues ?? []).map((issue) => issue.path);
}

function withField(field: string, value: unknown): unknown {
  return { ...minimalAthlete(), [field]: value };
}

describe('parseAthlete', () => {
  it('accepts the smallest application: id, name, sport, country and languages', () => {
    const result = parseAthlete(minimalAthlete());
    expect(result).toEqual({ ok: true, value: minimalAthlete() });
  });

  it('accepts an application with every optional field, normalising its money', () => {
    const result = parseAthlete(completeAthlete());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = completeAthlete();
    expect(result.value).toEqual({ ...expected, venture: { ...expected.venture, annualRevenue: { amount: '48000.50', currency: 'BRL' } } });
  });

  it('lists every missing required field with its path', () => {
    expect(issuePaths(parseAthlete({ id: 'a-1' }))).toEqual([['name'], ['sport'], ['country'], ['languages']]);
  });

  it('refuses a value that is not an object at the root path', () => {
    for (const input of [null, undefined, 'athlete', 42, [minimalAthlete()]]) expect(issuePaths(parseAthlete(input))).toEqual([[]]);
  });

  it('refuses each bad field at its own path', () => {
    const cases: [string, unknown, Path][] = [
      ['id', '', ['id']],
      ['id', 'constructor', ['id']],
      ['name', '', ['name']],
      ['name', 'x'.repeat(201), ['name']],
      ['sport', 'Athletics', ['sport']],
      ['country', 'ke', ['country']],
      ['country', 'KEN', ['country']],
      ['languages', ['EN'], ['languages', 0]],
      ['languages', 'en', ['languages']],
      ['languages', Array.from({ length: 21 }, () => 'en'), ['languages']],
      ['gender', 'other', ['gender']],
      ['para', 'yes', ['para']],
      ['timeZone', 'Mars/Olympus', ['timeZone']],
      ['dateOfBirth', '2026-02-29', ['dateOfBirth']],
      ['dateOfBirth', '20/07/1996', ['dateOfBirth']],
      ['careerStage', 'amateur', ['careerStage']],
      ['retiredOn', 20240908, ['retiredOn']],
      ['participations', [{ event: 'olympic-games', year: 1800 }], ['participations', 0, 'year']],
      ['participations', [{ event: 'olympic-games', year: 2020, medal: 'platinum' }], ['participations', 0, 'medal']],
      ['participations', [{ event: 'school-sports', year: 2020 }], ['participations', 0, 'event']],
      ['venture', { stage: 'unicorn' }, ['venture', 'stage']],
      ['venture', { stage: 'revenue', employees: -1 }, ['venture', 'employees']],
      ['venture', { stage: 'revenue', annualRevenue: { amount: '1.001', currency: 'USD' } }, ['venture', 'annualRevenue', 'amount']],
      ['venture', { stage: 'revenue', annualRevenue: { amount: '1', currency: 'XYZ' } }, ['venture', 'annualRevenue', 'currency']],
      ['venture', { stage: 'revenue', exportMarkets: ['PT', 'prt'] }, ['venture', 'exportMarkets', 1]],
      ['skills', { incoterms: 5 }, ['skills', 'incoterms']],
      ['skills', { incoterms: 1.5 }, ['skills', 'incoterms']],
      ['skills', { 'Bad Key': 1 }, ['skills', 'Bad Key']],
      ['goals', ['Incoterms'], ['goals', 0]],
      ['availabilityHoursPerWeek', -1, ['availabilityHoursPerWeek']],
      ['availabilityHoursPerWeek', 101, ['availabilityHoursPerWeek']],
      ['blackouts', [{ start: '2026-02-02', end: '2026-01-01' }], ['blackouts', 0, 'end']],
      ['blackouts', [{ start: '2026-02-30', end: '2026-03-01' }], ['blackouts', 0, 'start']],
      ['motivation', 6, ['motivation']],
      ['motivation', 4.5, ['motivation']],
      ['appliedOn', '2026-13-01', ['appliedOn']],
      ['extensions', { Bad: 1 }, ['extensions', 'Bad']],
      ['extensions', { crm: () => 1 }, ['extensions', 'crm']],
    ];
    for (const [field, value, path] of cases) {
      // Every issue (a value may break more than one rule) is at the path of the bad field.
      const paths = issuePaths(parseAthlete(withField(field, value)));
      expect(paths.length, `${field}: ${JSON.stringify(value)}`).toBeGreaterThan(0);
      for (const found of paths) expect(found, `${field}: ${JSON.stringify(value)}`).toEqual(path);
    }
  });

  it('refuses a field the schema does not know, naming it in the message', () => {
    const result = parseAthlete(withField('nickname', 'Flash'));
    expect(issuePaths(result)).toEqual([[]]);
    if (!result.ok) expect(result.error.message).toContain('nickname');
    expect(issuePaths(parseAthlete(withField('venture', { stage: 'idea', valuation: 1 })))).toEqual([['venture']]);
  });

  it('reports every problem, not only the first', () => {
    const paths = issuePaths(parseAthlete({ ...minimalAthlete(), country: 'ke', motivation: 0, languages: ['EN', 'fr', 'PT'] }));
    expect(paths).toHaveLength(4);
    expect(paths).toEqual(expect.arrayContaining([['country'], ['motivation'], ['languages', 0], ['languages', 2]]));
  });

  it('writes a message a programme manager can read, naming the athlete and the paths', () => {
    const result = parseAthlete({ id: 'a-1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The athlete is not valid: 4 problems \(name: .*; sport: .*; country: .*; …\)\.$/);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(completeAthlete());
    const copy = structuredClone(input);
    expect(parseAthlete(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('parseAthletes', () => {
  it('accepts the sample athletes in data/sample/athletes.json', () => {
    const input: unknown = JSON.parse(readFileSync(new URL('../../data/sample/athletes.json', import.meta.url), 'utf8'));
    const result = parseAthletes(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.length).toBeGreaterThan(0);
  });

  it('accepts a list, the empty list included', () => {
    expect(parseAthletes([minimalAthlete(), completeAthlete()]).ok).toBe(true);
    expect(parseAthletes([])).toEqual({ ok: true, value: [] });
  });

  it('starts every problem path with the athlete index', () => {
    const list: unknown[] = [minimalAthlete(), { ...minimalAthlete(), country: 'ke' }, minimalAthlete(), { id: 'x' }];
    const paths = issuePaths(parseAthletes(list));
    expect(paths).toEqual([[1, 'country'], [3, 'name'], [3, 'sport'], [3, 'country'], [3, 'languages']]);
  });

  it('refuses a value that is not a list at the root path', () => {
    for (const input of [null, {}, minimalAthlete(), 'athletes']) expect(issuePaths(parseAthletes(input))).toEqual([[]]);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze([completeAthlete(), minimalAthlete()]);
    const copy = structuredClone(input);
    expect(parseAthletes(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('the schemas of an athlete', () => {
  it('accept and refuse country and language codes', () => {
    expect(CountryCodeSchema.safeParse('BR').success).toBe(true);
    expect(CountryCodeSchema.safeParse('Br').success).toBe(false);
    expect(LanguageCodeSchema.safeParse('pt').success).toBe(true);
    expect(LanguageCodeSchema.safeParse('fil').success).toBe(true);
    expect(LanguageCodeSchema.safeParse('pt-BR').success).toBe(false);
  });

  it('know the four career stages', () => {
    expect(CareerStageSchema.options).toEqual(['active', 'dual-career', 'transitioning', 'retired']);
  });

  it('accept a venture at the idea stage with nothing else, and a blackout with a reason', () => {
    expect(VentureSchema.safeParse({ stage: 'idea' }).success).toBe(true);
    expect(BlackoutSchema.safeParse({ start: '2026-07-24', end: '2026-08-09', reason: 'Olympic Games' }).success).toBe(true);
    expect(BlackoutSchema.safeParse({ start: '2026-07-24', end: '2026-08-09', reason: 'x'.repeat(201) }).success).toBe(false);
  });

  it('make the parsed type of an input the same JSON', () => {
    const input: AthleteInput = minimalAthlete();
    expect(AthleteSchema.parse(input)).toEqual(input);
  });
});

describe('BlackoutSchema', () => {
  it('refuses a field it does not know, like every other shape', () => {
    const result = BlackoutSchema.safeParse({ start: '2026-07-24', end: '2026-08-09', reasn: 'typo' });
    expect(result.success).toBe(false);
  });
});
