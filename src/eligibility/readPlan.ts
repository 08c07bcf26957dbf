/**
 * All the fact paths a compiled rule reads, merged into a tree of prefixes so that each distinct prefix is
 * read once per evaluation (`athlete` once, then `athlete.age`, `athlete.country`, … from it). Internal to
 * the evaluator.
 */
export interface ReadPlan {
  /** The slot that holds the value of a path (the path must have been given to {@link createReadPlan}). */
  readonly slotOf: (path: string) => number;
  /** Reads every planned path from the facts, own properties only; absent values are `undefined`. */
  readonly read: (facts: unknown) => unknown[];
}

const hasOwn = Object.hasOwn;

/**
 * Plans the reading of a set of dotted fact paths. Reading follows own properties only (`Object.hasOwn`),
 * so `constructor`, `__proto__` or `toString` never reach `Object.prototype`; array elements are own
 * properties named by their index (`participations.0.year`), as is an array's `length`; anything that is
 * not an object on the way makes the rest of the path absent.
 *
 * @category Rule language
 * @example
 * const plan = createReadPlan(['athlete.age', 'athlete.country']);
 * plan.read({ athlete: { age: 24 } })[plan.slotOf('athlete.age')] //=> 24
 */
export function createReadPlan(paths: Iterable<string>): ReadPlan {
  const slots = new Map<string, number>();
  const parents: number[] = [];
  const keys: string[] = [];
  for (const path of paths) {
    let prefix = '';
    let parent = -1;
    for (const segment of path.split('.')) {
      prefix = prefix === '' ? segment : `${prefix}.${segment}`;
      let slot = slots.get(prefix);
      if (slot === undefined) {
        slot = keys.length;
        slots.set(prefix, slot);
        parents.push(parent);
        keys.push(segment);
      }
      parent = slot;
    }
  }
  const count = keys.length;
  const parentOf = Int32Array.from(parents);
  return {
    slotOf: (path) => {
      const slot = slots.get(path);
      if (slot === undefined) throw new Error(`fact path ${path} was not planned`);
      return slot;
    },
    read: (facts) => {
      const values = new Array<unknown>(count);
      for (let i = 0; i < count; i += 1) {
        const parent = parentOf[i] as number;
        const from = parent < 0 ? facts : values[parent];
        const key = keys[i] as string;
        values[i] = typeof from === 'object' && from !== null && hasOwn(from, key) ? (from as Record<string, unknown>)[key] : undefined;
      }
      return values;
    },
  };
}
