/**
 * The sparse start of the dense assignment kernel (square matrices): solve first on each row's few
 * cheapest columns, then check the result against the whole matrix.
 *
 * On dense data an optimal assignment almost only uses pairs that are among the cheapest of their row
 * once columns are reduced, so the kernel picks `k` candidate columns per row (the `k` smallest reduced
 * costs `cost[i][j] - v[j]`), runs reduction transfer, augmenting row reduction and shortest augmenting
 * paths (Dijkstra with a binary heap) on that sparse graph, and finally checks every assigned row against
 * its full row. A row whose column is no longer its cheapest there, or that the sparse graph could not
 * place, is handed back free; the dense phase then finishes the job with the usual guarantees.
 *
 * Invariant (as in the dense kernel, but over candidate columns while the sparse phase runs): every
 * assigned row's column is a cheapest candidate of that row in reduced cost; prices only fall. After
 * {@link releaseUncertified} it holds over whole rows again.
 *
 * @internal
 * @module
 */

import { takeCheapest } from './rowReduction.js';
import type { BidOutcome } from './rowReduction.js';

/**
 * The sparse start, run after column reduction of a square matrix (`v` the column minima, `owned[i]`
 * the number of columns whose minimum row `i` is, `free` the `numFree` rows without a column): picks
 * `k` candidates per row, then reduction transfer, augmenting row reduction and shortest paths on
 * them, then the check against whole rows. Returns the rows left for the dense phases (listed in
 * `free`), or -1 when a row has no allowed pair. Leaves a partial assignment in which every assigned
 * row's column is a cheapest one of its whole row in reduced cost.
 */
export function startOnCandidates(
  n: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
  numFree: number,
  owned: Int32Array,
  k: number,
): number {
  const graph = buildCandidates(n, cost, rowToCol, v, k);
  if (graph === undefined) return -1;
  transferOnCandidates(n, graph, rowToCol, v, owned);
  let left = numFree;
  for (let pass = 0; pass < 3 && left > 0; pass++) left = reduceRowsOnCandidates(n, graph, rowToCol, colToRow, v, free, left);
  // A search that finds no way out means the candidates are too few for this matrix (many ties, say): it
  // hands the remaining rows to the dense phase. A search that succeeds settles the same columns a dense
  // one would, reading a few candidates of each instead of a whole row.
  const work = createSparseWorkspace(n);
  for (let f = 0; f < left; f++) {
    if (!augmentOnCandidates(n, cost, graph, rowToCol, colToRow, v, free[f] as number, work)) break;
  }
  return releaseUncertified(n, cost, graph, rowToCol, colToRow, v, free);
}

/** Each row's cheapest columns (at least `k` when the row allows as many), stored row after row. */
export interface CandidateGraph {
  /** Room per row: candidates of row `i` are at `[i * stride, i * stride + size[i])`. */
  readonly stride: number;
  readonly cols: Int32Array;
  /** The cost of each candidate pair, as in the matrix (not reduced). */
  readonly costs: Float64Array;
  readonly size: Int32Array;
  /**
   * A lower bound of the reduced cost `cost[i][j] - v[j]` of every column `j` that is not a candidate of
   * row `i`, for the prices `v` the graph was built with; it stays one as long as prices only fall.
   */
  readonly bound: Float64Array;
}

/**
 * Picks for each row the columns of smallest reduced cost `cost[i][j] - v[j]` (forbidden pairs never):
 * at least the `k` smallest, at most `4 * k`; the column a row already holds is always kept. Returns
 * `undefined` when a row has no allowed pair at all.
 *
 * One pass per row keeps the values at or below a threshold: guessed from the previous row (twice its
 * `k`-th smallest value, right for reduced costs `>= 0` as column reduction leaves them), lowered to the
 * `k`-th smallest whenever the row's room is full. A row with fewer than `k` values under a guessed
 * threshold is scanned again without one. The final threshold is the row's `bound`.
 */
