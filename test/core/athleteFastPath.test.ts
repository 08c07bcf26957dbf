import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AthleteSchema, parseAthlete, parseAthletes, parseWith, type AthleteInput } from 'athlete-accelerator/core';
import { FUZZ_RUN } from './arbitraries.js';
import { completeAthlete, minimalAthlete } from './samplePeople.js';

/**
 * parseAthlete and parseAthletes read plain athletes without zod when they can (a fast path): these
 * tests hold them to exactly what zod's parse through parseWith gives — the same value, key for key
 * and in the same order, or the same error with the same issues.
 */
const viaZod = (input: unknown) => parseWith(z.array(AthleteSchema), input, 'list of athletes');
const oneViaZod = (input: unknown) => parseWith(AthleteSchema, input, 'athlete');

/** A value's structure with its key order and -0 made visible, for a strict comparison. */
function shape(value: unknown): unknown {
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (value === undefined) return 'undefined';
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(shape);
  return Object.keys(value).map((key) => [key, shape((value as Record<string, unknown>)[key])]);
}

function expectSameAsZod(input: unknown): void {
  expect(shape(parseAthletes(input))).toEqual(shape(viaZod(input)));
  if (Array.isArray(input) && input.length > 0) expect(shape(parseAthlete(input[0]))).toEqual(shape(oneViaZod(input[0])));
}

/** Every object in a value, for checking that the output shares none with the input. */
function objectsIn(value: unknown, found = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    found.add(value);
    for (const child of Object.values(value)) objectsIn(child, found);
  }
  return found;
}

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'sample', 'athletes.json'), 'utf8')) as AthleteInput[];

/** Values that are right for some field and wrong for others. */
const VALUES: unknown[] = [
  'female', 'KE', 'ke', 'en', 'EN', 'athletics', 'Athletics', 'a-1', 'a b', '', 'x'.repeat(65), 'x'.repeat(201), 'constructor', '__proto__',
  '2026-01-01', '2026-02-30', 'Europe/Paris', 'Mars/Olympus', 'retired', 'idea', 'gold', 'olympic-games',
  0, -0, 1, 3, 4, 5, 6, 1.5, -1, 2000, 1895, 2**53, NaN, Infinity, true, false, null, undefined,
  [], ['en'], ['KE'], ['incoterms'], [1], [null],
  {}, { stage: 'idea' }, { stage: 'idea', annualRevenue: { amount: '1.5', currency: 'USD' } }, { incoterms: 3 }, { incoterms: 7 }, { 'Bad Key': 1 },
  [{ event: 'olympic-games', year: 2000 }], [{ event: 'olympic-games', year: 2000, medal: undefined }],
  [{ start: '2026-01-01', end: '2026-01-02' }], [{ start: '2026-01-02', end: '2026-01-01' }],
  { amount: '1.5', currency: 'USD' }, { amount: '1.555', currency: 'USD' }, { amount: '7', currency: 'JPY', extra: 1 },
  { crm: { id: 'x', tags: [1, 'a', null] } }, { crm: undefined }, { Bad: 1 },
];

/** Where an edit may land: every field, nested ones, and keys the schema does not know. */
const PATHS: string[][] = [
  ...Object.keys(AthleteSchema.shape).map((key) => [key]),
  ['unknown'], ['venture', 'stage'], ['venture', 'employees'], ['venture', 'annualRevenue'], ['venture', 'annualRevenue', 'amount'],
  ['venture', 'exportMarkets'], ['venture', 'other'], ['participations', '0', 'year'], ['participations', '0', 'medal'], ['participations', '0', 'x'],
  ['blackouts', '0', 'end'], ['blackouts', '0', 'reason'], ['skills', 'incoterms'], ['skills', 'constructor'], ['skills', 'Bad'],
  ['extensions', 'crm'], ['extensions', 'crm', 'deep'], ['extensions', 'constructor'], ['languages', '0'], ['languages', '5'],
];

