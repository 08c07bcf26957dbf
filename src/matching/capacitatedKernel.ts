/**
 * The many-to-one assignment kernel: successive shortest augmenting paths where the nodes of each
 * Dijkstra search are the columns (not slots), so a 10,000 x 1,000 problem with capacity 10 is searched
 * over 1,000 nodes instead of being expanded into a 10,000 x 10,000 matrix.
 *
 * Works on a row-major minimisation matrix (`Infinity` = forbidden). From a new row, the distance to a
 * column is the reduced cost of the pair; from a full column the search continues through each row it
 * holds (moving that row elsewhere). The first column with room that the search settles ends the path.
 *
 * Potentials: rows `u`, columns `v`. Invariants after each augmentation (the certificate):
 * `cost[i][j] - u[i] - v[j] >= 0` for every assigned row and every column, `= 0` on assigned pairs,
 * `v[j] <= 0` everywhere and `v[j] = 0` for columns with room. Once a search fails, the columns it
 * explored are closed and left out of later searches; their rows' potentials are no longer maintained
 * (`assignWithCapacities` re-solves that part).
 *
 * As room runs out, searches settle more and more columns before they reach one with room. Every so
 * often a price update (a backward search from all columns with room; see `updatePrices`) moves the
 * potentials so that every full column has a path of zero reduced cost to room, which keeps the next
 * searches short; it changes the potentials only as an augmentation would, so the invariants hold.
 *
 * An optional virtual column (index `m`) costs 0 for every row and has its own capacity: it stands for
 * "leave the row unassigned" when the kernel re-solves the part of a problem where not every row can be
 * placed (see `assignWithCapacities`).
 *
 * @internal
 * @module
 */

import { auctionWithLists } from './capacitatedAuction.js';
import { place, unplace } from './capacitatedState.js';
import { repairColumnPrices } from './columnRepair.js';
import type { CapacitatedState } from './capacitatedState.js';

export { createCapacitatedState } from './capacitatedState.js';
export type { CapacitatedState } from './capacitatedState.js';

/**
 * Work arrays of the shortest-path searches, allocated once per solve.
 *
 * `graph` (optional, `(m + 1) x m`) holds for each column j and each column k the cheapest way for one of
 * the rows j holds to move to k: `min over r in j of (cost[r][k] - u[r])`, minus `shift[j]` (the rows of
 * a column always change potential together, so a shift keeps the row current without rewriting it).
 * With it, leaving a full column costs O(m) instead of O(capacity * m). `graphRow` remembers which row
 * gives each entry, so when an augmenting path moves a row in or out of a column only the entries it
 * affects are recomputed.
 */
interface Search {
  /** Tentative distance of each column; `Infinity` once settled. */
  readonly d: Float64Array;
  /** Final distance of settled columns. */
  readonly final: Float64Array;
  /** The column prices, with `-Infinity` for settled columns so relaxations cannot reach them. */
  readonly price: Float64Array;
  /** The settled column each column was last reached from (-1: from the start row). */
  readonly via: Int32Array;
  readonly settled: Int32Array;
  readonly path: Int32Array;
  /** `moving[t]`: the row that enters column `path[t]` on the augmenting path. */
  readonly moving: Int32Array;
  readonly graph: Float64Array | undefined;
  readonly graphRow: Int32Array | undefined;
  readonly shift: Float64Array;
  /**
   * Columns explored by a search that found no room: full, and closed (their rows can only move among
   * them), so no later augmenting path can use them. Later searches skip them.
   */
  readonly dead: Uint8Array;
  /**
   * Moves from each column to room along the last price update's tree (0 where there was room): among
   * columns at the same distance, searches settle the one closest to room first.
   */
  readonly hops: Int32Array;
  /** Work space of the price updates: the column graph transposed, `m x m`. */
  readonly moves: Float64Array | undefined;
}

/**
 * How {@link assignRows} starts: `'auto'` picks `'lists'` for tall problems (at least twice as many rows
 * as columns) without a virtual column, and `'dense'` otherwise.
 * - `'lists'`: an ε-auction with candidate lists ({@link auctionWithLists}), made exact by negative-cycle
 *   cancelling on the column graph ({@link repairColumnPrices}); rows it leaves are placed by searches.
 *   Falls back to `'dense'` when the auction declines (more rows than places) or the repair gives up.
 * - `'dense'`: a few passes of an exact capacity-aware auction on whole rows, then a shortest augmenting
 *   path for every row it leaves.
 */
