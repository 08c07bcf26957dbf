import { err, ok } from '../core/index.js';
import type { Issue, Result } from '../core/index.js';
import { checkCapacities } from './capacities.js';
import type { Capacities } from './capacities.js';
import { assignRows, createCapacitatedState } from './capacitatedKernel.js';
import type { CapacitatedState } from './capacitatedKernel.js';
import { cellOf, checkCostMatrix, readDenseMinimisationForm, toMinimisationForm } from './costMatrix.js';
import type { CostMatrix } from './costMatrix.js';
import { invalidInput, messages } from './errors.js';
import type { MatchingError } from './errors.js';
import { readFlag, readNumber, readOptions } from './options.js';

/**
 * Options of {@link assignWithCapacities}.
 *
 * @category Assignment
 * @example
 * const options: AssignWithCapacitiesOptions = { minScore: 0.5 };
 * options.minScore //=> 0.5
 */
export interface AssignWithCapacitiesOptions {
  /** Maximise the total score (default `true`); `false` minimises a total cost instead. */
  readonly maximize?: boolean;
  /**
   * Whether a row may stay unassigned (default `true`). When `false`, every row must be placed, and the
   * result is an `infeasible` error if the capacities and forbidden pairs do not allow it; `minScore` and
   * `maxCost` are then ignored.
   */
  readonly allowUnassigned?: boolean;
  /** When maximising with `allowUnassigned`: pairs scoring below this are never used. */
  readonly minScore?: number;
  /** When minimising with `allowUnassigned`: pairs costing more than this are never used. */
  readonly maxCost?: number;
  /** Also return the optimality certificate {@link CapacityDuals} (default `false`). */
  readonly duals?: boolean;
}

/**
 * A many-to-one assignment: `rowToCol[i]` is the column of row `i` (`-1` when unassigned) and `total`
 * the sum of the scores (or costs) of the pairs used.
 *
 * @category Assignment
 * @example
 * const a: CapacityAssignment = { rowToCol: Int32Array.of(0, 0, -1), total: 7 };
 * a.rowToCol[2] //=> -1
 */
export interface CapacityAssignment {
  readonly rowToCol: Int32Array;
  readonly total: number;
}

/**
 * The optimality certificate of a {@link CapacityAssignment}: potentials `u` (rows), `v` (columns) and an
 * offset `w`. When maximising: `u >= 0`, `v >= 0`, `u[i] + v[j] + w >= score[i][j]` for every usable pair,
 * with equality on assigned pairs, `u[i] = 0` for unassigned rows and `v[j] = 0` for columns below
 * capacity (all signs and inequalities reversed when minimising). Together with "no unassigned row can
 * be added by moving others" (checked by {@link verifyMatching}) it proves that no assignment of as
 * many rows has a better total.
 *
 * @category Assignment
 * @example
 * const duals: CapacityDuals = { u: Float64Array.of(0), v: Float64Array.of(1), w: 2 };
 * duals.w //=> 2
 */
export interface CapacityDuals {
  readonly u: Float64Array;
  readonly v: Float64Array;
  readonly w: number;
}

/**
 * Assigns rows (athletes) to columns (mentors) many-to-one: column `j` takes at most `capacities[j]` rows.
 * First as many rows as possible are assigned, then among those assignments the total score is best
 * (maximal by default). A score of `-Infinity` (`Infinity` when minimising) forbids a pair.
 *
 * Successive shortest augmenting paths whose searches run over columns, not over capacity slots, after
 * a greedy start; when some rows cannot all be placed, the part of the problem where rows compete for
 * too few places is re-solved exactly (with a virtual "unassigned" column) so the total is still best.
 * Memory O(rows·cols) for one working copy of the matrix; the input is never modified.
 *
 * @category Assignment
 * @example
 * const r = assignWithCapacities([[9, 1], [8, 2], [7, 6]], [2, 1]);
 * r.ok && [...r.value.rowToCol] //=> [0, 0, 1]
 * r.ok && r.value.total //=> 23
 *
 * // column 0 is full and row 2's only other pair scores 6, below minScore: left unassigned
 * const s = assignWithCapacities([[9, 1], [8, 2], [7, 6]], [2, 1], { minScore: 7 });
 * s.ok && [...s.value.rowToCol] //=> [0, 0, -1]
 */
