import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fourthEdition,
  parseAthlete,
  parseAthletes,
  parseCalendarDate,
  parseEdition,
  parseMentor,
  parseMentors,
  parseMoney,
  parseWith,
  type CoreError,
  type Path,
  type Result,
} from 'athlete-accelerator/core';
import { FUZZ_RUN, hostileKeyArbitrary, safeKeyArbitrary } from './arbitraries.js';
import { deepFreeze } from './deepFreeze.js';
import { completeAthlete, completeMentor, minimalAthlete, minimalMentor } from './samplePeople.js';

type Parse = (input: unknown) => Result<unknown, CoreError>;

/** Every parser over a shape that `parseWith` checks, with a valid input to hide hostile keys in. */
const SCHEMA_PARSERS: readonly { name: string; parse: Parse; valid: () => unknown }[] = [
  { name: 'parseAthlete', parse: parseAthlete, valid: completeAthlete },
  { name: 'parseAthletes', parse: parseAthletes, valid: () => [minimalAthlete(), completeAthlete()] },
  { name: 'parseMentor', parse: parseMentor, valid: completeMentor },
  { name: 'parseMentors', parse: parseMentors, valid: () => [minimalMentor(), completeMentor()] },
  { name: 'parseEdition', parse: parseEdition, valid: () => structuredClone(fourthEdition) },
  { name: 'parseWith(z.json())', parse: (input) => parseWith(z.json(), input, 'document'), valid: () => ({ a: [1, { b: null }] }) },
];

/** Every public parser of outside data, with the error codes it may return. */
const ALL_PARSERS: readonly { name: string; parse: Parse; codes: readonly string[] }[] = [
  ...SCHEMA_PARSERS.map(({ name, parse }) => ({ name, parse, codes: ['invalid-input'] })),
  { name: 'parseMoney', parse: parseMoney, codes: ['invalid-input', 'invalid-amount', 'unknown-currency'] },
  { name: 'parseCalendarDate', parse: parseCalendarDate, codes: ['invalid-input'] },
];

const FORBIDDEN = /"(?:__proto__|constructor|prototype)"/;

/** What is wrong with the shape of a refusal, or `undefined` when it is well formed. */
function malformation(result: Result<unknown, CoreError>, codes: readonly string[]): string | undefined {
  if (result.ok) return undefined;
  const { error } = result;
  if (!codes.includes(error.code)) return `unexpected code ${error.code}`;
  if (typeof error.message !== 'string' || error.message === '') return 'no message';
  if (!Array.isArray(error.path)) return 'no path';
  const issues = error.issues ?? [];
  if (issues.length === 0) return 'no issues';
  for (const issue of issues) {
    if (!Array.isArray(issue.path)) return `issue without an array path: ${issue.message}`;
    if (!issue.path.every((segment) => typeof segment === 'string' || typeof segment === 'number')) return 'a path segment is not a key or an index';
    if (typeof issue.message !== 'string' || /could not be read/.test(issue.message)) return `unreadable input: ${issue.message}`;
  }
  if (JSON.stringify(error.path) !== JSON.stringify(issues[0]?.path)) return 'error.path is not the first issue path';
  return undefined;
}

/** Checks the shape every refusal has: a code from the family, a path, and issues with array paths. */
function expectWellFormed(result: Result<unknown, CoreError>, codes: readonly string[]): void {
  expect(malformation(result, codes)).toBeUndefined();
}

function expectNoPollution(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

/** The paths of every object and array inside a JSON value, the root included. */
function containerPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [];
  const inner = Array.isArray(value)
    ? value.flatMap((item, index) => containerPaths(item, [...path, index]))
    : Object.entries(value).flatMap(([key, item]) => containerPaths(item, [...path, key]));
  return [path, ...inner];
}

/** The value at a path of a JSON value. */
function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
}

/** A JSON value with no key or string that is `__proto__`, `constructor` or `prototype`. */
const harmlessJson = fc.jsonValue({ maxDepth: 3 }).filter((value) => !FORBIDDEN.test(JSON.stringify(value)));

/**
 * A hostile key hidden in a valid input: the JSON text is written by hand and read with JSON.parse, so
 * `__proto__` becomes an own key exactly as it would in a request body. Returns the input and the path
 * of the hostile key.
 */
