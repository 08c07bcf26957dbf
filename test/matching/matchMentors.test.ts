import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { utcOffsetMinutes, type AthleteInput, type MentorInput } from 'athlete-accelerator/core';
import {
  builtInPairCriteria,
  createPairCriteriaRegistry,
  findBlockingPairs,
  matchMentors,
  registerPairCriterion,
  type MatchMentorsOptions,
  type MentorMatching,
} from 'athlete-accelerator/matching';
import { SEED, bruteForceCapacities } from './oracles.js';

const RUNS = { seed: SEED, numRuns: 60 } as const;
const asOf = '2027-01-11';
const ZONES = ['Europe/London', 'Europe/Paris', 'Asia/Tokyo', 'America/New_York', 'Africa/Nairobi'] as const;
const LANGUAGES = ['en', 'fr', 'es'] as const;
const COMPETENCIES = ['incoterms', 'freight', 'brand', 'negotiation'] as const;
const SECTORS = ['sportswear', 'wellness', 'outdoor-gear'] as const;
const SPORTS = ['rowing', 'judo'] as const;

function athleteArbitrary(index: number): fc.Arbitrary<AthleteInput> {
  return fc.record({
    languages: fc.subarray([...LANGUAGES], { minLength: 0 }),
    timeZone: fc.constantFrom(...ZONES),
    sport: fc.constantFrom(...SPORTS),
    goals: fc.subarray([...COMPETENCIES]),
    sector: fc.option(fc.constantFrom(...SECTORS), { nil: undefined }),
    interests: fc.subarray([...SECTORS]),
    skills: fc.subarray([...COMPETENCIES]).chain((keys) =>
      fc.tuple(...keys.map(() => fc.integer({ min: 0, max: 4 }))).map((levels) => Object.fromEntries(keys.map((k, i) => [k, levels[i]]))),
    ),
  }).map(({ languages, timeZone, sport, goals, sector, interests, skills }) => ({
    id: `a-${index}`,
    name: `Athlete ${index}`,
    sport,
    country: 'KE',
    languages,
    timeZone,
    goals,
    interests,
    skills,
    venture: sector === undefined ? { stage: 'idea' } : { stage: 'idea', sector },
  })) as fc.Arbitrary<AthleteInput>;
}

function mentorArbitrary(index: number, athletes: number): fc.Arbitrary<MentorInput> {
  return fc.record({
    kind: fc.constantFrom('executive', 'global-team', 'ambassador'),
    languages: fc.subarray([...LANGUAGES], { minLength: 1 }),
    timeZone: fc.constantFrom(...ZONES),
    capacity: fc.integer({ min: 0, max: 2 }),
    expertise: fc.subarray([...COMPETENCIES], { minLength: 1 }).chain((keys) =>
      fc.tuple(...keys.map(() => fc.integer({ min: 1, max: 4 }))).map((levels) => Object.fromEntries(keys.map((k, i) => [k, levels[i]]))),
    ),
    sectors: fc.subarray([...SECTORS]),
    sport: fc.option(fc.constantFrom(...SPORTS), { nil: undefined }),
    conflicts: fc.subarray(Array.from({ length: athletes }, (_, i) => `a-${i}`), { maxLength: Math.min(2, athletes) }),
  }).map(({ sport, ...rest }) => ({
    id: `m-${index}`,
    name: `Mentor ${index}`,
    ...rest,
    ...(sport === undefined ? {} : { sport }),
  })) as fc.Arbitrary<MentorInput>;
}

/** A tiny instance: up to 5 athletes, up to 3 mentors, and maybe a minScore. */
const instanceArbitrary = fc
  .record({ n: fc.integer({ min: 1, max: 5 }), m: fc.integer({ min: 1, max: 3 }) })
  .chain(({ n, m }) =>
    fc.record({
      athletes: fc.tuple(...Array.from({ length: n }, (_, i) => athleteArbitrary(i))),
      mentors: fc.tuple(...Array.from({ length: m }, (_, j) => mentorArbitrary(j, n))),
      minScore: fc.option(fc.constantFrom(0.3, 0.5), { nil: undefined }),
    }),
  );

