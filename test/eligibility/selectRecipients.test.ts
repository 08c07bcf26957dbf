import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AthleteInput } from 'athlete-accelerator/core';
import { selectRecipients, type Quota, type Rubric } from 'athlete-accelerator/eligibility';

const asOf = '2026-12-01';
/** One criterion whose value is the athlete's motivation: scores are 0, 25, 50, 75 or 100. */
const rubric: Rubric = { criteria: [{ criterion: 'motivation', weight: 1 }] };

function athlete(id: string, motivation: number, extra: Partial<AthleteInput> = {}): AthleteInput {
  return { id, name: `Athlete ${id}`, sport: 'athletics', country: 'KE', languages: ['en'], motivation, ...extra };
}

const COUNTRIES = ['KE', 'BR', 'FR', 'CN'] as const; // africa, latin-america-caribbean, europe, asia
const GENDERS = ['female', 'male'] as const;
const STAGES = ['active', 'retired', 'dual-career'] as const;

const candidateArb = fc.record({
  motivation: fc.integer({ min: 1, max: 5 }),
  country: fc.constantFrom(...COUNTRIES),
  gender: fc.constantFrom(...GENDERS),
  careerStage: fc.constantFrom(...STAGES),
});

const quotaArb = fc
  .record({
    attribute: fc.constantFrom('region', 'gender', 'careerStage'),
    index: fc.nat(3),
    min: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
    max: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
  })
  .map(({ attribute, index, min, max }): Quota => {
    const values = { region: ['africa', 'latin-america-caribbean', 'europe', 'asia'], gender: [...GENDERS, 'female'], careerStage: [...STAGES, 'retired'] }[attribute];
    const value = values[index % values.length] as string;
    const low = min ?? (max === undefined ? 0 : undefined);
    const quota: Quota = { attribute: attribute, value };
    if (low !== undefined) quota.min = max === undefined ? low : Math.min(low, max);
    if (max !== undefined) quota.max = max;
    return quota;
  });

const REGION: Record<string, string> = { KE: 'africa', BR: 'latin-america-caribbean', FR: 'europe', CN: 'asia' };
function valueOf(c: { country: string; gender: string; careerStage: string }, attribute: Quota['attribute']): string {
  return attribute === 'region' ? (REGION[c.country] as string) : attribute === 'gender' ? c.gender : c.careerStage;
}

/** Brute force: every subset of at most `seats`, best lexicographic (quota places filled, total score). */
function oracle(candidates: { motivation: number; country: string; gender: string; careerStage: string }[], seats: number, quotas: Quota[]) {
  let best = { places: -1, score: -1, size: -1 };
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const members = candidates.filter((_, i) => (mask >> i) & 1);
    if (members.length > seats) continue;
    let feasible = true;
    let places = 0;
    for (const quota of quotas) {
      const count = members.filter((c) => valueOf(c, quota.attribute) === quota.value).length;
      if (quota.max !== undefined && count > quota.max) feasible = false;
      places += Math.min(count, quota.min ?? 0);
    }
    if (!feasible) continue;
    const score = members.reduce((sum, c) => sum + (c.motivation - 1) * 25, 0);
    if (places > best.places || (places === best.places && (score > best.score || (score === best.score && members.length > best.size)))) {
      best = { places, score, size: members.length };
    }
  }
  return best;
}