function hideHostileKey(
  valid: unknown,
  pick: number,
  segments: readonly (string | number)[],
  hostile: string,
  payload: unknown,
): { input: unknown; path: Path } {
  const containers = containerPaths(valid);
  const container = containers[pick % containers.length] ?? [];
  const document = structuredClone(valid);
  const target = valueAt(document, container) as Record<string, unknown> | unknown[];
  // The subtree that holds the hostile key, wrapped in the generated objects and arrays.
  let subtree = `{${JSON.stringify(hostile)}:${JSON.stringify(payload)}}`;
  for (const segment of [...segments].reverse()) {
    subtree = typeof segment === 'number' ? `[${'null,'.repeat(segment)}${subtree}]` : `{${JSON.stringify(segment)}:${subtree}}`;
  }
  const marker = '\u0000hostile-subtree\u0000';
  let slot: string | number;
  if (Array.isArray(target)) {
    slot = target.length;
    target.push(marker);
  } else {
    slot = 'x-hidden';
    target[slot] = marker;
  }
  const text = JSON.stringify(document).replace(JSON.stringify(marker), () => subtree);
  return { input: JSON.parse(text) as unknown, path: [...container, slot, ...segments, hostile] };
}

const segmentsArbitrary = fc.array(fc.oneof(safeKeyArbitrary, fc.integer({ min: 0, max: 3 })), { maxLength: 6 });
const payloadArbitrary = fc.oneof(fc.constant({ polluted: true }), fc.constant([{ polluted: true }]), harmlessJson);

afterAll(expectNoPollution);

describe('parseWith', () => {
  it('returns the parsed value of a valid input', () => {
    expect(parseWith(z.object({ seats: z.number() }), { seats: 50 }, 'edition')).toEqual({ ok: true, value: { seats: 50 } });
  });

  it('reports every mismatch as invalid-input with its path and names what was parsed', () => {
    const result = parseWith(z.object({ seats: z.number(), name: z.string() }), { seats: 'fifty' }, 'edition');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.path).toEqual(['seats']);
    expect(result.error.issues?.map((issue) => issue.path)).toEqual([['seats'], ['name']]);
    expect(result.error.message).toMatch(/^The edition is not valid: 2 problems \(seats: .*; name: .*\)\.$/);
  });

  it('says "one problem" and "the whole value" for a single problem at the root', () => {
    const result = parseWith(z.number(), 'x', 'count');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^The count is not valid: one problem \(the whole value: .*\)\.$/);
  });

  it('turns a schema that throws into invalid-input instead of throwing', () => {
    const throwing = z.string().transform(() => {
      throw new Error('boom');
    });
    const result = parseWith(throwing, 'x', 'value');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path, result.error.message]).toEqual(['invalid-input', [], expect.stringContaining('boom')]);
  });

  it('refuses nesting deeper than 64 levels at the path where it goes too deep, before the schema runs', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100; level++) deep = [deep];
    const result = parseWith(z.json(), deep, 'document');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.path).toEqual(new Array<number>(65).fill(0));
    expect(result.error.message).toContain('64');
  });

  it('accepts nesting of 64 levels', () => {
    let deep: unknown = 'leaf';
    for (let level = 0; level < 64; level++) deep = [deep];
    expect(parseWith(z.json(), deep, 'document').ok).toBe(true);
  });

  it('survives nesting far deeper than the stack without throwing', () => {
    let deep: unknown = {};
    for (let level = 0; level < 100_000; level++) deep = { next: deep };
    const result = parseAthlete(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
  });

  it('refuses __proto__, constructor and prototype keys at their paths, all of them', () => {
    const input: unknown = JSON.parse('{"a":{"__proto__":{"polluted":true}},"b":[{"constructor":{"prototype":{"polluted":true}}}],"prototype":1}');
    const result = parseWith(z.json(), input, 'document');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.error.issues?.map((issue) => issue.path);
    expect(paths).toHaveLength(3);
    expect(paths).toEqual(expect.arrayContaining([['a', '__proto__'], ['b', 0, 'constructor'], ['prototype']]));
    expectNoPollution();
  });

  it('does not mutate its input', () => {
    const input = deepFreeze({ seats: 50, tags: ['a'] });
    expect(parseWith(z.object({ seats: z.number(), tags: z.array(z.string()) }), input, 'edition').ok).toBe(true);
    expect(input).toEqual({ seats: 50, tags: ['a'] });
  });
});

