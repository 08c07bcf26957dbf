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
 * An optional virtual column (index `m`) costs 0 for every row and has its own capacity: it stands for
 * "leave the row unassigned" when the kernel re-solves the part of a problem where not every row can be
 * placed (see `assignWithCapacities`).
 *
 * @internal
 * @module
 */

/** The mutable state of one solve. Column `m` is the optional virtual column. */
export interface CapacitatedState {
  readonly n: number;
  readonly m: number;
  /** Column of each row, `-1` when unassigned (or not processed), `m` on the virtual column. */
  readonly rowToCol: Int32Array;
  readonly u: Float64Array;
  /** Prices of the `m` columns and, at index `m`, of the virtual column. */
  readonly v: Float64Array;
  /** Rows held by each column (index `m`: the virtual column). */
  readonly count: Int32Array;
  readonly capacity: Int32Array;
  /** Column `j` holds `slotRow[slotStart[j] .. slotStart[j] + count[j])`. */
  readonly slotStart: Int32Array;
  readonly slotRow: Int32Array;
  readonly rowSlot: Int32Array;
}

/**
 * A fresh state where nothing is assigned. `capacity` has one entry per real column; the virtual column
 * gets `virtualCapacity` (0 means there is none).
 */
export function createCapacitatedState(
  n: number,
  m: number,
  capacity: ArrayLike<number>,
  virtualCapacity: number,
): CapacitatedState {
  const cap = new Int32Array(m + 1);
  const slotStart = new Int32Array(m + 2);
  let total = 0;
  for (let j = 0; j < m; j++) {
    // More slots than rows can never be used.
    const c = Math.min(capacity[j] as number, n);
    cap[j] = c;
    slotStart[j] = total;
    total += c;
  }
  const z = Math.min(virtualCapacity, n);
  cap[m] = z;
  slotStart[m] = total;
  total += z;
  slotStart[m + 1] = total;
  return {
    n,
    m,
    rowToCol: new Int32Array(n).fill(-1),
    u: new Float64Array(n),
    v: new Float64Array(m + 1),
    count: new Int32Array(m + 1),
    capacity: cap,
    slotStart,
    slotRow: new Int32Array(total),
    rowSlot: new Int32Array(n).fill(-1),
  };
}

function place(state: CapacitatedState, row: number, col: number): void {
  const at = (state.slotStart[col] as number) + (state.count[col] as number);
  state.slotRow[at] = row;
  state.rowSlot[row] = at;
  state.count[col] = (state.count[col] as number) + 1;
  state.rowToCol[row] = col;
}

function unplace(state: CapacitatedState, row: number, col: number): void {
  const last = (state.slotStart[col] as number) + (state.count[col] as number) - 1;
  const at = state.rowSlot[row] as number;
  const moved = state.slotRow[last] as number;
  state.slotRow[at] = moved;
  state.rowSlot[moved] = at;
  state.count[col] = (state.count[col] as number) - 1;
  state.rowToCol[row] = -1;
}

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
  /** Position of each column in the settling order. */
  readonly order: Int32Array;
  readonly settled: Int32Array;
  readonly path: Int32Array;
  readonly graph: Float64Array | undefined;
  readonly graphRow: Int32Array | undefined;
  readonly shift: Float64Array;
  /**
   * Columns explored by a search that found no room: full, and closed (their rows can only move among
   * them), so no later augmenting path can use them. Later searches skip them.
   */
  readonly dead: Uint8Array;
}

/**
 * Assigns the listed rows, each by a shortest augmenting path after an auction start (see
 * {@link auction}). Returns the rows that could not be assigned: no column with room is reachable from
 * them through allowed pairs (assigning them would need another row to leave).
 *
 * Call at most once per fresh state: the auction assumes it starts from zero prices.
 */
