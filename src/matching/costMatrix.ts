import type { Issue, Path } from '../core/index.js';
import { messages } from './errors.js';

/**
 * A dense matrix stored row-major in a `Float64Array`: the value of row `i`, column `j` is
 * `data[i * cols + j]`. The cheapest way to hand a large matrix to the solvers (nothing is copied
 * when no conversion is needed).
 *
 * @category Assignment
 * @example
 * const m: DenseMatrix = { rows: 2, cols: 3, data: new Float64Array([1, 2, 3, 4, 5, 6]) };
 * m.data[1 * m.cols + 2] //=> 6
 */
export interface DenseMatrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/**
 * A cost (or score) matrix: an array of equally long rows of numbers, or a {@link DenseMatrix}.
 *
 * @category Assignment
 * @example
 * const nested: CostMatrix = [[4, 1], [2, 3]];
 * const dense: CostMatrix = { rows: 2, cols: 2, data: new Float64Array([4, 1, 2, 3]) };
 * nested.length === dense.rows //=> true
 */
export type CostMatrix = readonly (readonly number[])[] | DenseMatrix;

/** Finite costs beyond this magnitude are refused: sums of them could overflow to Infinity. @internal */
export const MAX_ABS_COST = 1e200;

/** At most this many issues are collected; a matrix full of NaN does not produce millions of them. @internal */
export const MAX_ISSUES = 100;

/** A matrix whose shape and values have been checked. @internal */
export interface CheckedMatrix {
  readonly rows: number;
  readonly cols: number;
  /** Set for the nested form. */
  readonly nested: readonly (readonly number[])[] | undefined;
  /** Set for the dense form. */
  readonly data: Float64Array | undefined;
}

function isDenseShape(value: unknown): value is { rows: unknown; cols: unknown; data: unknown } {
  return typeof value === 'object' && value !== null && 'rows' in value && 'cols' in value && 'data' in value;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Pushes an issue unless the cap is reached. */
function report(issues: Issue[], path: Path, message: string): void {
  if (issues.length < MAX_ISSUES) issues.push({ path, message });
}

/**
 * Checks one cell; `forbidden` is the infinity that marks a forbidden pair (`Infinity` when minimising,
 * `-Infinity` when maximising). Returns whether the value is acceptable.
 */
function checkCell(value: unknown, forbidden: number, path: Path, issues: Issue[]): boolean {
  if (typeof value !== 'number') {
    report(issues, path, messages.notNumber());
    return false;
  }
  if (value >= -MAX_ABS_COST && value <= MAX_ABS_COST) return true;
  if (value === forbidden) return true;
  if (Number.isNaN(value)) report(issues, path, messages.notANumber());
  else if (value === Infinity || value === -Infinity) report(issues, path, messages.wrongInfinity(forbidden < 0));
  else report(issues, path, messages.tooLarge(MAX_ABS_COST));
  return false;
}

/**
 * Checks a cost matrix coming from outside: its shape (equal rows, or `data.length === rows * cols`)
 * and every value (numbers; no NaN; the one infinity that means "forbidden"). Problems are appended to
 * `issues` with paths rooted at `name`; returns `undefined` when the shape itself is unusable.
 * With `values: false` the values of the dense form are left for the caller to check (the nested form's
 * always are).
 * @internal
 */
export function checkCostMatrix(
  input: unknown,
  name: string,
  forbidden: number,
  issues: Issue[],
  values = true,
): CheckedMatrix | undefined {
  const before = issues.length;
  if (Array.isArray(input)) {
    const nested = input as readonly unknown[];
    const rows = nested.length;
    let cols = -1;
    for (let i = 0; i < rows; i++) {
      const row = nested[i];
      if (!Array.isArray(row)) {
        report(issues, [name, i], messages.notArray(`row ${i}`));
        continue;
      }
      const cells = row as readonly unknown[];
      if (cols < 0) cols = cells.length;
      else if (cells.length !== cols) {
        report(issues, [name, i], messages.raggedRow(i, cells.length, cols));
        continue;
      }
      for (let j = 0; j < cols; j++) {
        const value = cells[j];
        // Fast path for the common case; the full check only runs on suspicious values.
        if (typeof value === 'number' && value >= -MAX_ABS_COST && value <= MAX_ABS_COST) continue;
        checkCell(value, forbidden, [name, i, j], issues);
      }
    }
    if (issues.length > before) return undefined;
    return { rows, cols: cols < 0 ? 0 : cols, nested: input as readonly (readonly number[])[], data: undefined };
  }
  if (!isDenseShape(input)) {
    report(issues, [name], messages.notAnObject('an array of rows or { rows, cols, data }'));
    return undefined;
  }
  const { rows, cols, data } = input;
  if (!isCount(rows)) report(issues, [name, 'rows'], messages.badDimension('rows'));
  if (!isCount(cols)) report(issues, [name, 'cols'], messages.badDimension('cols'));
  if (!(data instanceof Float64Array)) report(issues, [name, 'data'], messages.notFloat64Array());
  if (issues.length > before) return undefined;
  const r = rows as number;
  const c = cols as number;
  const d = data as Float64Array;
  if (d.length !== r * c) {
    report(issues, [name, 'data'], messages.wrongDataLength(d.length, r * c));
    return undefined;
  }
  const length = values ? d.length : 0;
  for (let k = 0; k < length; k++) {
    const value = d[k] as number;
    if (value >= -MAX_ABS_COST && value <= MAX_ABS_COST) continue;
    checkCell(value, forbidden, [name, 'data', k], issues);
  }
  if (issues.length > before) return undefined;
  return { rows: r, cols: c, nested: undefined, data: d };
}

/**
 * Builds the row-major minimisation form of a checked matrix: `sign * value`, optionally transposed,
 * with every value above `ceiling` replaced by `Infinity` (forbidden). Always a fresh array.
 * @internal
 */
export function toMinimisationForm(
  matrix: CheckedMatrix,
  sign: 1 | -1,
  transpose: boolean,
  ceiling: number,
): Float64Array {
  const { rows, cols, nested, data } = matrix;
  const out = new Float64Array(rows * cols);
  // Separate loops per form keep each one monomorphic (typed array or plain array reads).
  if (data !== undefined) {
    for (let i = 0; i < rows; i++) {
      const base = i * cols;
      for (let j = 0; j < cols; j++) {
        const value = sign * (data[base + j] as number);
        out[transpose ? j * rows + i : base + j] = value > ceiling ? Infinity : value;
      }
    }
    return out;
  }
  if (nested === undefined) return out;
  for (let i = 0; i < rows; i++) {
    const row = nested[i] as readonly number[];
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const value = sign * (row[j] as number);
      out[transpose ? j * rows + i : base + j] = value > ceiling ? Infinity : value;
    }
  }
  return out;
}

