/**
 * The state of a many-to-one solve: which rows each column holds, and the potentials. Shared by the
 * kernel (`assignRows`), the auction that starts it and the repair that makes the start exact.
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

export function place(state: CapacitatedState, row: number, col: number): void {
  const at = (state.slotStart[col] as number) + (state.count[col] as number);
  state.slotRow[at] = row;
  state.rowSlot[row] = at;
  state.count[col] = (state.count[col] as number) + 1;
  state.rowToCol[row] = col;
}

export function unplace(state: CapacitatedState, row: number, col: number): void {
  const last = (state.slotStart[col] as number) + (state.count[col] as number) - 1;
  const at = state.rowSlot[row] as number;
  const moved = state.slotRow[last] as number;
  state.slotRow[at] = moved;
  state.rowSlot[moved] = at;
  state.count[col] = (state.count[col] as number) - 1;
  state.rowToCol[row] = -1;
}
