/**
 * Freezes a plain value and everything it holds, so that a catalogue the library has validated cannot
 * change behind its back. @internal
 *
 * @category Curriculum
 * @example
 * Object.isFrozen(freezeDeep({ a: [1] }).a) //=> true
 */
export function freezeDeep<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) freezeDeep((value as Record<string, unknown>)[key]);
  }
  return value;
}