export function buildCandidates(
  n: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  v: Float64Array,
  k: number,
): CandidateGraph | undefined {
  const stride = 4 * k;
  const cols = new Int32Array(n * stride);
  const values = new Float64Array(stride);
  const costs = new Float64Array(n * stride);
  const size = new Int32Array(n);
  const bound = new Float64Array(n);
  let guess = Infinity;
  for (let i = 0; i < n; i++) {
    const base = i * n;
    const out = i * stride;
    let threshold = guess;
    // After the room was full once, a value equal to the threshold no longer gets in (ties fill no room).
    let strict = false;
    let count = 0;
    for (;;) {
      for (let j = 0; j < n; j++) {
        const r = (cost[base + j] as number) - (v[j] as number);
        if (!(r <= threshold)) continue;
        if (r === Infinity || (strict && r === threshold)) continue;
        if (count === stride) {
          threshold = selectSmallest(values, cols, out, count, k - 1);
          strict = true;
          count = k;
          if (!(r < threshold)) continue;
        }
        values[count] = r;
        cols[out + count++] = j;
      }
      if (count >= k || threshold === Infinity) break;
      threshold = Infinity; // the guess was too low: scan the row again
      count = 0;
    }
    if (count === 0) return undefined;
    if (count >= k) {
      const kth = count === k ? maxOf(values, count) : selectSmallest(values, cols, out, count, k - 1);
      guess = kth + Math.abs(kth);
    }
    const held = rowToCol[i] as number;
    if (held >= 0) {
      let found = false;
      for (let t = 0; t < count; t++) if (cols[out + t] === held) found = true;
      if (!found) {
        // Ties at the row minimum crowded out the held column (a cheapest one): make room for it.
        if (count === stride) {
          const dropped = values[--count] as number;
          if (dropped < threshold) threshold = dropped;
        }
        values[count] = (cost[base + held] as number) - (v[held] as number);
        cols[out + count++] = held;
      }
    }
    for (let t = out; t < out + count; t++) costs[t] = cost[base + (cols[t] as number)] as number;
    size[i] = count;
    bound[i] = threshold;
  }
  return { stride, cols, costs, size, bound };
}

function maxOf(values: Float64Array, count: number): number {
  let max = -Infinity;
  for (let t = 0; t < count; t++) if ((values[t] as number) > max) max = values[t] as number;
  return max;
}

/**
 * Reorders the first `count` entries (values in `values`, columns in `cols` from `out`) so that the one
 * of rank `rank` (0-based, by value) sits at `rank` with none larger before it and none smaller after
 * it, and returns its value (Hoare's selection with a middle pivot: deterministic).
 */
function selectSmallest(values: Float64Array, cols: Int32Array, out: number, count: number, rank: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] as number;
    let a = lo;
    let b = hi;
    while (a <= b) {
      while ((values[a] as number) < pivot) a++;
      while ((values[b] as number) > pivot) b--;
      if (a <= b) {
        const value = values[a] as number;
        values[a] = values[b] as number;
        values[b] = value;
        const col = cols[out + a] as number;
        cols[out + a] = cols[out + b] as number;
        cols[out + b] = col;
        a++;
        b--;
      }
    }
    if (rank <= b) hi = b;
    else if (rank >= a) lo = a;
    else break;
  }
  return values[rank] as number;
}

/**
 * Reduction transfer on the candidates: a row that was the minimum of exactly one column (`owned[i] ===
 * 1`) lowers that column's price until its second cheapest candidate ties with it.
 */
export function transferOnCandidates(
  n: number,
  graph: CandidateGraph,
  rowToCol: Int32Array,
  v: Float64Array,
  owned: Int32Array,
): void {
  const { stride, cols, costs, size } = graph;
  for (let i = 0; i < n; i++) {
    if (owned[i] !== 1) continue;
    const j1 = rowToCol[i] as number;
    const start = i * stride;
    const end = start + (size[i] as number);
    let min = Infinity;
    for (let t = start; t < end; t++) {
      const j = cols[t] as number;
      if (j === j1) continue;
      const h = (costs[t] as number) - (v[j] as number);
      if (h < min) min = h;
    }
    if (min < Infinity) v[j1] = (v[j1] as number) - min;
  }
}

