import { createFlowNetwork } from './minCostFlow.js';
import { solveByCells } from './quotaSearch.js';

/**
 * The selection kernel: choose at most `seats` items maximising, lexicographically, first the number of
 * quota minimum places filled (each quota's count up to its minimum), then the total weight — never
 * exceeding a quota maximum. Items are given in preference order with integer weights, so exact ties
 * in the caller's score are decided by the caller's tie-break (a weight already encodes it).
 *
 * Quotas on one or two attributes are solved exactly as a minimum-cost flow (on cells of
 * interchangeable items, see quotaCells.ts; over every item when the numbers are too large for that);
 * more attributes use an exact branch and bound bounded by a Lagrangian relaxation of that flow
 * (quotaSearch.ts), whose node limit, when reached, is reported (`proven: false`). The plain search
 * below is the last resort for numbers too large for exact arithmetic in the relaxation.
 */
export interface SelectionProblem {
  /** Integer weight of each item (higher is better); already includes the tie-break. */
  readonly weights: Float64Array;
  readonly seats: number;
  /** `groups[a][i]`: the quota index item i counts towards for attribute a, or -1. */
  readonly groups: readonly Int32Array[];
  readonly quotaMin: Int32Array;
  readonly quotaMax: Int32Array;
  /** For branch and bound: stop after this many nodes. */
  readonly nodeLimit: number;
}

export interface SelectionSolution {
  readonly chosen: Uint8Array;
  readonly counts: Int32Array;
  readonly method: 'flow' | 'search';
  readonly proven: boolean;
  readonly nodes: number;
}

/** The largest magnitude a flow cost may reach for sums to stay exact in a double. */
const EXACT = 2 ** 52;

/** Whether the flow formulation's integer costs stay exact for this problem. */
export function flowIsExact(problem: SelectionProblem): boolean {
  let largest = 0;
  for (const weight of problem.weights) largest = Math.max(largest, weight);
  const bonus = problem.seats * largest + 1;
  return problem.seats * (largest + 2 * bonus) < EXACT;
}

export function solveSelection(problem: SelectionProblem): SelectionSolution {
  if (problem.groups.length <= 2) {
    // On cells, quotas on two attributes leave nothing to relax: one small flow is the exact answer.
    const byCells = solveByCells({ ...problem, nodeLimit: Infinity });
    if (byCells !== undefined) return { ...byCells, method: 'flow', nodes: 0 };
    if (flowIsExact(problem)) return solveByFlow(problem);
  }
  return solveByCells(problem) ?? solveBySearch(problem);
}

/** The minimum-cost flow over every item (quotas on up to two attributes), exact while `flowIsExact`. */
export function solveByFlow(problem: SelectionProblem): SelectionSolution {
  const { weights, seats, groups, quotaMin, quotaMax } = problem;
  const n = weights.length;
  const quotaCount = quotaMin.length;
  const [first, second] = [groups[0], groups[1]];
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, weight);
  const bonus = seats * largest + 1;
  // Nodes: source, sink, one per quota, an "any other value" node per attribute side, one per item.
  const source = 0;
  const sink = 1;
  const quotaNode = (q: number): number => 2 + q;
  const otherFirst = 2 + quotaCount;
  const otherSecond = otherFirst + 1;
  const itemNode = (i: number): number => otherSecond + 1 + i;
  const network = createFlowNetwork(otherSecond + 1 + n, 2 * n + 4 * quotaCount + 4);
  const firstAttributeQuotas = new Set<number>();
  if (first !== undefined) for (const q of first) if (q >= 0) firstAttributeQuotas.add(q);
  const minEdges = new Int32Array(quotaCount).fill(-1);
  for (let q = 0; q < quotaCount; q++) {
    const min = Math.min(quotaMin[q] as number, quotaMax[q] as number, seats);
    const max = Math.min(quotaMax[q] as number, seats);
    const onFirst = firstAttributeQuotas.has(q);
    const [from, to] = onFirst ? [source, quotaNode(q)] : [quotaNode(q), sink];
    if (min > 0) minEdges[q] = network.addEdge(from, to, min, -bonus);
    if (max > min) network.addEdge(from, to, max - min, 0);
  }
  network.addEdge(source, otherFirst, seats, 0);
  network.addEdge(otherSecond, sink, seats, 0);
  const itemEdges = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const a = first === undefined ? -1 : (first[i] as number);
    const b = second === undefined ? -1 : (second[i] as number);
    itemEdges[i] = network.addEdge(a < 0 ? otherFirst : quotaNode(a), itemNode(i), 1, -(weights[i] as number));
    network.addEdge(itemNode(i), b < 0 ? otherSecond : quotaNode(b), 1, 0);
  }
  // Stop when a further recipient would lower the objective: a maximum can make a smaller set the best.
  network.solve(source, sink, seats, true);
  const chosen = new Uint8Array(n);
  const counts = new Int32Array(quotaCount);
  for (let i = 0; i < n; i++) {
    if (network.flowOn(itemEdges[i] as number) > 0) {
      chosen[i] = 1;
      for (const attribute of groups) {
        const q = attribute[i] as number;
        if (q >= 0) counts[q] = (counts[q] as number) + 1;
      }
    }
  }
  return { chosen, counts, method: 'flow', proven: true, nodes: 0 };
}

