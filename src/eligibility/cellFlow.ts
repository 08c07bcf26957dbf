import type { QuotaCells } from './quotaCells.js';

/**
 * The relaxation the quota search bounds with: the selection problem over two of the quota
 * attributes, solved exactly as a minimum-cost flow on cells, with the other attributes' quotas moved
 * into the items' gains (Lagrangian multipliers, see lagrangianBound.ts).
 *
 * The network is tiny: a source, a sink, one node per quota of the first and of the second attribute
 * (plus an "any other value" node on each side), and for each pair of such nodes one arc whose
 * residual is the best item not yet taken (forward) and the worst item taken (backward) among the
 * cells of that pair. Inside a cell every item's gain moves by the same amount, so taken items stay
 * the cell's heaviest and a cell is just a count. Each augmentation (a queue-based Bellman–Ford on a
 * few dozen nodes) moves one item; it stops at `seats` items or when no path gains any more.
 */
export interface CellFlow {
  /**
   * Solves the relaxation for one node of the search: cells limited to `[lo, hi)` items taken
   * beyond their first `lo` (which the caller has fixed), `seats` seats left, quota minimums and
   * maximums left per quota, and `delta[c]` added to the gain of each item of cell c. Writes the
   * counts taken beyond `lo` into `taken` and returns the total gain, or `undefined` if the
   * network was inconsistent (never expected; the caller then does not prune).
   */
  readonly solve: (
    lo: Int32Array,
    hi: Int32Array,
    seats: number,
    min: Int32Array,
    max: Int32Array,
    delta: Float64Array,
    taken: Int32Array,
  ) => number | undefined;
  /** The elementary steps (arcs scanned, cells visited) taken by all solves so far: the search's measure of work. */
  readonly work: () => number;
}