export type StartMethod = 'auto' | 'lists' | 'dense';

/**
 * Assigns the listed rows. Returns the rows that could not be assigned: no column with room is
 * reachable from them through allowed pairs (assigning them would need another row to leave).
 *
 * Call at most once per fresh state: the starts assume nothing is assigned and every price is 0.
 *
 * `updateEvery`: a price update (see {@link updatePrices}) runs whenever the searches since the last
 * one have settled `updateEvery * m` columns in all (0: before every search; `Infinity`: never).
 * `bidBudget` limits the `'lists'` auction (tests use it to hand work over to the searches early).
 */
export function assignRows(
  cost: Float64Array,
  state: CapacitatedState,
  rows: Int32Array,
  updateEvery = 3,
  start: StartMethod = 'auto',
  bidBudget?: number,
): Int32Array {
  const { n, m } = state;
  const hasVirtual = (state.capacity[m] as number) > 0;
  const tall = m <= n && n >= 2 * m;
  if (!hasVirtual && (start === 'lists' || (start === 'auto' && tall))) {
    const outcome = auctionWithLists(cost, state, rows, bidBudget === undefined ? {} : { bids: bidBudget });
    if (outcome !== undefined) {
      if (repairColumnPrices(cost, state)) {
        const failed = new Int32Array(rows.length);
        failed.set(outcome.failed);
        return searchFrom(cost, state, Int32Array.from(outcome.free), outcome.free.length, failed, outcome.failed.length, updateEvery);
      }
      resetState(state);
    }
  }
  return assignRowsDense(cost, state, rows, updateEvery);
}

/** Forgets every assignment and potential (after a start that gave up). */
function resetState(state: CapacitatedState): void {
  state.rowToCol.fill(-1);
  state.rowSlot.fill(-1);
  state.u.fill(0);
  state.v.fill(0);
  state.count.fill(0);
}

/** The `'dense'` start: auction passes on whole rows (see {@link auction}), then the searches. */
function assignRowsDense(cost: Float64Array, state: CapacitatedState, rows: Int32Array, updateEvery: number): Int32Array {
  const { m, u, v, rowToCol } = state;
  const hasVirtual = (state.capacity[m] as number) > 0;
  const free = Int32Array.from(rows);
  const failed = new Int32Array(rows.length);
  const counts: Counts = { free: free.length, failed: 0, fell: false };
  const threshold = new Float64Array(state.n);
  // Two passes as LAPJV does; more while a pass still places a twentieth of the free rows (a pass costs
  // about one scan of their matrix rows, far less than the searches it saves), at most 16.
  for (let pass = 0; pass < 16 && counts.free > 0; pass++) {
    const before = counts.free;
    auction(cost, state, free, counts, threshold, hasVirtual, failed);
    if (pass >= 1 && counts.free > before - before / 20) break;
  }
  // Row potentials that make every assigned pair tight.
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    u[i] = (j === state.m ? 0 : (cost[i * m + j] as number)) - (v[j] as number);
  }
  return searchFrom(cost, state, free, counts.free, failed, counts.failed, updateEvery);
}

/**
 * Places `free[0 .. numFree)` one by one, each by a shortest augmenting path, from a state that meets
 * the invariants; appends the rows that cannot be placed to `failed` (which holds `numFailed` already)
 * and returns them all.
 */
