/**
 * The start of the many-to-one solve on tall problems: an ε-auction over slots, with candidate lists.
 * Its result is ε-optimal, not optimal: {@link repairColumnPrices} makes it exact.
 *
 * Slots. Column j's `capacity[j]` places are slots, each with a price (at first 0). A row bids for the
 * column whose best slot (highest price) is cheapest for it in reduced cost `cost - price`, takes that
 * slot, evicting its holder if any, and lowers the slot's price by its margin over its second-best
 * column plus ε, so every bid makes progress and the auction ends. A column's price is its best slot's:
 * 0 while it has room (a vacant slot is never bid down), and at most 0 once full, as the certificate
 * needs. Prices only fall, so for every row every column only gets dearer.
 *
 * Candidate lists. Because prices only fall, a row keeps its `K` cheapest columns as of the last time it
 * read its whole matrix row, and the `(K + 1)`-th cheapest reduced cost then as a bound: an unlisted
 * column is still no cheaper than the bound. While the best listed column is within the bound, the bid
 * is right (the bound stands in for the second best when that is unlisted: a smaller, still ε-optimal,
 * price step); otherwise the whole row is read again. A bid then costs O(K), reading the listed costs
 * from a compact copy instead of the large matrix.
 *
 * ε is a small fraction of the spread of the costs: a larger one means fewer bids (prices fall in
 * larger steps) but more corrections in the repair. (ε-scaling, rounds of shrinking ε, was tried: with
 * room left over, rows freed between rounds leave vacant slots priced below 0, and "empty place"
 * bidders that fill them fight among themselves; it made more bids, not fewer.)
 *
 * The auction gives up (leaving rows for the exact searches) when it has used its bid budget, and
 * declines to start when more rows have an allowed column than there are places (some must then stay
 * out, and prices would fall without end) or when there are more than {@link MANY_PLACES} places and
 * more than four per row (searches are short then, and the slots would cost memory).
 *
 * @internal
 * @module
 */

import { place } from './capacitatedState.js';
import type { CapacitatedState } from './capacitatedState.js';

/** How the auction ended. */
export interface AuctionOutcome {
  /** Rows still unassigned because the bid budget ran out (to be placed by exact searches). */
  readonly free: Int32Array;
  /** Rows with no allowed column at all. */
  readonly failed: Int32Array;
}

/** When the auction stops early, leaving rows to the exact searches. */
export interface AuctionLimits {
  /** The most bids to make (default `200 * rows + 1000`). */
  readonly bids?: number;
  /** Stop after this many bids in a row that leave no fewer rows free (default `4 * rows + 1000`). */
  readonly patience?: number;
}

/** Candidate columns kept per bidder. */
const LIST = 16;

/** Above this many places, and with more than four per row, the auction declines (see below). */
export const MANY_PLACES = 1 << 16;

/**
 * ε relative to the spread of the finite costs. On 10,000 x 1,000 profile scores, 3e-5 leaves a few
 * cycles for the repair to cancel (1e-5: a third more bids and no fewer cycles; 1e-3: a quarter of
 * the bids, but over a hundred cycles).
 */
const RELATIVE_EPSILON = 3e-5;

/** The work arrays of one auction. Bidder b is row `rows[b]`. */
interface Auction {
  readonly cost: Float64Array;
  readonly m: number;
  readonly rows: Int32Array;
  readonly K: number;
  /** Listed columns and their costs, `K` per bidder. */
  readonly cand: Int32Array;
  readonly candCost: Float64Array;
  readonly listed: Int32Array;
  readonly bound: Float64Array;
  /** Best column price: the price of the slot at the top of its heap. */
  readonly v: Float64Array;
  /** Slots of column j: `slotStart[j] .. slotStart[j + 1]`; `heap` orders them, highest price first. */
  readonly slotStart: Int32Array;
  readonly heap: Int32Array;
  readonly slotPrice: Float64Array;
  /** Bidder holding each slot (-1: vacant), slot held by each bidder (-1: none). */
  readonly holder: Int32Array;
  readonly held: Int32Array;
  /** Column of each slot. */
  readonly slotColumn: Int32Array;
  readonly values: Float64Array;
  readonly cols: Int32Array;
}

/**
 * Runs the auction on `rows` and places them in `state`, which must be fresh (nothing assigned, no
 * virtual column); sets `state.v` to the columns' prices. Returns `undefined`, with the state untouched,
 * when it declines.
 */