function solveBySearch(problem: SelectionProblem): SelectionSolution {
  const { weights, seats, groups, quotaMin, quotaMax, nodeLimit } = problem;
  const n = weights.length;
  const quotaCount = quotaMin.length;
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, weight);
  // Quota places count for more than any total of weights: lexicographic objective.
  const bonus = seats * largest + 1;
  // Items are visited in order of weight, best first, so the remaining best r are a prefix.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => (weights[b] as number) - (weights[a] as number) || a - b);
  const prefix = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) prefix[k + 1] = (prefix[k] as number) + (weights[order[k] as number] as number);
  const membership = groups.map((attribute) => Int32Array.from(order, (i) => attribute[i] as number));
  // remaining[q * (n + 1) + k]: items of quota q at positions k.. of the order.
  const remaining = new Int32Array(quotaCount * (n + 1));
  for (let k = n - 1; k >= 0; k--) {
    for (let q = 0; q < quotaCount; q++) remaining[q * (n + 1) + k] = remaining[q * (n + 1) + k + 1] as number;
    for (const attribute of membership) {
      const q = attribute[k] as number;
      if (q >= 0) remaining[q * (n + 1) + k] = (remaining[q * (n + 1) + k] as number) + 1;
    }
  }
  const counts = new Int32Array(quotaCount);
  const taken = new Uint8Array(n);
  const best = new Uint8Array(n);
  let bestValue = -Infinity;
  let weightSum = 0;
  let seatsLeft = seats;

  const canTake = (k: number): boolean => {
    for (const attribute of membership) {
      const q = attribute[k] as number;
      if (q >= 0 && (counts[q] as number) >= (quotaMax[q] as number)) return false;
    }
    return true;
  };
  const move = (k: number, delta: 1 | -1): void => {
    taken[k] = delta === 1 ? 1 : 0;
    weightSum += delta * (weights[order[k] as number] as number);
    seatsLeft -= delta;
    for (const attribute of membership) {
      const q = attribute[k] as number;
      if (q >= 0) counts[q] = (counts[q] as number) + delta;
    }
  };
  const filledPlaces = (): number => {
    let places = 0;
    for (let q = 0; q < quotaCount; q++) places += Math.min(counts[q] as number, quotaMin[q] as number);
    return places;
  };
  const record = (): void => {
    const value = bonus * filledPlaces() + weightSum;
    if (value > bestValue) {
      bestValue = value;
      best.set(taken);
    }
  };
  const upperBound = (k: number): number => {
    let places = 0;
    for (let q = 0; q < quotaCount; q++) {
      const deficit = Math.max(0, (quotaMin[q] as number) - (counts[q] as number));
      places += Math.min(counts[q] as number, quotaMin[q] as number) + Math.min(deficit, remaining[q * (n + 1) + k] as number, seatsLeft);
    }
    return bonus * places + weightSum + (prefix[Math.min(n, k + seatsLeft)] as number) - (prefix[k] as number);
  };

  // Greedy incumbent: fill each quota's minimum with its best items, then fill seats in order.
  for (let q = 0; q < quotaCount; q++) {
    for (let k = 0; k < n && (counts[q] as number) < (quotaMin[q] as number) && seatsLeft > 0; k++) {
      if (taken[k] === 0 && membership.some((attribute) => attribute[k] === q) && canTake(k)) move(k, 1);
    }
  }
  for (let k = 0; k < n && seatsLeft > 0; k++) if (taken[k] === 0 && canTake(k)) move(k, 1);
  record();
  for (let k = 0; k < n; k++) if (taken[k] === 1) move(k, -1);

  // Depth-first branch and bound over positions, take before skip, with an explicit stack.
  const phase = new Uint8Array(n + 1);
  let depth = 0;
  let nodes = 0;
  let proven = true;
  phase[0] = 0;
  while (depth >= 0) {
    const k = depth;
    const state = phase[k] as number;
    if (state === 0) {
      if (++nodes > nodeLimit) {
        proven = false;
        break;
      }
      if (seatsLeft === 0 || k === n) {
        record();
        depth--;
        continue;
      }
      if (upperBound(k) <= bestValue) {
        depth--;
        continue;
      }
      phase[k] = 1;
      if (canTake(k)) {
        move(k, 1);
        phase[k + 1] = 0;
        depth++;
        continue;
      }
    }
    if ((phase[k] as number) === 1) {
      phase[k] = 2;
      if (taken[k] === 1) move(k, -1);
      phase[k + 1] = 0;
      depth++;
      continue;
    }
    depth--;
  }
  if (!proven) for (let k = 0; k < n; k++) if (taken[k] === 1) move(k, -1);

  const chosen = new Uint8Array(n);
  counts.fill(0);
  for (let k = 0; k < n; k++) {
    if (best[k] === 1) {
      chosen[order[k] as number] = 1;
      for (const attribute of membership) {
        const q = attribute[k] as number;
        if (q >= 0) counts[q] = (counts[q] as number) + 1;
      }
    }
  }
  return { chosen, counts, method: 'search', proven, nodes };
}
