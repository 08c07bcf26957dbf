/**
 * The dense linear-assignment kernel: Jonker–Volgenant shortest augmenting paths on typed arrays.
 *
 * Works on a row-major minimisation matrix `cost` with `n <= m` (rows <= columns); a forbidden pair is
 * `Infinity`. The caller transposes and negates as needed. The kernel never writes to `cost`.
 *
 * - Square matrices get the full LAPJV start: column reduction, reduction transfer and (bounded)
 *   passes of augmenting row reduction, which leave only a few rows for the shortest-path phase.
 * - Rectangular matrices (`n < m`) start from zero column prices and use augmenting row reduction
 *   only: column reduction would give prices to columns that end unassigned, which breaks the
 *   optimality conditions of the rectangular problem (every unassigned column must keep the top price).
 *
 * Invariant kept throughout (it is what makes the result optimal): every assigned row's column is a
 * cheapest column of that row in reduced cost `cost[i][j] - v[j]`; column prices only ever fall, and only
 * for assigned columns, so unassigned columns keep price 0 in the rectangular case.
 *
 * @internal
 * @module
 */

/** Work arrays reused by every augmentation of one solve (allocated once per solve, never in loops). */
interface Workspace {
  readonly free: Int32Array;
  /** Tentative distance of each column (`Infinity` once settled). */
  readonly d: Float64Array;
  /** The row through which each column was reached. */
  readonly pred: Int32Array;
  /** Settled columns, in order, and their final distances. */
  readonly settled: Int32Array;
  readonly final: Float64Array;
  /** Column prices, `-Infinity` for settled columns (a per-search copy of `v`). */
  readonly price: Float64Array;
}

/**
 * Solves min-cost assignment of all `n` rows to distinct columns of an `n x m` matrix (`n <= m`).
 * Writes the assignment into `rowToCol` (length n) and `colToRow` (length m, -1 when unassigned) and the
 * column prices into `v` (length m). Returns `false` when no full assignment avoids `Infinity` entries.
 */
export function assignMinimum(
  n: number,
  m: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
): boolean {
  rowToCol.fill(-1);
  colToRow.fill(-1);
  v.fill(0);
  if (n === 0) return true;
  const work: Workspace = {
    free: new Int32Array(n),
    d: new Float64Array(m),
    pred: new Int32Array(m),
    settled: new Int32Array(m),
    final: new Float64Array(m),
    price: new Float64Array(m),
  };
  let numFree: number;
  if (n === m) {
    numFree = reduceColumns(n, cost, rowToCol, colToRow, v, work.free);
    if (numFree < 0) return false;
  } else {
    numFree = n;
    for (let i = 0; i < n; i++) work.free[i] = i;
  }
  // Three passes with a small retry budget each: measured cheaper overall than LAPJV's two unbounded ones.
  for (let pass = 0; pass < 3 && numFree > 0; pass++) {
    numFree = reduceRows(n, m, cost, rowToCol, colToRow, v, work.free, numFree);
    if (numFree < 0) return false;
  }
  for (let f = 0; f < numFree; f++) {
    if (!augment(m, cost, rowToCol, colToRow, v, work.free[f] as number, work)) return false;
  }
  return true;
}

/**
 * Column reduction and reduction transfer (square matrices only). Each column's price becomes its
 * minimum; a row that is the minimum of exactly one column takes it, and the price of that column drops
 * so the row's second-best column ties with it. Fills `free` with the unassigned rows and returns their
 * count, or -1 when a column is entirely forbidden.
 */
function reduceColumns(
  n: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
): number {
  // Column minima, scanned row by row so memory is read in order.
  const minRow = colToRow; // reused as scratch: overwritten below
  v.fill(Infinity);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const h = cost[base + j] as number;
      if (h < (v[j] as number)) {
        v[j] = h;
        minRow[j] = i;
      }
    }
  }
  for (let j = 0; j < n; j++) if (!((v[j] as number) < Infinity)) return -1;

  // A row takes the first of its minimal columns seen from the right; later ones stay free.
  const matches = free; // scratch count per row, rebuilt as the free list below
  matches.fill(0);
  for (let j = n - 1; j >= 0; j--) {
    const i = minRow[j] as number;
    const seen = matches[i] as number;
    matches[i] = seen + 1;
    if (seen === 0) rowToCol[i] = j;
  }
  colToRow.fill(-1);
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) colToRow[j] = i;
  }

  // Reduction transfer: a row that owns exactly one column lowers that column's price by its margin.
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const count = matches[i] as number;
    if (count === 0) {
      free[numFree++] = i; // numFree <= i, so this never overwrites a count still to be read
      continue;
    }
    if (count !== 1) continue;
    const j1 = rowToCol[i] as number;
    const base = i * n;
    let min = Infinity;
    for (let j = 0; j < j1; j++) {
      const h = (cost[base + j] as number) - (v[j] as number);
      if (h < min) min = h;
    }
    for (let j = j1 + 1; j < n; j++) {
      const h = (cost[base + j] as number) - (v[j] as number);
      if (h < min) min = h;
    }
    if (min < Infinity) v[j1] = (v[j1] as number) - min;
  }
  return numFree;
}