export function assignWithCapacities(
  score: CostMatrix,
  capacities: Capacities,
  options: AssignWithCapacitiesOptions & { readonly duals: true },
): Result<CapacityAssignment & CapacityDuals, MatchingError>;
export function assignWithCapacities(
  score: CostMatrix,
  capacities: Capacities,
  options?: AssignWithCapacitiesOptions,
): Result<CapacityAssignment, MatchingError>;
export function assignWithCapacities(
  score: CostMatrix,
  capacities: Capacities,
  options?: AssignWithCapacitiesOptions,
): Result<CapacityAssignment | (CapacityAssignment & CapacityDuals), MatchingError> {
  return assignWithPriceUpdates(score, capacities, options, 3);
}

/**
 * {@link assignWithCapacities} with the kernel's price-update schedule given (see `assignRows`): 0 runs
 * a price update before every search, `Infinity` none. The result is the same optimum either way; the
 * tests use it to exercise the updates on tiny problems.
 *
 * @internal
 */
export function assignWithPriceUpdates(
  score: CostMatrix,
  capacities: Capacities,
  options: AssignWithCapacitiesOptions | undefined,
  updateEvery: number,
): Result<CapacityAssignment | (CapacityAssignment & CapacityDuals), MatchingError> {
  const issues: Issue[] = [];
  const record = readOptions(options, issues);
  const maximize = record === undefined ? true : readFlag(record, 'maximize', true, issues);
  const allowUnassigned = record === undefined ? true : readFlag(record, 'allowUnassigned', true, issues);
  const wantDuals = record === undefined ? false : readFlag(record, 'duals', false, issues);
  const minScore = record === undefined ? undefined : readNumber(record, 'minScore', issues);
  const maxCost = record === undefined ? undefined : readNumber(record, 'maxCost', issues);
  if (minScore !== undefined && !maximize) {
    issues.push({ path: ['options', 'minScore'], message: messages.badOption('minScore', 'used only when maximising (use maxCost)') });
  }
  if (maxCost !== undefined && maximize) {
    issues.push({ path: ['options', 'maxCost'], message: messages.badOption('maxCost', 'used only when minimising (use minScore)') });
  }
  let ceiling = Infinity;
  if (allowUnassigned) {
    if (maximize && minScore !== undefined) ceiling = -minScore;
    if (!maximize && maxCost !== undefined) ceiling = maxCost;
  }
  const forbidden = maximize ? -Infinity : Infinity;
  const sign = maximize ? -1 : 1;
  // The dense form's values are checked while they are copied (one pass over the matrix); only when
  // one is not allowed, or something else is wrong, does the full check run, to collect every issue.
  const dense = !Array.isArray(score);
  const matrix = checkCostMatrix(score, 'score', forbidden, issues, !dense);
  const valuesAt = issues.length;
  const caps = checkCapacities(capacities, matrix === undefined ? 0 : matrix.cols, 'capacities', issues);
  let cost: Float64Array | undefined;
  if (matrix !== undefined && caps !== undefined && issues.length === 0) {
    cost = dense ? readDenseMinimisationForm(matrix, sign, ceiling) : toMinimisationForm(matrix, sign, false, ceiling);
  }
  if (cost === undefined && dense && matrix !== undefined) {
    // In the order a full check would have given: the matrix's issues before the capacities'.
    const values: Issue[] = [];
    checkCostMatrix(score, 'score', forbidden, values);
    issues.splice(valuesAt, 0, ...values);
  }
  if (matrix === undefined || caps === undefined || cost === undefined || issues.length > 0) return err(invalidInput(issues));

  const { rows: n, cols: m } = matrix;
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  const main = createCapacitatedState(n, m, caps, 0);
  const failed = assignRows(cost, main, all, updateEvery);

  if (failed.length > 0 && !allowUnassigned) {
    return err({ code: 'infeasible', message: messages.infeasibleCapacities(failed.length) });
  }
  const rowToCol = Int32Array.from(main.rowToCol);
  const contested = failed.length > 0 ? resolveContested(cost, main, failed, updateEvery) : undefined;
  if (contested !== undefined) {
    const { rows, state } = contested;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k] as number;
      const j = state.rowToCol[i] as number;
      rowToCol[i] = j === m ? -1 : j;
    }
  }

  let total = 0;
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) total += cellOf(matrix, i, j);
  }
  if (!wantDuals) return ok({ rowToCol, total });
  return ok({ rowToCol, total, ...certificate(cost, caps, rowToCol, main, contested, maximize) });
}

/** The contested part of a problem, re-solved: its rows and their state (with the virtual column). */
interface Contested {
  readonly rows: Int32Array;
  readonly inRows: Uint8Array;
  readonly inCols: Uint8Array;
  readonly state: CapacitatedState;
}