function searchFrom(
  cost: Float64Array,
  state: CapacitatedState,
  free: Int32Array,
  numFree: number,
  failed: Int32Array,
  numFailed: number,
  updateEvery: number,
): Int32Array {
  const { m } = state;
  const hasVirtual = (state.capacity[m] as number) > 0;
  // The column graph pays off when columns hold several rows; its memory stays within the matrix's.
  const useGraph = numFree > 0 && m <= state.n && state.n >= 2 * m;
  const graph = useGraph ? new Float64Array((m + 1) * m) : undefined;
  const search: Search = {
    d: new Float64Array(m + 1),
    final: new Float64Array(m + 1),
    price: new Float64Array(m + 1),
    via: new Int32Array(m + 1),
    settled: new Int32Array(m + 1),
    path: new Int32Array(m + 2),
    moving: new Int32Array(m + 2),
    graph,
    graphRow: useGraph ? new Int32Array((m + 1) * m) : undefined,
    shift: new Float64Array(m + 1),
    dead: new Uint8Array(m + 1),
    hops: new Int32Array(m + 1),
    moves: graph === undefined || hasVirtual ? undefined : new Float64Array(m * m),
  };
  for (let j = 0; j <= m; j++) rebuildGraphRow(cost, state, search, j);
  // Searches settle columns until they reach room, more and more of them as room runs out. A price
  // update costs about three searches that settle every column; once the searches since the last one
  // have settled that much, the prices are updated so that every full column has a tight path to room.
  let work = graph === undefined || hasVirtual ? -Infinity : m;
  for (let k = 0; k < numFree; k++) {
    if (work >= updateEvery * m) {
      updatePrices(state, search);
      work = 0;
    }
    const i = free[k] as number;
    const numSettled = augmentFrom(cost, state, i, search, hasVirtual);
    if (numSettled < 0) failed[numFailed++] = i;
    else work += numSettled;
  }
  return failed.slice(0, numFailed);
}

/** How many rows are still free (at the start of the free list) and how many failed. */
interface Counts {
  free: number;
  failed: number;
  /** Set by {@link contest}: whether the contested column's price fell. */
  fell: boolean;
}

/** {@link contest} outcomes besides "this row was evicted": the bidder took its second column, or waits. */
const CONTEST_PLACED = -1;
const CONTEST_WAIT = -2;

/**
 * Row `i` bids `bid` for full column `j1` (its cheapest; `j2` is its second). If some holder is less
 * eager (larger threshold), the least eager one is evicted, `i` takes its place and the price falls to
 * the largest threshold left; returns the evicted row. Otherwise the bidder is the least eager: the
 * price falls to its threshold, where it ties with `j2`, which it takes if there is room (with a zero
 * margin, the safe bound): returns `CONTEST_PLACED`, or `CONTEST_WAIT` when it must wait.
 * Kept out of the auction's loop so the loop stays small for the optimiser.
 */
function contest(state: CapacitatedState, threshold: Float64Array, i: number, j1: number, j2: number, bid: number, counts: Counts): number {
  const { v, count, capacity, slotStart, slotRow } = state;
  const price = v[j1] as number;
  const first = slotStart[j1] as number;
  const end = first + (count[j1] as number);
  let evict = -1;
  let top = -Infinity;
  let second = -Infinity;
  for (let s = first; s < end; s++) {
    const r = slotRow[s] as number;
    const t = threshold[r] as number;
    if (evict < 0 || t > top) {
      if (evict >= 0) second = top;
      top = t;
      evict = r;
    } else if (t > second) {
      second = t;
    }
  }
  counts.fell = false;
  if (evict >= 0 && bid < top) {
    unplace(state, evict, j1);
    place(state, i, j1);
    threshold[i] = bid;
    const lowered = bid > second ? bid : second;
    if (lowered > -Infinity && lowered < price) {
      v[j1] = lowered;
      counts.fell = true;
    }
    return evict;
  }
  if (j2 < 0 || bid === -Infinity) return CONTEST_WAIT;
  if (bid < price) v[j1] = bid;
  if ((count[j2] as number) >= (capacity[j2] as number)) return CONTEST_WAIT;
  place(state, i, j2);
  threshold[i] = v[j2] as number;
  return CONTEST_PLACED;
}

/**
 * One pass of a capacitated auction (the analogue of LAPJV's augmenting row reduction). Each free row
 * bids for its cheapest column in reduced cost `cost - v`. A row placed in column j remembers
 * `threshold[r]`, the price of j below which it might prefer another column (its margin at the time,
 * a safe bound: other prices only fall later, which only widens margins). A column with room takes
 * the bidder; a full column keeps the rows most eager for it, evicts the least eager (largest
 * threshold) and lowers its price to the largest threshold it still holds, so every holder still finds
 * it cheapest. Prices only fall, and only in full columns, so columns with room keep price 0.
 * An evicted row is retried at once while prices fall, within a work budget. Updates `counts`: the rows
 * still free are compacted at the start of `free`; rows with no allowed column are appended to `failed`.
 */