/**
 * One pass of augmenting row reduction (an auction step): each free row bids for its cheapest column,
 * lowering that column's price until its second-cheapest ties, and displaces the previous owner. A
 * displaced row is retried at once while prices still fall, within a work budget; otherwise it waits
 * for the next pass. Returns the new number of free rows, or -1 when a row is entirely forbidden.
 */
function reduceRows(
  n: number,
  m: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
  numFree: number,
): number {
  const previous = numFree;
  let next = 0;
  let k = 0;
  // Retrying a displaced row costs O(m); the budget keeps a price war on near-equal floats bounded.
  let budget = (n >> 1) + 16;
  while (k < previous) {
    const i = free[k++] as number;
    const base = i * m;
    let umin = (cost[base] as number) - (v[0] as number);
    let j1 = 0;
    let usubmin = Infinity;
    let j2 = -1;
    for (let j = 1; j < m; j++) {
      const h = (cost[base + j] as number) - (v[j] as number);
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
    if (!(umin < Infinity)) return -1;
    let i0 = colToRow[j1] as number;
    let fell = false;
    if (umin < usubmin) {
      if (usubmin < Infinity) {
        const old = v[j1] as number;
        const price = old - (usubmin - umin);
        fell = price < old;
        v[j1] = price;
      }
    } else if (i0 >= 0) {
      // A tie: take the second column instead, which may be free.
      j1 = j2;
      i0 = colToRow[j2] as number;
    }
    rowToCol[i] = j1;
    colToRow[j1] = i;
    if (i0 >= 0) {
      rowToCol[i0] = -1;
      if (fell && budget > 0) {
        budget--;
        free[--k] = i0;
      } else {
        free[next++] = i0;
      }
    }
  }
  return next;
}

/**
 * Shortest augmenting path from one free row: Dijkstra over columns on reduced costs
 * `cost[i][j] - v[j] - u[i]` (the row potential `u[i]` of an assigned row is implicit: its own column is
 * its cheapest), then the price update and the flip of the path.
 *
 * Each step settles the closest unsettled column (an unassigned one wins a tie, which ends the search at
 * once on data with many equal costs) and relaxes every column through the row that holds it, in one
 * sequential pass that also finds the next closest column. Settled columns get price `-Infinity` in the
 * working copy `price`, so their candidate distance is `+Infinity` and the pass needs no test for them.
 * Returns `false` when no unassigned column can be reached through allowed pairs.
 */
function augment(
  m: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  freeRow: number,
  work: Workspace,
): boolean {
  const { d, pred, settled, final, price } = work;
  const freeBase = freeRow * m;
  let min = Infinity;
  let col = -1;
  let open = false;
  for (let j = 0; j < m; j++) {
    const vj = v[j] as number;
    const dj = (cost[freeBase + j] as number) - vj;
    d[j] = dj;
    price[j] = vj;
    pred[j] = freeRow;
    if (dj < min) {
      min = dj;
      col = j;
      open = (colToRow[j] as number) < 0;
    } else if (dj === min && !open && (colToRow[j] as number) < 0) {
      col = j;
      open = true;
    }
  }
  let numSettled = 0;
  for (;;) {
    if (!(min < Infinity)) return false;
    if (open) break;
    // Settle `col` and continue through the row that holds it.
    settled[numSettled++] = col;
    final[col] = min;
    d[col] = Infinity;
    price[col] = -Infinity;
    const level = min;
    const i = colToRow[col] as number;
    const base = i * m;
    const h = (cost[base + col] as number) - (v[col] as number) - level;
    min = Infinity;
    col = -1;
    open = false;
    for (let k = 0; k < m; k++) {
      let dk = d[k] as number;
      const candidate = (cost[base + k] as number) - (price[k] as number) - h;
      if (candidate < dk) {
        // Equal to `level` or more in exact arithmetic; clamping keeps rounding from reordering.
        dk = candidate < level ? level : candidate;
        d[k] = dk;
        pred[k] = i;
      }
      if (dk < min) {
        min = dk;
        col = k;
        open = (colToRow[k] as number) < 0;
      } else if (dk === min && !open && (colToRow[k] as number) < 0) {
        col = k;
        open = true;
      }
    }
  }
  // Settled columns get cheaper by how much closer than the end of the path they were.
  for (let t = 0; t < numSettled; t++) {
    const j = settled[t] as number;
    v[j] = (v[j] as number) + (final[j] as number) - min;
  }
  // Flip the path.
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

/**
 * Row potentials that complete the certificate: `u[i] = cost[i][rowToCol[i]] - v[rowToCol[i]]`.
 */
export function rowPotentials(n: number, m: number, cost: Float64Array, rowToCol: Int32Array, v: Float64Array): Float64Array {
  const u = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    u[i] = (cost[i * m + j] as number) - (v[j] as number);
  }
  return u;
}