export function auctionWithLists(cost: Float64Array, state: CapacitatedState, rows: Int32Array, limits: AuctionLimits = {}): AuctionOutcome | undefined {
  const { m, capacity } = state;
  const numRows = rows.length;
  const K = Math.max(1, Math.min(LIST, m));
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = (slotStart[j] as number) + (capacity[j] as number);
  const places = slotStart[m] as number;
  if (numRows > places && countPlaceable(cost, m, rows, capacity) > places) return undefined;
  // Far more room than rows, and many places: searches are short then, and the slot arrays would cost
  // memory (up to rows x columns entries when capacities are unbounded).
  if (places > 4 * numRows + m && places > MANY_PLACES) return undefined;
  const a: Auction = {
    cost,
    m,
    rows,
    K,
    cand: new Int32Array(numRows * K),
    candCost: new Float64Array(numRows * K),
    listed: new Int32Array(numRows),
    bound: new Float64Array(numRows),
    v: new Float64Array(m),
    slotStart,
    heap: new Int32Array(places),
    slotPrice: new Float64Array(places),
    holder: new Int32Array(places).fill(-1),
    held: new Int32Array(numRows).fill(-1),
    slotColumn: new Int32Array(places),
    values: new Float64Array(K + 1),
    cols: new Int32Array(K + 1),
  };
  // Columns of capacity 0 cost Infinity to everyone (price -Infinity), like forbidden pairs.
  for (let j = 0; j < m; j++) if ((capacity[j] as number) === 0) a.v[j] = -Infinity;
  // Read every row once (all prices 0): its list and its bound.
  let placeable = 0;
  for (let b = 0; b < numRows; b++) {
    readList(a, b);
    if ((a.listed[b] as number) > 0) placeable++;
  }
  if (placeable > places) return undefined;
  for (let j = 0; j < m; j++) {
    for (let s = slotStart[j] as number; s < (slotStart[j + 1] as number); s++) {
      a.heap[s] = s;
      a.slotColumn[s] = j;
    }
  }

  const { lo, hi } = costRange(cost, m, rows, capacity);
  const spread = hi >= lo ? hi - lo : 0;
  const epsilon = RELATIVE_EPSILON * (spread > 0 ? spread : 1);
  // Margins are capped (a row with one allowed column has no second best), so prices stay finite.
  const marginCap = spread + 1;
  const queue = new Int32Array(numRows + 1);
  const failed: number[] = [];
  let queued = 0;
  for (let b = 0; b < numRows; b++) {
    if ((a.listed[b] as number) > 0) queue[queued++] = b;
    else failed.push(rows[b] as number);
  }
  // On a feasible problem no price falls by more than about (rows) x (largest price step); lower than
  // this, rows are fighting over places that cannot hold them all, and the searches take over.
  const floor = -2 * (numRows + 1) * (marginCap + epsilon);
  const budget = limits.bids ?? 200 * numRows + 1000;
  const patience = limits.patience ?? 4 * numRows + 1000;
  const left = runBids(a, queue, queued, { budget, patience, epsilon, marginCap, floor });

  const { v } = state;
  for (let b = 0; b < numRows; b++) {
    const s = a.held[b] as number;
    if (s >= 0) place(state, rows[b] as number, a.slotColumn[s] as number);
  }
  for (let j = 0; j < m; j++) v[j] = (capacity[j] as number) > 0 ? (a.v[j] as number) : 0;
  const free = new Int32Array(left);
  for (let t = 0; t < left; t++) free[t] = rows[queue[t] as number] as number;
  return { free, failed: Int32Array.from(failed) };
}

/** The settings of {@link runBids}. */
interface BidRun {
  readonly budget: number;
  readonly patience: number;
  readonly epsilon: number;
  /** The largest price step (margin) a bid may take. */
  readonly marginCap: number;
  /** A price below which the auction stops. */
  readonly floor: number;
}

/**
 * Lets the bidders in `queue[0 .. queued)` bid, the evicted ones queuing again, until none is free,
 * `budget` bids are made, a price falls below `floor`, or `patience` bids in a row leave no fewer
 * free. Leaves the bidders still free at the start of `queue`; returns how many.
 */
function runBids(a: Auction, queue: Int32Array, queued: number, run: BidRun): number {
  const { budget, patience, epsilon, marginCap, floor } = run;
  const size = queue.length;
  let head = 0;
  let tail = queued;
  let left = budget;
  // A price war (rows tied between the same few places, each bid moving prices by ε) shows as many
  // bids without fewer rows left free; the exact searches end one faster than ε-steps can.
  let fewest = queued;
  let stalled = 0;
  while (queued > 0 && left > 0 && stalled < patience) {
    left--;
    if (queued < fewest) {
      fewest = queued;
      stalled = 0;
    } else {
      stalled++;
    }
    const b = queue[head] as number;
    head = head + 1 === size ? 0 : head + 1;
    queued--;
    const evicted = bid(a, b, epsilon, marginCap);
    if (evicted >= 0) {
      queue[tail] = evicted;
      tail = tail + 1 === size ? 0 : tail + 1;
      queued++;
      if ((a.slotPrice[a.held[b] as number] as number) < floor) break;
    }
  }
  // Move the bidders still free to the front.
  const rest = new Int32Array(queued);
  for (let t = 0; t < queued; t++) {
    rest[t] = queue[head] as number;
    head = head + 1 === size ? 0 : head + 1;
  }
  queue.set(rest);
  return queued;
}