function optionsOf(minScore: number | undefined, method: 'optimal' | 'stable' = 'optimal'): MatchMentorsOptions {
  return minScore === undefined ? { asOf, method } : { asOf, method, minScore };
}

function unwrap(result: ReturnType<typeof matchMentors>): MentorMatching {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The score of every pair, found independently: each pair matched on its own (-Infinity when forbidden). */
function pairMatrix(athletes: readonly AthleteInput[], mentors: readonly MentorInput[]): number[][] {
  return athletes.map((athlete) =>
    mentors.map((mentor) => {
      const alone = unwrap(matchMentors([athlete], [{ ...mentor, capacity: 1 }], { asOf }));
      return alone.pairs[0]?.score ?? -Infinity;
    }),
  );
}

function overlapHours(a: string, b: string): number {
  const x = utcOffsetMinutes(a, asOf) ?? 0;
  const y = utcOffsetMinutes(b, asOf) ?? 0;
  let best = 0;
  for (const shift of [-1440, 0, 1440]) best = Math.max(best, Math.min(1080 - x, 1080 - y + shift) - Math.max(540 - x, 540 - y + shift));
  return best / 60;
}

describe('matchMentors', () => {
  it('never breaks a hard constraint or a capacity', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.constantFrom('optimal', 'stable' as const), ({ athletes, mentors, minScore }, method) => {
        const result = unwrap(matchMentors(athletes, mentors, optionsOf(minScore, method)));
        const load = new Map<string, number>();
        for (const pair of result.pairs) {
          const athlete = athletes.find((a) => a.id === pair.athleteId)!;
          const mentor = mentors.find((m) => m.id === pair.mentorId)!;
          expect(athlete.languages.some((l) => mentor.languages.includes(l))).toBe(true);
          expect(mentor.conflicts ?? []).not.toContain(athlete.id);
          expect(overlapHours(athlete.timeZone!, mentor.timeZone)).toBeGreaterThanOrEqual(2);
          if (minScore !== undefined) expect(pair.score).toBeGreaterThanOrEqual(minScore);
          load.set(mentor.id, (load.get(mentor.id) ?? 0) + 1);
        }
        for (const entry of result.mentorLoad) {
          expect(entry.assigned).toBe(load.get(entry.mentorId) ?? 0);
          expect(entry.assigned).toBeLessThanOrEqual(entry.capacity);
        }
        expect(result.pairs.length + result.unmatched.length).toBe(athletes.length);
      }),
      RUNS,
    );
  });

  it('finds the brute-force optimum: most athletes matched, then the best total', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ athletes, mentors, minScore }) => {
        const result = unwrap(matchMentors(athletes, mentors, optionsOf(minScore)));
        const matrix = pairMatrix(athletes, mentors);
        const best = bruteForceCapacities(matrix, mentors.map((m) => m.capacity), minScore === undefined ? {} : { minScore });
        expect(best).not.toBeNull();
        expect(result.pairs.length).toBe(best![0]);
        expect(result.total).toBeCloseTo(best![1], 9);
        for (const pair of result.pairs) {
          const sum = pair.breakdown.reduce((s, line) => s + line.points, 0);
          expect(pair.score).toBeCloseTo(sum, 12);
        }
      }),
      RUNS,
    );
  });

  it('gives a stable matching with no blocking pair under the preferences derived from the scores', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ athletes, mentors, minScore }) => {
        const result = unwrap(matchMentors(athletes, mentors, optionsOf(minScore, 'stable')));
        expect(result.method).toBe('stable');
        const matrix = pairMatrix(athletes, mentors);
        const ok = (s: number): boolean => s > -Infinity && s >= (minScore ?? -Infinity);
        const athletePrefs = matrix.map((row) =>
          row.map((_, j) => j).filter((j) => ok(row[j]!)).sort((a, b) => row[b]! - row[a]! || a - b),
        );
        const mentorPrefs = mentors.map((_, j) =>
          matrix.map((_, i) => i).filter((i) => ok(matrix[i]![j]!)).sort((a, b) => matrix[b]![j]! - matrix[a]![j]! || a - b),
        );
        const matching = athletes.map((a) => {
          const pair = result.pairs.find((p) => p.athleteId === a.id);
          return pair === undefined ? -1 : mentors.findIndex((m) => m.id === pair.mentorId);
        });
        expect(findBlockingPairs(athletePrefs, mentorPrefs, mentors.map((m) => m.capacity), matching)).toEqual([]);
      }),
      RUNS,
    );
  });

  it('gives the same output for the same input, and does not mutate its input', () => {
    fc.assert(
      fc.property(instanceArbitrary, ({ athletes, mentors, minScore }) => {
        const before = structuredClone({ athletes, mentors });
        const options = optionsOf(minScore);
        const first = JSON.stringify(matchMentors(athletes, mentors, options));
        const second = JSON.stringify(matchMentors(structuredClone(athletes), structuredClone(mentors), options));
        expect(first).toBe(second);
        expect({ athletes, mentors }).toEqual(before);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  const athlete = (id: string, extra: Partial<AthleteInput> = {}): AthleteInput => ({
    id,
    name: id,
    sport: 'judo',
    country: 'FR',
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    goals: ['incoterms'],
    ...extra,
  });
  const mentor = (id: string, extra: Partial<MentorInput> = {}): MentorInput => ({
    id,
    name: id,
    kind: 'executive',
    expertise: { incoterms: 4 },
    languages: ['fr'],
    timeZone: 'Europe/London',
    capacity: 1,
    ...extra,
  });

  it('scores sectors as 0 when no athlete or mentor names one (the fast path needs no sector to compare)', () => {
    const r = unwrap(matchMentors([athlete('a-1'), athlete('a-2')], [mentor('m-1', { capacity: 2 })], { asOf }));
    expect(r.pairs.map((pair) => pair.breakdown.find((line) => line.criterion === 'sectorFit')?.value)).toEqual([0, 0]);
  });

  it('explains why each athlete is unmatched', () => {
    const result = unwrap(
      matchMentors(
        [
          athlete('a-0'),
          athlete('a-1', { goals: ['brand'] }),
          athlete('a-2', { languages: ['ja'] }),
          athlete('a-3', { timeZone: 'Asia/Tokyo' }),
          athlete('a-4'),
        ],
        [mentor('m-0', { conflicts: ['a-4'] }), mentor('m-1', { capacity: 0, conflicts: ['a-4'] })],
        { asOf },
      ),
    );
    expect(result.pairs.map((p) => [p.athleteId, p.mentorId])).toEqual([['a-0', 'm-0']]);
    expect(result.unmatched).toEqual([
      { athleteId: 'a-1', code: 'mentors-at-capacity', reason: 'every compatible mentor (2) is at capacity' },
      { athleteId: 'a-2', code: 'no-compatible-mentor', reason: 'no mentor shares a language' },
      { athleteId: 'a-3', code: 'no-compatible-mentor', reason: 'no mentor’s working day overlaps enough with the athlete’s' },
      { athleteId: 'a-4', code: 'no-compatible-mentor', reason: 'every mentor has declared a conflict of interest' },
    ]);
    const low = unwrap(matchMentors([athlete('a-0', { goals: ['brand'] })], [mentor('m-0')], { asOf, minScore: 0.9 }));
    expect(low.unmatched[0]?.code).toBe('below-min-score');
    expect(low.unmatched[0]?.reason).toMatch(/^best pair scored 0\.\d+, below minScore 0\.9$/);
  });

  it('prefers the mentor with the expertise the athlete wants', () => {
    const result = unwrap(
      matchMentors([athlete('a-0')], [mentor('m-0', { expertise: { brand: 4 } }), mentor('m-1', { expertise: { incoterms: 3 } })], { asOf }),
    );
    expect(result.pairs.map((p) => p.mentorId)).toEqual(['m-1']);
    expect(result.pairs[0]?.breakdown.find((line) => line.criterion === 'expertiseFit')).toMatchObject({ value: 0.75, reason: 'expertise in incoterms' });
  });

  it('refuses bad input with the code and the path of each problem', () => {
    const bad = matchMentors([athlete('a-0'), { ...athlete('a-1'), languages: ['English'] }], [mentor('m-0')], { asOf });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-input');
      expect(bad.error.path).toEqual(['athletes', 1, 'languages', 0]);
    }
    const noDate = matchMentors([athlete('a-0')], [mentor('m-0')], { asOf: '11/01/2027' });
    expect(!noDate.ok && noDate.error.path).toEqual(['options', 'asOf']);
    const missing = matchMentors([athlete('a-0')], [mentor('m-0')], undefined);
    expect(!missing.ok && missing.error.path).toEqual(['options']);
    const unknown = matchMentors([athlete('a-0')], [mentor('m-0')], { asOf, criteria: [{ criterion: 'charisma', weight: 1 }] });
    expect(!unknown.ok && unknown.error.path).toEqual(['options', 'criteria', 0, 'criterion']);
    const badArgs = matchMentors([athlete('a-0')], [mentor('m-0')], {
      asOf,
      criteria: [{ criterion: 'timeZoneOverlap', weight: 1, args: { minHours: 'two' } }],
    });
    expect(!badArgs.ok && badArgs.error.path).toEqual(['options', 'criteria', 0, 'args', 'minHours']);
    const twice = matchMentors([athlete('a-0'), athlete('a-0')], [mentor('m-0')], { asOf });
    expect(!twice.ok && twice.error.path).toEqual(['athletes', 1, 'id']);
    expect(() => matchMentors(null, 42, { asOf, method: 'best' as never })).not.toThrow();
  });

  it('uses a criterion a partner registers, without changing the registry it extends', () => {
    const base = builtInPairCriteria();
    const extended = registerPairCriterion(base, 'sameCountry', {
      args: z.strictObject({}),
      hard: true,
      score: (a, m) => (a.country === m.country ? { value: 1, reason: 'same country' } : { value: 0, reason: 'different countries' }),
    });
    expect(extended.ok).toBe(true);
    if (!extended.ok) return;
    expect(base.criteria.has('sameCountry')).toBe(false);
    const result = unwrap(
      matchMentors([athlete('a-0')], [mentor('m-0', { country: 'GB' }), mentor('m-1', { country: 'FR', expertise: { brand: 1 } })], {
        asOf,
        registry: extended.value,
        criteria: [
          { criterion: 'expertiseFit', weight: 1 },
          { criterion: 'sameCountry', weight: 0 },
        ],
      }),
    );
    expect(result.pairs[0]?.mentorId).toBe('m-1');
    expect(result.pairs[0]?.breakdown.map((line) => line.reason)).toEqual(['no expertise in the athlete’s goals or gaps', 'same country']);
    const duplicate = registerPairCriterion(extended.value, 'sameCountry', { args: z.strictObject({}), score: () => ({ value: 1, reason: '' }) });
    expect(!duplicate.ok && duplicate.error.path).toEqual(['name']);
    expect(createPairCriteriaRegistry().criteria.size).toBe(0);
  });

  it('matches the first 200 sample athletes to the sample mentors within every capacity', () => {
    const root = join(import.meta.dirname, '..', '..', 'data', 'sample');
    const athletes = (JSON.parse(readFileSync(join(root, 'athletes.json'), 'utf8')) as unknown[]).slice(0, 200);
    const mentors = JSON.parse(readFileSync(join(root, 'mentors.json'), 'utf8')) as MentorInput[];
    for (const method of ['optimal', 'stable'] as const) {
      const result = unwrap(matchMentors(athletes, mentors, { asOf, method }));
      expect(result.pairs.length + result.unmatched.length).toBe(200);
      for (const load of result.mentorLoad) expect(load.assigned).toBeLessThanOrEqual(load.capacity);
      // Nobody is left out while a mentor they could have had still has room.
      const full = new Set(result.mentorLoad.filter((l) => l.assigned === l.capacity).map((l) => l.mentorId));
      for (const u of result.unmatched) expect(['no-compatible-mentor', 'mentors-at-capacity']).toContain(u.code);
      if (method === 'optimal') {
        const capacity = mentors.reduce((s, m) => s + m.capacity, 0);
        expect(result.pairs.length).toBe(Math.min(capacity, 200 - result.unmatched.filter((u) => u.code === 'no-compatible-mentor').length));
      }
      expect(full.size).toBeGreaterThan(0);
    }
  });
});
