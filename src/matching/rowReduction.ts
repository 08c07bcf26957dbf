/**
 * The step shared by the dense and the sparse augmenting row reduction (LAPJV's auction pass).
 *
 * @internal
 * @module
 */

/** Set by {@link takeCheapest}: whether the column's price fell. */
export interface BidOutcome {
  fell: boolean;
}

/**
 * Row `i` takes its cheapest column `j1` (reduced cost `umin`; the second cheapest, `usubmin`, is at
 * `j2`): the column's price drops until the second ties. On a tie (no drop possible) with `j1` owned,
 * it takes `j2` instead, which may be free. Returns the row it displaces, or -1.
 */
export function takeCheapest(
  i: number,
  j1: number,
  j2: number,
  umin: number,
  usubmin: number,
  rowToCol: Int32Array,
  colToRow: Int32Array,
  v: Float64Array,
  outcome: BidOutcome,
): number {
  let col = j1;
  let i0 = colToRow[col] as number;
  outcome.fell = false;
  if (umin < usubmin) {
    if (usubmin < Infinity) {
      const old = v[col] as number;
      const price = old - (usubmin - umin);
      outcome.fell = price < old;
      v[col] = price;
    }
  } else if (i0 >= 0) {
    col = j2;
    i0 = colToRow[col] as number;
  }
  rowToCol[i] = col;
  colToRow[col] = i;
  if (i0 >= 0) rowToCol[i0] = -1;
  return i0;
}