/**
 * One pass of augmenting row reduction on the candidates (the sparse twin of the dense pass): each free
 * row takes its cheapest candidate, lowering its price until the second cheapest ties, and displaces
 * the previous owner, which is retried at once while prices still fall and the budget lasts. Rearranges
 * `free` and returns the new number of free rows.
 */
export function reduceRowsOnCandidates(
  n: number,
  graph: CandidateGraph,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
  numFree: number,
): number {
  const { stride, cols, costs, size } = graph;
  const previous = numFree;
  let next = 0;
  let index = 0;
  let budget = n + 16;
  const bid: BidOutcome = { fell: false };
  while (index < previous) {
    const i = free[index++] as number;
    const start = i * stride;
    const end = start + (size[i] as number);
    let j1 = cols[start] as number;
    let umin = (costs[start] as number) - (v[j1] as number);
    let usubmin = Infinity;
    let j2 = -1;
    for (let t = start + 1; t < end; t++) {
      const j = cols[t] as number;
      const h = (costs[t] as number) - (v[j] as number);
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = j;
        } else {
          usubmin = umin;
          umin = h;
          j2 = j1;
          j1 = j;
        }
      }
    }
    const i0 = takeCheapest(i, j1, j2, umin, usubmin, rowToCol, colToRow, v, bid);
    if (i0 >= 0) {
      if (bid.fell && budget > 0) {
        budget--;
        free[--index] = i0;
      } else {
        free[next++] = i0;
      }
    }
  }
  return next;
}

/** Work arrays of the sparse shortest-path searches (allocated once per solve). */
export interface SparseWorkspace {
  readonly d: Float64Array;
  readonly pred: Int32Array;
  /** `stamp` while a column waits in the heap, `stamp + 1` once settled, anything else: untouched. */
  readonly mark: Int32Array;
  readonly heap: Int32Array;
  /** Position of each waiting column in `heap`. */
  readonly position: Int32Array;
  readonly settled: Int32Array;
  readonly final: Float64Array;
  stamp: number;
}

export function createSparseWorkspace(n: number): SparseWorkspace {
  return {
    d: new Float64Array(n),
    pred: new Int32Array(n),
    mark: new Int32Array(n),
    heap: new Int32Array(n),
    position: new Int32Array(n),
    settled: new Int32Array(n),
    final: new Float64Array(n),
    stamp: 1,
  };
}

/** Whether column `a` comes out of the heap before `b`: closer, or as close and unassigned (which ends a search). */
function before(d: Float64Array, colToRow: Int32Array, a: number, b: number): boolean {
  const da = d[a] as number;
  const db = d[b] as number;
  return da < db || (da === db && (colToRow[a] as number) < 0 && (colToRow[b] as number) >= 0);
}

function siftUp(heap: Int32Array, position: Int32Array, d: Float64Array, colToRow: Int32Array, at: number): void {
  const col = heap[at] as number;
  let p = at;
  while (p > 0) {
    const parent = (p - 1) >> 1;
    const above = heap[parent] as number;
    if (!before(d, colToRow, col, above)) break;
    heap[p] = above;
    position[above] = p;
    p = parent;
  }
  heap[p] = col;
  position[col] = p;
}

function siftDown(heap: Int32Array, position: Int32Array, d: Float64Array, colToRow: Int32Array, length: number): void {
  const col = heap[0] as number;
  let p = 0;
  for (;;) {
    let child = 2 * p + 1;
    if (child >= length) break;
    const right = child + 1;
    if (right < length && before(d, colToRow, heap[right] as number, heap[child] as number)) child = right;
    const below = heap[child] as number;
    if (!before(d, colToRow, below, col)) break;
    heap[p] = below;
    position[below] = p;
    p = child;
  }
  heap[p] = col;
  position[col] = p;
}