describe('every parser of outside data', () => {
  for (const { name, parse, codes } of ALL_PARSERS) {
    it(`${name} never throws on arbitrary JSON and refuses it with well-formed issues`, () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 4 }), (input) => {
          expectWellFormed(parse(input), codes);
        }),
        FUZZ_RUN,
      );
      expectNoPollution();
    });

    it(`${name} never throws on arbitrary JavaScript values`, () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 3, withBoxedValues: true, withMap: true, withSet: true, withObjectString: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true }), (input) => {
          expectWellFormed(parse(input), codes);
        }),
        FUZZ_RUN,
      );
      expectNoPollution();
    });
  }

  for (const { name, parse, valid } of SCHEMA_PARSERS) {
    it(`${name} refuses a __proto__, constructor or prototype key at any depth with its path, polluting nothing`, () => {
      fc.assert(
        fc.property(fc.nat(), segmentsArbitrary, hostileKeyArbitrary, payloadArbitrary, (pick, segments, hostile, payload) => {
          const { input, path } = hideHostileKey(valid(), pick, segments, hostile, payload);
          const result = parse(input);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('invalid-input');
          expect(result.error.path).toEqual(path);
          expect(result.error.issues?.map((issue) => issue.path)).toEqual([path]);
          expectNoPollution();
        }),
        FUZZ_RUN,
      );
    });

    it(`${name} reports a field replaced by arbitrary JSON as a readable problem, never a crash`, () => {
      fc.assert(
        fc.property(fc.nat(), harmlessJson, (pick, replacement) => {
          const document = valid();
          const paths = containerPaths(document).flatMap((container) => {
            const node = valueAt(document, container) as Record<string, unknown>;
            return Object.keys(node).map((key) => [...container, Array.isArray(node) ? Number(key) : key]);
          });
          const path = paths[pick % paths.length] ?? [];
          const parent = valueAt(document, path.slice(0, -1)) as Record<string | number, unknown>;
          const key = path[path.length - 1] ?? 0;
          parent[key] = replacement;
          const result = parse(document);
          expectWellFormed(result, ['invalid-input']);
        }),
        FUZZ_RUN,
      );
    });
  }

  it('parseMoney refuses a hostile key at or under Money, at a path on the way to the key', () => {
    fc.assert(
      fc.property(segmentsArbitrary, hostileKeyArbitrary, payloadArbitrary, fc.boolean(), (segments, hostile, payload, atTop) => {
        const { input, path } = atTop
          ? hideHostileKey({ amount: '1.00', currency: 'USD' }, 0, [], hostile, payload)
          : hideHostileKey({ amount: { nested: {} }, currency: 'USD' }, 1, segments, hostile, payload);
        const result = parseMoney(input);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(['invalid-input']).toContain(result.error.code);
        expect(path.slice(0, result.error.path?.length)).toEqual(result.error.path);
        expectNoPollution();
      }),
      FUZZ_RUN,
    );
  });

  it('parseMoney refuses a hostile key directly on the Money object at the path of the key', () => {
    for (const hostile of ['__proto__', 'constructor', 'prototype']) {
      const input: unknown = JSON.parse(`{"amount":"1.00","currency":"USD",${JSON.stringify(hostile)}:{"polluted":true}}`);
      const result = parseMoney(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-input', [hostile]]);
    }
    expectNoPollution();
  });

  it('parseCalendarDate refuses an object with hostile keys at the root path', () => {
    const input: unknown = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    const result = parseCalendarDate(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.code, result.error.path]).toEqual(['invalid-input', []]);
    expectNoPollution();
  });
});

describe('parseWith on exotic objects', () => {
  it('reports a throwing getter as invalid input instead of throwing', () => {
    const input = {
      id: 'a-1',
      get name(): string {
        throw new Error('no name for you');
      },
    };
    const result = parseAthlete(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid-input');
  });

  it('reports a revoked proxy as invalid input instead of throwing', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const result = parseMentor(proxy);
    expect(result.ok).toBe(false);
  });
});
