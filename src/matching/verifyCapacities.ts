import type { Issue } from '../core/index.js';
import { checkCapacities } from './capacities.js';
import type { Capacities } from './capacities.js';
import { checkCostMatrix, toMinimisationForm } from './costMatrix.js';
import type { CostMatrix } from './costMatrix.js';
import { messages } from './errors.js';
import { readFlag, readNumber } from './options.js';
import { addViolation, readMatchingArray, readPotentials } from './violations.js';
import type { MatchingVerification, ViolationLog } from './violations.js';

/**
 * A many-to-one assignment to check, as {@link assignWithCapacities} returns it (spread its value in:
 * `{ kind: 'capacities', score, capacities, ...result.value }`), with the same options that produced it.
 * With the potentials `u`, `v`, `w` the optimality certificate is checked too.
 *
 * @category Verification
 * @example
 * const input: CapacityAssignmentToVerify = { kind: 'capacities', score: [[3], [2]], capacities: [1], rowToCol: [0, -1] };
 * input.capacities //=> [1]
 */
export interface CapacityAssignmentToVerify {
  readonly kind: 'capacities';
  readonly score: CostMatrix;
  readonly capacities: Capacities;
  readonly rowToCol: Int32Array | readonly number[];
  readonly total?: number;
  readonly maximize?: boolean;
  readonly allowUnassigned?: boolean;
  readonly minScore?: number;
  readonly maxCost?: number;
  readonly u?: Float64Array | readonly number[];
  readonly v?: Float64Array | readonly number[];
  readonly w?: number;
}

/**
 * Checks a many-to-one assignment: usable pairs only, capacities, every row placed when required, no
 * augmenting path (as many rows as possible), the total, and the certificate when given.
 * @internal
 */
export function verifyCapacities(
  input: Readonly<Record<string, unknown>>,
  tolerance: number,
  log: ViolationLog,
  issues: Issue[],
): MatchingVerification['optimality'] | undefined {
  const maximize = readFlag(input, 'maximize', true, issues, []);
  const allowUnassigned = readFlag(input, 'allowUnassigned', true, issues, []);
  const minScore = readNumber(input, 'minScore', issues, []);
  const maxCost = readNumber(input, 'maxCost', issues, []);
  const matrix = checkCostMatrix(input.score, 'score', maximize ? -Infinity : Infinity, issues);
  if (matrix === undefined) return undefined;
  const { rows: n, cols: m } = matrix;
  const capacity = checkCapacities(input.capacities, m, 'capacities', issues);
  const rowToCol = readMatchingArray(input.rowToCol, n, 'rowToCol', issues);
  const total = input.total;
  if (total !== undefined && typeof total !== 'number') issues.push({ path: ['total'], message: messages.notNumber() });
  const hasDuals = input.u !== undefined || input.v !== undefined || input.w !== undefined;
  const u = hasDuals ? readPotentials(input.u, n, 'u', issues) : undefined;
  const v = hasDuals ? readPotentials(input.v, m, 'v', issues) : undefined;
  const w = input.w;
  if (hasDuals && (typeof w !== 'number' || !Number.isFinite(w))) issues.push({ path: ['w'], message: messages.badPotential() });
  if (capacity === undefined || rowToCol === undefined || issues.length > 0) return undefined;

  let ceiling = Infinity;
  if (allowUnassigned) {
    if (maximize && minScore !== undefined) ceiling = -minScore;
    if (!maximize && maxCost !== undefined) ceiling = maxCost;
  }
  const sign = maximize ? -1 : 1;
  const cost = toMinimisationForm(matrix, sign, false, ceiling);
  let scale = 1;
  for (let k = 0; k < cost.length; k++) {
    const c = Math.abs(cost[k] as number);
    if (c < Infinity && c > scale) scale = c;
  }
  const tol = tolerance * scale * Math.max(1, Math.sqrt(n + m));

  const used = new Int32Array(m);
  let sum = 0;
  let broken = false;
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j < 0) {
      if (!allowUnassigned) addViolation(log, 'not-full', messages.violation.rowLeftOut(i), ['rowToCol', i]);
      continue;
    }
    if (j >= m) {
      addViolation(log, 'index-out-of-range', messages.violation.indexOutOfRange(i, j), ['rowToCol', i]);
      broken = true;
      continue;
    }
    const c = cost[i * m + j] as number;
    if (!(c < Infinity)) {
      addViolation(log, 'forbidden-pair', messages.violation.forbiddenPair(i, j), ['rowToCol', i]);
      broken = true;
    } else {
      sum += sign * c;
    }
    used[j] = (used[j] as number) + 1;
  }
  for (let j = 0; j < m; j++) {
    if ((used[j] as number) > (capacity[j] as number)) {
      addViolation(log, 'capacity-exceeded', messages.violation.capacityExceeded(j, used[j] as number, capacity[j] as number), ['capacities', j]);
      broken = true;
    }
  }
  if (typeof total === 'number' && !(Math.abs(total - sum) <= tol)) {
    addViolation(log, 'total-mismatch', messages.violation.totalMismatch(total, sum), ['total']);
  }
  // As many rows as possible: no unassigned row reaches a column with room by alternating paths.
  if (!broken) {
    const row = findAugmentableRow(cost, n, m, capacity, rowToCol, used);
    if (row >= 0) addViolation(log, 'not-maximum', messages.violation.notMaximum(row), ['rowToCol', row]);
  }
  if (u === undefined || v === undefined || typeof w !== 'number') return 'not-checked';

  // Certificate, in minimisation form: u', v' <= 0; u'[i] + v'[j] + w' <= c'[i][j] on usable pairs,
  // tight on assigned pairs; u' = 0 on unassigned rows, v' = 0 on columns with room.
  const before = log.count;
  const ws = sign * w;
  for (let i = 0; i < n; i++) {
    const ui = sign * (u[i] as number);
    const assigned = rowToCol[i] as number;
    if (ui > tol || (assigned < 0 && ui < -tol)) addViolation(log, 'dual-sign', messages.violation.dualSign('row', i), ['u', i]);
    const base = i * m;
    for (let j = 0; j < m; j++) {
      const c = cost[base + j] as number;
      if (!(c < Infinity)) continue;
      const slack = c - ui - sign * (v[j] as number) - ws;
      if (slack < -tol) addViolation(log, 'dual-infeasible', messages.violation.dualInfeasible(i, j, -slack), ['u', i]);
      else if (j === assigned && slack > tol) addViolation(log, 'dual-not-tight', messages.violation.dualNotTight(i, j, slack), ['u', i]);
    }
  }
  for (let j = 0; j < m; j++) {
    const vj = sign * (v[j] as number);
    if (vj > tol || ((used[j] as number) < (capacity[j] as number) && vj < -tol)) addViolation(log, 'dual-sign', messages.violation.dualSign('column', j), ['v', j]);
  }
  return log.count === before ? 'certified' : 'rejected';
}

