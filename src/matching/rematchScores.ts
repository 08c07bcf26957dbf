/**
 * The integer-scaled, lexicographic scores behind `rematch`'s optimal method.
 *
 * Scores are turned to a "bigger is better" gain `g` (the score when maximising, minus the cost when
 * minimising), then to whole units of a resolution `r`: `q = round(g / r)`. With `K = rows + 1`, the
 * pair (i, j) gets
 *
 *     Q[i][j] = q[i][j] * K + (previous[i] === j ? bonus * K + 1 : 0)
 *
 * so the total of a matching is `K * (qTotal + bonus * kept) + kept`, and `kept <= rows < K`: a
 * matching with a larger `qTotal + bonus * kept` always wins, whatever its `kept`, and `kept` only
 * decides between equal ones. With `bonus = 0` this is the exact lexicographic order (total first,
 * then the number of previous pairs kept). Every `Q` is an integer small enough (see {@link fitsExactly})
 * that the kernel's additions and comparisons of them are exact in double precision.
 *
 * @internal
 * @module
 */

/** The finest resolution tried: 10^-9. */
const FINEST_EXPONENT = -9;
/** The coarsest: 10^300 (finite scores are within ±1e200). */
const COARSEST_EXPONENT = 300;

/** Gains (bigger is better) of the new problem, row-major; `-Infinity` where a pair may not be used. */
export interface Gains {
  readonly rows: number;
  readonly cols: number;
  readonly gain: Float64Array;
  /** Largest |gain| over usable pairs (0 when none). */
  readonly largest: number;
}

/** The resolution the scores are compared at, and whether any score had to be rounded to it. */
export interface Resolution {
  readonly resolution: number;
  readonly rounded: boolean;
  /** Largest and smallest unit counts `q` over usable pairs (0, 0 when none). */
  readonly qMax: number;
  readonly qMin: number;
}

/**
 * The largest |Q| the kernel may see for a problem of this size: its distances and potentials are sums
 * of at most about `rows + cols` reduced costs, each at most `2 max |Q|`, and all of them must stay
 * integers below 2^53.
 */
export function magnitudeLimit(rows: number, cols: number): number {
  return 2 ** 52 / (2 * (rows + cols + 2));
}

/** Whether scores of at most `qAbs` units, with a bonus of `bonus` units per kept pair, stay exact. */
export function fitsExactly(qAbs: number, bonus: number, rows: number, cols: number): boolean {
  const k = rows + 1;
  return (qAbs + bonus) * k + 1 <= magnitudeLimit(rows, cols);
}

/**
 * The bonus (in units) above which keeping one more previous pair beats any difference in total: two
 * matchings of the same size differ by at most `rows * (qMax - qMin)` units.
 */
export function largestUsefulBonus(rows: number, resolution: Resolution): number {
  return rows * (resolution.qMax - resolution.qMin) + 1;
}

function unitsOf(gains: Gains, resolution: number): { qMax: number; qMin: number; rounded: boolean } {
  const { gain } = gains;
  let qMax = -Infinity;
  let qMin = Infinity;
  let rounded = false;
  for (let k = 0; k < gain.length; k++) {
    const g = gain[k] as number;
    if (g === -Infinity) continue;
    // A decimal lands within a rounding error of a whole number of units (0.35 / 0.01 = 34.99999999999999).
    const x = g / resolution;
    const q = Math.round(x);
    if (!rounded && Math.abs(x - q) > 1e-6) rounded = true;
    if (q > qMax) qMax = q;
    if (q < qMin) qMin = q;
  }
  return qMax === -Infinity ? { qMax: 0, qMin: 0, rounded: false } : { qMax, qMin, rounded };
}

/**
 * Picks the resolution: `requested` when given (or `undefined` when it is too fine for the problem's
 * size). Otherwise the finest power of ten from 10^-9 up at which the scores, with the largest bonus
 * `needsBonus` may ask for, stay exact integers; if no score needs rounding there, the coarsest power
 * of ten at which none does (so integer scores are counted in ones and cents in hundredths).
 */
export function chooseResolution(gains: Gains, requested: number | undefined, needsBonus: boolean): Resolution | undefined {
  const { rows, cols } = gains;
  const attempt = (resolution: number): Resolution | undefined => {
    if (gains.largest / resolution > magnitudeLimit(rows, cols)) return undefined;
    const units = unitsOf(gains, resolution);
    const qAbs = Math.max(Math.abs(units.qMax), Math.abs(units.qMin));
    const candidate: Resolution = { resolution, ...units };
    const bonus = needsBonus ? largestUsefulBonus(rows, candidate) : 0;
    return fitsExactly(qAbs, bonus, rows, cols) ? candidate : undefined;
  };
  if (requested !== undefined) return attempt(requested);
  const at = (e: number): number => (e < 0 ? 1 / 10 ** -e : 10 ** e);
  for (let e = FINEST_EXPONENT; e <= COARSEST_EXPONENT; e++) {
    const found = attempt(at(e));
    if (found === undefined) continue;
    if (found.rounded) return found;
    // Exact here: coarsen while still exact (integers are counted in ones, cents in cents).
    let exact = found;
    for (let f = e + 1; f <= COARSEST_EXPONENT; f++) {
      const coarser = attempt(at(f));
      if (coarser === undefined || coarser.rounded) break;
      exact = coarser;
    }
    return exact;
  }
  return undefined;
}

/**
 * The lexicographic matrix `Q` (see the module comment) for a bonus of `bonus` units per kept pair;
 * `-Infinity` where a pair may not be used.
 */
export function lexicographicScores(gains: Gains, resolution: number, previous: Int32Array, bonus: number): Float64Array {
  const { rows, cols, gain } = gains;
  const k = rows + 1;
  const keep = bonus * k + 1;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    const was = previous[i] as number;
    for (let j = 0; j < cols; j++) {
      const g = gain[base + j] as number;
      if (g === -Infinity) {
        out[base + j] = -Infinity;
        continue;
      }
      const q = Math.round(g / resolution);
      out[base + j] = q * k + (j === was ? keep : 0);
    }
  }
  return out;
}

/** The number of whole units of a matching's total (the `qTotal` of the module comment). */
export function unitTotal(gains: Gains, resolution: number, rowToCol: Int32Array): number {
  const { rows, cols, gain } = gains;
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    const g = gain[i * cols + j] as number;
    total += Math.round(g / resolution);
  }
  return total;
}
