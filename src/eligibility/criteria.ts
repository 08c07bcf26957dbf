import type { z } from 'zod';
import { err, ok, type Athlete, type CalendarDate, type Result } from '../core/index.js';
import { eligibilityError, eligibilityIssue, eligibilityMessages, type EligibilityError } from './errors.js';

/**
 * What the candidate pool looks like, for criteria that score relative to it (diversity): how many
 * candidates come from each region and each sport.
 *
 * @category Selection
 */
export interface CandidatePool {
  readonly size: number;
  readonly byRegion: ReadonlyMap<string, number>;
  readonly bySport: ReadonlyMap<string, number>;
}

/**
 * What a criterion receives besides the athlete and its arguments.
 *
 * @category Selection
 */
export interface ScoringContext {
  readonly asOf: CalendarDate;
  readonly pool: CandidatePool;
}

/**
 * A criterion's verdict on one athlete: a value from 0 (worst) to 1 (best), the reason in words, and the
 * facts it needed but did not find (scored as 0, and listed so an applicant can be asked for them).
 *
 * @category Selection
 */
export interface CriterionScore {
  readonly value: number;
  readonly reason: string;
  readonly missing?: readonly string[];
}

/**
 * How a partner defines a scoring criterion: a zod schema for its arguments in the rubric, and a pure
 * `score` function. A value outside [0, 1] (or not a number) is clamped into it and reported.
 *
 * @category Selection
 * @example
 * const olympian: CriterionDefinition<z.ZodObject<{}>> = {
 *   args: z.strictObject({}),
 *   description: 'Has competed at the Olympic Games.',
 *   score: (athlete) => athlete.participations?.some((p) => p.event === 'olympic-games')
 *     ? { value: 1, reason: 'Olympian' }
 *     : { value: 0, reason: 'not an Olympian' },
 * };
 */
export interface CriterionDefinition<Schema extends z.ZodType> {
  readonly args: Schema;
  readonly description?: string;
  readonly score: (athlete: Athlete, args: z.output<Schema>, context: ScoringContext) => CriterionScore;
}

/**
 * A criterion as a registry holds it, its argument type erased (its schema still checks every rubric).
 *
 * @category Selection
 */
export interface RegisteredCriterion {
  readonly name: string;
  readonly args: z.ZodType;
  readonly description: string | undefined;
  readonly score: (athlete: Athlete, args: unknown, context: ScoringContext) => CriterionScore;
}

const CRITERIA_BRAND: unique symbol = Symbol.for('athlete-accelerator/CriteriaRegistry') as never;

/**
 * A set of named scoring criteria. Like the predicate registry it is an immutable value:
 * {@link registerCriterion} returns a new registry and leaves its input unchanged.
 *
 * @category Selection
 * @example
 * [...builtInCriteria().criteria.keys()].includes('ventureStage') //=> true
 */
export interface CriteriaRegistry {
  readonly criteria: ReadonlyMap<string, RegisteredCriterion>;
  readonly [CRITERIA_BRAND]: true;
}

function makeCriteriaRegistry(criteria: ReadonlyMap<string, RegisteredCriterion>): CriteriaRegistry {
  return Object.freeze({ criteria, [CRITERIA_BRAND]: true as const });
}

/**
 * Whether a value is a criteria registry made by this module.
 *
 * @category Selection
 * @example
 * isCriteriaRegistry(createCriteriaRegistry()) //=> true
 */
export function isCriteriaRegistry(value: unknown): value is CriteriaRegistry {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, CRITERIA_BRAND) && (value as { criteria?: unknown }).criteria instanceof Map;
}

/**
 * An empty criteria registry (see `builtInCriteria` for the built-in ones).
 *
 * @category Selection
 * @example
 * createCriteriaRegistry().criteria.size //=> 0
 */
export function createCriteriaRegistry(): CriteriaRegistry {
  return makeCriteriaRegistry(new Map());
}

const CRITERION_NAME = /^[A-Za-z][\w.:-]*$/;

/**
 * Returns a new registry with `definition` registered under `name`. The built-in criteria are
 * registered with this same function. Refuses a malformed name or definition (`invalid-input`) and a
 * name already taken unless `options.replace` (`duplicate-criterion`).
 *
 * @category Selection
 * @example
 * const registry = registerCriterion(builtInCriteria(), 'olympian', {
 *   args: z.strictObject({}),
 *   score: (athlete) => ({ value: athlete.participations?.some((p) => p.event === 'olympic-games') ? 1 : 0, reason: 'Olympic record' }),
 * });
 * registry.ok //=> true
 */
export function registerCriterion<Schema extends z.ZodType>(
  registry: CriteriaRegistry,
  name: string,
  definition: CriterionDefinition<Schema>,
  options: { readonly replace?: boolean } = {},
): Result<CriteriaRegistry, EligibilityError> {
  const refuse = (path: string, message: string): Result<never, EligibilityError> =>
    err(eligibilityError([eligibilityIssue('invalid-input', [path], message)]));
  if (!isCriteriaRegistry(registry)) return refuse('registry', eligibilityMessages.notACriteriaRegistry());
  if (typeof name !== 'string' || !CRITERION_NAME.test(name)) return refuse('name', eligibilityMessages.invalidCriterionName());
  const candidate = definition as Partial<CriterionDefinition<Schema>> | null;
  if (typeof candidate !== 'object' || candidate === null) return refuse('definition', eligibilityMessages.invalidCriterionDefinition('it must be an object'));
  if (typeof (candidate.args as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    return refuse('definition', eligibilityMessages.invalidCriterionDefinition('args must be a zod schema'));
  }
  if (typeof candidate.score !== 'function') return refuse('definition', eligibilityMessages.invalidCriterionDefinition('score must be a function'));
  if (registry.criteria.has(name) && options.replace !== true) {
    return err(eligibilityError([eligibilityIssue('duplicate-criterion', ['name'], eligibilityMessages.duplicateCriterion(name))]));
  }
  const criteria = new Map(registry.criteria);
  criteria.set(
    name,
    Object.freeze({
      name,
      args: definition.args,
      description: typeof definition.description === 'string' ? definition.description : undefined,
      score: definition.score as RegisteredCriterion['score'],
    }),
  );
  return ok(makeCriteriaRegistry(criteria));
}