/**
 * Breadth-first search over alternating paths from every unassigned row at once: row → usable column;
 * a full column → the rows it holds. Returns an unassigned row from which a column with room can be
 * reached (so one more row could be assigned), or -1. O(rows · cols).
 */
function findAugmentableRow(
  cost: Float64Array,
  n: number,
  m: number,
  capacity: Int32Array,
  rowToCol: Int32Array,
  used: Int32Array,
): number {
  const origin = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let tail = 0;
  for (let i = 0; i < n; i++) {
    if ((rowToCol[i] as number) < 0) {
      origin[i] = i;
      queue[tail++] = i;
    }
  }
  if (tail === 0) return -1;
  // Rows of each column, to walk from a full column to the rows it holds.
  const start = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j >= 0) start[j + 1] = (start[j + 1] as number) + 1;
  }
  for (let j = 0; j < m; j++) start[j + 1] = (start[j + 1] as number) + (start[j] as number);
  const fill = start.slice(0, m);
  const held = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const j = rowToCol[i] as number;
    if (j < 0) continue;
    const at = fill[j] as number;
    fill[j] = at + 1;
    held[at] = i;
  }
  const seen = new Uint8Array(m);
  for (let head = 0; head < tail; head++) {
    const r = queue[head] as number;
    const base = r * m;
    for (let j = 0; j < m; j++) {
      if (seen[j] === 1 || !((cost[base + j] as number) < Infinity) || (capacity[j] as number) === 0) continue;
      seen[j] = 1;
      if ((used[j] as number) < (capacity[j] as number)) return origin[r] as number;
      for (let t = start[j] as number; t < (start[j + 1] as number); t++) {
        const q = held[t] as number;
        if ((origin[q] as number) < 0) {
          origin[q] = origin[r] as number;
          queue[tail++] = q;
        }
      }
    }
  }
  return -1;
}
