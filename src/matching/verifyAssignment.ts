import type { Issue } from '../core/index.js';
import { checkCostMatrix, toMinimisationForm } from './costMatrix.js';
import type { CostMatrix } from './costMatrix.js';
import { messages } from './errors.js';
import { readFlag } from './options.js';
import { addViolation, readMatchingArray, readPotentials } from './violations.js';
import type { MatchingVerification, ViolationLog } from './violations.js';

/**
 * A one-to-one assignment to check, as {@link solveAssignment} returns it (spread its value in:
 * `{ kind: 'assignment', cost, ...result.value }`). `colToRow`, `total` and the potentials `u`, `v`
 * are optional; with `u` and `v` the optimality certificate is checked too.
 *
 * @category Verification
 * @example
 * const input: AssignmentToVerify = { kind: 'assignment', cost: [[1, 2], [2, 1]], rowToCol: [0, 1] };
 * input.kind //=> 'assignment'
 */
export interface AssignmentToVerify {
  readonly kind: 'assignment';
  readonly cost: CostMatrix;
  readonly rowToCol: Int32Array | readonly number[];
  readonly colToRow?: Int32Array | readonly number[];
  readonly total?: number;
  readonly maximize?: boolean;
  readonly u?: Float64Array | readonly number[];
  readonly v?: Float64Array | readonly number[];
}

/**
 * Checks a one-to-one assignment; structural problems go to `issues`, findings to `log`. Returns the
 * optimality conclusion, or `undefined` when the input is malformed.
 * @internal
 */
export function verifyAssignment(
  input: Readonly<Record<string, unknown>>,
  tolerance: number,
  log: ViolationLog,
  issues: Issue[],
): MatchingVerification['optimality'] | undefined {
  const maximize = readFlag(input, 'maximize', false, issues, []);
  const matrix = checkCostMatrix(input.cost, 'cost', maximize ? -Infinity : Infinity, issues);
  if (matrix === undefined) return undefined;
  const { rows: n, cols: m } = matrix;
  const rowToCol = readMatchingArray(input.rowToCol, n, 'rowToCol', issues);
  const colToRow = input.colToRow === undefined ? undefined : readMatchingArray(input.colToRow, m, 'colToRow', issues);
  const total = input.total;
  if (total !== undefined && typeof total !== 'number') issues.push({ path: ['total'], message: messages.notNumber() });
  const hasDuals = input.u !== undefined || input.v !== undefined;
  const u = hasDuals ? readPotentials(input.u, n, 'u', issues) : undefined;
  const v = hasDuals ? readPotentials(input.v, m, 'v', issues) : undefined;
  if (rowToCol === undefined || issues.length > 0) return undefined;

  const sign = maximize ? -1 : 1;
  const cost = toMinimisationForm(matrix, sign, false, Infinity);
  let scale = 1;
  for (let k = 0; k < cost.length; k++) {
    const c = Math.abs(cost[k] as number);
    if (c < Infinity && c > scale) scale = c;
  }
  const tol = tolerance * scale * Math.max(1, Math.sqrt(n + m));

  const owner = new Int32Array(m).fill(-1);
  let pairs = 0;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    if (j >= m) {
      addViolation(log, 'index-out-of-range', messages.violation.indexOutOfRange(i, j), ['rowToCol', i]);
      continue;
    }
    const c = cost[i * m + j] as number;
    if (!(c < Infinity)) addViolation(log, 'forbidden-pair', messages.violation.forbiddenPair(i, j), ['rowToCol', i]);
    else sum += sign * c;
    const first = owner[j] as number;
    if (first >= 0) {
      addViolation(log, 'column-used-twice', messages.violation.columnUsedTwice(j, first, i), ['rowToCol', i]);
      continue;
    }
    owner[j] = i;
    pairs++;
  }
  const required = Math.min(n, m);
  if (pairs < required) addViolation(log, 'not-full', messages.violation.notFull(pairs, required), ['rowToCol']);
  if (colToRow !== undefined) {
    for (let j = 0; j < m; j++) {
      if ((colToRow[j] as number) !== (owner[j] as number)) addViolation(log, 'inconsistent-inverse', messages.violation.inconsistentInverse(j), ['colToRow', j]);
    }
  }
  if (typeof total === 'number' && !(Math.abs(total - sum) <= tol)) {
    addViolation(log, 'total-mismatch', messages.violation.totalMismatch(total, sum), ['total']);
  }
  if (u === undefined || v === undefined) return 'not-checked';

  // Certificate, in minimisation form: u'[i] + v'[j] <= c'[i][j], tight on assigned pairs, and on the
  // longer side potentials <= 0 with 0 where unassigned.
  const before = log.count;
  for (let i = 0; i < n; i++) {
    const ui = sign * (u[i] as number);
    const base = i * m;
    const assigned = rowToCol[i] as number;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (!(c < Infinity)) continue;
      const slack = c - ui - sign * (v[j] as number);
      if (slack < -tol) addViolation(log, 'dual-infeasible', messages.violation.dualInfeasible(i, j, -slack), ['u', i]);
      else if (j === assigned && slack > tol) addViolation(log, 'dual-not-tight', messages.violation.dualNotTight(i, j, slack), ['u', i]);
    }
  }
  if (n < m) {
    for (let j = 0; j < m; j++) {
      const vj = sign * (v[j] as number);
      if (vj > tol || ((owner[j] as number) < 0 && vj < -tol)) addViolation(log, 'dual-sign', messages.violation.dualSign('column', j), ['v', j]);
    }
  } else if (n > m) {
    for (let i = 0; i < n; i++) {
      const ui = sign * (u[i] as number);
      if (ui > tol || ((rowToCol[i] as number) < 0 && ui < -tol)) addViolation(log, 'dual-sign', messages.violation.dualSign('row', i), ['u', i]);
    }
  }
  return log.count === before ? 'certified' : 'rejected';
}
