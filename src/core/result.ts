/**
 * The outcome of an operation that can fail for a domain reason: either `{ ok: true, value }` or
 * `{ ok: false, error }`. Business-rule failures are values, never exceptions.
 *
 * @category Result
 * @example
 * const r: Result<number, string> = ok(3);
 * if (r.ok) console.log(r.value); //=> 3
 */
export type Result<T, E> = Ok<T> | Err<E>;

/** The success branch of a {@link Result}. @category Result */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
}

/** The failure branch of a {@link Result}. @category Result */
export interface Err<E> {
  readonly ok: false;
  readonly error: E;
}

/**
 * Wraps a value as a successful {@link Result}.
 *
 * @category Result
 * @example
 * ok(42) //=> { ok: true, value: 42 }
 */
export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

/**
 * Wraps an error as a failed {@link Result}.
 *
 * @category Result
 * @example
 * err({ code: 'infeasible', message: 'No assignment avoids the forbidden pairs.' })
 * //=> { ok: false, error: { code: 'infeasible', message: 'No assignment avoids the forbidden pairs.' } }
 */
export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

/**
 * Applies `fn` to the value of a successful result; passes a failure through unchanged.
 *
 * @category Result
 * @example
 * mapResult(ok(2), (n) => n * 10) //=> { ok: true, value: 20 }
 */
export function mapResult<T, U, E>(result: Result<T, E>, fn: (value: T) => U): Result<U, E> {
  return result.ok ? ok(fn(result.value)) : result;
}

/**
 * Applies `fn` to the error of a failed result; passes a success through unchanged.
 *
 * @category Result
 * @example
 * mapError(err('boom'), (e) => e.toUpperCase()) //=> { ok: false, error: 'BOOM' }
 */
export function mapError<T, E, F>(result: Result<T, E>, fn: (error: E) => F): Result<T, F> {
  return result.ok ? result : err(fn(result.error));
}

/**
 * Chains a step that can itself fail: calls `fn` with the value of a success, passes a failure through.
 *
 * @category Result
 * @example
 * andThen(ok(4), (n) => (n > 0 ? ok(Math.sqrt(n)) : err('negative'))) //=> { ok: true, value: 2 }
 */
export function andThen<T, U, E, F>(
  result: Result<T, E>,
  fn: (value: T) => Result<U, F>,
): Result<U, E | F> {
  return result.ok ? fn(result.value) : result;
}

/**
 * The value of a success, or `fallback` for a failure.
 *
 * @category Result
 * @example
 * unwrapOr(err('missing'), 0) //=> 0
 */
export function unwrapOr<T, U>(result: Result<T, unknown>, fallback: U): T | U {
  return result.ok ? result.value : fallback;
}

/**
 * Collects a list of results into one: the list of values if all succeeded, otherwise the first error.
 *
 * @category Result
 * @example
 * combine([ok(1), ok(2)]) //=> { ok: true, value: [1, 2] }
 */
export function combine<T, E>(results: readonly Result<T, E>[]): Result<T[], E> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return ok(values);
}
