import type { z } from 'zod';
import { err, ok } from '../core/index.js';
import type { Athlete, CalendarDate, Mentor, Result } from '../core/index.js';
import { invalidInput } from './errors.js';
import type { MatchingError } from './errors.js';

/**
 * What a pair criterion receives besides the athlete, the mentor and its arguments.
 *
 * @category Mentor matching
 * @example
 * const context: PairScoringContext = { asOf: '2027-01-11' };
 * context.asOf //=> '2027-01-11'
 */
export interface PairScoringContext {
  /** The date the matching is made for (time-zone offsets are read on it). */
  readonly asOf: CalendarDate;
}

/**
 * A criterion's verdict on one athlete–mentor pair: a value from 0 (worst) to 1 (best) and the reason
 * in words. For a hard criterion a value of 0 forbids the pair.
 *
 * @category Mentor matching
 * @example
 * const verdict: PairCriterionScore = { value: 1, reason: 'shares en' };
 * verdict.value //=> 1
 */
export interface PairCriterionScore {
  readonly value: number;
  readonly reason: string;
}

/**
 * The fast path of a criterion: called once per matching with every athlete and mentor, it precomputes
 * what it needs and returns a function that writes the value (0..1) of athlete `athleteIndex` with
 * every mentor `j` into `into[j]`, without allocating. It must agree with `score(...).value`; `score`
 * is still used for the reasons of the chosen pairs.
 *
 * @category Mentor matching
 * @example
 * const prepare: PreparePairValues<unknown> = () => (_athleteIndex, into) => into.fill(1);
 * const row = new Float64Array(2);
 * prepare([], [], {}, { asOf: '2027-01-11' })(0, row);
 * [...row] //=> [1, 1]
 */
export type PreparePairValues<Args> = (
  athletes: readonly Athlete[],
  mentors: readonly Mentor[],
  args: Args,
  context: PairScoringContext,
) => (athleteIndex: number, into: Float64Array) => void;

/**
 * How a partner defines a pair-scoring criterion: a zod schema for its arguments, a pure `score`
 * function, optionally `hard: true` (a value of 0 forbids the pair) and an optional fast path
 * {@link PreparePairValues} for large matchings. Values outside [0, 1] are clamped.
 *
 * @category Mentor matching
 * @example
 * const sameCountry: PairCriterionDefinition<z.ZodObject<{}>> = {
 *   args: z.strictObject({}),
 *   score: (athlete, mentor) => athlete.country === mentor.country
 *     ? { value: 1, reason: `both in ${athlete.country}` }
 *     : { value: 0, reason: 'different countries' },
 * };
 */
export interface PairCriterionDefinition<Schema extends z.ZodType> {
  readonly args: Schema;
  readonly description?: string;
  readonly hard?: boolean;
  readonly score: (athlete: Athlete, mentor: Mentor, args: z.output<Schema>, context: PairScoringContext) => PairCriterionScore;
  readonly prepare?: PreparePairValues<z.output<Schema>>;
}

/**
 * A pair criterion as a registry holds it, its argument type erased (its schema still checks every use).
 *
 * @category Mentor matching
 * @example
 * builtInPairCriteria().criteria.get('sharedLanguage')?.hard //=> true
 */
export interface RegisteredPairCriterion {
  readonly name: string;
  readonly args: z.ZodType;
  readonly description: string | undefined;
  readonly hard: boolean;
  readonly score: (athlete: Athlete, mentor: Mentor, args: unknown, context: PairScoringContext) => PairCriterionScore;
  readonly prepare: PreparePairValues<unknown> | undefined;
}

const PAIR_CRITERIA_BRAND: unique symbol = Symbol.for('athlete-accelerator/PairCriteriaRegistry') as never;

/**
 * A set of named pair-scoring criteria, an immutable value: {@link registerPairCriterion} returns a new
 * registry and leaves its input unchanged.
 *
 * @category Mentor matching
 * @example
 * builtInPairCriteria().criteria.has('expertiseFit') //=> true
 */
