import { err, ok } from '../core/index.js';
import type { Issue, Path, Result } from '../core/index.js';
import { assignWithCapacities } from './assignWithCapacities.js';
import { checkCapacities } from './capacities.js';
import type { Capacities } from './capacities.js';
import { cellOf, checkCostMatrix, MAX_ISSUES } from './costMatrix.js';
import type { CheckedMatrix, CostMatrix } from './costMatrix.js';
import { invalidInput, messages } from './errors.js';
import type { MatchingError } from './errors.js';
import { readFlag, readNumber, readOptions } from './options.js';
import { chooseResolution, largestUsefulBonus, lexicographicScores, unitTotal } from './rematchScores.js';
import type { Gains, Resolution } from './rematchScores.js';
import { stableMatch } from './stableMatch.js';

/**
 * The matching in place before a change, with the problem it was made for: the score (or cost) matrix,
 * the capacities and `rowToCol` (`-1` for a row without a column). `rowToCol` may be any matching of
 * that shape (from {@link assignWithCapacities}, {@link stableMatch} or made by hand).
 *
 * @category Re-matching
 * @example
 * const previous: PreviousMatching = { score: [[9, 1], [8, 2]], capacities: [1, 1], rowToCol: [0, 1] };
 * previous.rowToCol[1] //=> 1
 */
export interface PreviousMatching {
  readonly score: CostMatrix;
  readonly capacities: Capacities;
  readonly rowToCol: readonly number[] | Int32Array;
}

/**
 * What changed since the previous matching. Indices stay those of the previous problem, so the report
 * can name every row and column as before: a dropped row (an athlete who left) is never assigned, a
 * dropped column (a mentor who left) takes no one. `capacities` and `score`, when given, replace the
 * previous ones and must have the same shape (a pair newly forbidden is `-Infinity` in `score` when
 * maximising, `Infinity` when minimising).
 *
 * @category Re-matching
 * @example
 * const change: MatchingChange = { droppedCols: [0], capacities: [1, 2] };
 * change.droppedCols?.[0] //=> 0
 */
export interface MatchingChange {
  readonly droppedRows?: readonly number[];
  readonly droppedCols?: readonly number[];
  readonly capacities?: Capacities;
  readonly score?: CostMatrix;
}

/**
 * Options of {@link rematch}.
 *
 * @category Re-matching
 * @example
 * const options: RematchOptions = { maxLoss: 0.5 };
 * options.maxLoss //=> 0.5
 */
export interface RematchOptions {
  /**
   * `'optimal'` (default): as many rows assigned as possible, then the best total, then as few previous
   * pairs moved as possible. `'stable'`: deferred acceptance on preferences derived from the scores, ties
   * broken in favour of the previous partner.
   */
  readonly method?: 'optimal' | 'stable';
  /** Whether the matrix holds scores to maximise (default `true`) or costs to minimise. */
  readonly maximize?: boolean;
  /** `'optimal'` only: whether a row may stay unassigned (default `true`; see {@link AssignWithCapacitiesOptions}). */
  readonly allowUnassigned?: boolean;
  /** When maximising: pairs scoring below this are never used (a previous pair below it must move). */
  readonly minScore?: number;
  /** When minimising: pairs costing more than this are never used. */
  readonly maxCost?: number;
  /**
   * `'optimal'` only: the total score the caller accepts to lose (default `0`) to keep more previous
   * pairs. The result keeps the most pairs found by a search over a per-pair "keep bonus"; its `loss` is
   * never above `maxLoss` (counted in units of `resolution`: when `rounded` is true, the loss in the
   * given scores may differ from it by less than `rows * resolution`).
   */
  readonly maxLoss?: number;
  /**
   * `'optimal'` only: the unit scores are compared in. By default the coarsest needed: scores that are
   * decimals of up to 9 places are compared exactly; others are rounded to the finest power of ten that
   * keeps the computation exact for the problem's size (the result says which, and whether anything was
   * rounded).
   */
  readonly resolution?: number;
}

/**
 * A previous pair kept as it was.
 *
 * @category Re-matching
 * @example
 * const pair: RematchPair = { row: 0, col: 1 };
 * pair.col //=> 1
 */