function edited(base: AthleteInput, edits: [number, number][]): unknown {
  const copy = structuredClone(base) as Record<string, unknown>;
  for (const [pathIndex, valueIndex] of edits) {
    const path = PATHS[pathIndex % PATHS.length] as string[];
    let node: Record<string, unknown> = copy;
    for (const key of path.slice(0, -1)) {
      const next = node[key];
      if (next === null || typeof next !== 'object') {
        node = {};
        break;
      }
      node = next as Record<string, unknown>;
    }
    node[path[path.length - 1] as string] = structuredClone(VALUES[valueIndex % VALUES.length]);
  }
  return copy;
}

describe('the fast path of parseAthlete and parseAthletes', () => {
  it('gives what zod gives for the sample athletes, the complete and the minimal one', () => {
    expectSameAsZod(sample);
    expectSameAsZod([completeAthlete(), minimalAthlete()]);
    expect(parseAthletes(sample).ok).toBe(true);
  });

  it('gives what zod gives, value or error, for athletes with any field changed', () => {
    const bases = [completeAthlete(), minimalAthlete(), sample[0] as AthleteInput, sample[1] as AthleteInput];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(3), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 })), { minLength: 1, maxLength: 4 }),
        (athletes) => {
          expectSameAsZod(athletes.map(([base, edits]) => edited(bases[base] as AthleteInput, edits)));
        },
      ),
      { ...FUZZ_RUN, numRuns: 600 },
    );
  });

  it('gives what zod gives for arbitrary JavaScript values in a list', () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ maxDepth: 3, withNullPrototype: true, withBoxedValues: true, withDate: true, withSparseArray: true }), { maxLength: 3 }), (input) => {
        expectSameAsZod(input);
      }),
      FUZZ_RUN,
    );
  });

  it('returns values that share no object with the input', () => {
    const input = [completeAthlete(), ...sample.slice(0, 20)];
    const parsed = parseAthletes(input);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const mine = objectsIn(input);
    for (const object of objectsIn(parsed.value)) expect(mine.has(object)).toBe(false);
  });

  it('gives what zod gives for objects that are not plain: null prototype, class instances, an inherited key', () => {
    const bare = Object.assign(Object.create(null) as object, minimalAthlete());
    class Applicant {
      id = 'a-2';
      name = 'Ana';
      sport = 'judo';
      country = 'BR';
      languages = ['pt'];
    }
    const heir = Object.assign(Object.create({ inherited: 1 }) as object, minimalAthlete());
    expectSameAsZod([bare]);
    expectSameAsZod([new Applicant()]);
    expectSameAsZod([heir]);
    expectSameAsZod([{ ...minimalAthlete(), gender: undefined }]);
  });

  it('lets zod report an enumerable key added to Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    try {
      prototype.polluted = 1;
      expectSameAsZod([minimalAthlete()]);
      expect(parseAthletes([minimalAthlete()]).ok).toBe(false);
    } finally {
      delete prototype.polluted;
    }
    expect(parseAthletes([minimalAthlete()]).ok).toBe(true);
  });

  it('gives what zod gives for hostile or deep extensions', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 70; level++) deep = { level: deep };
    let fairlyDeep: unknown = 'leaf';
    for (let level = 0; level < 40; level++) fairlyDeep = [fairlyDeep];
    const hostile = JSON.parse('{"crm": {"__proto__": {"x": 1}}}') as unknown;
    for (const extensions of [deep, fairlyDeep, hostile, { crm: { constructor: 1 } }, { crm: { prototype: [1] } }]) {
      expectSameAsZod([{ ...minimalAthlete(), extensions }]);
    }
  });

  it('reports a throwing getter or a revoked proxy as the zod path does', () => {
    const getter = Object.defineProperty({ ...minimalAthlete() }, 'name', { enumerable: true, get: () => { throw new Error('no name'); } });
    const { proxy, revoke } = Proxy.revocable({ ...minimalAthlete() }, {});
    revoke();
    expectSameAsZod([getter]);
    expectSameAsZod([proxy]);
  });
});
