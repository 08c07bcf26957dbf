import type { z } from 'zod';
import { err, ok, type Result } from '../core/index.js';
import { eligibilityError, eligibilityIssue, eligibilityMessages, type EligibilityError } from './errors.js';
import type { Outcome } from './outcome.js';

/**
 * What a predicate receives besides its arguments and fact values: the date to evaluate on (`asOf`, from
 * the evaluation options; always a valid `YYYY-MM-DD` when the predicate was registered with
 * `usesAsOf: true`) and the evaluation's parameters.
 *
 * @category Predicates
 * @example
 * const context: PredicateContext = { asOf: '2025-03-01', params: { minimumAge: 18 } };
 */
export interface PredicateContext {
  readonly asOf: string | undefined;
  readonly params: Readonly<Record<string, unknown>>;
}

/**
 * How a partner defines a predicate.
 *
 * - `args`: the zod schema of the `args` object in the document. Its output (after any `.transform`, which
 *   runs once, at compile time, so it is the place to precompute sets or tables) is what `reads` and
 *   `evaluate` receive.
 * - `reads(args)`: the dotted fact paths the predicate reads, in order. Called once per compiled node; the
 *   evaluator reads these facts (own properties only), hands their values to `evaluate`, shows them in the
 *   trace, and lists the absent ones in `missing` (as it does for comparisons). Default: none.
 * - `evaluate(args, values, context)`: `values[i]` is the value at `reads(args)[i]`, or `undefined` when that
 *   fact is absent (undefined or null). Returns `'pass'`, `'fail'` or `'unknown'`; must be pure (same
 *   inputs, same answer) and must not keep or change `values`. A throw becomes a `predicate-error` result.
 * - `usesAsOf`: the predicate needs `context.asOf`; evaluating without `options.asOf` is then an error.
 * - `description`: one sentence for documentation.
 *
 * @category Predicates
 * @example
 * const hasVenturePlan: PredicateDefinition<z.ZodObject<{}>> = {
 *   args: z.strictObject({}),
 *   reads: () => ['athlete.venture.plan'],
 *   evaluate: (_args, [plan]) => (plan === undefined ? 'unknown' : typeof plan === 'string' && plan.trim() !== '' ? 'pass' : 'fail'),
 *   description: 'The athlete has written a venture plan.',
 * };
 */
export interface PredicateDefinition<Schema extends z.ZodType> {
  readonly args: Schema;
  readonly reads?: (args: z.output<Schema>) => readonly string[];
  readonly evaluate: (args: z.output<Schema>, values: readonly unknown[], context: PredicateContext) => Outcome;
  readonly usesAsOf?: boolean;
  readonly description?: string;
}

/**
 * A predicate as a registry holds it, with its types erased (its `args` schema still checks every call).
 *
 * @category Predicates
 * @example
 * builtInRegistry().predicates.get('ageBetween')?.usesAsOf //=> true
 */
export interface RegisteredPredicate {
  readonly name: string;
  readonly args: z.ZodType;
  readonly reads: (args: unknown) => readonly string[];
  readonly evaluate: (args: unknown, values: readonly unknown[], context: PredicateContext) => Outcome;
  readonly usesAsOf: boolean;
  readonly description: string | undefined;
}

const REGISTRY_BRAND: unique symbol = Symbol.for('athlete-accelerator/PredicateRegistry') as never;

/**
 * A set of named predicates. A registry is an immutable value: `registerPredicate` returns a new registry
 * and leaves the one it was given unchanged, so a partner can extend `builtInRegistry()` in their own code
 * without affecting anyone else's. Make one with {@link createRegistry} or {@link builtInRegistry}.
 *
 * @category Predicates
 * @example
 * [...builtInRegistry().predicates.keys()] //=> ['ageBetween', 'yearsSinceRetirementAtMost', 'hasParticipatedIn', 'speaksAny', 'countryIn']
 */
export interface PredicateRegistry {
  readonly predicates: ReadonlyMap<string, RegisteredPredicate>;
  readonly [REGISTRY_BRAND]: true;
}

/**
 * Options of {@link registerPredicate}.
 *
 * @category Predicates
 * @example
 * const options: RegisterPredicateOptions = { replace: true };
 */
export interface RegisterPredicateOptions {
  /** Replace a predicate already registered under the same name (default false: that is an error). */
  readonly replace?: boolean;
}

