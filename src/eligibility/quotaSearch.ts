import { createCellFlow } from './cellFlow.js';
import { buildQuotaCells, cellWeight, repairAndFill, valueOfCounts, type QuotaCells } from './quotaCells.js';
import type { SelectionProblem, SelectionSolution } from './quotaSelection.js';

/** The largest magnitude a value may reach for sums to stay exact in a double. */
const EXACT = 2 ** 53;
/** Elementary steps of the search (a cell visited, an arc scanned) per node counted against the limit. */
const WORK_PER_NODE = 32;

/**
 * The exact search for quotas on three or more attributes: branch and bound over how many items each
 * cell gives (see quotaCells.ts), bounded by a Lagrangian relaxation.
 *
 * The bound, in plain words: keep the two attributes with the most quotas as an exact minimum-cost
 * flow (cellFlow.ts), and replace each quota of the other attributes by a price per item that counts
 * towards it — above zero a bonus `λ` towards its minimum (at most the value of a filled place),
 * below zero a toll `μ` towards its maximum. For any prices, the best flow with the items' gains moved
 * by them, plus `bonus − λ` for each minimum place and `μ` for each place up to the maximum, is at
 * least the true optimum (Lagrangian relaxation; with both a minimum and a maximum, one signed price
 * is as tight as two). Subgradient steps (Polyak's rule, aimed at the best selection found so far)
 * lower it towards the best such bound; prices are whole numbers, so every bound is an exact integer.
 * Each relaxed solution is also made feasible and greedy (repairAndFill) as a candidate incumbent.
 *
 * A node fixes, for some cells, a range of how many items they give; it is pruned when its bound does
 * not beat the incumbent. Otherwise it splits the range of one cell of the quota whose relaxed
 * constraint is most violated. When no quota of the other attributes can bind any more, the flow
 * alone is exact and the node is a leaf.
 *
 * Nodes are counted by work: one per {@link WORK_PER_NODE} elementary steps (a cell visited, an arc
 * of the flow scanned), so that `nodeLimit` bounds the time of a search of any shape; `undefined` when
 * the problem's numbers are too large for exact arithmetic (the caller then uses the plain search).
 */