export interface RematchPair {
  readonly row: number;
  readonly col: number;
}

/**
 * Why a previous pair did not survive the change:
 *
 * - `row-dropped`: the row (athlete) left.
 * - `col-dropped`: the column (mentor) left.
 * - `pair-not-allowed`: the pair is now forbidden, or below `minScore` (above `maxCost`).
 * - `capacity-reduced`: the column's capacity fell below the number of its previous rows still present.
 * - `displaced`: none of the above; the row moved so that the new matching is optimal (more rows
 *   assigned, or a better total, after another row's move) or stable.
 *
 * @category Re-matching
 * @example
 * const code: RematchReasonCode = 'col-dropped';
 * code //=> 'col-dropped'
 */
export type RematchReasonCode = 'row-dropped' | 'col-dropped' | 'pair-not-allowed' | 'capacity-reduced' | 'displaced';

/**
 * A row that had column `from` and now has column `to`, with the reason.
 *
 * @category Re-matching
 * @example
 * const move: RematchMove = { row: 2, from: 0, to: 1, code: 'col-dropped', reason: 'column 0 was dropped' };
 * move.to //=> 1
 */
export interface RematchMove {
  readonly row: number;
  readonly from: number;
  readonly to: number;
  readonly code: RematchReasonCode;
  readonly reason: string;
}

/**
 * A row that had column `from` and now has none, with the reason.
 *
 * @category Re-matching
 * @example
 * const left: RematchUnassigned = { row: 3, from: 0, code: 'row-dropped', reason: 'row 3 was dropped' };
 * left.code //=> 'row-dropped'
 */
export interface RematchUnassigned {
  readonly row: number;
  readonly from: number;
  readonly code: RematchReasonCode;
  readonly reason: string;
}

/**
 * The result of {@link rematch}: the new matching and what changed, each list in row order.
 *
 * - `kept`: previous pairs that stay; `moved`: rows with a new column; `unassigned`: rows that lost their
 *   column and got none; `added`: rows that had no column and now have one.
 * - `total`: the sum of the new pairs' scores (costs), as given.
 * - `loss`: how much worse `total` is than the best total (0 unless `maxLoss` allowed a loss; 0 for `'stable'`).
 * - `resolution`, `rounded`: the unit the optimal method compared scores in, and whether some score had
 *   to be rounded to it (`0` and `false` for `'stable'`).
 *
 * @category Re-matching
 */
export interface Rematching {
  readonly method: 'optimal' | 'stable';
  readonly rowToCol: Int32Array;
  readonly total: number;
  readonly kept: readonly RematchPair[];
  readonly moved: readonly RematchMove[];
  readonly unassigned: readonly RematchUnassigned[];
  readonly added: readonly RematchPair[];
  readonly loss: number;
  readonly resolution: number;
  readonly rounded: boolean;
}

/** The checked input, in the orientation "bigger gain is better". */
interface Problem {
  readonly rows: number;
  readonly cols: number;
  readonly previous: Int32Array;
  readonly previousCapacities: Int32Array;
  readonly capacities: Int32Array;
  readonly score: CheckedMatrix;
  readonly maximize: boolean;
  readonly droppedRow: Uint8Array;
  readonly droppedCol: Uint8Array;
  readonly gains: Gains;
}

interface Settings {
  readonly method: 'optimal' | 'stable';
  readonly maximize: boolean;
  readonly allowUnassigned: boolean;
  readonly threshold: number | undefined;
  readonly maxLoss: number;
  readonly resolution: number | undefined;
}

function prefixed(issues: readonly Issue[], prefix: string): Issue[] {
  return issues.map((issue) => ({ path: [prefix, ...issue.path] as Path, message: issue.message }));
}