function dedupe(quotas: Quota[]): Quota[] {
  const seen = new Set<string>();
  return quotas.filter((q) => {
    const key = `${q.attribute}:${q.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

describe('selectRecipients', () => {
  it('selects the highest scores when there are no quotas, ranked by score', () => {
    const candidates = [athlete('a', 2), athlete('b', 5), athlete('c', 4), athlete('d', 1)];
    const result = selectRecipients(candidates, { seats: 2, asOf, rubric });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.selected.map((d) => d.athleteId)).toEqual(['b', 'c']);
    expect(result.value.waitlist.map((d) => [d.athleteId, d.waitlistPosition])).toEqual([['a', 1], ['d', 2]]);
    expect(result.value.candidates.map((d) => d.rank)).toEqual([1, 2, 3, 4]);
    expect(result.value.method).toBe('flow');
    expect(result.value.proven).toBe(true);
  });

  it('meets a minimum quota by taking the best of the group ahead of higher scores, and says so', () => {
    const candidates = [athlete('fr-1', 5, { country: 'FR' }), athlete('fr-2', 5, { country: 'FR' }), athlete('ke-1', 2), athlete('ke-2', 3)];
    const result = selectRecipients(candidates, { seats: 2, asOf, rubric, quotas: [{ attribute: 'region', value: 'africa', min: 1 }] });
    if (!result.ok) throw new Error(result.error.message);
    const selected = result.value.selected.map((d) => d.athleteId);
    // The two French candidates tie on score: the seeded tie-break takes one, the other waits.
    expect(selected).toContain('ke-2');
    expect(selected.filter((id) => id.startsWith('fr-'))).toHaveLength(1);
    const keTwo = result.value.candidates.find((d) => d.athleteId === 'ke-2');
    expect(keTwo?.reasons.join(' ')).toMatch(/to meet region africa/);
    const otherFrench = result.value.candidates.find((d) => d.athleteId.startsWith('fr-') && !selected.includes(d.athleteId));
    expect(otherFrench?.status).toBe('waitlisted');
    expect(otherFrench?.reasons.join(' ')).toMatch(/quota minimum/);
    expect(result.value.quotas[0]).toMatchObject({ selected: 1, met: true, shortBy: 0 });
  });

  it('never exceeds a maximum, leaving seats empty rather than breaking it', () => {
    const candidates = [athlete('a', 5), athlete('b', 4), athlete('c', 3)];
    const result = selectRecipients(candidates, { seats: 3, asOf, rubric, quotas: [{ attribute: 'region', value: 'africa', max: 2 }] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.selected.map((d) => d.athleteId)).toEqual(['a', 'b']);
    expect(result.value.unfilledSeats).toBe(1);
    expect(result.value.candidates.find((d) => d.athleteId === 'c')?.reasons.join(' ')).toMatch(/reached its maximum/);
    expect(result.value.warnings.length).toBeGreaterThan(0);
  });

  it('reports a minimum that cannot be met and by how much, instead of relaxing it silently', () => {
    const candidates = [athlete('a', 5), athlete('b', 4, { para: true }), athlete('c', 3)];
    const result = selectRecipients(candidates, { seats: 3, asOf, rubric, quotas: [{ attribute: 'para', value: 'yes', min: 3 }] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.quotas[0]).toMatchObject({ selected: 1, available: 1, met: false, shortBy: 2 });
    expect(result.value.warnings.join(' ')).toMatch(/short by 2/);
  });

  it('breaks exact ties by the seed, deterministically, and a different seed can change the draw', () => {
    const candidates = Array.from({ length: 12 }, (_, i) => athlete(`t-${i}`, 3));
    const pick = (seed: string) => {
      const r = selectRecipients(candidates, { seats: 3, asOf, rubric, seed });
      if (!r.ok) throw new Error(r.error.message);
      return r.value.selected.map((d) => d.athleteId);
    };
    expect(pick('one')).toEqual(pick('one'));
    const draws = new Set(['one', 'two', 'three', 'four'].map((seed) => pick(seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });

  it('finds the same optimum as brute force on small instances (quotas on up to three attributes)', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { minLength: 1, maxLength: 9 }), fc.integer({ min: 0, max: 6 }), fc.array(quotaArb, { maxLength: 4 }), (raw, seats, rawQuotas) => {
        const quotas = dedupe(rawQuotas);
        const candidates = raw.map((c, i) => athlete(`c${i}`, c.motivation, { country: c.country, gender: c.gender, careerStage: c.careerStage }));
        const result = selectRecipients(candidates, { seats, asOf, rubric, quotas });
        if (!result.ok) throw new Error(result.error.message);
        const chosen = result.value.selected.map((d) => raw[Number(d.athleteId.slice(1))]!);
        const places = quotas.reduce((sum, q) => sum + Math.min(chosen.filter((c) => valueOf(c, q.attribute) === q.value).length, q.min ?? 0), 0);
        const score = chosen.reduce((sum, c) => sum + (c.motivation - 1) * 25, 0);
        for (const q of quotas) {
          if (q.max !== undefined) expect(chosen.filter((c) => valueOf(c, q.attribute) === q.value).length).toBeLessThanOrEqual(q.max);
        }
        expect(chosen.length).toBeLessThanOrEqual(seats);
        const best = oracle(raw, seats, quotas);
        expect({ places, score }).toEqual({ places: best.places, score: best.score });
        expect(result.value.proven).toBe(true);
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it('finds the brute-force optimum with quotas on three and four attributes at once, proven', () => {
    type Raw = { motivation: number; country: string; gender: string; careerStage: string; para: boolean };
    const paraValue = (c: Raw, attribute: Quota['attribute']): string => (attribute === 'para' ? (c.para ? 'yes' : 'no') : valueOf(c, attribute));
    const wideQuotaArb = fc
      .record({
        attribute: fc.constantFrom('region', 'gender', 'careerStage', 'para'),
        index: fc.nat(3),
        min: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
        max: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      })
      .map(({ attribute, index, min, max }): Quota => {
        const values = { region: ['africa', 'latin-america-caribbean', 'europe', 'asia'], gender: [...GENDERS], careerStage: [...STAGES], para: ['yes', 'no'] }[attribute];
        const quota: Quota = { attribute, value: values[index % values.length] as string };
        if (min !== undefined || max === undefined) quota.min = max === undefined ? (min ?? 1) : Math.min(min ?? 0, max);
        if (max !== undefined) quota.max = max;
        return quota;
      });
    // Quotas on at least three distinct attributes; minimums often exceed what the candidates can give.
    const quotasArb = fc
      .tuple(fc.shuffledSubarray(['region', 'gender', 'careerStage', 'para'] as const, { minLength: 3, maxLength: 4 }), fc.array(wideQuotaArb, { maxLength: 4 }))
      .chain(([attributes, extra]) =>
        fc.tuple(...attributes.map((attribute) => wideQuotaArb.filter((quota) => quota.attribute === attribute))).map((forced) => dedupe([...forced, ...extra])),
      );
    fc.assert(
      fc.property(
        fc.array(fc.record({ motivation: fc.integer({ min: 1, max: 3 }), country: fc.constantFrom(...COUNTRIES), gender: fc.constantFrom(...GENDERS), careerStage: fc.constantFrom(...STAGES), para: fc.boolean() }), {
          minLength: 1,
          maxLength: 10,
        }),
        fc.integer({ min: 0, max: 6 }),
        quotasArb,
        fc.constantFrom('selection', 'other seed'),
        (raw: Raw[], seats, quotas, seed) => {
          const candidates = raw.map((c, i) => athlete(`c${i}`, c.motivation, { country: c.country, gender: c.gender as 'female', careerStage: c.careerStage as 'active', para: c.para }));
          const result = selectRecipients(candidates, { seats, asOf, rubric, quotas, seed });
          if (!result.ok) throw new Error(result.error.message);
          expect(new Set(quotas.map((q) => q.attribute)).size).toBeGreaterThanOrEqual(3);
          expect(result.value.method).toBe('search');
          expect(result.value.proven).toBe(true);
          const chosen = result.value.selected.map((d) => raw[Number(d.athleteId.slice(1))]!);
          expect(chosen.length).toBeLessThanOrEqual(seats);
          let places = 0;
          for (const q of quotas) {
            const count = chosen.filter((c) => paraValue(c, q.attribute) === q.value).length;
            if (q.max !== undefined) expect(count).toBeLessThanOrEqual(q.max);
            places += Math.min(count, q.min ?? 0);
            const outcome = result.value.quotas.find((o) => o.quota.attribute === q.attribute && o.quota.value === q.value);
            expect(outcome?.selected).toBe(count);
            expect(outcome?.shortBy).toBe(Math.max(0, (q.min ?? 0) - count));
          }
          const score = chosen.reduce((sum, c) => sum + (c.motivation - 1) * 25, 0);
          // Brute force over every subset of at most `seats` candidates.
          let best = { places: -1, score: -1 };
          for (let mask = 0; mask < 1 << raw.length; mask++) {
            const members = raw.filter((_, i) => (mask >> i) & 1);
            if (members.length > seats) continue;
            let feasible = true;
            let filled = 0;
            for (const q of quotas) {
              const count = members.filter((c) => paraValue(c, q.attribute) === q.value).length;
              if (q.max !== undefined && count > q.max) feasible = false;
              filled += Math.min(count, q.min ?? 0);
            }
            if (!feasible) continue;
            const total = members.reduce((sum, c) => sum + (c.motivation - 1) * 25, 0);
            if (filled > best.places || (filled === best.places && total > best.score)) best = { places: filled, score: total };
          }
          expect({ places, score }).toEqual(best);
          // Ties are broken by rank (the seed's draw): of two candidates who are alike for every quota
          // and have the same score, a selected one never ranks below one left out.
          const key = (d: { athleteId: string; score: number }) => {
            const c = raw[Number(d.athleteId.slice(1))]!;
            return [d.score, ...quotas.map((q) => paraValue(c, q.attribute) === q.value)].join();
          };
          for (const inside of result.value.selected) {
            for (const outside of result.value.candidates) {
              if (outside.status !== 'selected' && key(outside) === key(inside)) expect(inside.rank).toBeLessThan(outside.rank);
            }
          }
        },
      ),
      { seed: 20261126, numRuns: 300 },
    );
  });

  it('proves the optimum of quotas on four attributes over hundreds of candidates', () => {
    const candidates = Array.from({ length: 400 }, (_, i) =>
      athlete(`p-${i}`, 1 + ((i * 7) % 5), {
        country: COUNTRIES[i % 4] as string,
        gender: GENDERS[(i >> 2) % 2] as 'female',
        careerStage: STAGES[i % 3] as 'active',
        para: i % 11 === 0,
      }),
    );
    const quotas: Quota[] = [
      { attribute: 'region', value: 'africa', min: 6 },
      { attribute: 'region', value: 'asia', min: 4, max: 8 },
      { attribute: 'gender', value: 'female', min: 15 },
      { attribute: 'para', value: 'yes', min: 5 },
      { attribute: 'careerStage', value: 'retired', max: 6 },
    ];
    const result = selectRecipients(candidates, { seats: 30, asOf, rubric, quotas });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.proven).toBe(true);
    expect(result.value.method).toBe('search');
    expect(result.value.selected).toHaveLength(30);
    expect(result.value.quotas.map((q) => q.met)).toEqual([true, true, true, true, true]);
    expect(result.value.quotas[4]?.selected).toBeLessThanOrEqual(6);
  });

  it('gives every candidate exactly one decision and at least one reason', () => {
    fc.assert(
      fc.property(fc.array(candidateArb, { maxLength: 20 }), fc.integer({ min: 0, max: 10 }), (raw, seats) => {
        const candidates = raw.map((c, i) => athlete(`c${i}`, c.motivation, { country: c.country }));
        const result = selectRecipients(candidates, { seats, asOf, rubric, quotas: [{ attribute: 'region', value: 'europe', min: 2 }] });
        if (!result.ok) throw new Error(result.error.message);
        expect(result.value.candidates).toHaveLength(candidates.length);
        expect(new Set(result.value.candidates.map((d) => d.athleteId)).size).toBe(candidates.length);
        for (const decision of result.value.candidates) expect(decision.reasons.length).toBeGreaterThan(0);
        expect(result.value.selected.length + result.value.unfilledSeats).toBe(seats);
      }),
      { seed: 7, numRuns: 100 },
    );
  });

  it('does not mutate its input', () => {
    const candidates = [athlete('a', 5), athlete('b', 4)];
    const quotas: Quota[] = [{ attribute: 'region', value: 'africa', min: 1 }];
    const before = structuredClone({ candidates, quotas });
    selectRecipients(candidates, { seats: 1, asOf, rubric, quotas });
    expect({ candidates, quotas }).toEqual(before);
  });

  it('refuses bad input with the path of every problem', () => {
    const result = selectRecipients([athlete('a', 5), { id: 'b' } as AthleteInput, athlete('a', 3)], {
      seats: -1,
      asOf: '1 Dec',
      rubric: { criteria: [{ criterion: 'charisma', weight: 1 }] },
      quotas: [{ attribute: 'shoeSize' as Quota['attribute'], value: '44', min: 1 }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = (result.error.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toContain('candidates.1.name');
    expect(paths).toContain('options.seats');
    expect(paths).toContain('options.asOf');
    expect(paths).toContain('options.quotas.0.attribute');
    expect(paths).toContain('rubric.criteria.0.criterion');
  });

  it('refuses two candidates with the same id', () => {
    const result = selectRecipients([athlete('a', 5), athlete('a', 3)], { seats: 1, asOf, rubric });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues?.[0]?.path).toEqual(['candidates', 1, 'id']);
  });
});
