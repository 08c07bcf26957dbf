import type { SelectionProblem } from './quotaSelection.js';

/**
 * Candidates grouped into cells: a cell holds the items that count towards exactly the same quotas
 * on every attribute. Inside a cell items differ only by weight, so an optimal selection that takes
 * `t` items of a cell takes its `t` heaviest (swapping a lighter one for a heavier one keeps every
 * quota count and gains weight), and never more than `seats`: only the heaviest `seats` of each cell
 * are kept. A selection is then a count per cell, and its value a sum of concave prefix sums.
 */
export interface QuotaCells {
  readonly count: number;
  /** Quota minimum places are worth this much more than any total of weights (the lexicographic objective). */
  readonly bonus: number;
  readonly seats: number;
  /** Effective minimum and maximum per quota: the minimum capped by the maximum and the seats. */
  readonly min: Int32Array;
  readonly max: Int32Array;
  /** The quotas a cell counts towards: `quotaList[quotaStart[c] .. quotaStart[c + 1])`. */
  readonly quotaStart: Int32Array;
  readonly quotaList: Int32Array;
  /** The value of each attribute for a cell: `value[c * attributes + a]`, a quota index or -1. */
  readonly value: Int32Array;
  readonly attributes: number;
  /** How many items a cell keeps, and their item indices and weights, heaviest first, from `itemStart[c]`. */
  readonly size: Int32Array;
  readonly itemStart: Int32Array;
  readonly items: Int32Array;
  readonly gains: Float64Array;
  /** `prefix[itemStart[c] + c + t]`: the weight of the heaviest `t` items of cell c. */
  readonly prefix: Float64Array;
}

/** Groups the items of a selection problem into cells (see {@link QuotaCells}). */
export function buildQuotaCells(problem: SelectionProblem): QuotaCells {
  const { weights, seats, groups, quotaMin, quotaMax } = problem;
  const n = weights.length;
  const attributes = groups.length;
  const quotaCount = quotaMin.length;
  let largest = 0;
  for (const weight of weights) largest = Math.max(largest, weight);
  const bonus = seats * largest + 1;
  const min = new Int32Array(quotaCount);
  const max = new Int32Array(quotaCount);
  for (let q = 0; q < quotaCount; q++) {
    max[q] = Math.min(quotaMax[q] as number, seats);
    min[q] = Math.min(quotaMin[q] as number, max[q] as number);
  }
  // Cell of each item, keyed by its quota on every attribute.
  const cellOfKey = new Map<string, number>();
  const cellOfItem = new Int32Array(n);
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    let key = '';
    for (let a = 0; a < attributes; a++) key += `${(groups[a] as Int32Array)[i] as number},`;
    let cell = cellOfKey.get(key);
    if (cell === undefined) {
      cell = cellOfKey.size;
      cellOfKey.set(key, cell);
      for (let a = 0; a < attributes; a++) values.push((groups[a] as Int32Array)[i] as number);
    }
    cellOfItem[i] = cell;
  }
  const count = cellOfKey.size;
  const byCell: number[][] = Array.from({ length: count }, () => []);
  for (let i = 0; i < n; i++) (byCell[cellOfItem[i] as number] as number[]).push(i);
  const size = new Int32Array(count);
  const itemStart = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) {
    const members = byCell[c] as number[];
    members.sort((x, y) => (weights[y] as number) - (weights[x] as number) || x - y);
    size[c] = Math.min(members.length, seats);
    itemStart[c + 1] = (itemStart[c] as number) + (size[c] as number);
  }
  const items = new Int32Array(itemStart[count] as number);
  const gains = new Float64Array(items.length);
  const prefix = new Float64Array(items.length + count);
  for (let c = 0; c < count; c++) {
    const members = byCell[c] as number[];
    const start = itemStart[c] as number;
    for (let t = 0; t < (size[c] as number); t++) {
      const item = members[t] as number;
      items[start + t] = item;
      gains[start + t] = weights[item] as number;
      prefix[start + c + t + 1] = (prefix[start + c + t] as number) + (weights[item] as number);
    }
  }
  const quotaStart = new Int32Array(count + 1);
  const quotaList: number[] = [];
  for (let c = 0; c < count; c++) {
    for (let a = 0; a < attributes; a++) {
      const q = values[c * attributes + a] as number;
      if (q >= 0) quotaList.push(q);
    }
    quotaStart[c + 1] = quotaList.length;
  }
  return {
    count,
    bonus,
    seats,
    min,
    max,
    quotaStart,
    quotaList: Int32Array.from(quotaList),
    value: Int32Array.from(values),
    attributes,
    size,
    itemStart,
    items,
    gains,
    prefix,
  };
}