function readSettings(options: unknown, issues: Issue[]): Settings {
  const record = readOptions(options, issues) ?? {};
  const method = record.method ?? 'optimal';
  if (method !== 'optimal' && method !== 'stable') {
    issues.push({ path: ['options', 'method'], message: messages.badOption('method', "'optimal' or 'stable'") });
  }
  const maximize = readFlag(record, 'maximize', true, issues);
  const allowUnassigned = readFlag(record, 'allowUnassigned', true, issues);
  const minScore = readNumber(record, 'minScore', issues);
  const maxCost = readNumber(record, 'maxCost', issues);
  const maxLoss = readNumber(record, 'maxLoss', issues);
  const resolution = readNumber(record, 'resolution', issues);
  if (minScore !== undefined && !maximize) {
    issues.push({ path: ['options', 'minScore'], message: messages.badOption('minScore', 'used only when maximising (use maxCost)') });
  }
  if (maxCost !== undefined && maximize) {
    issues.push({ path: ['options', 'maxCost'], message: messages.badOption('maxCost', 'used only when minimising (use minScore)') });
  }
  if (maxLoss !== undefined && !(maxLoss >= 0 && Number.isFinite(maxLoss))) {
    issues.push({ path: ['options', 'maxLoss'], message: messages.badOption('maxLoss', 'a finite number of at least 0') });
  }
  if (resolution !== undefined && !(resolution > 0 && Number.isFinite(resolution))) {
    issues.push({ path: ['options', 'resolution'], message: messages.badOption('resolution', 'a finite number above 0') });
  }
  if (method === 'stable') {
    for (const name of ['maxLoss', 'resolution'] as const) {
      if (record[name] !== undefined) issues.push({ path: ['options', name], message: messages.rematch.optimalOnly(name) });
    }
    if (!allowUnassigned) issues.push({ path: ['options', 'allowUnassigned'], message: messages.rematch.optimalOnly('allowUnassigned') });
  }
  return {
    method: method === 'stable' ? 'stable' : 'optimal',
    maximize,
    allowUnassigned,
    threshold: maximize ? minScore : maxCost,
    maxLoss: maxLoss ?? 0,
    resolution,
  };
}

/** Checks a list of row or column indices; returns a 0/1 mark per index. */
function readIndexList(input: unknown, count: number, name: string, issues: Issue[]): Uint8Array {
  const marks = new Uint8Array(count);
  if (input === undefined) return marks;
  if (!Array.isArray(input)) {
    issues.push({ path: ['change', name], message: messages.notArray(name) });
    return marks;
  }
  (input as readonly unknown[]).forEach((value, k) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= count) {
      if (issues.length < MAX_ISSUES) {
        issues.push({ path: ['change', name, k], message: count === 0 ? messages.emptyRange() : messages.badIndex(count) });
      }
      return;
    }
    marks[value] = 1;
  });
  return marks;
}

function readPrevious(input: unknown, rows: number, cols: number, issues: Issue[]): Int32Array | undefined {
  if (!Array.isArray(input) && !(input instanceof Int32Array)) {
    issues.push({ path: ['previous', 'rowToCol'], message: messages.notArray('rowToCol') });
    return undefined;
  }
  const list = input as ArrayLike<unknown>;
  if (list.length !== rows) {
    issues.push({ path: ['previous', 'rowToCol'], message: messages.badMatchingLength(list.length, rows) });
    return undefined;
  }
  const out = new Int32Array(rows);
  for (let i = 0; i < rows; i++) {
    const value = list[i];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -1 || value >= cols) {
      if (issues.length < MAX_ISSUES) issues.push({ path: ['previous', 'rowToCol', i], message: cols === 0 ? messages.rematch.noColumns() : messages.rematch.badEntry(cols) });
      continue;
    }
    out[i] = value;
  }
  return out;
}

