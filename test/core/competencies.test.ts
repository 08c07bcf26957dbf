import { describe, expect, it } from 'vitest';
import { competencyLevelsSchema, CompetencyIdSchema, CompetencyLevelSchema, STANDARD_COMPETENCIES, TRACKS } from 'athlete-accelerator/core';

describe('TRACKS and STANDARD_COMPETENCIES', () => {
  it('lists the five tracks of the programme', () => {
    expect(TRACKS).toEqual(['ai-tools', 'global-sourcing', 'b2b-export', 'logistics', 'operations']);
  });

  it('gives every track its competencies, each a valid key used by one track only', () => {
    expect(Object.keys(STANDARD_COMPETENCIES).sort()).toEqual([...TRACKS].sort());
    const all = TRACKS.flatMap((track) => STANDARD_COMPETENCIES[track]);
    expect(new Set(all).size).toBe(all.length);
    for (const track of TRACKS) expect(STANDARD_COMPETENCIES[track].length, track).toBeGreaterThan(0);
    for (const competency of all) expect(CompetencyIdSchema.safeParse(competency).success, competency).toBe(true);
  });
});

describe('CompetencyLevelSchema', () => {
  it('accepts whole levels from 0 to 4 and nothing else', () => {
    for (const level of [0, 1, 2, 3, 4]) expect(CompetencyLevelSchema.safeParse(level).success).toBe(true);
    for (const level of [-1, 5, 2.5, Number.NaN, '3', null]) expect(CompetencyLevelSchema.safeParse(level).success, String(level)).toBe(false);
  });
});

describe('competencyLevelsSchema', () => {
  it('accepts levels in range and returns a copy', () => {
    const input = { incoterms: 3, freight: 0 };
    const parsed = competencyLevelsSchema(0, 4).safeParse(input);
    expect(parsed.success && parsed.data).toEqual(input);
    expect(parsed.success && parsed.data).not.toBe(input);
  });

  it('reports every bad key and level at its own path', () => {
    const parsed = competencyLevelsSchema(1, 4).safeParse({ incoterms: 0, Freight: 2, brand: 2.5, prototype: 1 });
    expect(parsed.success).toBe(false);
    const paths = parsed.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(['incoterms', 'Freight', 'brand', 'prototype']);
  });

  it('refuses what is not an object of levels', () => {
    for (const value of [null, [], 'incoterms', 3]) expect(competencyLevelsSchema(0, 4).safeParse(value).success).toBe(false);
  });
});
