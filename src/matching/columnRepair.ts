/**
 * Makes a many-to-one assignment exactly optimal for the rows it holds, and finds the prices that prove
 * it: negative-cycle cancelling on the column graph.
 *
 * The graph has a node per column and one more, `t`, for the places left free. Column j has an arc to
 * column k of length `min over the rows r that j holds of (cost[r][k] - cost[r][j])` (what it costs to
 * move j's best-suited row to k); every column has an arc from `t` of length 0 (it may give a row up) and,
 * while it has room, an arc to `t` of length 0 (it may take one). A cycle of negative length is a
 * rotation of rows that lowers the total without changing how many each column holds beyond its room,
 * and the assignment is optimal for its rows exactly when there is none. Then shortest distances `L`
 * from `t` give column prices `v[j] = L[j] - L[t]`: the arcs' conditions are the certificate's
 * (reduced costs `>= 0`, prices `<= 0`, and 0 where there is room).
 *
 * A Bellman–Ford (FIFO label-correcting) pass starts from the given prices, which are nearly right after
 * the ε-auction, so few passes are needed. A cycle in the predecessor graph is checked against the
 * current arcs and, if negative, cancelled by moving each arc's row; the affected columns' arcs are
 * recomputed and the search goes on. Each pass over a column reads its row of the m x m arc table.
 *
 * @internal
 * @module
 */

import { place, unplace } from './capacitatedState.js';
import type { CapacitatedState } from './capacitatedState.js';

/**
 * Repairs `state` (no virtual column; the rows it holds are the ones to optimise) in place and sets
 * `state.v` and, for every assigned row, `state.u`. Returns `false` when the work limit is reached
 * (the state is then still a valid assignment, but without a certificate).
 */
export function repairColumnPrices(cost: Float64Array, state: CapacitatedState): boolean {
  const { n, m, u, v, count, rowToCol } = state;
  const t = m;
  const table = new Float64Array(m * m);
  let scale = 0;
  for (let j = 0; j < m; j++) scale = Math.max(scale, rebuildArcs(cost, state, table, j));
  // Rounding in sums of costs: arcs and cycles shorter than this, relative to the largest cost the
  // assigned rows have, are taken as 0.
  const tol = 1e-12 * scale;
  const L = new Float64Array(m + 1);
  for (let j = 0; j < m; j++) {
    const vj = v[j] as number;
    L[j] = vj < 0 ? vj : 0;
  }
  L[t] = 0;
  const parent = new Int32Array(m + 1).fill(-1);
  const inQueue = new Uint8Array(m + 1);
  let queue = new Int32Array(m + 1);
  let next = new Int32Array(m + 1);
  let queued = 0;
  for (let x = 0; x <= m; x++) {
    queue[queued++] = x;
    inQueue[x] = 1;
  }
  const mark = new Int32Array(m + 1);
  const cycle = new Int32Array(m + 1);
  const moves = new Int32Array(3 * (m + 1));
  const onCycle = new Uint8Array(m + 1);
  let scans = 0;
  const scanLimit = 10 * n + 50 * m + 1000;
  let quietPasses = 0;

  while (queued > 0) {
    let added = 0;
    for (let q = 0; q < queued; q++) {
      const x = queue[q] as number;
      inQueue[x] = 0;
      scans++;
      const lx = L[x] as number;
      if (x === t) {
        for (let k = 0; k < m; k++) {
          if (lx < (L[k] as number) - tol) {
            L[k] = lx;
            parent[k] = t;
            if (inQueue[k] === 0) {
              inQueue[k] = 1;
              next[added++] = k;
            }
          }
        }
        continue;
      }
      if (hasRoom(state, x) && lx < (L[t]) - tol) {
        L[t] = lx;
        parent[t] = x;
        if (inQueue[t] === 0) {
          inQueue[t] = 1;
          next[added++] = t;
        }
      }
      if ((count[x] as number) === 0) continue;
      const out = x * m;
      for (let k = 0; k < m; k++) {
        const candidate = lx + (table[out + k] as number);
        if (candidate < (L[k] as number) - tol) {
          L[k] = candidate;
          parent[k] = x;
          if (inQueue[k] === 0) {
            inQueue[k] = 1;
            next[added++] = k;
          }
        }
      }
    }
    if (added === 0) break;
    if (scans > scanLimit || quietPasses > m + 2) return false;
    quietPasses++;

    const size = predecessorCycle(parent, mark, cycle);
    if (size > 0) {
      if (!(cycleLength(state, table, parent, cycle, size) < -tol)) {
        // Predecessors recorded before an earlier cancellation: not a cycle of the graph as it is now.
        parent[cycle[0] as number] = -1;
      } else {
        quietPasses = 0;
        rotate(cost, state, table, parent, cycle, size, moves);
        // Labels reached through the changed arcs no longer have a recorded reason; the cycle's
        // columns are looked at again.
        for (let s = 0; s < size; s++) onCycle[cycle[s] as number] = 1;
        for (let x = 0; x <= m; x++) {
          const p = parent[x] as number;
          if (p >= 0 && onCycle[p] === 1) parent[x] = -1;
        }
        for (let s = 0; s < size; s++) {
          const x = cycle[s] as number;
          onCycle[x] = 0;
          parent[x] = -1;
          if (inQueue[x] === 0) {
            inQueue[x] = 1;
            next[added++] = x;
          }
        }
      }
    }
    const swap = queue;
    queue = next;
    next = swap;
    queued = added;
  }

  const lt = L[t];
  for (let j = 0; j < m; j++) {
    const vj = (L[j] as number) - lt;
    v[j] = hasRoom(state, j) || vj > 0 ? 0 : vj;
  }
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) u[i] = (cost[i * m + j] as number) - (v[j] as number);
  }
  return true;
}