function readProblem(previous: unknown, change: unknown, settings: Settings, issues: Issue[]): Problem | undefined {
  const forbidden = settings.maximize ? -Infinity : Infinity;
  if (typeof previous !== 'object' || previous === null || Array.isArray(previous)) {
    issues.push({ path: ['previous'], message: messages.notAnObject('previous to be { score, capacities, rowToCol }') });
    return undefined;
  }
  const before = (change ?? {}) as unknown;
  if (typeof before !== 'object' || before === null || Array.isArray(before)) {
    issues.push({ path: ['change'], message: messages.notAnObject('change to be an object') });
    return undefined;
  }
  const prev = previous as Readonly<Record<string, unknown>>;
  const next = before as Readonly<Record<string, unknown>>;
  const local: Issue[] = [];
  const oldScore = checkCostMatrix(prev.score, 'score', forbidden, local);
  const oldCaps = oldScore === undefined ? undefined : checkCapacities(prev.capacities, oldScore.cols, 'capacities', local);
  issues.push(...prefixed(local, 'previous'));
  if (oldScore === undefined || oldCaps === undefined) return undefined;
  const { rows, cols } = oldScore;
  const rowToCol = readPrevious(prev.rowToCol, rows, cols, issues);

  const changed: Issue[] = [];
  let score = oldScore;
  if (next.score !== undefined) {
    const newScore = checkCostMatrix(next.score, 'score', forbidden, changed);
    if (newScore !== undefined && (newScore.rows !== rows || newScore.cols !== cols)) {
      changed.push({ path: ['score'], message: messages.rematch.wrongShape(newScore.rows, newScore.cols, rows, cols) });
    } else if (newScore !== undefined) score = newScore;
  }
  const capacities = next.capacities === undefined ? oldCaps : checkCapacities(next.capacities, cols, 'capacities', changed);
  issues.push(...prefixed(changed, 'change'));
  const droppedRow = readIndexList(next.droppedRows, rows, 'droppedRows', issues);
  const droppedCol = readIndexList(next.droppedCols, cols, 'droppedCols', issues);
  if (rowToCol === undefined || capacities === undefined || issues.length > 0) return undefined;

  const caps = Int32Array.from(capacities);
  for (let j = 0; j < cols; j++) if (droppedCol[j] === 1) caps[j] = 0;
  const gains = gainsOf(score, settings, droppedRow);
  return { rows, cols, previous: rowToCol, previousCapacities: oldCaps, capacities: caps, score, maximize: settings.maximize, droppedRow, droppedCol, gains };
}

/** The gain of every pair (bigger is better), `-Infinity` where the new problem does not allow it. */
function gainsOf(score: CheckedMatrix, settings: Settings, droppedRow: Uint8Array): Gains {
  const { rows, cols } = score;
  const sign = settings.maximize ? 1 : -1;
  const threshold = settings.allowUnassigned && settings.threshold !== undefined ? sign * settings.threshold : -Infinity;
  const gain = new Float64Array(rows * cols);
  let largest = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const g = sign * cellOf(score, i, j);
      const usable = droppedRow[i] === 0 && g > -Infinity && g >= threshold;
      gain[base + j] = usable ? g : -Infinity;
      if (usable && Math.abs(g) > largest) largest = Math.abs(g);
    }
  }
  return { rows, cols, gain, largest };
}

/** One optimal solve with a keep bonus of `bonus` units: the matching and its total in units. */
function solveWithBonus(problem: Problem, settings: Settings, resolution: Resolution, bonus: number): Result<{ rowToCol: Int32Array; units: number }, MatchingError> {
  const { rows, cols, gains, previous, capacities } = problem;
  const data = lexicographicScores(gains, resolution.resolution, previous, bonus);
  const solved = assignWithCapacities({ rows, cols, data }, capacities, { allowUnassigned: settings.allowUnassigned });
  if (!solved.ok) return solved;
  return ok({ rowToCol: solved.value.rowToCol, units: unitTotal(gains, resolution.resolution, solved.value.rowToCol) });
}

interface OptimalSolution {
  readonly rowToCol: Int32Array;
  /** The matching of the best total (the same as `rowToCol` unless `maxLoss` allowed a loss). */
  readonly best: Int32Array;
  readonly resolution: Resolution;
}

