import { AcceleratorUsageError, type Result } from '../core/index.js';
import type { EligibilityError } from './errors.js';
import { ageBetween } from './predicates/ageBetween.js';
import { countryIn } from './predicates/countryIn.js';
import { hasParticipatedIn } from './predicates/hasParticipatedIn.js';
import { speaksAny } from './predicates/speaksAny.js';
import { yearsSinceRetirementAtMost } from './predicates/yearsSinceRetirementAtMost.js';
import { createRegistry, registerPredicate, type PredicateRegistry } from './registry.js';

function unwrap(result: Result<PredicateRegistry, EligibilityError>): PredicateRegistry {
  // Registering the built-ins cannot fail; if it did, the library itself would be broken.
  if (!result.ok) throw new AcceleratorUsageError(result.error);
  return result.value;
}

let builtIns: PredicateRegistry | undefined;

/**
 * The registry of built-in predicates — `ageBetween`, `yearsSinceRetirementAtMost`, `hasParticipatedIn`,
 * `speaksAny` and `countryIn` — registered through the public {@link registerPredicate}, exactly as a
 * partner registers theirs. Registries are immutable, so every caller gets the same value and extending
 * it (with `registerPredicate`) yields a new registry that affects no one else.
 *
 * @category Predicates
 * @example
 * builtInRegistry().predicates.has('countryIn') //=> true
 */
export function builtInRegistry(): PredicateRegistry {
  builtIns ??= [
    (r: PredicateRegistry) => registerPredicate(r, 'ageBetween', ageBetween),
    (r: PredicateRegistry) => registerPredicate(r, 'yearsSinceRetirementAtMost', yearsSinceRetirementAtMost),
    (r: PredicateRegistry) => registerPredicate(r, 'hasParticipatedIn', hasParticipatedIn),
    (r: PredicateRegistry) => registerPredicate(r, 'speaksAny', speaksAny),
    (r: PredicateRegistry) => registerPredicate(r, 'countryIn', countryIn),
  ].reduce((registry, register) => unwrap(register(registry)), createRegistry());
  return builtIns;
}