export function solveByCells(problem: SelectionProblem): SelectionSolution | undefined {
  const cells = buildQuotaCells(problem);
  const { seats, bonus } = cells;
  const quotaCount = cells.min.length;
  const attributes = problem.groups.length;
  const quotasByAttribute: number[][] = problem.groups.map((group) => [...new Set(group)].filter((q) => q >= 0).sort((a, b) => a - b));
  const ranked = quotasByAttribute.map((quotas, a) => ({ a, quotas: quotas.length })).sort((x, y) => y.quotas - x.quotas || x.a - y.a);
  const first = ranked[0]?.a ?? -1;
  const second = ranked[1]?.a ?? -1;
  const relaxed: number[] = [];
  quotasByAttribute.forEach((quotas, a) => {
    if (a !== first && a !== second) relaxed.push(...quotas);
  });
  // Prices stay within [0, bonus] (minimums) and [0, priceCap] (maximums: enough to cancel any item's gain).
  let largest = 0;
  for (const weight of cells.gains) largest = Math.max(largest, weight);
  const priceCap = (attributes + 1) * bonus;
  const relaxedAttributes = attributes - (second >= 0 ? 2 : first >= 0 ? 1 : 0);
  const flowNodes = 4 + (quotasByAttribute[first]?.length ?? 0) + (quotasByAttribute[second]?.length ?? 0);
  // The largest magnitude of any gain, path, total or bound: every sum stays an exact integer below it.
  const gainCap = largest + relaxedAttributes * priceCap + 2 * bonus;
  const magnitude = (seats + flowNodes) * gainCap + quotaCount * seats * (2 * bonus + priceCap) + seats * largest;
  if (magnitude >= EXACT) return undefined;
  const isRelaxed = new Uint8Array(quotaCount);
  for (const q of relaxed) isRelaxed[q] = 1;
  const flow = createCellFlow(cells, first, second, (a) => quotasByAttribute[a] as number[]);
  const nodeLimit = problem.nodeLimit;

  // The incumbent: a greedy selection to start with.
  let bestCounts = new Int32Array(cells.count);
  repairAndFill(cells, bestCounts);
  let bestValue = valueOfCounts(cells, bestCounts);

  interface SearchNode {
    readonly lo: Int32Array;
    readonly hi: Int32Array;
    /** The price of each relaxed quota, warm-started from the parent node. */
    readonly price: Float64Array;
  }
  const stack: SearchNode[] = [{ lo: new Int32Array(cells.count), hi: Int32Array.from(cells.size), price: new Float64Array(quotaCount) }];
  let nodes = 0;
  let solved = 0;
  let proven = true;

  const fixed = new Int32Array(quotaCount);
  const min = new Int32Array(quotaCount);
  const max = new Int32Array(quotaCount);
  const counts = new Int32Array(quotaCount);
  const slope = new Float64Array(quotaCount);
  const available = new Int32Array(quotaCount);
  const delta = new Float64Array(cells.count);
  const taken = new Int32Array(cells.count);
  const bestTaken = new Int32Array(cells.count);
  const bestPrice = new Float64Array(quotaCount);
  const trial = new Int32Array(cells.count);
  const active = new Uint8Array(quotaCount);

  let repairWork = 0;
  const tryIncumbent = (lo: Int32Array): void => {
    for (let c = 0; c < cells.count; c++) trial[c] = (lo[c] as number) + (taken[c] as number);
    repairWork += repairAndFill(cells, trial);
    const value = valueOfCounts(cells, trial);
    if (value > bestValue) {
      bestValue = value;
      bestCounts = Int32Array.from(trial);
    }
  };
  const countQuotas = (perCell: Int32Array): void => {
    counts.fill(0);
    for (let c = 0; c < cells.count; c++) {
      const t = perCell[c] as number;
      if (t === 0) continue;
      for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
        const q = cells.quotaList[k] as number;
        counts[q] = (counts[q] as number) + t;
      }
    }
  };

  search: while (stack.length > 0) {
    const node = stack.pop() as SearchNode;
    const { lo, hi, price } = node;
    // Setting up a node and splitting it visit every cell a few times.
    repairWork += 4 * cells.count;
    // Fix the first lo[c] items of every cell; what is left is the same problem, smaller.
    fixed.fill(0);
    available.fill(0);
    let seatsLeft = seats;
    let constant = 0;
    for (let c = 0; c < cells.count; c++) {
      const low = lo[c] as number;
      seatsLeft -= low;
      constant += cellWeight(cells, c, low);
      for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
        const q = cells.quotaList[k] as number;
        fixed[q] = (fixed[q] as number) + low;
        available[q] = (available[q] as number) + (hi[c] as number) - low;
      }
    }
    if (seatsLeft < 0) continue;
    let infeasible = false;
    for (let q = 0; q < quotaCount; q++) {
      const f = fixed[q] as number;
      if (f > (cells.max[q] as number)) infeasible = true;
      constant += bonus * Math.min(f, cells.min[q] as number);
      min[q] = Math.max(0, (cells.min[q] as number) - f);
      max[q] = (cells.max[q] as number) - f;
    }
    if (infeasible) continue;
    let anyActive = false;
    for (const q of relaxed) {
      // A quota binds while it can still gain a place or its maximum can still be broken; a price
      // above zero is a bonus towards its minimum, below zero a toll towards its maximum.
      const reach = Math.min(seatsLeft, available[q] as number);
      const wantsMore = (min[q] as number) > 0 && reach > 0;
      const capped = (max[q] as number) < reach;
      active[q] = wantsMore || capped ? 1 : 0;
      price[q] = Math.min(wantsMore ? bonus : 0, Math.max(capped ? -priceCap : 0, price[q] as number));
      anyActive ||= wantsMore || capped;
    }

    // Minimise the bound over the prices: projected subgradient steps, Polyak's rule aimed at the incumbent.
    let theta = 1;
    let bestBound = Infinity;
    let stale = 0;
    const root = solved === 0;
    const iterations = anyActive ? (root ? 3000 : 300) : 1;
    const patience = root ? 25 : 8;
    bestPrice.set(price);
    for (let iteration = 0; iteration < iterations; iteration++) {
      // The work so far, in nodes: one per WORK_PER_NODE elementary steps (cells visited, arcs scanned).
      nodes = Math.ceil((flow.work() + repairWork + solved * cells.count) / WORK_PER_NODE);
      if (nodes > nodeLimit) {
        proven = false;
        break search;
      }
      solved++;
      for (let c = 0; c < cells.count; c++) {
        let shift = 0;
        for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
          const q = cells.quotaList[k] as number;
          if (active[q] === 1) shift += price[q] as number;
        }
        delta[c] = shift;
      }
      const gain = flow.solve(lo, hi, seatsLeft, min, max, delta, taken);
      if (gain === undefined) {
        // Never expected (the residual network has no negative cycle); if it happens, prove nothing here.
        proven = false;
        bestBound = -Infinity;
        break;
      }
      let bound = gain;
      for (const q of relaxed) {
        if (active[q] === 0) continue;
        const p = price[q] as number;
        bound += p >= 0 ? (bonus - p) * (min[q] as number) : bonus * (min[q] as number) - p * (max[q] as number);
      }
      // Each relaxed solution, made feasible, is a candidate incumbent.
      tryIncumbent(lo);
      if (bound < bestBound) {
        bestBound = bound;
        bestTaken.set(taken);
        bestPrice.set(price);
        stale = 0;
      } else if (++stale >= patience) {
        theta /= 2;
        stale = 0;
      }
      if (constant + bestBound <= bestValue || !anyActive) break;
      // The bound's slope in each price: the count taken minus the minimum (price above zero) or
      // the maximum (below zero); at zero, whichever side the count breaks, else none.
      countQuotas(taken);
      let norm = 0;
      for (const q of relaxed) {
        if (active[q] === 0) continue;
        const count = counts[q] as number;
        const p = price[q] as number;
        let g = p > 0 ? count - (min[q] as number) : p < 0 ? count - (max[q] as number) : count < (min[q] as number) ? count - (min[q] as number) : count > (max[q] as number) ? count - (max[q] as number) : 0;
        if ((p >= bonus && g < 0) || (p <= -priceCap && g > 0)) g = 0;
        slope[q] = g;
        norm += g * g;
      }
      if (norm === 0) break;
      const step = (theta * (constant + bound - bestValue)) / norm;
      let moved = false;
      for (const q of relaxed) {
        if (active[q] === 0) continue;
        const p = price[q] as number;
        const lowest = (max[q] as number) < Math.min(seatsLeft, available[q] as number) ? -priceCap : 0;
        const highest = (min[q] as number) > 0 ? bonus : 0;
        const next = Math.min(highest, Math.max(lowest, Math.round(p - step * (slope[q] as number))));
        moved ||= next !== p;
        price[q] = next;
      }
      if (!moved || theta < 1e-9) break;
    }
    if (constant + bestBound <= bestValue || !anyActive) continue;

    // Branch: the relaxed quota whose constraint the best relaxed solution breaks most, and in it the cell to split.
    countQuotas(bestTaken);
    let worst = -1;
    let worstScore = -1;
    for (const q of relaxed) {
      if (active[q] === 0) continue;
      const count = counts[q] as number;
      const over = count - (max[q] as number);
      const under = (min[q] as number) - count;
      const score = Math.max(over, under, 0) * 4 + (count !== (min[q] as number) && count !== (max[q] as number) ? 1 : 0);
      if (score > worstScore) {
        worstScore = score;
        worst = q;
      }
    }
    let split = -1;
    let splitScore = -Infinity;
    for (let c = 0; c < cells.count; c++) {
      if ((lo[c] as number) >= (hi[c] as number)) continue;
      let inWorst = false;
      let inActive = false;
      for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
        const q = cells.quotaList[k] as number;
        if (q === worst) inWorst = true;
        if (active[q] === 1 && isRelaxed[q] === 1) inActive = true;
      }
      if (!inActive) continue;
      const t = bestTaken[c] as number;
      const score = (inWorst ? 2 ** 40 : 0) + (t > 0 ? 2 ** 30 : 0) + (cells.gains[(cells.itemStart[c] as number) + (lo[c] as number)] as number) / bonus;
      if (score > splitScore) {
        splitScore = score;
        split = c;
      }
    }
    if (split < 0) {
      // Cannot happen (an active quota has a cell left to decide); never claim a proof if it does.
      proven = false;
      continue;
    }
    const v = (lo[split] as number) + (bestTaken[split] as number);
    const at = v > (lo[split] as number) ? v : v + 1;
    const below: SearchNode = { lo: Int32Array.from(lo), hi: Int32Array.from(hi), price: Float64Array.from(bestPrice) };
    below.hi[split] = at - 1;
    const above: SearchNode = { lo: Int32Array.from(lo), hi: Int32Array.from(hi), price: Float64Array.from(bestPrice) };
    above.lo[split] = at;
    // Explore first the side that holds the relaxed solution.
    if (v >= at) stack.push(below, above);
    else stack.push(above, below);
  }

  return toSolution(cells, problem, bestCounts, proven, nodes);
}

function toSolution(cells: QuotaCells, problem: SelectionProblem, cellCounts: Int32Array, proven: boolean, nodes: number): SelectionSolution {
  const chosen = new Uint8Array(problem.weights.length);
  const counts = new Int32Array(problem.quotaMin.length);
  for (let c = 0; c < cells.count; c++) {
    const start = cells.itemStart[c] as number;
    for (let t = 0; t < (cellCounts[c] as number); t++) chosen[cells.items[start + t] as number] = 1;
    for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
      const q = cells.quotaList[k] as number;
      counts[q] = (counts[q] as number) + (cellCounts[c] as number);
    }
  }
  return { chosen, counts, method: 'search', proven, nodes };
}