/**
 * Shortest augmenting path from `freeRow` over candidate pairs only (Dijkstra with a binary heap on
 * reduced costs), then the price update and the flip of the path, exactly as the dense search does.
 * Returns `false`, changing nothing, when no unassigned column is reachable through candidates.
 */
export function augmentOnCandidates(
  n: number,
  cost: Float64Array,
  graph: CandidateGraph,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  freeRow: number,
  work: SparseWorkspace,
): boolean {
  const { stride, cols, costs, size } = graph;
  const { d, pred, mark, heap, position, settled, final } = work;
  const stamp = work.stamp;
  work.stamp = stamp + 2;
  const done = stamp + 1;
  let length = 0;
  let numSettled = 0;
  // The free row's own pairs are not clamped: its reduced costs may be negative.
  let level = -Infinity;
  let row = freeRow;
  let h = 0;
  for (;;) {
    // Relax the candidates of `row`, reached at distance `level` (its pairs cost `h` less than that).
    const start = row * stride;
    const end = start + (size[row] as number);
    for (let t = start; t < end; t++) {
      const j = cols[t] as number;
      const state = mark[j] as number;
      if (state === done) continue;
      let candidate = (costs[t] as number) - (v[j] as number) - h;
      if (candidate < level) candidate = level;
      if (state !== stamp) {
        mark[j] = stamp;
        d[j] = candidate;
        pred[j] = row;
        heap[length] = j;
        siftUp(heap, position, d, colToRow, length++);
      } else if (candidate < (d[j] as number)) {
        d[j] = candidate;
        pred[j] = row;
        siftUp(heap, position, d, colToRow, position[j] as number);
      }
    }
    if (length === 0) return false;
    const col = heap[0] as number;
    if (--length > 0) {
      heap[0] = heap[length] as number;
      siftDown(heap, position, d, colToRow, length);
    }
    level = d[col] as number;
    const owner = colToRow[col] as number;
    if (owner < 0) {
      for (let s = 0; s < numSettled; s++) {
        const j = settled[s] as number;
        // Written as a subtraction of a non-negative amount so that rounding never raises a price.
        v[j] = (v[j] as number) - (level - (final[j] as number));
      }
      let j = col;
      for (;;) {
        const i = pred[j] as number;
        colToRow[j] = i;
        const previous = rowToCol[i] as number;
        rowToCol[i] = j;
        if (i === freeRow) break;
        j = previous;
      }
      return true;
    }
    mark[col] = done;
    settled[numSettled++] = col;
    final[col] = level;
    row = owner;
    h = (cost[row * n + col] as number) - (v[col] as number) - level;
  }
}

/**
 * Checks every assigned row against its whole row: its column must be a cheapest one in reduced cost
 * `cost[i][j] - v[j]`. Prices only fell since the graph was built, so a row whose own reduced cost is at
 * most its `bound` needs only its candidates checked; other rows are scanned in full. Rows that fail,
 * and rows still unassigned, are released (their columns too) and listed in `free`. Returns their
 * number. Afterwards the dense kernel's invariant holds.
 */
export function releaseUncertified(
  n: number,
  cost: Float64Array,
  graph: CandidateGraph,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
): number {
  const { stride, cols, costs, size, bound } = graph;
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const held = rowToCol[i] as number;
    if (held < 0) {
      free[numFree++] = i;
      continue;
    }
    const base = i * n;
    const own = (cost[base + held] as number) - (v[held] as number);
    let cheapest = true;
    const start = i * stride;
    const end = start + (size[i] as number);
    for (let t = start; t < end; t++) {
      if ((costs[t] as number) - (v[cols[t] as number] as number) < own) cheapest = false;
    }
    if (cheapest && !(own <= (bound[i] as number))) {
      for (let j = 0; j < n; j++) if ((cost[base + j] as number) - (v[j] as number) < own) cheapest = false;
    }
    if (!cheapest) {
      rowToCol[i] = -1;
      colToRow[held] = -1;
      free[numFree++] = i;
    }
  }
  return numFree;
}