/**
 * One bid by bidder b: takes the best slot of its cheapest column and lowers its price. Returns the
 * bidder it evicts, or -1.
 */
function bid(a: Auction, b: number, epsilon: number, marginCap: number): number {
  const { cand, candCost, v } = a;
  let w1 = Infinity;
  let w2 = Infinity;
  let j1 = -1;
  for (;;) {
    const first = b * a.K;
    const end = first + (a.listed[b] as number);
    w1 = Infinity;
    w2 = Infinity;
    j1 = -1;
    for (let p = first; p < end; p++) {
      const j = cand[p] as number;
      const h = (candCost[p] as number) - (v[j] as number);
      if (h < w2) {
        if (h < w1) {
          w2 = w1;
          w1 = h;
          j1 = j;
        } else {
          w2 = h;
        }
      }
    }
    const bound = a.bound[b] as number;
    if (w1 <= bound) {
      if (bound < w2) w2 = bound;
      break;
    }
    readList(a, b);
  }
  const margin = w2 - w1;
  const top = a.slotStart[j1] as number;
  const s = a.heap[top] as number;
  const evicted = a.holder[s] as number;
  if (evicted >= 0) a.held[evicted] = -1;
  a.holder[s] = b;
  a.held[b] = s;
  a.slotPrice[s] = (v[j1] as number) - (margin < marginCap ? margin : marginCap) - epsilon;
  siftDown(a, j1);
  v[j1] = a.slotPrice[a.heap[top] as number] as number;
  return evicted;
}

/** The top slot of column j has just become cheaper: moves it down its max-heap. */
function siftDown(a: Auction, j: number): void {
  const { heap, slotPrice } = a;
  const base = a.slotStart[j] as number;
  const size = (a.slotStart[j + 1] as number) - base;
  const s = heap[base] as number;
  const price = slotPrice[s] as number;
  let p = 0;
  for (;;) {
    let c = 2 * p + 1;
    if (c >= size) break;
    if (c + 1 < size && (slotPrice[heap[base + c + 1] as number] as number) > (slotPrice[heap[base + c] as number] as number)) c++;
    const sc = heap[base + c] as number;
    if ((slotPrice[sc] as number) <= price) break;
    heap[base + p] = sc;
    p = c;
  }
  heap[base + p] = s;
}

/**
 * Reads bidder b's whole row at the current prices: keeps its `K` cheapest allowed columns and the
 * `(K + 1)`-th cheapest reduced cost as its bound (`Infinity` when there is none). Columns of capacity
 * 0 have price `-Infinity` in the auction, so, like forbidden pairs, they cost `Infinity` and are never
 * listed; the loop is then two reads and a comparison for most columns.
 */
function readList(a: Auction, b: number): void {
  const { cost, m, v, values, cols, K } = a;
  const base = (a.rows[b] as number) * m;
  let size = 0;
  // values[0 .. size) ascending; once K + 1 are held, values[K] is the bound to beat.
  let worst = Infinity;
  for (let j = 0; j < m; j++) {
    const h = (cost[base + j] as number) - (v[j] as number);
    if (h >= worst) continue;
    let p = size <= K ? size++ : K;
    while (p > 0 && (values[p - 1] as number) > h) {
      values[p] = values[p - 1] as number;
      cols[p] = cols[p - 1] as number;
      p--;
    }
    values[p] = h;
    cols[p] = j;
    if (size === K + 1) worst = values[K] as number;
  }
  const kept = size < K ? size : K;
  const first = b * K;
  for (let p = 0; p < kept; p++) {
    const j = cols[p] as number;
    a.cand[first + p] = j;
    a.candCost[first + p] = cost[base + j] as number;
  }
  a.listed[b] = kept;
  a.bound[b] = size === K + 1 ? (values[K] as number) : Infinity;
}

/** How many of `rows` have an allowed column of positive capacity (each row read up to its first). */
function countPlaceable(cost: Float64Array, m: number, rows: Int32Array, capacity: Int32Array): number {
  let count = 0;
  for (let k = 0; k < rows.length; k++) {
    const base = (rows[k] as number) * m;
    for (let j = 0; j < m; j++) {
      if ((cost[base + j] as number) < Infinity && (capacity[j] as number) > 0) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** The smallest and largest finite cost of the listed rows in columns with room for anyone. */
function costRange(cost: Float64Array, m: number, rows: Int32Array, capacity: Int32Array): { lo: number; hi: number } {
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const base = (rows[k] as number) * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (!(c < Infinity) || (capacity[j] as number) === 0) continue;
      if (c < lo) lo = c;
      if (c > hi) hi = c;
    }
  }
  return { lo, hi };
}
