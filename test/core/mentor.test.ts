import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MentorKindSchema, parseMentor, parseMentors, type Path } from 'athlete-accelerator/core';
import { deepFreeze } from './deepFreeze.js';
import { completeMentor, minimalMentor } from './samplePeople.js';

function issuePaths(result: ReturnType<typeof parseMentor> | ReturnType<typeof parseMentors>): Path[] {
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.path).toEqual(result.error.issues?.[0]?.path);
  return (result.error.issues ?? []).map((issue) => issue.path);
}

function withField(field: string, value: unknown): unknown {
  return { ...minimalMentor(), [field]: value };
}

describe('parseMentor', () => {
  it('accepts the mentor from the docs and one with every optional field', () => {
    expect(parseMentor(minimalMentor())).toEqual({ ok: true, value: minimalMentor() });
    expect(parseMentor(completeMentor())).toEqual({ ok: true, value: completeMentor() });
  });

  it('lists every missing required field with its path', () => {
    expect(issuePaths(parseMentor({ id: 'm-1' }))).toEqual([['name'], ['kind'], ['expertise'], ['languages'], ['timeZone'], ['capacity']]);
  });

  it('refuses a value that is not an object at the root path', () => {
    for (const input of [null, 'mentor', 3, []]) expect(issuePaths(parseMentor(input))).toEqual([[]]);
  });

  it('refuses each bad field at its own path', () => {
    const cases: [string, unknown, Path][] = [
      ['id', 'prototype', ['id']],
      ['kind', 'coach', ['kind']],
      ['expertise', { incoterms: 0 }, ['expertise', 'incoterms']],
      ['expertise', { incoterms: 5 }, ['expertise', 'incoterms']],
      ['expertise', { Incoterms: 2 }, ['expertise', 'Incoterms']],
      ['languages', [], ['languages']],
      ['languages', ['zh', 'ZH'], ['languages', 1]],
      ['timeZone', 'Asia/Beijing', ['timeZone']],
      ['country', 'CHN', ['country']],
      ['capacity', -1, ['capacity']],
      ['capacity', 2.5, ['capacity']],
      ['capacity', 1001, ['capacity']],
      ['conflicts', ['a-1', 'constructor'], ['conflicts', 1]],
      ['sectors', ['Retail'], ['sectors', 0]],
    ];
    for (const [field, value, path] of cases) {
      // Every issue (a value may break more than one rule) is at the path of the bad field.
      const paths = issuePaths(parseMentor(withField(field, value)));
      expect(paths.length, `${field}: ${JSON.stringify(value)}`).toBeGreaterThan(0);
      for (const found of paths) expect(found, `${field}: ${JSON.stringify(value)}`).toEqual(path);
    }
  });

  it('accepts a mentor with no capacity left', () => {
    expect(parseMentor(withField('capacity', 0)).ok).toBe(true);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(completeMentor());
    const copy = structuredClone(input);
    expect(parseMentor(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('parseMentors', () => {
  it('accepts the sample mentors in data/sample/mentors.json', () => {
    const input: unknown = JSON.parse(readFileSync(new URL('../../data/sample/mentors.json', import.meta.url), 'utf8'));
    const result = parseMentors(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.length).toBeGreaterThan(0);
  });

  it('accepts a list, the empty list included', () => {
    expect(parseMentors([])).toEqual({ ok: true, value: [] });
    expect(parseMentors([minimalMentor(), completeMentor()]).ok).toBe(true);
  });

  it('starts every problem path with the mentor index', () => {
    expect(issuePaths(parseMentors([minimalMentor(), { ...minimalMentor(), kind: 'coach', capacity: -1 }]))).toEqual([
      [1, 'kind'],
      [1, 'capacity'],
    ]);
  });

  it('refuses a value that is not a list at the root path', () => {
    expect(issuePaths(parseMentors(minimalMentor()))).toEqual([[]]);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze([completeMentor()]);
    const copy = structuredClone(input);
    expect(parseMentors(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });
});

describe('MentorKindSchema', () => {
  it('knows executives, global teams and ambassadors', () => {
    expect(MentorKindSchema.options).toEqual(['executive', 'global-team', 'ambassador']);
  });
});
