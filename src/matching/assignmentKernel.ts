/**
 * The dense linear-assignment kernel: Jonker–Volgenant shortest augmenting paths on typed arrays.
 *
 * Works on a row-major minimisation matrix `cost` with `n <= m` (rows <= columns); a forbidden pair is
 * `Infinity`. The caller transposes and negates as needed. The kernel never writes to `cost`.
 *
 * - Square matrices get the full LAPJV start: column reduction, reduction transfer and (bounded)
 *   passes of augmenting row reduction, which leave only a few rows for the shortest-path phase.
 * - From {@link candidateCount}'s size on, a square matrix runs that start and most of the shortest-path
 *   phase on each row's few cheapest columns first (assignmentInitSparse.ts): heap-based searches over a
 *   handful of candidates per row instead of scans of whole rows, then one check against whole rows
 *   that hands any row it cannot certify back to the dense phases below.
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

import { takeCheapest } from './rowReduction.js';
import type { BidOutcome } from './rowReduction.js';
import { startOnCandidates } from './assignmentInitSparse.js';

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
 * `candidates` (candidate columns per row of the sparse start, 0 for none) is for tests.
 */
export function assignMinimum(
  n: number,
  m: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  candidates: number = candidateCount(n, m),
): boolean {
  return solve(n, m, cost, rowToCol, colToRow, v, candidates, false) === 'assigned';
}

/**
 * {@link assignMinimum} for a square matrix whose values have not been checked yet: the first pass over
 * the matrix (column reduction, which reads every value before anything else happens) also checks
 * that each is a number within `[-maxAbs, maxAbs]` or `Infinity`, and the solve stops with `'invalid'`
 * when one is not. Saves the caller a separate pass over a large matrix.
 */
export function assignSquareChecking(
  n: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  maxAbs: number,
): 'assigned' | 'infeasible' | 'invalid' {
  return solve(n, n, cost, rowToCol, colToRow, v, candidateCount(n, n), true, maxAbs);
}

function solve(
  n: number,
  m: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  candidates: number,
  checkValues: boolean,
  maxAbs = Infinity,
): 'assigned' | 'infeasible' | 'invalid' {
  rowToCol.fill(-1);
  colToRow.fill(-1);
  v.fill(0);
  if (n === 0) return 'assigned';
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
    const owned = new Int32Array(n);
    if (checkValues && !checkedColumnMinima(n, cost, colToRow, v, maxAbs)) return 'invalid';
    numFree = reduceColumns(n, cost, rowToCol, colToRow, v, work.free, owned, checkValues);
    if (numFree < 0) return 'infeasible';
    if (candidates > 1 && candidates < n) {
      numFree = startOnCandidates(n, cost, rowToCol, colToRow, v, work.free, numFree, owned, candidates);
      if (numFree < 0) return 'infeasible';
    } else {
      transferReduction(n, cost, rowToCol, v, owned);
    }
  } else {
    numFree = n;
    for (let i = 0; i < n; i++) work.free[i] = i;
  }
  // Three passes with a small retry budget each: measured cheaper overall than LAPJV's two unbounded ones.
  for (let pass = 0; pass < 3 && numFree > 0; pass++) {
    numFree = reduceRows(n, m, cost, rowToCol, colToRow, v, work.free, numFree);
    if (numFree < 0) return 'infeasible';
  }
  for (let f = 0; f < numFree; f++) {
    if (!augment(m, cost, rowToCol, colToRow, v, work.free[f] as number, work)) return 'infeasible';
  }
  return 'assigned';
}

/**
 * How many candidate columns per row the sparse start uses on an `n x m` matrix, 0 for none: small and
 * rectangular matrices go straight to the dense phases.
 */
export function candidateCount(n: number, m: number): number {
  return n === m && n >= SPARSE_MIN_SIZE ? SPARSE_CANDIDATES : 0;
}

/** Square matrices from this size on start on candidate columns. */
const SPARSE_MIN_SIZE = 200;
/** Candidate columns per row in the sparse start. */
const SPARSE_CANDIDATES = 8;

/**
 * Column reduction (square matrices only). Each column's price becomes its minimum; a row that is the
 * minimum of some columns takes one of them. Counts in `owned` how many columns had each row as their
 * minimum, fills `free` with the unassigned rows and returns their count, or -1 when a column is
 * entirely forbidden.
 */
function reduceColumns(
  n: number,
  cost: Float64Array,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  free: Int32Array,
  owned: Int32Array,
  minimaDone: boolean,
): number {
  const minRow = colToRow; // reused as scratch: overwritten below
  if (!minimaDone) {
    // Column minima, scanned row by row so memory is read in order.
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
  }
  for (let j = 0; j < n; j++) if (!((v[j] as number) < Infinity)) return -1;

  // A row takes the first of its minimal columns seen from the right; later ones stay free.
  owned.fill(0);
  for (let j = n - 1; j >= 0; j--) {
    const i = minRow[j] as number;
    const seen = owned[i] as number;
    owned[i] = seen + 1;
    if (seen === 0) rowToCol[i] = j;
  }
  colToRow.fill(-1);
  let numFree = 0;
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) colToRow[j] = i;
    else free[numFree++] = i;
  }
  return numFree;
}

/**
 * The column minima of {@link reduceColumns} (prices in `v`, the first row reaching each in `minRow`),
 * computed while checking every value: a number within `[-maxAbs, maxAbs]`, or `Infinity`. Returns
 * `false` at the end of the pass when a value failed the check.
 */
function checkedColumnMinima(n: number, cost: Float64Array, minRow: Int32Array, v: Float64Array, maxAbs: number): boolean {
  let valid = true;
  v.fill(Infinity);
  for (let i = 0; i < n; i++) {
    const base = i * n;
    for (let j = 0; j < n; j++) {
      const h = cost[base + j] as number;
      if (h < (v[j] as number)) {
        v[j] = h;
        minRow[j] = i;
      }
      if (!(h >= -maxAbs && h <= maxAbs) && h !== Infinity) valid = false;
    }
  }
  return valid;
}

/**
 * Reduction transfer (square matrices only): a row that was the minimum of exactly one column lowers
 * that column's price by its margin, so the row's second-best column ties with it.
 */
function transferReduction(n: number, cost: Float64Array, rowToCol: Int32Array, v: Float64Array, owned: Int32Array): void {
  for (let i = 0; i < n; i++) {
    if (owned[i] !== 1) continue;
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
  const bid: BidOutcome = { fell: false };
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
    const i0 = takeCheapest(i, j1, j2, umin, usubmin, rowToCol, colToRow, v, bid);
    if (i0 >= 0) {
      if (bid.fell && budget > 0) {
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