function solveOptimal(problem: Problem, settings: Settings): Result<OptimalSolution, MatchingError> {
  const resolution = chooseResolution(problem.gains, settings.resolution, settings.maxLoss > 0);
  if (resolution === undefined) {
    const path: Path = ['options', 'resolution'];
    return err(invalidInput([{ path, message: messages.rematch.resolutionTooFine(problem.rows, problem.cols) }]));
  }
  const best = solveWithBonus(problem, settings, resolution, 0);
  if (!best.ok) return best;
  const found = (rowToCol: Int32Array): Result<OptimalSolution, MatchingError> => ok({ rowToCol, best: best.value.rowToCol, resolution });
  if (settings.maxLoss === 0) return found(best.value.rowToCol);
  // The keep bonus trades total for kept pairs; the loss only grows with it, so the largest bonus whose
  // loss stays within maxLoss is found by bisection (each step one solve).
  const budget = Math.floor(settings.maxLoss / resolution.resolution + 1e-9);
  let low = best.value;
  let lowBonus = 0;
  let highBonus = largestUsefulBonus(problem.rows, resolution);
  const top = solveWithBonus(problem, settings, resolution, highBonus);
  if (!top.ok) return top;
  if (best.value.units - top.value.units <= budget) return found(top.value.rowToCol);
  while (highBonus - lowBonus > 1) {
    const middle = lowBonus + Math.floor((highBonus - lowBonus) / 2);
    const trial = solveWithBonus(problem, settings, resolution, middle);
    if (!trial.ok) return trial;
    if (best.value.units - trial.value.units <= budget) {
      low = trial.value;
      lowBonus = middle;
    } else {
      highBonus = middle;
    }
  }
  return found(low.rowToCol);
}

/**
 * Preference lists from the new scores for deferred acceptance: each side lists the acceptable partners
 * by gain, ties broken in favour of the previous partner, then by index.
 */
function stablePreferences(problem: Problem): { rowsPrefs: number[][]; colsPrefs: number[][] } {
  const { rows, cols, gains, previous } = problem;
  const { gain } = gains;
  const rowsPrefs: number[][] = [];
  const colsPrefs: number[][] = Array.from({ length: cols }, () => []);
  for (let i = 0; i < rows; i++) {
    const list: number[] = [];
    for (let j = 0; j < cols; j++) {
      if ((gain[i * cols + j] as number) === -Infinity) continue;
      list.push(j);
      (colsPrefs[j] as number[]).push(i);
    }
    const was = previous[i] as number;
    list.sort((a, b) => (gain[i * cols + b] as number) - (gain[i * cols + a] as number) || Number(b === was) - Number(a === was) || a - b);
    rowsPrefs.push(list);
  }
  colsPrefs.forEach((list, j) =>
    list.sort(
      (a, b) =>
        (gain[b * cols + j] as number) - (gain[a * cols + j] as number) || Number(previous[b] === j) - Number(previous[a] === j) || a - b,
    ),
  );
  return { rowsPrefs, colsPrefs };
}

/** Why the previous pair (row, from) did not survive. */
function reasonFor(problem: Problem, row: number, from: number, stillThere: Int32Array): { code: RematchReasonCode; reason: string } {
  if (problem.droppedRow[row] === 1) return { code: 'row-dropped', reason: messages.rematch.rowDropped(row) };
  if (problem.droppedCol[from] === 1) return { code: 'col-dropped', reason: messages.rematch.colDropped(from) };
  if ((problem.gains.gain[row * problem.cols + from] as number) === -Infinity) {
    return { code: 'pair-not-allowed', reason: messages.rematch.pairNotAllowed(row, from) };
  }
  const capacity = problem.capacities[from] as number;
  const held = stillThere[from] as number;
  if (capacity < held && capacity < (problem.previousCapacities[from] as number)) {
    return { code: 'capacity-reduced', reason: messages.rematch.capacityReduced(from, held, capacity) };
  }
  return { code: 'displaced', reason: messages.rematch.displaced() };
}

function report(problem: Problem, settings: Settings, rowToCol: Int32Array, loss: number, resolution: Resolution | undefined): Rematching {
  const { rows, cols, previous, score } = problem;
  // How many previous rows each column still has after the drop-outs (to tell a capacity cut).
  const stillThere = new Int32Array(cols);
  for (let i = 0; i < rows; i++) {
    const j = previous[i] as number;
    if (j >= 0 && problem.droppedRow[i] === 0) stillThere[j] = (stillThere[j] as number) + 1;
  }
  const kept: RematchPair[] = [];
  const moved: RematchMove[] = [];
  const unassigned: RematchUnassigned[] = [];
  const added: RematchPair[] = [];
  let total = 0;
  for (let i = 0; i < rows; i++) {
    const from = previous[i] as number;
    const to = rowToCol[i] as number;
    if (to >= 0) total += cellOf(score, i, to);
    if (from < 0) {
      if (to >= 0) added.push({ row: i, col: to });
    } else if (from === to) {
      kept.push({ row: i, col: to });
    } else if (to >= 0) {
      moved.push({ row: i, from, to, ...reasonFor(problem, i, from, stillThere) });
    } else {
      unassigned.push({ row: i, from, ...reasonFor(problem, i, from, stillThere) });
    }
  }
  return {
    method: settings.method,
    rowToCol,
    total,
    kept,
    moved,
    unassigned,
    added,
    loss,
    resolution: resolution?.resolution ?? 0,
    rounded: resolution?.rounded ?? false,
  };
}