/** The weight of the heaviest `t` items of cell `c`. */
export function cellWeight(cells: QuotaCells, c: number, t: number): number {
  return cells.prefix[(cells.itemStart[c] as number) + c + t] as number;
}

/**
 * The value of a selection given as counts per cell, lexicographic as one number: the bonus times the
 * quota minimum places filled, plus the weights; `-Infinity` when it breaks a maximum or the seats.
 */
export function valueOfCounts(cells: QuotaCells, counts: Int32Array): number {
  const quotaCounts = new Int32Array(cells.min.length);
  let taken = 0;
  let weight = 0;
  for (let c = 0; c < cells.count; c++) {
    const t = counts[c] as number;
    if (t === 0) continue;
    if (t < 0 || t > (cells.size[c] as number)) return -Infinity;
    taken += t;
    weight += cellWeight(cells, c, t);
    for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
      const q = cells.quotaList[k] as number;
      quotaCounts[q] = (quotaCounts[q] as number) + t;
    }
  }
  if (taken > cells.seats) return -Infinity;
  let places = 0;
  for (let q = 0; q < quotaCounts.length; q++) {
    if ((quotaCounts[q] as number) > (cells.max[q] as number)) return -Infinity;
    places += Math.min(quotaCounts[q] as number, cells.min[q] as number);
  }
  return cells.bonus * places + weight;
}

/**
 * Makes a selection (counts per cell, changed in place) feasible and then greedy: while a maximum is
 * broken, drops the item whose loss is least from a cell in that quota; then adds, one at a time, the
 * item that gains most (its weight plus the bonus for each minimum place it fills) and breaks nothing.
 * Returns its work: the cells it visited times the quotas a cell may count towards, plus one.
 */
export function repairAndFill(cells: QuotaCells, counts: Int32Array): number {
  let visited = cells.count;
  const quotaCount = cells.min.length;
  const quotaCounts = new Int32Array(quotaCount);
  let taken = 0;
  for (let c = 0; c < cells.count; c++) {
    const t = Math.max(0, Math.min(counts[c] as number, cells.size[c] as number));
    counts[c] = t;
    taken += t;
    for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
      const q = cells.quotaList[k] as number;
      quotaCounts[q] = (quotaCounts[q] as number) + t;
    }
  }
  const move = (c: number, delta: 1 | -1): void => {
    counts[c] = (counts[c] as number) + delta;
    taken += delta;
    for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
      const q = cells.quotaList[k] as number;
      quotaCounts[q] = (quotaCounts[q] as number) + delta;
    }
  };
  // Drop: over the seats, or over a maximum.
  for (;;) {
    let over = -1;
    for (let q = 0; q < quotaCount && over < 0; q++) if ((quotaCounts[q] as number) > (cells.max[q] as number)) over = q;
    if (over < 0 && taken <= cells.seats) break;
    visited += cells.count;
    let bestCell = -1;
    let bestLoss = Infinity;
    for (let c = 0; c < cells.count; c++) {
      const t = counts[c] as number;
      if (t === 0) continue;
      let inOver = over < 0;
      let places = 0;
      for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
        const q = cells.quotaList[k] as number;
        if (q === over) inOver = true;
        if ((quotaCounts[q] as number) <= (cells.min[q] as number)) places++;
      }
      if (!inOver) continue;
      const loss = cells.bonus * places + (cells.gains[(cells.itemStart[c] as number) + t - 1] as number);
      if (loss < bestLoss) {
        bestLoss = loss;
        bestCell = c;
      }
    }
    if (bestCell < 0) break;
    move(bestCell, -1);
  }
  // Fill: the best addition that breaks nothing, while there are seats.
  while (taken < cells.seats) {
    visited += cells.count;
    let bestCell = -1;
    let bestGain = -Infinity;
    for (let c = 0; c < cells.count; c++) {
      const t = counts[c] as number;
      if (t >= (cells.size[c] as number)) continue;
      let allowed = true;
      let places = 0;
      for (let k = cells.quotaStart[c] as number; k < (cells.quotaStart[c + 1] as number); k++) {
        const q = cells.quotaList[k] as number;
        if ((quotaCounts[q] as number) >= (cells.max[q] as number)) allowed = false;
        if ((quotaCounts[q] as number) < (cells.min[q] as number)) places++;
      }
      if (!allowed) continue;
      const gain = cells.bonus * places + (cells.gains[(cells.itemStart[c] as number) + t] as number);
      if (gain > bestGain) {
        bestGain = gain;
        bestCell = c;
      }
    }
    if (bestCell < 0) break;
    move(bestCell, 1);
  }
  return visited * (cells.attributes + 1);
}
