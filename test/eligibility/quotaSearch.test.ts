import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveByFlow, solveSelection, type SelectionProblem } from '../../src/eligibility/quotaSelection.js';
import { solveByCells } from '../../src/eligibility/quotaSearch.js';

/**
 * The selection kernel against brute force: every subset of at most `seats` items that keeps every
 * maximum, best by quota minimum places filled, then by total weight.
 */
function bruteForce(problem: SelectionProblem): { places: number; weight: number } {
  const n = problem.weights.length;
  let best = { places: -1, weight: -1 };
  for (let mask = 0; mask < 1 << n; mask++) {
    const counts = new Array<number>(problem.quotaMin.length).fill(0);
    let size = 0;
    let weight = 0;
    for (let i = 0; i < n; i++) {
      if (((mask >> i) & 1) === 0) continue;
      size++;
      weight += problem.weights[i] as number;
      for (const group of problem.groups) if ((group[i] as number) >= 0) counts[group[i] as number]! += 1;
    }
    if (size > problem.seats) continue;
    if (counts.some((count, q) => count > (problem.quotaMax[q] as number))) continue;
    const places = counts.reduce((sum, count, q) => sum + Math.min(count, problem.quotaMin[q] as number), 0);
    if (places > best.places || (places === best.places && weight > best.weight)) best = { places, weight };
  }
  return best;
}

function evaluate(problem: SelectionProblem, chosen: Uint8Array): { places: number; weight: number; size: number; counts: number[] } {
  const counts = new Array<number>(problem.quotaMin.length).fill(0);
  let size = 0;
  let weight = 0;
  chosen.forEach((flag, i) => {
    if (flag !== 1) return;
    size++;
    weight += problem.weights[i] as number;
    for (const group of problem.groups) if ((group[i] as number) >= 0) counts[group[i] as number]! += 1;
  });
  const places = counts.reduce((sum, count, q) => sum + Math.min(count, problem.quotaMin[q] as number), 0);
  return { places, weight, size, counts };
}

/**
 * Random problems: up to 11 items, 1 to 4 attributes with up to 3 quota values each (items may have a
 * value without a quota), minimums and maximums that are often infeasible together, and weights drawn
 * from few values so that ties are common.
 */
const problemArb = problemsOf(11);

function problemsOf(maxItems: number, maxSeats = 7): fc.Arbitrary<SelectionProblem> {
  return fc
    .record({
      n: fc.integer({ min: 0, max: maxItems }),
      attributes: fc.integer({ min: 1, max: 4 }),
      seats: fc.integer({ min: 0, max: maxSeats }),
      seed: fc.array(fc.nat(1000), { minLength: 120, maxLength: 120 }),
      limits: fc.array(fc.record({ min: fc.integer({ min: 0, max: 5 }), max: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }) }), {
        minLength: 12,
        maxLength: 12,
      }),
    })
    .map(({ n, attributes, seats, seed, limits }): SelectionProblem => {
      let cursor = 0;
      const next = (): number => seed[cursor++ % seed.length] as number;
      const quotasPerAttribute = Array.from({ length: attributes }, () => 1 + (next() % 3));
      const firstQuota: number[] = [];
      let quotaCount = 0;
      for (const count of quotasPerAttribute) {
        firstQuota.push(quotaCount);
        quotaCount += count;
      }
      const groups = quotasPerAttribute.map((count, a) =>
        Int32Array.from({ length: n }, () => {
          const value = next() % (count + 1);
          return value === count ? -1 : (firstQuota[a] as number) + value;
        }),
      );
      const weights = Float64Array.from({ length: n }, () => 1 + (next() % 4) * 10);
      const quotaMin = Int32Array.from({ length: quotaCount }, (_, q) => (limits[q] as { min: number }).min);
      const quotaMax = Int32Array.from({ length: quotaCount }, (_, q) => {
        const { min, max } = limits[q] as { min: number; max?: number };
        return max === undefined ? seats : Math.max(max, Math.min(min, max + 2));
      });
      return { weights, seats, groups, quotaMin, quotaMax, nodeLimit: 2_000_000 };
    });
}