/**
 * When some rows cannot be placed, the first pass is a maximum assignment but its total may not be the
 * best: a row that came later might deserve a place more than one that took it earlier. The rows that
 * can be left out by some maximum assignment are those reachable from a failed row by alternating
 * paths; the columns next to them are full in every maximum assignment and serve only them
 * (Gallai–Edmonds). Everything else is already optimal. This part is re-solved from scratch with a
 * virtual column of cost 0 standing for "unassigned", with as many places as rows that must stay out.
 */
function resolveContested(cost: Float64Array, main: CapacitatedState, failed: Int32Array, updateEvery: number): Contested {
  const { n, m, count, slotStart, slotRow } = main;
  const inRows = new Uint8Array(n);
  const inCols = new Uint8Array(m);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let k = 0; k < failed.length; k++) {
    const i = failed[k] as number;
    inRows[i] = 1;
    queue[tail++] = i;
  }
  for (let head = 0; head < tail; head++) {
    const r = queue[head] as number;
    const base = r * m;
    for (let j = 0; j < m; j++) {
      if (inCols[j] === 1 || !((cost[base + j] as number) < Infinity)) continue;
      inCols[j] = 1;
      const first = slotStart[j] as number;
      const end = first + (count[j] as number);
      for (let s = first; s < end; s++) {
        const q = slotRow[s] as number;
        if (inRows[q] === 0) {
          inRows[q] = 1;
          queue[tail++] = q;
        }
      }
    }
  }
  const rows = queue.slice(0, tail).sort();
  // Only the contested columns keep their capacity; the others are out of reach of these rows anyway.
  const caps = new Int32Array(m);
  for (let j = 0; j < m; j++) if (inCols[j] === 1) caps[j] = main.capacity[j] as number;
  const state = createCapacitatedState(n, m, caps, failed.length);
  assignRows(cost, state, rows, updateEvery);
  return { rows, inRows, inCols, state };
}

/**
 * Builds the certificate (see {@link CapacityDuals}) in minimisation form — `w - a[i] - b[j] <= cost`,
 * `a, b >= 0` — from the potentials of the two passes, then turns it to the caller's orientation.
 */
function certificate(
  cost: Float64Array,
  capacity: Int32Array,
  rowToCol: Int32Array,
  main: CapacitatedState,
  contested: Contested | undefined,
  maximize: boolean,
): CapacityDuals {
  const { n, m } = main;
  const a = new Float64Array(n);
  const b = new Float64Array(m);
  // The offset must be large enough for every sign condition and for the pairs between the two parts.
  let w = -Infinity;
  const inRows = contested?.inRows;
  const inCols = contested?.inCols;
  for (let i = 0; i < n; i++) {
    if (inRows !== undefined && inRows[i] === 1) continue;
    const ui = main.u[i] as number;
    if (ui > w) w = ui;
  }
  let vz = 0;
  if (contested !== undefined && inCols !== undefined && inRows !== undefined) {
    const { state } = contested;
    vz = state.v[m] as number;
    for (let j = 0; j < m; j++) {
      const need = (state.v[j] as number) - vz;
      if (inCols[j] === 1 && need > w) w = need;
    }
    for (let i = 0; i < n; i++) {
      if (inRows[i] === 1) continue;
      const base = i * m;
      const ui = main.u[i] as number;
      for (let j = 0; j < m; j++) {
        const c = cost[base + j] as number;
        if (inCols[j] === 0 || !(c < Infinity)) continue;
        const need = ui + (state.v[j] as number) - vz - c;
        if (need > w) w = need;
      }
    }
  }
  if (w === -Infinity) w = 0;
  for (let i = 0; i < n; i++) {
    if ((rowToCol[i] as number) < 0) continue;
    if (contested !== undefined && inRows !== undefined && inRows[i] === 1) {
      a[i] = Math.max(0, -((contested.state.u[i] as number) + vz));
    } else {
      a[i] = w - (main.u[i] as number);
    }
  }
  for (let j = 0; j < m; j++) {
    if (contested !== undefined && inCols !== undefined && inCols[j] === 1) {
      b[j] = Math.max(0, w + vz - (contested.state.v[j] as number));
    } else {
      b[j] = (main.count[j] as number) < (capacity[j] as number) ? 0 : -(main.v[j] as number);
    }
  }
  if (maximize) return { u: a, v: b, w: -w + 0 };
  for (let i = 0; i < n; i++) a[i] = -(a[i] as number) + 0;
  for (let j = 0; j < m; j++) b[j] = -(b[j] as number) + 0;
  return { u: a, v: b, w };
}