function makeRegistry(predicates: ReadonlyMap<string, RegisteredPredicate>): PredicateRegistry {
  // The brand is a registered symbol, so registries pass between the ESM and CJS builds of the library.
  return Object.freeze({ predicates, [REGISTRY_BRAND]: true as const });
}

/**
 * Whether a value is a registry made by this module (and not a look-alike object).
 *
 * @category Predicates
 * @example
 * isPredicateRegistry(createRegistry()) //=> true
 * isPredicateRegistry({ predicates: new Map() }) //=> false
 */
export function isPredicateRegistry(value: unknown): value is PredicateRegistry {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.hasOwn(value, REGISTRY_BRAND) &&
    (value as { predicates?: unknown }).predicates instanceof Map
  );
}

/**
 * An empty registry (no predicates, not even the built-in ones: see {@link builtInRegistry}).
 *
 * @category Predicates
 * @example
 * createRegistry().predicates.size //=> 0
 */
export function createRegistry(): PredicateRegistry {
  return makeRegistry(new Map());
}

const PREDICATE_NAME = /^[A-Za-z][\w.:-]*$/;
const noReads = (): readonly string[] => [];

function invalid(path: readonly string[], message: string): Result<never, EligibilityError> {
  return err(eligibilityError([eligibilityIssue('invalid-input', path, message)]));
}

/**
 * Returns a new registry holding every predicate of `registry` plus `definition` under `name`; `registry`
 * itself is not changed. The built-in predicates are registered with this same function.
 *
 * Refuses (as a result, not a throw) a name that is not a letter followed by letters, digits, `-`, `_`,
 * `.` or `:` (`invalid-input`), a definition without a zod `args` schema or an `evaluate` function
 * (`invalid-input`), and a name already registered unless `options.replace` (`duplicate-predicate`).
 *
 * @category Predicates
 * @example
 * const registry = registerPredicate(builtInRegistry(), 'hasVenturePlan', {
 *   args: z.strictObject({}),
 *   reads: () => ['athlete.venture.plan'],
 *   evaluate: (_args, [plan]) => (plan === undefined ? 'unknown' : plan === '' ? 'fail' : 'pass'),
 * });
 * registry.ok && registry.value.predicates.has('hasVenturePlan') //=> true
 */
export function registerPredicate<Schema extends z.ZodType>(
  registry: PredicateRegistry,
  name: string,
  definition: PredicateDefinition<Schema>,
  options: RegisterPredicateOptions = {},
): Result<PredicateRegistry, EligibilityError> {
  if (!isPredicateRegistry(registry)) return invalid(['registry'], eligibilityMessages.notARegistry());
  if (typeof name !== 'string' || !PREDICATE_NAME.test(name)) {
    return invalid(['name'], eligibilityMessages.invalidPredicateName());
  }
  const candidate = definition as Partial<PredicateDefinition<Schema>> | null;
  if (typeof candidate !== 'object' || candidate === null) {
    return invalid(['definition'], eligibilityMessages.invalidPredicateDefinition('it must be an object'));
  }
  if (typeof (candidate.args as { safeParse?: unknown } | undefined)?.safeParse !== 'function') {
    return invalid(['definition', 'args'], eligibilityMessages.invalidPredicateDefinition('args must be a zod schema'));
  }
  if (typeof candidate.evaluate !== 'function') {
    return invalid(['definition', 'evaluate'], eligibilityMessages.invalidPredicateDefinition('evaluate must be a function'));
  }
  if (candidate.reads !== undefined && typeof candidate.reads !== 'function') {
    return invalid(['definition', 'reads'], eligibilityMessages.invalidPredicateDefinition('reads must be a function'));
  }
  if (registry.predicates.has(name) && options.replace !== true) {
    return err(eligibilityError([eligibilityIssue('duplicate-predicate', ['name'], eligibilityMessages.duplicatePredicate(name))]));
  }
  const registered: RegisteredPredicate = Object.freeze({
    name,
    args: definition.args,
    // The evaluator only ever passes values parsed by `args`, so erasing the argument type is sound.
    reads: (definition.reads ?? noReads) as (args: unknown) => readonly string[],
    evaluate: definition.evaluate as RegisteredPredicate['evaluate'],
    usesAsOf: definition.usesAsOf === true,
    description: typeof definition.description === 'string' ? definition.description : undefined,
  });
  const predicates = new Map(registry.predicates);
  predicates.set(name, registered);
  return ok(makeRegistry(predicates));
}
