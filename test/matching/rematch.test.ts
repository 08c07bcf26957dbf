import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignWithCapacities, matchMentors, rematch, rematchMentors, type Rematching } from 'athlete-accelerator/matching';
import type { AthleteInput, MentorInput } from 'athlete-accelerator/core';
import { SEED } from './oracles.js';

const RUNS = { seed: SEED, numRuns: 150 } as const;

/** A tiny rematch instance: integer or two-decimal scores (so totals compare exactly), some forbidden. */
interface Instance {
  score: number[][];
  capacities: number[];
  previous: number[];
  droppedRows: number[];
  droppedCols: number[];
  newCapacities: number[] | undefined;
  minScore: number | undefined;
}

const instanceArbitrary: fc.Arbitrary<Instance> = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 3 }), cents: fc.boolean() })
  .chain(({ rows, cols, cents }) => {
    const finite = cents ? fc.integer({ min: -300, max: 600 }).map((k) => k / 100) : fc.integer({ min: -3, max: 6 });
    const cell = fc.oneof({ arbitrary: finite, weight: 5 }, { arbitrary: fc.constant(-Infinity), weight: 1 });
    return fc.record({
      score: fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      capacities: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: cols, maxLength: cols }),
      previous: fc.array(fc.integer({ min: -1, max: cols - 1 }), { minLength: rows, maxLength: rows }),
      droppedRows: fc.subarray(range(rows), { maxLength: Math.min(2, rows) }),
      droppedCols: fc.subarray(range(cols), { maxLength: 1 }),
      newCapacities: fc.option(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }), { nil: undefined }),
      minScore: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
    });
  });

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

function unwrap(result: ReturnType<typeof rematch>): Rematching {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

interface Best {
  count: number;
  total: number;
  kept: number;
}

/**
 * Every matching of the changed problem, enumerated: `visit` sees each with its size, total (in cents,
 * exact) and number of previous pairs kept.
 */
function enumerate(c: Instance, visit: (count: number, cents: number, kept: number, rowToCol: number[]) => void): void {
  const rows = c.score.length;
  const cols = c.capacities.length;
  const caps = (c.newCapacities ?? c.capacities).map((cap, j) => (c.droppedCols.includes(j) ? 0 : cap));
  const load = caps.map(() => 0);
  const current = new Array<number>(rows).fill(-1);
  const step = (i: number, count: number, cents: number, kept: number): void => {
    if (i === rows) {
      visit(count, cents, kept, current);
      return;
    }
    current[i] = -1;
    step(i + 1, count, cents, kept);
    if (c.droppedRows.includes(i)) return;
    for (let j = 0; j < cols; j++) {
      const s = c.score[i]![j]!;
      if (s === -Infinity || load[j]! >= caps[j]! || (c.minScore !== undefined && s < c.minScore)) continue;
      load[j]!++;
      current[i] = j;
      step(i + 1, count + 1, cents + Math.round(s * 100), kept + (c.previous[i] === j ? 1 : 0));
      load[j]!--;
      current[i] = -1;
    }
  };
  step(0, 0, 0, 0);
}

/** The lexicographic best: most rows, then best total, then most previous pairs kept. */
function bruteForceRematch(c: Instance): Best {
  let best: Best = { count: -1, total: 0, kept: 0 };
  enumerate(c, (count, cents, kept) => {
    if (count > best.count || (count === best.count && (cents > best.total || (cents === best.total && kept > best.kept)))) {
      best = { count, total: cents, kept };
    }
  });
  return best;
}

function changeOf(c: Instance): Parameters<typeof rematch>[1] {
  return {
    droppedRows: c.droppedRows,
    droppedCols: c.droppedCols,
    ...(c.newCapacities === undefined ? {} : { capacities: c.newCapacities }),
  };
}

function optionsOf(c: Instance, extra: { maxLoss?: number; method?: 'optimal' | 'stable' } = {}): Parameters<typeof rematch>[2] {
  return c.minScore === undefined ? extra : { ...extra, minScore: c.minScore };
}

function cents(c: Instance, rowToCol: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < rowToCol.length; i++) {
    const j = rowToCol[i]!;
    if (j >= 0) total += Math.round(c.score[i]![j]! * 100);
  }
  return total;
}

function keptCount(c: Instance, rowToCol: ArrayLike<number>): number {
  let kept = 0;
  for (let i = 0; i < rowToCol.length; i++) if (rowToCol[i]! >= 0 && rowToCol[i] === c.previous[i]) kept++;
  return kept;
}