function auction(
  cost: Float64Array,
  state: CapacitatedState,
  free: Int32Array,
  counts: Counts,
  threshold: Float64Array,
  hasVirtual: boolean,
  failed: Int32Array,
): void {
  const { m, v, count, capacity } = state;
  const previous = counts.free;
  let next = 0;
  let k = 0;
  let budget = 4 * previous + 16;
  let failures = counts.failed;
  while (k < previous) {
    const i = free[k++] as number;
    const base = i * m;
    let umin = Infinity;
    let j1 = -1;
    let usubmin = Infinity;
    let j2 = -1;
    for (let j = 0; j < m; j++) {
      const h = (cost[base + j] as number) - (v[j] as number);
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = j;
        } else {
          usubmin = umin;
          j2 = j1;
          umin = h;
          j1 = j;
        }
      }
    }
    if (hasVirtual) {
      const h = -(v[m] as number);
      if (h < usubmin) {
        if (h >= umin) {
          usubmin = h;
          j2 = m;
        } else {
          usubmin = umin;
          j2 = j1;
          umin = h;
          j1 = m;
        }
      }
    }
    if (j1 < 0) {
      failed[failures++] = i;
      continue;
    }
    const price = v[j1] as number;
    const bid = usubmin < Infinity ? price - (usubmin - umin) : -Infinity;
    if ((count[j1] as number) < (capacity[j1] as number)) {
      place(state, i, j1);
      threshold[i] = bid;
      continue;
    }
    const outcome = contest(state, threshold, i, j1, j2, bid, counts);
    if (outcome === CONTEST_WAIT) free[next++] = i;
    else if (outcome >= 0) {
      if (counts.fell && budget > 0) {
        budget--;
        free[--k] = outcome;
      } else {
        free[next++] = outcome;
      }
    }
  }
  counts.free = next;
  counts.failed = failures;
}

/** Recomputes row `j` of the column graph from the rows column `j` holds now. */
function rebuildGraphRow(cost: Float64Array, state: CapacitatedState, search: Search, j: number): void {
  const { graph, graphRow, shift } = search;
  if (graph === undefined || graphRow === undefined) return;
  const { m, u, count, slotStart, slotRow } = state;
  const out = j * m;
  graph.fill(Infinity, out, out + m);
  graphRow.fill(-1, out, out + m);
  shift[j] = 0;
  const first = slotStart[j] as number;
  const end = first + (count[j] as number);
  for (let s = first; s < end; s++) {
    const r = slotRow[s] as number;
    const ur = u[r] as number;
    const base = r * m;
    for (let k = 0; k < m; k++) {
      const value = (cost[base + k] as number) - ur;
      if (value < (graph[out + k] as number)) {
        graph[out + k] = value;
        graphRow[out + k] = r;
      }
    }
  }
}

/** Row `r` has just joined column `j`: its entries may be the new cheapest. O(m). */
function addToGraphRow(cost: Float64Array, state: CapacitatedState, search: Search, j: number, r: number): void {
  const { graph, graphRow, shift } = search;
  if (graph === undefined || graphRow === undefined) return;
  const m = state.m;
  const out = j * m;
  const base = r * m;
  const offset = (shift[j] as number) - (state.u[r] as number);
  for (let k = 0; k < m; k++) {
    const value = (cost[base + k] as number) + offset;
    if (value < (graph[out + k] as number)) {
      graph[out + k] = value;
      graphRow[out + k] = r;
    }
  }
}

/**
 * Row `gone` has just left column `j` and row `came` joined it: one pass over the entries; only those
 * `gone` gave and `came` does not beat are recomputed from the rows `j` holds now.
 */