describe('the selection kernel', () => {
  it('finds the brute-force optimum for quotas on one to four attributes, and proves it', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const solution = solveSelection(problem);
        const got = evaluate(problem, solution.chosen);
        expect(got.size).toBeLessThanOrEqual(problem.seats);
        for (const [q, count] of got.counts.entries()) expect(count).toBeLessThanOrEqual(problem.quotaMax[q] as number);
        expect(Array.from(solution.counts)).toEqual(got.counts);
        expect(solution.proven).toBe(true);
        expect({ places: got.places, weight: got.weight }).toEqual(bruteForce(problem));
      }),
      { seed: 20261125, numRuns: 600 },
    );
  });

  it('the search over cells proves the brute-force optimum on its own, on any number of attributes', () => {
    fc.assert(
      fc.property(problemArb, (problem) => {
        const solution = solveByCells(problem);
        expect(solution).toBeDefined();
        if (solution === undefined) return;
        const got = evaluate(problem, solution.chosen);
        expect(solution.proven).toBe(true);
        expect({ places: got.places, weight: got.weight }).toEqual(bruteForce(problem));
      }),
      { seed: 7, numRuns: 600 },
    );
  });

  it('proves the brute-force optimum on larger instances too (up to 16 items)', () => {
    fc.assert(
      fc.property(problemsOf(16, 9), (problem) => {
        const solution = solveSelection(problem);
        const got = evaluate(problem, solution.chosen);
        expect(solution.proven).toBe(true);
        expect({ places: got.places, weight: got.weight }).toEqual(bruteForce(problem));
      }),
      { seed: 3, numRuns: 60 },
    );
  });

  it('agrees with the flow over every item on quotas over two attributes, on instances too large for brute force', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 400, maxLength: 400 }), fc.integer({ min: 1, max: 30 }), (seed, seats) => {
        let cursor = 0;
        const next = (): number => seed[cursor++ % seed.length] as number;
        const n = 150;
        const groups = [Int32Array.from({ length: n }, () => (next() % 5) - 1), Int32Array.from({ length: n }, () => (next() % 3 === 2 ? -1 : 4 + (next() % 2)))];
        const weights = Float64Array.from({ length: n }, (_, i) => (next() % 7) * 1000 + (n - i));
        const quotaMin = Int32Array.from({ length: 6 }, () => next() % 8);
        const quotaMax = Int32Array.from(quotaMin, (min) => min + (next() % 12));
        const problem: SelectionProblem = { weights, seats, groups, quotaMin, quotaMax, nodeLimit: 2_000_000 };
        const byFlow = evaluate(problem, solveByFlow(problem).chosen);
        const search = solveByCells(problem);
        expect(search?.proven).toBe(true);
        const bySearch = evaluate(problem, (search as { chosen: Uint8Array }).chosen);
        expect({ places: bySearch.places, weight: bySearch.weight }).toEqual({ places: byFlow.places, weight: byFlow.weight });
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('stops at its node limit with a feasible selection and says it is not proven', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 3 }), (problem, nodeLimit) => {
        const solution = solveSelection({ ...problem, nodeLimit });
        const got = evaluate(problem, solution.chosen);
        expect(got.size).toBeLessThanOrEqual(problem.seats);
        for (const [q, count] of got.counts.entries()) expect(count).toBeLessThanOrEqual(problem.quotaMax[q] as number);
        if (solution.proven) expect({ places: got.places, weight: got.weight }).toEqual(bruteForce(problem));
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('prefers fewer recipients when a maximum makes a smaller set better (flow)', () => {
    // p counts towards both maximums; r and s towards one each: {p} (100) beats {r, s} (2).
    const problem: SelectionProblem = {
      weights: Float64Array.from([100, 1, 1]),
      seats: 2,
      groups: [Int32Array.from([0, 0, -1]), Int32Array.from([1, -1, 1])],
      quotaMin: Int32Array.from([0, 0]),
      quotaMax: Int32Array.from([1, 1]),
      nodeLimit: 1000,
    };
    const solution = solveSelection(problem);
    expect(Array.from(solution.chosen)).toEqual([1, 0, 0]);
  });
});