/** Builds the flow over the attributes `first` and `second` (-1 for none) of the cells. */
export function createCellFlow(cells: QuotaCells, first: number, second: number, quotasOf: (attribute: number) => readonly number[]): CellFlow {
  const firstQuotas = first < 0 ? [] : quotasOf(first);
  const secondQuotas = second < 0 ? [] : quotasOf(second);
  const source = 0;
  const sink = 1;
  const firstNode = new Map<number, number>(firstQuotas.map((q, j) => [q, 2 + j]));
  const firstOther = 2 + firstQuotas.length;
  const secondBase = firstOther + 1;
  const secondNode = new Map<number, number>(secondQuotas.map((q, j) => [q, secondBase + j]));
  const secondOther = secondBase + secondQuotas.length;
  const nodeCount = secondOther + 1;

  // Explicit arcs (each with its residual twin at index ^ 1): per quota a "minimum" arc worth the
  // bonus per unit and a "rest" arc worth nothing; the "other" nodes take any number.
  const arcTo: number[] = [];
  const arcFrom: number[] = [];
  const arcCost: number[] = [];
  const addArc = (from: number, to: number, cost: number): number => {
    arcFrom.push(from, to);
    arcTo.push(to, from);
    arcCost.push(cost, -cost);
    return arcTo.length - 2;
  };
  const quotaArcs: [quota: number, minArc: number, restArc: number][] = [];
  for (const [q, node] of firstNode) quotaArcs.push([q, addArc(source, node, -cells.bonus), addArc(source, node, 0)]);
  for (const [q, node] of secondNode) quotaArcs.push([q, addArc(node, sink, -cells.bonus), addArc(node, sink, 0)]);
  const otherArcs = [addArc(source, firstOther, 0), addArc(secondOther, sink, 0)];
  const arcs = arcTo.length;
  const to = Int32Array.from(arcTo);
  const cost = Float64Array.from(arcCost);
  const capacity = new Float64Array(arcs);

  // Pairs of (first-side node, second-side node) and their cells.
  const pairOfKey = new Map<number, number>();
  const pairCellsList: number[][] = [];
  const pairFromList: number[] = [];
  const pairToList: number[] = [];
  for (let c = 0; c < cells.count; c++) {
    const a = first < 0 ? -1 : (cells.value[c * cells.attributes + first] as number);
    const b = second < 0 ? -1 : (cells.value[c * cells.attributes + second] as number);
    const u = a < 0 ? firstOther : (firstNode.get(a) as number);
    const v = b < 0 ? secondOther : (secondNode.get(b) as number);
    const key = u * nodeCount + v;
    let pair = pairOfKey.get(key);
    if (pair === undefined) {
      pair = pairCellsList.length;
      pairOfKey.set(key, pair);
      pairCellsList.push([]);
      pairFromList.push(u);
      pairToList.push(v);
    }
    (pairCellsList[pair] as number[]).push(c);
  }
  const pairs = pairCellsList.length;
  const pairFrom = Int32Array.from(pairFromList);
  const pairTo = Int32Array.from(pairToList);
  const pairCellStart = new Int32Array(pairs + 1);
  for (let p = 0; p < pairs; p++) pairCellStart[p + 1] = (pairCellStart[p] as number) + (pairCellsList[p] as number[]).length;
  const pairCells = Int32Array.from(pairCellsList.flat());

  // Adjacency: per node, the explicit arcs leaving it, then the pairs it starts or ends.
  const outArcs: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let e = 0; e < arcs; e++) (outArcs[arcFrom[e] as number] as number[]).push(e);
  const outPairs: number[][] = Array.from({ length: nodeCount }, () => []);
  for (let p = 0; p < pairs; p++) {
    (outPairs[pairFrom[p] as number] as number[]).push(2 * p);
    (outPairs[pairTo[p] as number] as number[]).push(2 * p + 1);
  }
  const arcStart = new Int32Array(nodeCount + 1);
  const pairStart = new Int32Array(nodeCount + 1);
  for (let v = 0; v < nodeCount; v++) {
    arcStart[v + 1] = (arcStart[v] as number) + (outArcs[v] as number[]).length;
    pairStart[v + 1] = (pairStart[v] as number) + (outPairs[v] as number[]).length;
  }
  const arcList = Int32Array.from(outArcs.flat());
  const pairList = Int32Array.from(outPairs.flat());

  const forwardCost = new Float64Array(pairs);
  const forwardCell = new Int32Array(pairs);
  const backwardCost = new Float64Array(pairs);
  const backwardCell = new Int32Array(pairs);
  const distance = new Float64Array(nodeCount);
  const via = new Int32Array(nodeCount);
  const inQueue = new Uint8Array(nodeCount);
  const queue = new Int32Array(nodeCount + 1);
  const relaxLimit = 4 * nodeCount * (arcs + 2 * pairs + 1) + 64;
  let steps = 0;

  function solve(lo: Int32Array, hi: Int32Array, seats: number, min: Int32Array, max: Int32Array, delta: Float64Array, taken: Int32Array): number | undefined {
    for (const [q, minArc, restArc] of quotaArcs) {
      const low = Math.max(0, Math.min(min[q] as number, max[q] as number));
      capacity[minArc] = low;
      capacity[minArc + 1] = 0;
      capacity[restArc] = Math.max(0, (max[q] as number) - low);
      capacity[restArc + 1] = 0;
    }
    for (const arc of otherArcs) {
      capacity[arc] = seats;
      capacity[arc + 1] = 0;
    }
    taken.fill(0);
    const refresh = (p: number): void => {
      steps += (pairCellStart[p + 1] as number) - (pairCellStart[p] as number);
      let bestGain = -Infinity;
      let bestCell = -1;
      let worstGain = Infinity;
      let worstCell = -1;
      for (let k = pairCellStart[p] as number; k < (pairCellStart[p + 1] as number); k++) {
        const c = pairCells[k] as number;
        const t = taken[c] as number;
        const base = (cells.itemStart[c] as number) + (lo[c] as number);
        const shift = delta[c] as number;
        if (t < (hi[c] as number) - (lo[c] as number)) {
          const gain = (cells.gains[base + t] as number) + shift;
          if (gain > bestGain) {
            bestGain = gain;
            bestCell = c;
          }
        }
        if (t > 0) {
          const gain = (cells.gains[base + t - 1] as number) + shift;
          if (gain < worstGain) {
            worstGain = gain;
            worstCell = c;
          }
        }
      }
      forwardCost[p] = -bestGain;
      forwardCell[p] = bestCell;
      backwardCost[p] = worstGain;
      backwardCell[p] = worstCell;
    };
    for (let p = 0; p < pairs; p++) refresh(p);

    let total = 0;
    for (let flow = 0; flow < seats; flow++) {
      distance.fill(Infinity);
      distance[source] = 0;
      let head = 0;
      let tail = 0;
      queue[tail++] = source;
      inQueue[source] = 1;
      let relaxations = 0;
      while (head !== tail) {
        const u = queue[head] as number;
        head = head === nodeCount ? 0 : head + 1;
        inQueue[u] = 0;
        const base = distance[u] as number;
        steps += (arcStart[u + 1] as number) - (arcStart[u] as number) + (pairStart[u + 1] as number) - (pairStart[u] as number);
        for (let k = arcStart[u] as number; k < (arcStart[u + 1] as number); k++) {
          const e = arcList[k] as number;
          if ((capacity[e] as number) <= 0) continue;
          const v = to[e] as number;
          const candidate = base + (cost[e] as number);
          if (candidate < (distance[v] as number)) {
            distance[v] = candidate;
            via[v] = e;
            if (inQueue[v] === 0) {
              inQueue[v] = 1;
              queue[tail] = v;
              tail = tail === nodeCount ? 0 : tail + 1;
            }
          }
        }
        for (let k = pairStart[u] as number; k < (pairStart[u + 1] as number); k++) {
          const code = pairList[k] as number;
          const p = code >> 1;
          const backward = (code & 1) === 1;
          const step = backward ? (backwardCost[p] as number) : (forwardCost[p] as number);
          if (step === Infinity) continue;
          const v = backward ? (pairFrom[p] as number) : (pairTo[p] as number);
          const candidate = base + step;
          if (candidate < (distance[v] as number)) {
            distance[v] = candidate;
            via[v] = arcs + code;
            if (inQueue[v] === 0) {
              inQueue[v] = 1;
              queue[tail] = v;
              tail = tail === nodeCount ? 0 : tail + 1;
            }
          }
        }
        if (++relaxations > relaxLimit) return undefined;
      }
      const gain = -(distance[sink] as number);
      if (!(gain > 0)) break;
      // Send one unit back along the path.
      let length = 0;
      for (let v = sink; v !== source; ) {
        if (++length > nodeCount) return undefined;
        const e = via[v] as number;
        if (e < arcs) {
          capacity[e] = (capacity[e] as number) - 1;
          capacity[e ^ 1] = (capacity[e ^ 1] as number) + 1;
          v = arcFrom[e] as number;
        } else {
          const code = e - arcs;
          const p = code >> 1;
          if ((code & 1) === 0) {
            const c = forwardCell[p] as number;
            taken[c] = (taken[c] as number) + 1;
            v = pairFrom[p] as number;
          } else {
            const c = backwardCell[p] as number;
            taken[c] = (taken[c] as number) - 1;
            v = pairTo[p] as number;
          }
          refresh(p);
        }
      }
      total += gain;
    }
    return total;
  }

  return { solve, work: () => steps };
}