/**
 * A cycle in the predecessor graph (`parent[x]` is the node x was last reached from), written to
 * `cycle` from a node on it backwards; returns its length in nodes, 0 when there is none.
 */
function predecessorCycle(parent: Int32Array, mark: Int32Array, cycle: Int32Array): number {
  mark.fill(-1);
  for (let x = 0; x < parent.length; x++) {
    let y = x;
    while (y >= 0 && mark[y] === -1) {
      mark[y] = x;
      y = parent[y] as number;
    }
    if (y < 0 || mark[y] !== x) continue;
    let size = 0;
    let a = y;
    do {
      cycle[size++] = a;
      a = parent[a] as number;
    } while (a !== y);
    return size;
  }
  return 0;
}

/** The length of a predecessor cycle in the graph as it is now. */
function cycleLength(state: CapacitatedState, table: Float64Array, parent: Int32Array, cycle: Int32Array, size: number): number {
  let length = 0;
  for (let s = 0; s < size; s++) {
    const to = cycle[s] as number;
    length += arcLength(state, table, parent[to] as number, to);
  }
  return length;
}

/**
 * Cancels a negative cycle: along each arc between columns, the row that gives the arc its length moves
 * (all chosen before any moves); arcs through `t` move nothing. The cycle's columns get their arcs
 * recomputed.
 */
function rotate(
  cost: Float64Array,
  state: CapacitatedState,
  table: Float64Array,
  parent: Int32Array,
  cycle: Int32Array,
  size: number,
  moves: Int32Array,
): void {
  const t = state.m;
  let numMoves = 0;
  for (let s = 0; s < size; s++) {
    const to = cycle[s] as number;
    const from = parent[to] as number;
    if (from === t || to === t) continue;
    moves[numMoves++] = movingRow(cost, state, from, to);
    moves[numMoves++] = from;
    moves[numMoves++] = to;
  }
  for (let s = 0; s < numMoves; s += 3) unplace(state, moves[s] as number, moves[s + 1] as number);
  for (let s = 0; s < numMoves; s += 3) place(state, moves[s] as number, moves[s + 2] as number);
  for (let s = 0; s < size; s++) {
    const x = cycle[s] as number;
    if (x !== t) rebuildArcs(cost, state, table, x);
  }
}

/**
 * Whether column j may take another row. A capacity of `n` or more (the state caps capacities at `n`)
 * never binds, so such a column counts as having room even when it holds every row: its price must
 * then be 0, as the certificate checks against the caller's capacity.
 */
function hasRoom(state: CapacitatedState, j: number): boolean {
  const c = state.capacity[j] as number;
  return (state.count[j] as number) < c || c >= state.n;
}

/** The length of arc `from -> to` in the graph as it is now (`Infinity` when there is no such arc). */
function arcLength(state: CapacitatedState, table: Float64Array, from: number, to: number): number {
  const { m, count } = state;
  if (from === m) return 0;
  if (to === m) return hasRoom(state, from) ? 0 : Infinity;
  return (count[from] as number) > 0 ? (table[from * m + to] as number) : Infinity;
}

/**
 * Recomputes the arcs out of column j from the rows it holds; returns the largest finite |cost| read.
 */
function rebuildArcs(cost: Float64Array, state: CapacitatedState, table: Float64Array, j: number): number {
  const { m, count, slotStart, slotRow } = state;
  const out = j * m;
  table.fill(Infinity, out, out + m);
  let largest = 0;
  const first = slotStart[j] as number;
  const end = first + (count[j] as number);
  for (let s = first; s < end; s++) {
    const base = (slotRow[s] as number) * m;
    const own = cost[base + j] as number;
    if (Math.abs(own) > largest) largest = Math.abs(own);
    for (let k = 0; k < m; k++) {
      const value = (cost[base + k] as number) - own;
      if (value < (table[out + k] as number)) table[out + k] = value;
    }
  }
  return largest;
}

/** The row of column `from` that gives the arc to column `to` its length (the first such row). */
function movingRow(cost: Float64Array, state: CapacitatedState, from: number, to: number): number {
  const { m, count, slotStart, slotRow } = state;
  const first = slotStart[from] as number;
  const end = first + (count[from] as number);
  let best = Infinity;
  let row = slotRow[first] as number;
  for (let s = first; s < end; s++) {
    const r = slotRow[s] as number;
    const value = (cost[r * m + to] as number) - (cost[r * m + from] as number);
    if (value < best) {
      best = value;
      row = r;
    }
  }
  return row;
}
