import { err, ok } from '../core/index.js';
import type { Issue, Result } from '../core/index.js';
import { assignMinimum, assignSquareChecking, rowPotentials } from './assignmentKernel.js';
import { MAX_ABS_COST, cellOf, checkCostMatrix, readNestedMinimisationForm, toMinimisationForm } from './costMatrix.js';
import type { CostMatrix } from './costMatrix.js';
import { invalidInput, messages } from './errors.js';
import type { MatchingError } from './errors.js';
import { readFlag, readOptions } from './options.js';

/**
 * Options of {@link solveAssignment}.
 *
 * @category Assignment
 * @example
 * const options: SolveAssignmentOptions = { maximize: true, duals: true };
 * options.maximize //=> true
 */
export interface SolveAssignmentOptions {
  /** Maximise the total instead of minimising it (default `false`). A forbidden pair is then `-Infinity`. */
  readonly maximize?: boolean;
  /**
   * Also return the dual potentials `u` (rows) and `v` (columns) that prove the result optimal
   * (default `false`); check them with {@link verifyMatching}.
   */
  readonly duals?: boolean;
}

/**
 * An optimal one-to-one assignment: `rowToCol[i]` is the column of row `i` and `colToRow[j]` the row of
 * column `j`, `-1` when unassigned; exactly `min(rows, cols)` pairs; `total` is the sum of their values.
 *
 * @category Assignment
 * @example
 * const a: Assignment = { rowToCol: Int32Array.of(1, 0), colToRow: Int32Array.of(1, 0), total: 3 };
 * a.rowToCol[0] //=> 1
 */
export interface Assignment {
  readonly rowToCol: Int32Array;
  readonly colToRow: Int32Array;
  readonly total: number;
}

/**
 * The optimality certificate of an {@link Assignment} (linear-programming duals).
 *
 * When minimising: `u[i] + v[j] <= cost[i][j]` for every allowed pair, with equality on assigned pairs;
 * when there are more columns than rows, `v[j] <= 0` for every column and `v[j] === 0` for unassigned ones
 * (symmetrically `u` when there are more rows). When maximising every inequality is reversed
 * (`u[i] + v[j] >= score[i][j]`, potentials `>= 0`). Then no assignment can do better, because the total
 * equals `sum(u) + sum(v)` and every assignment's total is bounded by it.
 *
 * @category Assignment
 * @example
 * const duals: AssignmentDuals = { u: Float64Array.of(1, 2), v: Float64Array.of(0, 0) };
 * duals.u.length //=> 2
 */
export interface AssignmentDuals {
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/**
 * Solves the rectangular linear assignment problem: pairs rows with columns one-to-one, exactly
 * `min(rows, cols)` pairs, so that the total cost is minimal (or the total score maximal with
 * `maximize: true`). A pair whose cost is `Infinity` (`-Infinity` when maximising) is forbidden.
 *
 * Jonker–Volgenant shortest augmenting paths on typed arrays, with LAPJV's column reduction and
 * augmenting row reduction to start; on large square matrices the start and most searches run first on
 * each row's few cheapest columns, then the result is checked against the whole matrix. O(n²·m) worst
 * case, much less on typical data; memory O(n·m). The input is never modified (a `Float64Array`
 * minimisation matrix with `rows <= cols` is read in place, and a square one is read only a few times).
 *
 * @category Assignment
 * @returns the assignment, or an `invalid-input` error (with the path of the first bad cell) or an
 *   `infeasible` error when no full assignment avoids the forbidden pairs.
 * @example
 * const r = solveAssignment([[4, 1, 3], [2, 0, 5], [3, 2, 2]]);
 * r.ok && [...r.value.rowToCol] //=> [1, 0, 2]
 * r.ok && r.value.total //=> 5
 *
 * // both rows can only use column 0
 * const bad = solveAssignment([[1, Infinity], [2, Infinity]]);
 * !bad.ok && bad.error.code //=> 'infeasible'
 */
export function solveAssignment(
  cost: CostMatrix,
  options: SolveAssignmentOptions & { readonly duals: true },
): Result<Assignment & AssignmentDuals, MatchingError>;
export function solveAssignment(cost: CostMatrix, options?: SolveAssignmentOptions): Result<Assignment, MatchingError>;
export function solveAssignment(
  cost: CostMatrix,
  options?: SolveAssignmentOptions,
): Result<Assignment | (Assignment & AssignmentDuals), MatchingError> {
  const issues: Issue[] = [];
  const record = readOptions(options, issues);
  const maximize = record === undefined ? false : readFlag(record, 'maximize', false, issues);
  const wantDuals = record === undefined ? false : readFlag(record, 'duals', false, issues);
  const forbidden = maximize ? -Infinity : Infinity;
  const sign = maximize ? -1 : 1;
  // The nested form is checked while it is copied (one pass); the issues are collected only when it fails.
  const read = issues.length === 0 && Array.isArray(cost) ? readNestedMinimisationForm(cost, forbidden, sign) : undefined;
  // A square dense matrix solved in place has its values checked by the kernel's first pass instead.
  const shapeOnly = issues.length === 0 && !maximize && !Array.isArray(cost);
  const checked = read?.matrix ?? checkCostMatrix(cost, 'cost', forbidden, issues, !shapeOnly);
  const matrix = checked !== undefined && shapeOnly && checked.rows !== checked.cols ? checkCostMatrix(cost, 'cost', forbidden, issues) : checked;
  if (matrix === undefined || issues.length > 0) return err(invalidInput(issues));

  const { rows, cols } = matrix;
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const inPlace = matrix.data !== undefined && !maximize && !transpose;
  const work = read?.cost ?? (inPlace ? matrix.data : toMinimisationForm(matrix, sign, transpose, Infinity));

  const x = new Int32Array(n);
  const y = new Int32Array(m);
  const v = new Float64Array(m);
  const outcome = shapeOnly && rows === cols ? assignSquareChecking(n, work, x, y, v, MAX_ABS_COST) : assignMinimum(n, m, work, x, y, v) ? 'assigned' : 'infeasible';
  if (outcome === 'invalid') {
    checkCostMatrix(cost, 'cost', forbidden, issues);
    return err(invalidInput(issues));
  }
  if (outcome === 'infeasible') return err({ code: 'infeasible', message: messages.infeasibleAssignment() });
  const rowToCol = transpose ? y : x;
  const colToRow = transpose ? x : y;

  let total = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) total += cellOf(matrix, i, j);
  }
  if (!wantDuals) return ok({ rowToCol, colToRow, total });

  const kernelU = rowPotentials(n, m, work, x, v);
  const u = transpose ? v : kernelU;
  const w = transpose ? kernelU : v;
  for (let i = 0; i < u.length; i++) u[i] = sign * (u[i] as number) + 0;
  for (let j = 0; j < w.length; j++) w[j] = sign * (w[j] as number) + 0;
  return ok({ rowToCol, colToRow, total, u, v: w });
}