function replaceInGraphRow(cost: Float64Array, state: CapacitatedState, search: Search, j: number, gone: number, came: number): void {
  const { graph, graphRow, shift } = search;
  if (graph === undefined || graphRow === undefined) return;
  const { m, u, count, slotStart, slotRow } = state;
  const out = j * m;
  const first = slotStart[j] as number;
  const end = first + (count[j] as number);
  const sj = shift[j] as number;
  const base = came * m;
  const offset = sj - (u[came] as number);
  for (let k = 0; k < m; k++) {
    const value = (cost[base + k] as number) + offset;
    const old = graph[out + k] as number;
    if (graphRow[out + k] !== gone) {
      if (value < old) {
        graph[out + k] = value;
        graphRow[out + k] = came;
      }
      continue;
    }
    if (value <= old) {
      graph[out + k] = value;
      graphRow[out + k] = came;
      continue;
    }
    let best = Infinity;
    let row = -1;
    for (let s = first; s < end; s++) {
      const q = slotRow[s] as number;
      const candidate = (cost[q * m + k] as number) + (sj - (u[q] as number));
      if (candidate < best) {
        best = candidate;
        row = q;
      }
    }
    graph[out + k] = best;
    graphRow[out + k] = row;
  }
}

/**
 * The row of column `from` that moves to column `to` on a shortest path: the one with the cheapest
 * reduced cost to `to` (column `m`, the virtual column, costs 0 for every row).
 */
function movingRow(cost: Float64Array, state: CapacitatedState, from: number, to: number): number {
  const { m, u, count, slotStart, slotRow } = state;
  const first = slotStart[from] as number;
  const end = first + (count[from] as number);
  let best = Infinity;
  let row = slotRow[first] as number;
  for (let s = first; s < end; s++) {
    const r = slotRow[s] as number;
    const value = (to === m ? 0 : (cost[r * m + to] as number)) - (u[r] as number);
    if (value < best) {
      best = value;
      row = r;
    }
  }
  return row;
}

/** The largest potential among the rows column `j` holds (`-Infinity` when it holds none). */
function topPotential(state: CapacitatedState, j: number): number {
  const { u, count, slotStart, slotRow } = state;
  const first = slotStart[j] as number;
  const end = first + (count[j] as number);
  let top = -Infinity;
  for (let s = first; s < end; s++) {
    const ur = u[slotRow[s] as number] as number;
    if (ur > top) top = ur;
  }
  return top;
}

/**
 * One augmentation from row `start`: a shortest-path search, then the update along the path. Returns
 * how many columns the search settled, or -1 (leaving the assignment untouched) when no column with
 * room is reachable.
 */
function augmentFrom(cost: Float64Array, state: CapacitatedState, start: number, search: Search, hasVirtual: boolean): number {
  const numSettled = searchColumns(cost, state, start, search, hasVirtual);
  if (numSettled >= 0) applyPath(cost, state, start, search, numSettled);
  return numSettled;
}

/**
 * A global price update (as push-relabel and auction codes do): a Dijkstra search backwards from every
 * column with room, over the column graph in reduced costs, gives each column `j` its distance `h[j]`
 * to room. Lowering `v[j]` by `h[j]` and raising the potentials of the rows `j` holds by the same amount
 * keeps every invariant (`h` is 0 where there is room, and `h[j] <= reduced(j, k) + h[k]` on every move
 * from `j` to `k`, so reduced costs stay >= 0 and assigned pairs tight) and leaves every full column a
 * path of zero reduced cost to room, so the next searches stop early. Columns that cannot reach room
 * get the largest distance found (the minimum of two valid updates is valid). Dead columns are left
 * alone: no search uses them again. Needs the column graph, and no virtual column. O(m²).
 */
