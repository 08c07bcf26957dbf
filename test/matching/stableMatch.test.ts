import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBlockingPairs, stableMatch, verifyMatching } from 'athlete-accelerator/matching';
import { SEED, allStableMatchings, bruteForceBlockingPairs, rankOf, stableInstanceArbitrary } from './oracles.js';

const RUNS = { seed: SEED, numRuns: 500 } as const;

describe('stableMatch', () => {
  it('lets a receiver trade up to the proposer it prefers', () => {
    const r = stableMatch([[0, 1], [0]], [[1, 0], [0]], [1, 1]);
    expect(r.ok && [...r.value.proposerToReceiver]).toEqual([1, 0]);
  });

  it('fills a receiver up to its capacity with the proposers it ranks highest', () => {
    // Four athletes all want mentor 0 (capacity 2), who ranks them 3, 1, 0, 2.
    const r = stableMatch([[0, 1], [0, 1], [0, 1], [0, 1]], [[3, 1, 0, 2], [0, 1, 2, 3]], [2, 2]);
    expect(r.ok && [...r.value.proposerToReceiver]).toEqual([1, 0, 1, 0]);
  });

  it('only matches pairs that list each other', () => {
    const r = stableMatch([[0], [0]], [[0]], [2]);
    expect(r.ok && [...r.value.proposerToReceiver]).toEqual([0, -1]);
  });

  it('has no blocking pair and only mutually acceptable pairs within capacity', () => {
    fc.assert(
      fc.property(stableInstanceArbitrary(7, 4), fc.boolean(), (instance, receivers) => {
        const r = stableMatch(instance.proposerPrefs, instance.receiverPrefs, instance.capacities, { optimalFor: receivers ? 'receivers' : 'proposers' });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const matching = [...r.value.proposerToReceiver];
        expect(bruteForceBlockingPairs(instance, matching)).toEqual([]);
        const load = instance.capacities.map(() => 0);
        matching.forEach((rcv, p) => {
          if (rcv < 0) return;
          load[rcv]!++;
          expect(instance.proposerPrefs[p]).toContain(rcv);
          expect(instance.receiverPrefs[rcv]).toContain(p);
        });
        load.forEach((used, rcv) => {
          expect(used).toBeLessThanOrEqual(instance.capacities[rcv]!);
        });
      }),
      RUNS,
    );
  });

  it('is proposer-optimal: every proposer gets its best partner over all stable matchings', () => {
    fc.assert(
      fc.property(stableInstanceArbitrary(), (instance) => {
        const r = stableMatch(instance.proposerPrefs, instance.receiverPrefs, instance.capacities);
        if (!r.ok) throw new Error('expected a matching');
        const all = allStableMatchings(instance);
        expect(all.length).toBeGreaterThan(0);
        instance.proposerPrefs.forEach((list, p) => {
          const best = Math.min(...all.map((m) => rankOf(list, m[p]!)));
          expect(rankOf(list, r.value.proposerToReceiver[p]!)).toBe(best);
        });
      }),
      RUNS,
    );
  });

  it('is receiver-optimal on request: every proposer gets its worst partner over all stable matchings', () => {
    fc.assert(
      fc.property(stableInstanceArbitrary(), (instance) => {
        const r = stableMatch(instance.proposerPrefs, instance.receiverPrefs, instance.capacities, { optimalFor: 'receivers' });
        if (!r.ok) throw new Error('expected a matching');
        const all = allStableMatchings(instance);
        expect(all.map((m) => m.join())).toContain([...r.value.proposerToReceiver].join());
        instance.proposerPrefs.forEach((list, p) => {
          const worst = Math.max(...all.map((m) => rankOf(list, m[p]!)));
          expect(rankOf(list, r.value.proposerToReceiver[p]!)).toBe(worst);
        });
      }),
      RUNS,
    );
  });

  it('is verified stable by verifyMatching', () => {
    fc.assert(
      fc.property(stableInstanceArbitrary(7, 4), (instance) => {
        const r = stableMatch(instance.proposerPrefs, instance.receiverPrefs, instance.capacities);
        if (!r.ok) return;
        const report = verifyMatching({ kind: 'stable', ...instance, ...r.value });
        expect(report.ok && report.value.valid).toBe(true);
        expect(findBlockingPairs(instance.proposerPrefs, instance.receiverPrefs, instance.capacities, r.value.proposerToReceiver)).toEqual([]);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('handles a large instance in one pass over the lists', () => {
    const proposers = 5000;
    const receivers = 500;
    let state = 3;
    const next = (limit: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % limit;
    };
    const proposerPrefs = Array.from({ length: proposers }, () => {
      const set = new Set<number>();
      while (set.size < 20) set.add(next(receivers));
      return [...set];
    });
    const lists = Array.from({ length: receivers }, () => [] as number[]);
    proposerPrefs.forEach((list, p) => {
      for (const r of list) lists[r]!.push(p);
    });
    const receiverPrefs = lists.map((list) => list.sort((a, b) => ((a * 7919) % 1009) - ((b * 7919) % 1009) || a - b));
    const capacities = new Array<number>(receivers).fill(10);
    for (const optimalFor of ['proposers', 'receivers'] as const) {
      const r = stableMatch(proposerPrefs, receiverPrefs, capacities, { optimalFor });
      expect(r.ok).toBe(true);
      if (r.ok) expect(findBlockingPairs(proposerPrefs, receiverPrefs, capacities, r.value.proposerToReceiver)).toEqual([]);
    }
  });

  it('refuses out-of-range, repeated and non-integer entries with their path', () => {
    const range = stableMatch([[0, 3]], [[0]], [1]);
    expect(!range.ok && range.error.code).toBe('invalid-input');
    expect(!range.ok && range.error.path).toEqual(['proposerPrefs', 0, 1]);
    const repeated = stableMatch([[0]], [[0, 0]], [1]);
    expect(!repeated.ok && repeated.error.path).toEqual(['receiverPrefs', 0, 1]);
    const fraction = stableMatch([[0.5]], [[0]], [1]);
    expect(!fraction.ok && fraction.error.path).toEqual(['proposerPrefs', 0, 0]);
    const capacity = stableMatch([[0]], [[0]], [-1]);
    expect(!capacity.ok && capacity.error.path).toEqual(['capacities', 0]);
    const count = stableMatch([[0]], [[0]], [1, 1]);
    expect(!count.ok && count.error.path).toEqual(['capacities']);
    const option = stableMatch([[0]], [[0]], [1], { optimalFor: 'mentors' as never });
    expect(!option.ok && option.error.path).toEqual(['options', 'optimalFor']);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        expect(typeof stableMatch(a as never, b as never, c as never, d as never).ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.anything(), { maxLength: 3 }), { maxLength: 3 }), fc.array(fc.array(fc.integer({ min: -1, max: 3 }), { maxLength: 4 }), { maxLength: 3 }), fc.array(fc.anything(), { maxLength: 3 }), (a, b, c) => {
        expect(typeof stableMatch(a as never, b, c as never).ok).toBe('boolean');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('does not mutate its input', () => {
    const proposerPrefs = [[0, 1], [1, 0], [0]];
    const receiverPrefs = [[2, 0, 1], [1, 0]];
    const capacities = [1, 1];
    const copy = structuredClone({ proposerPrefs, receiverPrefs, capacities });
    stableMatch(proposerPrefs, receiverPrefs, capacities);
    stableMatch(proposerPrefs, receiverPrefs, capacities, { optimalFor: 'receivers' });
    expect({ proposerPrefs, receiverPrefs, capacities }).toEqual(copy);
  });
});

describe('findBlockingPairs', () => {
  it('names the pair that would rather be together', () => {
    expect(findBlockingPairs([[0], [0]], [[1, 0]], [1], [0, -1])).toEqual([[1, 0]]);
    expect(findBlockingPairs([[0], [0]], [[1, 0]], [1], [-1, 0])).toEqual([]);
  });

  it('agrees with the textbook definition on any matching', () => {
    fc.assert(
      fc.property(
        stableInstanceArbitrary(6, 3).chain((instance) =>
          fc.tuple(
            fc.constant(instance),
            fc.array(fc.integer({ min: -1, max: instance.receiverPrefs.length - 1 }), {
              minLength: instance.proposerPrefs.length,
              maxLength: instance.proposerPrefs.length,
            }),
          ),
        ),
        ([instance, raw]) => {
          // Keep only mutually acceptable pairs so the brute force reads them the same way.
          const matching = raw.map((r, p) => (r >= 0 && instance.proposerPrefs[p]!.includes(r) && instance.receiverPrefs[r]!.includes(p) ? r : -1));
          const fast = findBlockingPairs(instance.proposerPrefs, instance.receiverPrefs, instance.capacities, matching);
          expect(fast).toEqual(bruteForceBlockingPairs(instance, matching));
        },
      ),
      RUNS,
    );
  });

  it('reads bad input leniently: skips bad entries and counts an unacceptable partner as none', () => {
    // Proposer 0 "matched" to a receiver that does not list it: counted as unmatched, so it blocks.
    expect(findBlockingPairs([[1, 0]], [[0], []], [1, 1], [1])).toEqual([[0, 0]]);
    // Out-of-range and repeated entries are skipped; a bad capacity counts as 0.
    expect(findBlockingPairs([[0, 0, 9, -1]], [[0]], [1], [-1])).toEqual([[0, 0]]);
    expect(findBlockingPairs([[0]], [[0]], [Number.NaN], [-1])).toEqual([]);
    expect(findBlockingPairs('nonsense' as never, [[0]], [1], [0])).toEqual([]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), fc.anything(), (a, b, c, d) => {
        expect(Array.isArray(findBlockingPairs(a as never, b as never, c as never, d as never))).toBe(true);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