/**
 * For the nested form: checks the matrix and builds its minimisation form (`sign * value`, transposed
 * when it has more rows than columns, as the assignment kernel wants) in a single pass over the rows,
 * as {@link checkCostMatrix} followed by {@link toMinimisationForm} would with a ceiling of `Infinity`
 * (so `forbidden` becomes `Infinity`).
 * Returns `undefined` at the first problem without reporting it: the caller then runs
 * {@link checkCostMatrix} to collect the issues.
 * @internal
 */
export function readNestedMinimisationForm(
  nested: readonly unknown[],
  forbidden: number,
  sign: 1 | -1,
): { readonly matrix: CheckedMatrix; readonly cost: Float64Array } | undefined {
  const rows = nested.length;
  const first = nested[0];
  if (!Array.isArray(first)) return undefined;
  const cols = (first as readonly unknown[]).length;
  const transpose = rows > cols;
  const out = new Float64Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    const row = nested[i];
    if (!Array.isArray(row) || row.length !== cols) return undefined;
    const cells = row as readonly unknown[];
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const value = cells[j];
      if (typeof value !== 'number' || !((value >= -MAX_ABS_COST && value <= MAX_ABS_COST) || value === forbidden)) return undefined;
      out[transpose ? j * rows + i : base + j] = sign * value;
    }
  }
  const matrix: CheckedMatrix = { rows, cols, nested: nested as readonly (readonly number[])[], data: undefined };
  return { matrix, cost: out };
}

/**
 * The dense form's minimisation copy (`sign * value`, `Infinity` above `ceiling`; the forbidden value
 * is the one whose signed form is `Infinity`: `-Infinity` when maximising, `Infinity` when minimising), checking each value as it is copied: one pass instead of a check and a copy. Returns
 * `undefined` at the first value that is not allowed; the caller then runs {@link checkCostMatrix} for
 * the issues. The shape must have been checked.
 * @internal
 */
export function readDenseMinimisationForm(matrix: CheckedMatrix, sign: 1 | -1, ceiling: number): Float64Array | undefined {
  const data = matrix.data;
  if (data === undefined) return undefined;
  const length = data.length;
  const out = new Float64Array(length);
  // After the sign, a forbidden pair is +Infinity; every other value must lie within ±MAX_ABS_COST.
  // Counting the good values instead of testing each one keeps the loop free of unpredictable
  // branches (forbidden pairs are scattered).
  let good = 0;
  for (let k = 0; k < length; k++) {
    const c = sign * (data[k] as number);
    out[k] = c > ceiling ? Infinity : c;
    good += +(Math.abs(c) <= MAX_ABS_COST) + +(c === Infinity);
  }
  return good === length ? out : undefined;
}

/** The value of cell (i, j) of a checked matrix, as given by the caller. @internal */
export function cellOf(matrix: CheckedMatrix, i: number, j: number): number {
  if (matrix.nested !== undefined) return (matrix.nested[i] as readonly number[])[j] as number;
  return (matrix.data as Float64Array)[i * matrix.cols + j] as number;
}