export function assignRows(cost: Float64Array, state: CapacitatedState, rows: Int32Array): Int32Array {
  const { m, u, v, rowToCol } = state;
  const hasVirtual = (state.capacity[m] as number) > 0;
  const free = Int32Array.from(rows);
  const failed = new Int32Array(rows.length);
  const counts: Counts = { free: free.length, failed: 0, fell: false };
  const threshold = new Float64Array(state.n);
  for (let pass = 0; pass < 2 && counts.free > 0; pass++) auction(cost, state, free, counts, threshold, hasVirtual, failed);
  const numFree = counts.free;
  let numFailed = counts.failed;
  // Row potentials that make every assigned pair tight.
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k] as number;
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    u[i] = (j === state.m ? 0 : (cost[i * m + j] as number)) - (v[j] as number);
  }
  // The column graph pays off when columns hold several rows; its memory stays within the matrix's.
  const useGraph = numFree > 0 && m <= state.n && state.n >= 2 * m;
  const search: Search = {
    d: new Float64Array(m + 1),
    final: new Float64Array(m + 1),
    price: new Float64Array(m + 1),
    order: new Int32Array(m + 1),
    settled: new Int32Array(m + 1),
    path: new Int32Array(m + 2),
    graph: useGraph ? new Float64Array((m + 1) * m) : undefined,
    graphRow: useGraph ? new Int32Array((m + 1) * m) : undefined,
    shift: new Float64Array(m + 1),
    dead: new Uint8Array(m + 1),
  };
  for (let j = 0; j <= m; j++) rebuildGraphRow(cost, state, search, j);
  for (let k = 0; k < numFree; k++) {
    const i = free[k] as number;
    if (!augmentFrom(cost, state, i, search, hasVirtual)) failed[numFailed++] = i;
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

/** Row `r` has just left column `j`: recompute the entries it gave from the rows that remain. */
function removeFromGraphRow(cost: Float64Array, state: CapacitatedState, search: Search, j: number, r: number): void {
  const { graph, graphRow, shift } = search;
  if (graph === undefined || graphRow === undefined) return;
  const { m, u, count, slotStart, slotRow } = state;
  const out = j * m;
  const first = slotStart[j] as number;
  const end = first + (count[j] as number);
  const sj = shift[j] as number;
  for (let k = 0; k < m; k++) {
    if (graphRow[out + k] !== r) continue;
    let best = Infinity;
    let row = -1;
    for (let s = first; s < end; s++) {
      const q = slotRow[s] as number;
      const value = (cost[q * m + k] as number) + (sj - (u[q] as number));
      if (value < best) {
        best = value;
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
 * The distance column `to` receives from settled column `from`, computed exactly as the relaxation
 * did (same operations in the same order, so the same rounding).
 */
function distanceThrough(cost: Float64Array, state: CapacitatedState, search: Search, from: number, to: number): number {
  const { m, u, v, count, slotStart, slotRow } = state;
  const level = search.final[from] as number;
  if (to === m) return level - topPotential(state, from) - (v[m] as number);
  const { graph, shift } = search;
  if (graph !== undefined) return level - (shift[from] as number) + (graph[from * m + to] as number) - (v[to] as number);
  const first = slotStart[from] as number;
  const end = first + (count[from] as number);
  let best = Infinity;
  for (let s = first; s < end; s++) {
    const r = slotRow[s] as number;
    const value = level - (u[r] as number) + (cost[r * m + to] as number) - (v[to] as number);
    if (value < best) best = value;
  }
  return best;
}

/**
 * The column column `to` was reached from on the shortest-path tree (-1: from the start row): the
 * settled column, among those settled before `to`, that offers `to` its smallest distance. Recovering
 * it here, along the path only, keeps the relaxation loop free of bookkeeping.
 */
function predecessor(cost: Float64Array, state: CapacitatedState, search: Search, start: number, to: number): number {
  const { m, v } = state;
  const { settled, order } = search;
  let best = to === m ? -(v[m] as number) : (cost[start * m + to] as number) - (v[to] as number);
  let from = -1;
  const before = order[to] as number;
  for (let t = 0; t < before; t++) {
    const j = settled[t] as number;
    const value = distanceThrough(cost, state, search, j, to);
    if (value < best) {
      best = value;
      from = j;
    }
  }
  return from;
}

/**
 * One augmentation from row `start`: a shortest-path search, then the update along the path. Returns
 * `false` (leaving the assignment untouched) when no column with room is reachable.
 */
function augmentFrom(cost: Float64Array, state: CapacitatedState, start: number, search: Search, hasVirtual: boolean): boolean {
  const numSettled = searchColumns(cost, state, start, search, hasVirtual);
  if (numSettled < 0) return false;
  applyPath(cost, state, start, search, numSettled);
  return true;
}

/**
 * Dijkstra over columns from row `start`. Returns how many columns it settled (the last one, with room,
 * ends the path), or -1 when it found no room; the explored columns are then marked dead.
 */
function searchColumns(cost: Float64Array, state: CapacitatedState, start: number, search: Search, hasVirtual: boolean): number {
  const { m, u, v, count, capacity, slotStart, slotRow } = state;
  const { d, final, price, order, settled, graph, shift, dead } = search;
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
    order[col] = numSettled;
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
      if (dz < (d[m])) d[m] = dz;
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
        const dk = d[k] as number;
        const next = candidate < dk ? candidate : dk;
        d[k] = next;
        if (next < best) {
          best = next;
          col = k;
          open = (count[k] as number) < (capacity[k] as number);
        } else if (next === best && !open && (count[k] as number) < (capacity[k] as number)) {
          col = k;
          open = true;
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
          if (candidate < (d[k] as number)) d[k] = candidate;
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
  const { final, settled, path, shift } = search;
  const sink = settled[numSettled - 1] as number;
  const minVal = final[sink] as number;

  // The path, from the sink back to the start row, recovered before anything changes.
  let length = 0;
  for (let j = sink; ; ) {
    path[length++] = j;
    const from = predecessor(cost, state, search, start, j);
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

  // Move the rows: each column on the path passes one row on to the next (picked before it changes).
  for (let t = 0; t < length; t++) {
    const to = path[t] as number;
    const from = t + 1 < length ? (path[t + 1] as number) : -1;
    const r = from < 0 ? start : movingRow(cost, state, from, to);
    if (from >= 0) {
      unplace(state, r, from);
      removeFromGraphRow(cost, state, search, from, r);
    }
    place(state, r, to);
    addToGraphRow(cost, state, search, to, r);
  }
}
