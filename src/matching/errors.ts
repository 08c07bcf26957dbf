import { formatPath } from '../core/index.js';
import type { AcceleratorError, Issue, Path } from '../core/index.js';

/**
 * The error codes of the `matching` module (a closed union: a new code is a breaking change).
 *
 * - `invalid-input`: the input is malformed (a NaN or non-number cost, ragged rows, a data length that
 *   does not match `rows * cols`, `+Infinity` when maximising, a preference index out of range, a
 *   negative or fractional capacity, …). `path` names the first problem and `issues` lists them all.
 * - `infeasible`: no assignment of the required size avoids the forbidden pairs (for
 *   `solveAssignment`: no `min(rows, cols)` pairs; for `assignWithCapacities` with
 *   `allowUnassigned: false`: not every row can be placed).
 *
 * @category Errors
 * @example
 * const code: MatchingErrorCode = 'infeasible';
 * code //=> 'infeasible'
 */
export type MatchingErrorCode = 'invalid-input' | 'infeasible';

/**
 * An error of the `matching` module: a {@link MatchingErrorCode}, a readable message and, for
 * `invalid-input`, the path of the first problem and every issue found.
 *
 * @category Errors
 * @example
 * const error: MatchingError = { code: 'infeasible', message: 'No full assignment avoids the forbidden pairs.' };
 * error.code //=> 'infeasible'
 */
export type MatchingError = AcceleratorError<MatchingErrorCode>;

/**
 * What `verifyMatching` can find wrong with a matching (the codes of {@link MatchingViolation}).
 *
 * - `index-out-of-range`: a row is paired with a column (or receiver) that does not exist.
 * - `column-used-twice`: two rows share a column in a one-to-one assignment.
 * - `inconsistent-inverse`: `colToRow` does not mirror `rowToCol`.
 * - `forbidden-pair`: a pair marked forbidden (`±Infinity`) or below `minScore` is used.
 * - `capacity-exceeded`: a column or receiver holds more rows than its capacity.
 * - `not-full`: an assignment has fewer than `min(rows, cols)` pairs, or a row is left out while
 *   `allowUnassigned` is false.
 * - `not-maximum`: more rows could be assigned (an augmenting path exists).
 * - `total-mismatch`: the reported total is not the sum of the costs of the pairs.
 * - `unacceptable-pair`: a proposer is matched to a receiver that does not list it, or that it does not list.
 * - `blocking-pair`: a proposer and a receiver would both rather be matched to each other.
 * - `dual-infeasible`: the optimality certificate breaks `u[i] + v[j] <= cost[i][j]` (or `>=` when maximising).
 * - `dual-not-tight`: the certificate is not tight on an assigned pair.
 * - `dual-sign`: the certificate gives a non-zero potential where complementary slackness needs zero,
 *   or a potential of the wrong sign.
 *
 * @category Verification
 * @example
 * const code: MatchingViolationCode = 'blocking-pair';
 * code //=> 'blocking-pair'
 */
export type MatchingViolationCode =
  | 'index-out-of-range'
  | 'column-used-twice'
  | 'inconsistent-inverse'
  | 'forbidden-pair'
  | 'capacity-exceeded'
  | 'not-full'
  | 'not-maximum'
  | 'total-mismatch'
  | 'unacceptable-pair'
  | 'blocking-pair'
  | 'dual-infeasible'
  | 'dual-not-tight'
  | 'dual-sign';

/**
 * The readable sentences of the module, in one place. Functions, so each message can name the values.
 * @internal
 */
