/**
 * A location inside an input value: object keys and array indices from the root, as zod reports them.
 *
 * @category Errors
 * @example
 * const where: Path = ['athletes', 12, 'dateOfBirth'];
 */
export type Path = readonly (string | number)[];

/**
 * One problem found in an input value, with the path that locates it.
 *
 * @category Errors
 */
export interface Issue {
  /** Where the problem is, from the root of the input (`[]` is the whole input). */
  readonly path: Path;
  /** A sentence a programme manager can read. */
  readonly message: string;
}

/**
 * The error every module returns: a `code` from the module's closed union, a readable `message`,
 * the `path` of the problem when there is one, and every problem found (`issues`) for invalid input.
 *
 * @category Errors
 */
export interface AcceleratorError<Code extends string = string> {
  readonly code: Code;
  readonly message: string;
  readonly path?: Path;
  readonly issues?: readonly Issue[];
}

/**
 * The error codes of the `core` module.
 *
 * - `invalid-input`: a value did not match its schema; `issues` lists every problem with its path.
 * - `currency-mismatch`: two amounts in different currencies were combined.
 * - `unknown-currency`: a currency code that is neither ISO 4217 nor registered.
 * - `invalid-amount`: an amount that is not a decimal number, or has more digits than the currency's minor unit.
 * - `invalid-ratios`: allocation ratios that are negative, not numbers, or all zero.
 * - `currency-conflict`: registering a currency code again with different minor units.
 *
 * @category Errors
 */
export type CoreErrorCode =
  | 'invalid-input'
  | 'currency-mismatch'
  | 'unknown-currency'
  | 'invalid-amount'
  | 'invalid-ratios'
  | 'currency-conflict';

/** An error of the `core` module. @category Errors */
export type CoreError = AcceleratorError<CoreErrorCode>;

/**
 * Thrown only for programmer errors that the types already forbid (for example adding amounts whose
 * currency types differ, or building `money()` from a literal that is not an amount). Data from outside
 * goes through the `parseX` functions, which return a {@link Result} instead of throwing.
 *
 * @category Errors
 */
export class AcceleratorUsageError extends Error {
  override readonly name = 'AcceleratorUsageError';
  readonly code: string;
  readonly path: Path | undefined;

  constructor(error: AcceleratorError) {
    super(error.message);
    this.code = error.code;
    this.path = error.path;
  }
}

/**
 * Formats a path the way a reader expects it: `athletes[12].dateOfBirth`.
 *
 * @category Errors
 * @example
 * formatPath(['athletes', 12, 'dateOfBirth']) //=> 'athletes[12].dateOfBirth'
 */
export function formatPath(path: Path): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text === '' ? '(root)' : text;
}