function expectWithinRules(c: Instance, rowToCol: ArrayLike<number>): void {
  const caps = (c.newCapacities ?? c.capacities).map((cap, j) => (c.droppedCols.includes(j) ? 0 : cap));
  const load = caps.map(() => 0);
  for (let i = 0; i < rowToCol.length; i++) {
    const j = rowToCol[i]!;
    if (j < 0) continue;
    expect(c.droppedRows).not.toContain(i);
    expect(c.score[i]![j]).toBeGreaterThan(-Infinity);
    if (c.minScore !== undefined) expect(c.score[i]![j]).toBeGreaterThanOrEqual(c.minScore);
    load[j]!++;
  }
  load.forEach((used, j) => {
    expect(used).toBeLessThanOrEqual(caps[j]!);
  });
}

describe('rematch', () => {
  it('moves the athletes of a mentor who left and keeps every other pair', () => {
    const previous = { score: [[9, 8, 1], [1, 7, 1], [1, 1, 6]], capacities: [1, 2, 1], rowToCol: [0, 1, 2] };
    const r = unwrap(rematch(previous, { droppedCols: [0] }));
    expect([...r.rowToCol]).toEqual([1, 1, 2]);
    expect(r.kept).toEqual([{ row: 1, col: 1 }, { row: 2, col: 2 }]);
    expect(r.moved).toEqual([{ row: 0, from: 0, to: 1, code: 'col-dropped', reason: 'Column 0 was dropped.' }]);
    expect(r.unassigned).toEqual([]);
    expect(r.total).toBe(21);
    expect(r.resolution).toBe(1);
    expect(r.rounded).toBe(false);
  });

  it('gives the place of an athlete who left to one who had none, and reports the release', () => {
    const previous = { score: [[5, 1], [4, 1], [3, 2]], capacities: [1, 1], rowToCol: [0, -1, 1] };
    const r = unwrap(rematch(previous, { droppedRows: [0] }));
    expect([...r.rowToCol]).toEqual([-1, 0, 1]);
    expect(r.unassigned).toEqual([{ row: 0, from: 0, code: 'row-dropped', reason: 'Row 0 was dropped.' }]);
    expect(r.added).toEqual([{ row: 1, col: 0 }]);
    expect(r.kept).toEqual([{ row: 2, col: 1 }]);
  });

  it('among equally good matchings keeps the previous pairs, rather than the lowest indices', () => {
    // Rows 0 and 1 score the same with both columns: the previous crossing is kept.
    const previous = { score: [[2, 2], [2, 2], [1, 1]], capacities: [1, 2], rowToCol: [1, 0, 1] };
    const r = unwrap(rematch(previous, { capacities: [1, 1] }));
    expect([...r.rowToCol]).toEqual([1, 0, -1]);
    expect(r.unassigned).toEqual([{ row: 2, from: 1, code: 'capacity-reduced', reason: 'Column 1 had 2 of its rows left but its capacity is now 1.' }]);
  });

  it('moves a pair that a new score forbids, with the reason', () => {
    const previous = { score: [[3, 1], [1, 3]], capacities: [2, 2], rowToCol: [0, 1] };
    const r = unwrap(rematch(previous, { score: [[-Infinity, 1], [1, 3]] }));
    expect([...r.rowToCol]).toEqual([1, 1]);
    expect(r.moved[0]?.code).toBe('pair-not-allowed');
  });

  it('moves a pair only to gain score when the new scores make it worth it, as displaced', () => {
    const previous = { score: [[3, 1], [2, 2]], capacities: [1, 1], rowToCol: [0, 1] };
    const r = unwrap(rematch(previous, { score: [[3, 1], [9, 2]] }));
    expect([...r.rowToCol]).toEqual([1, 0]);
    expect(r.moved.map((m) => m.code)).toEqual(['displaced', 'displaced']);
  });

  it('minimises costs when maximize is false, and keeps a pair that costs the same as a move', () => {
    // Row 2 costs 2 with either column: it stays with column 1.
    const previous = { score: [[1, 5], [5, 1], [2, 2]], capacities: [1, 2], rowToCol: [0, 1, 1] };
    const r = unwrap(rematch(previous, { droppedRows: [0] }, { maximize: false, maxCost: 4 }));
    expect([...r.rowToCol]).toEqual([-1, 1, 1]);
    expect(r.total).toBe(3);
    expect(r.kept).toEqual([{ row: 1, col: 1 }, { row: 2, col: 1 }]);
  });

  it('keeps more pairs when maxLoss allows a lower total', () => {
    const previous = { score: [[0.4, 0.35], [0.1, 0.2]], capacities: [1, 1], rowToCol: [1, 0] };
    const strict = unwrap(rematch(previous, {}));
    expect([...strict.rowToCol]).toEqual([0, 1]);
    expect(strict.loss).toBe(0);
    const tolerant = unwrap(rematch(previous, {}, { maxLoss: 0.2 }));
    expect([...tolerant.rowToCol]).toEqual([1, 0]);
    expect(tolerant.loss).toBeCloseTo(0.15, 12);
    expect(unwrap(rematch(previous, {}, { maxLoss: 0.1 })).kept).toEqual([]);
  });

  it('re-runs deferred acceptance with method stable and reports the changes', () => {
    const previous = { score: [[3, 2], [2, 3], [1, 1]], capacities: [1, 1], rowToCol: [0, 1, -1] };
    const r = unwrap(rematch(previous, { droppedCols: [1] }, { method: 'stable' }));
    expect(r.method).toBe('stable');
    expect([...r.rowToCol]).toEqual([0, -1, -1]);
    expect(r.kept).toEqual([{ row: 0, col: 0 }]);
    expect(r.unassigned).toEqual([{ row: 1, from: 1, code: 'col-dropped', reason: 'Column 1 was dropped.' }]);
  });

  it('refuses bad input with the code and the path of each problem', () => {
    const previous = { score: [[1, 2], [3, 4]], capacities: [1, 1], rowToCol: [0, 1] };
    const paths = (result: ReturnType<typeof rematch>): unknown => (result.ok ? 'ok' : [result.error.code, result.error.issues?.map((i) => i.path)]);
    expect(paths(rematch({ ...previous, rowToCol: [0, 2] }, {}))).toEqual(['invalid-input', [['previous', 'rowToCol', 1]]]);
    expect(paths(rematch({ ...previous, rowToCol: [0] }, {}))).toEqual(['invalid-input', [['previous', 'rowToCol']]]);
    expect(paths(rematch({ ...previous, score: [[1, Number.NaN], [3, 4]] }, {}))).toEqual(['invalid-input', [['previous', 'score', 0, 1]]]);
    expect(paths(rematch(previous, { droppedRows: [2], droppedCols: [-1] }))).toEqual([
      'invalid-input',
      [['change', 'droppedRows', 0], ['change', 'droppedCols', 0]],
    ]);
    expect(paths(rematch(previous, { capacities: [1, 0.5] }))).toEqual(['invalid-input', [['change', 'capacities', 1]]]);
    expect(paths(rematch(previous, { score: [[1, 2, 3]] }))).toEqual(['invalid-input', [['change', 'score']]]);
    expect(paths(rematch(previous, {}, { maxLoss: -1, minScore: 'x' } as never))).toEqual([
      'invalid-input',
      [['options', 'minScore'], ['options', 'maxLoss']],
    ]);
    expect(paths(rematch(previous, {}, { method: 'stable', maxLoss: 1 }))).toEqual(['invalid-input', [['options', 'maxLoss']]]);
    expect(paths(rematch(previous, {}, { resolution: 1e-300 }))).toEqual(['invalid-input', [['options', 'resolution']]]);
    expect(paths(rematch(null as never, {}))).toEqual(['invalid-input', [['previous']]]);
    const infeasible = rematch(previous, { droppedCols: [0] }, { allowUnassigned: false });
    expect(infeasible.ok || infeasible.error.code).toBe('infeasible');
  });

  it('does not mutate its input and gives the same output for the same input', () => {
    fc.assert(
      fc.property(instanceArbitrary, (c) => {
        const previous = { score: c.score, capacities: c.capacities, rowToCol: c.previous };
        const change = changeOf(c);
        const before = structuredClone({ previous, change });
        const first = rematch(previous, change, optionsOf(c));
        expect({ previous, change }).toEqual(before);
        const second = rematch(structuredClone(previous), structuredClone(change), optionsOf(c));
        expect(JSON.stringify(second, (_, v: unknown) => (v instanceof Int32Array ? [...v] : v))).toBe(
          JSON.stringify(first, (_, v: unknown) => (v instanceof Int32Array ? [...v] : v)),
        );
      }),
      { seed: SEED, numRuns: 40 },
    );
  });

  it('keeps the most rows and the optimal total, then moves as few pairs as any optimal matching (brute force)', () => {
    fc.assert(
      fc.property(instanceArbitrary, (c) => {
        const r = unwrap(rematch({ score: c.score, capacities: c.capacities, rowToCol: c.previous }, changeOf(c), optionsOf(c)));
        const best = bruteForceRematch(c);
        expectWithinRules(c, r.rowToCol);
        expect([...r.rowToCol].filter((j) => j >= 0).length).toBe(best.count);
        expect(cents(c, r.rowToCol)).toBe(best.total);
        expect(keptCount(c, r.rowToCol)).toBe(best.kept);
        expect(r.loss).toBe(0);
        expect(r.rounded).toBe(false);
        // The report accounts for every previous pair exactly once.
        const previousPairs = c.previous.filter((j) => j >= 0).length;
        expect(r.kept.length + r.moved.length + r.unassigned.length).toBe(previousPairs);
        expect(r.kept.length).toBe(best.kept);
      }),
      RUNS,
    );
  });

  it('moves nothing when nothing changed and the previous matching was optimal', () => {
    fc.assert(
      fc.property(instanceArbitrary, (c) => {
        const options = c.minScore === undefined ? {} : { minScore: c.minScore };
        const first = assignWithCapacities(c.score, c.capacities, options);
        if (!first.ok) return;
        const previous = [...first.value.rowToCol];
        const r = unwrap(rematch({ score: c.score, capacities: c.capacities, rowToCol: previous }, {}, options));
        expect([...r.rowToCol]).toEqual(previous);
        expect(r.moved).toEqual([]);
        expect(r.unassigned).toEqual([]);
        expect(r.added).toEqual([]);
      }),
      RUNS,
    );
  });

  it('with maxLoss, loses at most that much, keeps the most rows and at least as many pairs as without', () => {
    fc.assert(
      fc.property(instanceArbitrary, fc.constantFrom(0.5, 1, 3), (c, maxLoss) => {
        const previous = { score: c.score, capacities: c.capacities, rowToCol: c.previous };
        const strict = unwrap(rematch(previous, changeOf(c), optionsOf(c)));
        const tolerant = unwrap(rematch(previous, changeOf(c), optionsOf(c, { maxLoss })));
        const best = bruteForceRematch(c);
        expectWithinRules(c, tolerant.rowToCol);
        expect([...tolerant.rowToCol].filter((j) => j >= 0).length).toBe(best.count);
        const lossCents = best.total - cents(c, tolerant.rowToCol);
        expect(lossCents).toBeLessThanOrEqual(Math.round(maxLoss * 100));
        expect(tolerant.loss).toBeCloseTo(lossCents / 100, 9);
        expect(tolerant.kept.length).toBeGreaterThanOrEqual(strict.kept.length);
        // No matching of the same size keeps more pairs at a total at least as good.
        let dominated = false;
        enumerate(c, (count, total, kept) => {
          if (count === best.count && total >= cents(c, tolerant.rowToCol) && kept > tolerant.kept.length) dominated = true;
        });
        expect(dominated).toBe(false);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('with method stable, leaves no pair that both sides strictly prefer by score, within every capacity', () => {
    fc.assert(
      fc.property(instanceArbitrary, (c) => {
        const r = unwrap(rematch({ score: c.score, capacities: c.capacities, rowToCol: c.previous }, changeOf(c), optionsOf(c, { method: 'stable' })));
        expectWithinRules(c, r.rowToCol);
        const caps = (c.newCapacities ?? c.capacities).map((cap, j) => (c.droppedCols.includes(j) ? 0 : cap));
        const allowed = (i: number, j: number): boolean =>
          !c.droppedRows.includes(i) && c.score[i]![j]! > -Infinity && (c.minScore === undefined || c.score[i]![j]! >= c.minScore);
        c.score.forEach((row, i) => {
          row.forEach((s, j) => {
            if (!allowed(i, j) || caps[j] === 0) return;
            const mine = r.rowToCol[i]!;
            const rowWants = mine < 0 || s > c.score[i]![mine]!;
            const held = [...r.rowToCol].flatMap((k, q) => (k === j ? [q] : []));
            const colWants = held.length < caps[j]! || held.some((q) => c.score[q]![j]! < s);
            expect(rowWants && colWants).toBe(false);
          });
        });
      }),
      RUNS,
    );
  });

  it('with method stable, moves nothing when nothing changed and the previous matching was stable', () => {
    fc.assert(
      fc.property(instanceArbitrary, (c) => {
        const stable = unwrap(rematch({ score: c.score, capacities: c.capacities, rowToCol: c.previous }, {}, optionsOf(c, { method: 'stable' })));
        const again = unwrap(
          rematch({ score: c.score, capacities: c.capacities, rowToCol: [...stable.rowToCol] }, {}, optionsOf(c, { method: 'stable' })),
        );
        expect([...again.rowToCol]).toEqual([...stable.rowToCol]);
        expect(again.moved).toEqual([]);
      }),
      RUNS,
    );
  });

  describe('rematchMentors', () => {
    const asOf = '2027-03-01';
    const athlete = (id: string, goals: string[]): AthleteInput => ({
      id,
      name: id,
      sport: 'judo',
      country: 'FR',
      languages: ['fr', 'en'],
      timeZone: 'Europe/Paris',
      goals,
    });
    const mentor = (id: string, expertise: Record<string, number>, capacity: number, extra: Partial<MentorInput> = {}): MentorInput => ({
      id,
      name: id,
      kind: 'executive',
      expertise,
      languages: ['en'],
      timeZone: 'Europe/London',
      capacity,
      ...extra,
    });
    const athletes = [athlete('a-1', ['incoterms']), athlete('a-2', ['brand']), athlete('a-3', ['freight']), athlete('a-4', ['brand'])];
    const mentors = [mentor('m-1', { incoterms: 4, freight: 2 }, 2), mentor('m-2', { brand: 4 }, 1), mentor('m-3', { freight: 4, brand: 1 }, 1)];

    function pairsOf(result: ReturnType<typeof matchMentors>): { athleteId: string; mentorId: string }[] {
      if (!result.ok) throw new Error(result.error.message);
      return result.value.pairs.map(({ athleteId, mentorId }) => ({ athleteId, mentorId }));
    }

    it('reports by id who moved, who lost their mentor and why, when a mentor and an athlete leave', () => {
      const previous = pairsOf(matchMentors(athletes, mentors, { asOf }));
      expect(previous).toEqual([
        { athleteId: 'a-1', mentorId: 'm-1' },
        { athleteId: 'a-2', mentorId: 'm-2' },
        { athleteId: 'a-3', mentorId: 'm-3' },
        { athleteId: 'a-4', mentorId: 'm-1' },
      ]);
      // m-3 and a-2 leave: a-3 must move (to m-1, the freight expert), and a-4 takes the brand expert m-2
      // that a-2 left, which makes room for a-3 at m-1; a-1 stays.
      const r = rematchMentors(athletes.filter((a) => a.id !== 'a-2'), mentors.filter((m) => m.id !== 'm-3'), previous, { asOf });
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.ended).toEqual([{ athleteId: 'a-2', fromMentorId: 'm-2', code: 'row-dropped', reason: 'athlete a-2 is no longer in the programme' }]);
      expect(r.value.moved.map((m) => [m.athleteId, m.fromMentorId, m.toMentorId, m.code])).toEqual([
        ['a-3', 'm-3', 'm-1', 'col-dropped'],
        ['a-4', 'm-1', 'm-2', 'displaced'],
      ]);
      expect(r.value.kept).toEqual([{ athleteId: 'a-1', mentorId: 'm-1' }]);
      expect(r.value.matching.pairs).toHaveLength(3);
      expect(r.value.matching.pairs.every((pair) => pair.breakdown.length > 0)).toBe(true);
    });

    it('moves nobody when nothing changed, and explains a newly declared conflict', () => {
      const previous = pairsOf(matchMentors(athletes, mentors, { asOf }));
      const same = rematchMentors(athletes, mentors, previous, { asOf });
      expect(same.ok && [same.value.moved, same.value.ended, same.value.added]).toEqual([[], [], []]);
      const withConflict = mentors.map((m) => (m.id === 'm-2' ? { ...m, conflicts: ['a-2'] } : m));
      const after = rematchMentors(athletes, withConflict, previous, { asOf });
      expect(after.ok && [...after.value.moved, ...after.value.ended].find((c) => c.athleteId === 'a-2')?.code).toBe('pair-not-allowed');
    });

    it('refuses bad input with the code and the path of each problem, and does not mutate its input', () => {
      const previous = [{ athleteId: 'a-1', mentorId: 'm-1' }, { athleteId: 'a-1', mentorId: 'm-2' }];
      const before = structuredClone({ athletes, mentors, previous });
      const r = rematchMentors(athletes, [{ ...mentors[0], capacity: -1 }], previous, { asOf, maxLoss: -1 });
      expect(r.ok || [r.error.code, r.error.issues?.map((issue) => issue.path)]).toEqual([
        'invalid-input',
        [['previous', 1, 'athleteId'], ['mentors', 0, 'capacity']],
      ]);
      const loss = rematchMentors(athletes, mentors, [], { asOf, maxLoss: -1 });
      expect(loss.ok || loss.error.path).toEqual(['options', 'maxLoss']);
      expect({ athletes, mentors, previous }).toEqual(before);
    });
  });
});