export const messages = {
  invalidInput: (where: string, first: string, more: number): string =>
    more === 0 ? `${where}: ${first}` : `${where}: ${first} (and ${more} more ${more === 1 ? 'problem' : 'problems'})`,
  notAnObject: (what: string): string => `Expected ${what}.`,
  notArray: (what: string): string => `Expected ${what} to be an array.`,
  raggedRow: (row: number, length: number, expected: number): string =>
    `Row ${row} has ${length} entries but row 0 has ${expected}; every row needs the same length.`,
  notNumber: (): string => 'Expected a number.',
  notANumber: (): string => 'NaN is not a cost; use Infinity (or -Infinity when maximising) to forbid a pair.',
  wrongInfinity: (maximize: boolean): string =>
    maximize
      ? '+Infinity is not allowed when maximising; a forbidden pair is -Infinity.'
      : '-Infinity is not allowed when minimising; a forbidden pair is Infinity.',
  tooLarge: (limit: number): string =>
    `Finite costs must lie within ±${limit.toExponential(0)} so that sums of them stay exact enough.`,
  badDimension: (name: string): string => `Expected ${name} to be a non-negative integer.`,
  tooManyCells: (limit: number): string => `The matrix has more than ${limit} cells.`,
  wrongDataLength: (length: number, expected: number): string =>
    `data has ${length} entries but rows * cols is ${expected}.`,
  notFloat64Array: (): string => 'Expected data to be a Float64Array.',
  badCapacity: (): string => 'A capacity must be a non-negative integer.',
  wrongCapacityCount: (length: number, expected: number): string =>
    `There are ${length} capacities but ${expected} columns or receivers.`,
  badOption: (name: string, expected: string): string => `Option ${name} must be ${expected}.`,
  badKind: (): string => "kind must be 'assignment', 'capacities' or 'stable'.",
  badIndex: (count: number): string => `Expected an integer from 0 to ${count - 1}.`,
  emptyRange: (): string => 'Expected no entries: there is nothing to refer to.',
  duplicateIndex: (index: number): string => `Index ${index} appears twice in the same list.`,
  badMatchingLength: (length: number, expected: number): string =>
    `The matching has ${length} entries but there are ${expected}.`,
  badMatchingEntry: (): string => 'Expected -1 (unassigned) or a non-negative integer index.',
  badPotential: (): string => 'Expected a finite number.',
  infeasibleAssignment: (): string =>
    'No full assignment avoids the forbidden pairs: some rows or columns cannot all be paired.',
  infeasibleCapacities: (unassigned: number): string =>
    unassigned === 1
      ? '1 row cannot be assigned without breaking a capacity or using a forbidden pair.'
      : `${unassigned} rows cannot be assigned without breaking a capacity or using a forbidden pair.`,
  rematch: {
    optimalOnly: (name: string): string => `Option ${name} is used only with method 'optimal'.`,
    badEntry: (cols: number): string => `Expected -1 (no column) or an integer from 0 to ${cols - 1}.`,
    noColumns: (): string => 'Expected -1: there are no columns.',
    wrongShape: (rows: number, cols: number, expectedRows: number, expectedCols: number): string =>
      `The new score matrix is ${rows} x ${cols} but the previous one is ${expectedRows} x ${expectedCols}; drop rows and columns with droppedRows and droppedCols instead.`,
    resolutionTooFine: (rows: number, cols: number): string =>
      `Scores at this resolution are too large to compare exactly for a ${rows} x ${cols} problem; pass a coarser resolution.`,
    rowDropped: (row: number): string => `Row ${row} was dropped.`,
    colDropped: (col: number): string => `Column ${col} was dropped.`,
    pairNotAllowed: (row: number, col: number): string => `The pair of row ${row} and column ${col} is no longer allowed.`,
    capacityReduced: (col: number, held: number, capacity: number): string =>
      `Column ${col} had ${held} of its rows left but its capacity is now ${capacity}.`,
    displaced: (): string => 'Moved so that the new matching stays optimal (or stable) after the change.',
  },
  violation: {
    indexOutOfRange: (row: number, col: number): string => `Row ${row} is paired with ${col}, which does not exist.`,
    columnUsedTwice: (col: number, first: number, second: number): string =>
      `Column ${col} is given to both row ${first} and row ${second}.`,
    inconsistentInverse: (col: number): string => `colToRow[${col}] does not mirror rowToCol.`,
    forbiddenPair: (row: number, col: number): string => `Row ${row} is paired with column ${col}, a forbidden pair.`,
    capacityExceeded: (col: number, used: number, capacity: number): string =>
      `Column ${col} holds ${used} rows but its capacity is ${capacity}.`,
    notFull: (pairs: number, required: number): string =>
      `The assignment has ${pairs} pairs but ${required} are required.`,
    rowLeftOut: (row: number): string => `Row ${row} is unassigned although allowUnassigned is false.`,
    notMaximum: (row: number): string =>
      `Row ${row} is unassigned but could be added by moving other rows (an augmenting path exists).`,
    totalMismatch: (reported: number, actual: number): string =>
      `The reported total ${reported} differs from the sum of the pairs, ${actual}.`,
    unacceptablePair: (proposer: number, receiver: number): string =>
      `Proposer ${proposer} is matched to receiver ${receiver}, but they do not both list each other.`,
    receiverOverfull: (receiver: number, used: number, capacity: number): string =>
      `Receiver ${receiver} holds ${used} proposers but its capacity is ${capacity}.`,
    blockingPair: (proposer: number, receiver: number): string =>
      `Proposer ${proposer} and receiver ${receiver} would both rather be matched to each other.`,
    dualInfeasible: (row: number, col: number, slack: number): string =>
      `The potentials of row ${row} and column ${col} exceed the pair's cost by ${slack}.`,
    dualNotTight: (row: number, col: number, slack: number): string =>
      `The assigned pair (${row}, ${col}) has slack ${slack}; complementary slackness needs 0.`,
    dualSign: (what: string, index: number): string => `The potential of ${what} ${index} breaks complementary slackness.`,
    dualLength: (what: string, expected: number): string => `The ${what} potentials must have ${expected} entries.`,
  },
} as const;

/** Builds an `invalid-input` error from a non-empty list of issues. @internal */
export function invalidInput(issues: readonly Issue[]): MatchingError {
  const first = issues[0];
  const path: Path = first === undefined ? [] : first.path;
  const message = messages.invalidInput(formatPath(path), first === undefined ? 'invalid input.' : first.message, issues.length - 1);
  return { code: 'invalid-input', message, path, issues };
}
