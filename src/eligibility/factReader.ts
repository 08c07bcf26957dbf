/**
 * Reads the value at a pre-split fact path; `undefined` when the path does not lead to a value.
 * Internal to the evaluator.
 */
export type FactReader = (facts: unknown) => unknown;

const hasOwn = Object.hasOwn;

function step(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Compiles a dotted fact path into a reader. The reader follows own properties only (`Object.hasOwn`), so
 * `constructor`, `__proto__` or `toString` never reach `Object.prototype`; array elements are own
 * properties named by their index (`participations.0.year`), as is an array's `length`. Anything that is
 * not an object on the way makes the fact absent. Paths of one to three segments get unrolled readers.
 *
 * @category Rule language
 * @example
 * compileFactReader('athlete.country')({ athlete: { country: 'KE' } }) //=> 'KE'
 * compileFactReader('athlete.constructor')({ athlete: {} }) //=> undefined
 */
export function compileFactReader(path: string): FactReader {
  const segments = path.split('.');
  const [a = '', b = '', c = ''] = segments;
  switch (segments.length) {
    case 1:
      return (facts) => step(facts, a);
    case 2:
      return (facts) => step(step(facts, a), b);
    case 3:
      return (facts) => step(step(step(facts, a), b), c);
    default:
      return (facts) => {
        let value = facts;
        for (const segment of segments) {
          value = step(value, segment);
          if (value === undefined) return undefined;
        }
        return value;
      };
  }
}