/**
 * Re-matches after a change — a row (athlete) or column (mentor) dropped out, capacities changed, or
 * scores changed — moving as few previous pairs as possible, and reports what moved and why.
 *
 * With `method: 'optimal'` (default) the new matching is, in this order: as large as possible, then of
 * the best total, then keeps the most previous pairs — stability never costs score. Precisely, every
 * pair's score is counted in whole units of a resolution `r` (exactly, for decimals of up to 9 places)
 * and a previous pair gets a bonus of one unit of a finer scale: with `K = rows + 1`, the solver
 * maximises `K * units(score) + (1 if the pair is a previous one)`; as fewer than `K` pairs can be
 * kept, the bonus can never outweigh a single unit of total score, and all of it stays an exact
 * integer in double precision. `maxLoss` relaxes the order: it accepts a total at most that much below
 * the best to keep more pairs (a bisection over a larger per-pair bonus). With `method: 'stable'`,
 * deferred acceptance runs again on preferences derived from the new scores, each side ranking its
 * previous partner first among equals, and the report lists which pairs changed.
 *
 * Inputs are validated (`invalid-input` with paths such as `['change', 'droppedRows', 0]` or
 * `['previous', 'rowToCol', 3]`) and never modified; with `allowUnassigned: false` the result may be
 * `infeasible`.
 *
 * @category Re-matching
 * @example
 * // Mentor 0 leaves: athlete 0 moves to mentor 1; athlete 2 keeps mentor 2.
 * const previous = { score: [[9, 8, 1], [1, 7, 1], [1, 1, 6]], capacities: [1, 2, 1], rowToCol: [0, 1, 2] };
 * const r = rematch(previous, { droppedCols: [0] });
 * r.ok && [...r.value.rowToCol] //=> [1, 1, 2]
 * r.ok && r.value.moved //=> [{ row: 0, from: 0, to: 1, code: 'col-dropped', reason: 'Column 0 was dropped.' }]
 * r.ok && r.value.kept.length //=> 2
 */
export function rematch(previous: PreviousMatching, change: MatchingChange, options?: RematchOptions): Result<Rematching, MatchingError> {
  const issues: Issue[] = [];
  const settings = readSettings(options, issues);
  const problem = readProblem(previous, change, settings, issues);
  if (problem === undefined || issues.length > 0) return err(invalidInput(issues));

  if (settings.method === 'stable') {
    const prefs = stablePreferences(problem);
    const solved = stableMatch(prefs.rowsPrefs, prefs.colsPrefs, problem.capacities);
    if (!solved.ok) return solved;
    return ok(report(problem, settings, solved.value.proposerToReceiver, 0, undefined));
  }
  if (problem.rows === 0 || problem.cols === 0) {
    const empty = new Int32Array(problem.rows).fill(-1);
    if (!settings.allowUnassigned && problem.rows > 0) return err({ code: 'infeasible', message: messages.infeasibleCapacities(problem.rows) });
    return ok(report(problem, settings, empty, 0, { resolution: 1, rounded: false, qMax: 0, qMin: 0 }));
  }
  const solved = solveOptimal(problem, settings);
  if (!solved.ok) return solved;
  const { rowToCol, best: bestRowToCol, resolution } = solved.value;
  const result = report(problem, settings, rowToCol, 0, resolution);
  if (rowToCol === bestRowToCol) return ok(result);
  const best = report(problem, settings, bestRowToCol, 0, resolution);
  const loss = settings.maximize ? best.total - result.total : result.total - best.total;
  return ok({ ...result, loss: loss > 0 ? loss : 0 });
}