function updatePrices(state: CapacitatedState, search: Search): void {
  const { m, u, v, count, capacity, slotStart, slotRow } = state;
  const { graph, shift, dead, hops, d: h, final: done } = search;
  const moves = search.moves;
  if (graph === undefined || moves === undefined) return;
  // moves[k][j] = graph[j][k] - shift[j]: the graph transposed (by tiles, to stay in cache), so the
  // backward search reads it row by row.
  const TILE = 32;
  for (let j0 = 0; j0 < m; j0 += TILE) {
    const j1 = Math.min(m, j0 + TILE);
    for (let k0 = 0; k0 < m; k0 += TILE) {
      const k1 = Math.min(m, k0 + TILE);
      for (let j = j0; j < j1; j++) {
        const sj = shift[j] as number;
        const row = j * m;
        for (let k = k0; k < k1; k++) moves[k * m + j] = (graph[row + k] as number) - sj;
      }
    }
  }
  for (let j = 0; j < m; j++) {
    h[j] = dead[j] === 0 && (count[j] as number) < (capacity[j] as number) ? 0 : Infinity;
    hops[j] = h[j] === 0 ? 0 : m;
    done[j] = dead[j] as number;
  }
  // Dense Dijkstra: each pass settles the closest column and relaxes the others while looking for the
  // next closest.
  let best = Infinity;
  let k = -1;
  for (let j = 0; j < m; j++) {
    if (done[j] === 0 && (h[j] as number) < best) {
      best = h[j] as number;
      k = j;
    }
  }
  let top = 0;
  while (k >= 0) {
    done[k] = 1;
    top = best;
    // Column j can pass one of its rows on to k at reduced cost moves[k][j] - v[k].
    const level = best - (v[k] as number);
    const further = (hops[k] as number) + 1;
    const out = k * m;
    best = Infinity;
    k = -1;
    for (let j = 0; j < m; j++) {
      if (done[j] !== 0) continue;
      const candidate = level + (moves[out + j] as number);
      let hj = h[j] as number;
      if (candidate < hj || (candidate === hj && further < (hops[j] as number))) {
        hj = candidate;
        h[j] = candidate;
        hops[j] = further;
      }
      if (hj < best) {
        best = hj;
        k = j;
      }
    }
  }
  // Rounding can leave reduced costs a hair below 0, and so a distance (even the largest) below 0: a
  // negative delta would raise prices above 0, where the certificate wants them at most 0.
  const limit = top > 0 ? top : 0;
  for (let j = 0; j < m; j++) {
    if (dead[j] !== 0) continue;
    const hj = h[j] as number;
    const delta = hj < limit ? (hj > 0 ? hj : 0) : limit;
    if (delta === 0) continue;
    v[j] = (v[j] as number) - delta;
    shift[j] = (shift[j] as number) + delta;
    const first = slotStart[j] as number;
    const end = first + (count[j] as number);
    for (let s = first; s < end; s++) {
      const r = slotRow[s] as number;
      u[r] = (u[r] as number) + delta;
    }
  }
}

/**
 * Dijkstra over columns from row `start`. Returns how many columns it settled (the last one, with room,
 * ends the path), or -1 when it found no room; the explored columns are then marked dead.
 */