export interface PairCriteriaRegistry {
  readonly criteria: ReadonlyMap<string, RegisteredPairCriterion>;
  readonly [PAIR_CRITERIA_BRAND]: true;
}

function makeRegistry(criteria: ReadonlyMap<string, RegisteredPairCriterion>): PairCriteriaRegistry {
  return Object.freeze({ criteria, [PAIR_CRITERIA_BRAND]: true as const });
}

/**
 * Whether a value is a pair-criteria registry made by this module.
 *
 * @category Mentor matching
 * @example
 * isPairCriteriaRegistry(createPairCriteriaRegistry()) //=> true
 * isPairCriteriaRegistry({}) //=> false
 */
export function isPairCriteriaRegistry(value: unknown): value is PairCriteriaRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, PAIR_CRITERIA_BRAND) &&
    (value as { criteria?: unknown }).criteria instanceof Map
  );
}

/**
 * An empty pair-criteria registry (see {@link builtInPairCriteria} for the built-in ones).
 *
 * @category Mentor matching
 * @example
 * createPairCriteriaRegistry().criteria.size //=> 0
 */
export function createPairCriteriaRegistry(): PairCriteriaRegistry {
  return makeRegistry(new Map());
}

const CRITERION_NAME = /^[A-Za-z][\w.:-]*$/;

/**
 * Returns a new registry with `definition` registered under `name`; the built-in criteria are
 * registered with this same function. Refuses (`invalid-input`, with the path) a malformed name or
 * definition, and a name already taken unless `options.replace`.
 *
 * @category Mentor matching
 * @example
 * const registry = registerPairCriterion(builtInPairCriteria(), 'sameCountry', {
 *   args: z.strictObject({}),
 *   score: (athlete, mentor) => ({ value: athlete.country === mentor.country ? 1 : 0, reason: 'country' }),
 * });
 * registry.ok //=> true
 */
export function registerPairCriterion<Schema extends z.ZodType>(
  registry: PairCriteriaRegistry,
  name: string,
  definition: PairCriterionDefinition<Schema>,
  options: { readonly replace?: boolean } = {},
): Result<PairCriteriaRegistry, MatchingError> {
  const refuse = (path: string, message: string): Result<never, MatchingError> => err(invalidInput([{ path: [path], message }]));
  if (!isPairCriteriaRegistry(registry)) return refuse('registry', 'Expected a registry made by createPairCriteriaRegistry.');
  if (typeof name !== 'string' || !CRITERION_NAME.test(name)) {
    return refuse('name', 'A criterion name starts with a letter and uses letters, digits, ".", ":", "_" or "-".');
  }
  const candidate = definition as Partial<PairCriterionDefinition<Schema>> | null;
  if (typeof candidate !== 'object' || candidate === null) return refuse('definition', 'The definition must be an object.');
  if (typeof (candidate.args as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    return refuse('definition', 'The definition needs args, a zod schema.');
  }
  if (typeof candidate.score !== 'function') return refuse('definition', 'The definition needs score, a function.');
  if (candidate.prepare !== undefined && typeof candidate.prepare !== 'function') {
    return refuse('definition', 'prepare, when given, must be a function.');
  }
  if (candidate.hard !== undefined && typeof candidate.hard !== 'boolean') return refuse('definition', 'hard, when given, must be true or false.');
  if (registry.criteria.has(name) && options.replace !== true) {
    return refuse('name', `A criterion named "${name}" is already registered; pass { replace: true } to replace it.`);
  }
  const criteria = new Map(registry.criteria);
  criteria.set(
    name,
    Object.freeze({
      name,
      args: definition.args,
      description: typeof candidate.description === 'string' ? candidate.description : undefined,
      hard: candidate.hard === true,
      score: candidate.score as RegisteredPairCriterion['score'],
      prepare: candidate.prepare as PreparePairValues<unknown> | undefined,
    }),
  );
  return ok(makeRegistry(criteria));
}