function searchColumns(cost: Float64Array, state: CapacitatedState, start: number, search: Search, hasVirtual: boolean): number {
  const { m, u, v, count, capacity, slotStart, slotRow } = state;
  const { d, final, price, via, settled, graph, shift, dead, hops } = search;
  const startBase = start * m;
  // The closest unsettled column; on a tie, one with room wins (it ends the search at once).
  let best = Infinity;
  let col = -1;
  let open = false;
  for (let j = 0; j < m; j++) {
    const vj = dead[j] === 1 ? -Infinity : (v[j] as number);
    const dj = (cost[startBase + j] as number) - vj;
    d[j] = dj;
    price[j] = vj;
    via[j] = -1;
    if (dj < best) {
      best = dj;
      col = j;
      open = (count[j] as number) < (capacity[j] as number);
    } else if (dj === best && !open && (count[j] as number) < (capacity[j] as number)) {
      col = j;
      open = true;
    }
  }
  // The virtual column (index m) has no cost entries: it costs 0 for every row.
  d[m] = hasVirtual && dead[m] === 0 ? -(v[m] as number) : Infinity;
  price[m] = v[m] as number;
  via[m] = -1;
  if (d[m] < best || (d[m] === best && !open && (count[m] as number) < (capacity[m] as number))) {
    best = d[m];
    col = m;
    open = (count[m] as number) < (capacity[m] as number);
  }

  let numSettled = 0;
  for (;;) {
    // Nothing reachable (a tie at Infinity may have picked a forbidden column: not a way forward).
    if (col < 0 || !(best < Infinity)) {
      for (let t = 0; t < numSettled; t++) dead[settled[t] as number] = 1;
      return -1;
    }
    settled[numSettled++] = col;
    final[col] = best;
    d[col] = Infinity;
    price[col] = -Infinity;
    if ((count[col] as number) < (capacity[col] as number)) return numSettled;
    // Leave the full column through one of its rows (its pair is tight): moving row r from `col` to
    // column k costs d[col] + cost[r][k] - u[r] - v[k] in reduced terms. Settled columns have price
    // -Infinity, so their candidate is +Infinity and their d stays +Infinity: no test needed.
    const from = col;
    const level = best;
    if (hasVirtual) {
      const dz = level - topPotential(state, from) - price[m];
      if (dz < d[m]) {
        d[m] = dz;
        via[m] = from;
      }
    }
    best = Infinity;
    col = -1;
    open = false;
    if (graph !== undefined) {
      // Relaxation and the search for the next column in one pass.
      const offset = level - (shift[from] as number);
      const out = from * m;
      for (let k = 0; k < m; k++) {
        const candidate = offset + (graph[out + k] as number) - (price[k] as number);
        let next = d[k] as number;
        if (candidate < next) {
          next = candidate;
          d[k] = candidate;
          via[k] = from;
        }
        if (next < best) {
          best = next;
          col = k;
          open = (count[k] as number) < (capacity[k] as number);
        } else if (next === best && !open) {
          const room = (count[k] as number) < (capacity[k] as number);
          if (room || col < 0 || (hops[k] as number) < (hops[col] as number)) {
            col = k;
            open = room;
          }
        }
      }
    } else {
      const first = slotStart[from] as number;
      const end = first + (count[from] as number);
      for (let s = first; s < end; s++) {
        const r = slotRow[s] as number;
        const offset = level - (u[r] as number);
        const rowBase = r * m;
        for (let k = 0; k < m; k++) {
          const candidate = offset + (cost[rowBase + k] as number) - (price[k] as number);
          if (candidate < (d[k] as number)) {
            d[k] = candidate;
            via[k] = from;
          }
        }
      }
      for (let k = 0; k < m; k++) {
        const dk = d[k] as number;
        if (dk < best) {
          best = dk;
          col = k;
          open = (count[k] as number) < (capacity[k] as number);
        } else if (dk === best && !open && (count[k] as number) < (capacity[k] as number)) {
          col = k;
          open = true;
        }
      }
    }
    const dz = d[m];
    if (dz < best || (dz === best && !open && (count[m] as number) < (capacity[m] as number))) {
      best = dz;
      col = m;
      open = (count[m] as number) < (capacity[m] as number);
    }
  }
}

/**
 * Applies a finished search: recovers the path, updates the potentials and moves the rows along it.
 */
function applyPath(cost: Float64Array, state: CapacitatedState, start: number, search: Search, numSettled: number): void {
  const { u, v, count, slotStart, slotRow } = state;
  const { final, settled, path, via, moving, shift } = search;
  const sink = settled[numSettled - 1] as number;
  const minVal = final[sink] as number;

  // The path, from the sink back to the start row, and the row each column on it passes on (the one
  // with the cheapest reduced cost to the next column), picked before anything changes.
  let length = 0;
  for (let j = sink; ; ) {
    path[length] = j;
    const from = via[j] as number;
    moving[length++] = from < 0 ? start : movingRow(cost, state, from, j);
    if (from < 0) break;
    j = from;
  }

  // Potentials: every settled column (but the sink) gets cheaper by how much closer than the sink it
  // was, and the rows it holds dearer by the same amount, so their pairs stay tight.
  for (let t = 0; t < numSettled - 1; t++) {
    const j = settled[t] as number;
    const delta = minVal - (final[j] as number);
    v[j] = (v[j] as number) - delta;
    shift[j] = (shift[j] as number) + delta;
    const first = slotStart[j] as number;
    const end = first + (count[j] as number);
    for (let s = first; s < end; s++) {
      const r = slotRow[s] as number;
      u[r] = (u[r] as number) + delta;
    }
  }
  u[start] = minVal;

  // Move the rows: column path[t] receives moving[t] from path[t + 1] (the last one from the start row)
  // and, past the sink, passes moving[t - 1] on. Then each column's entries of the column graph are
  // brought up to date in one pass.
  for (let t = 0; t < length; t++) {
    const r = moving[t] as number;
    if (t + 1 < length) unplace(state, r, path[t + 1] as number);
    place(state, r, path[t] as number);
  }
  addToGraphRow(cost, state, search, path[0] as number, moving[0] as number);
  for (let t = 1; t < length; t++) replaceInGraphRow(cost, state, search, path[t] as number, moving[t - 1] as number, moving[t] as number);
}
