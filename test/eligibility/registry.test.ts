/** Predicate registries: immutable values a partner extends without affecting anyone else. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  builtInRegistry,
  createRegistry,
  evaluateRule,
  isPredicateRegistry,
  registerPredicate,
  type PredicateDefinition,
  type PredicateRegistry,
} from 'athlete-accelerator/eligibility';

const hasVenturePlan: PredicateDefinition<z.ZodObject<{ minWords: z.ZodDefault<z.ZodInt> }>> = {
  args: z.strictObject({ minWords: z.int().min(1).default(1) }),
  reads: () => ['athlete.venture.plan'],
  evaluate: ({ minWords }, [plan]) => {
    if (plan === undefined) return 'unknown';
    return typeof plan === 'string' && plan.trim().split(/\s+/).length >= minWords ? 'pass' : 'fail';
  },
  description: 'The athlete has written a venture plan.',
};

function register(registry: PredicateRegistry, name: string, definition: PredicateDefinition<z.ZodType>): PredicateRegistry {
  const result = registerPredicate(registry, name, definition);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('createRegistry and builtInRegistry', () => {
  it('an empty registry holds no predicates', () => {
    expect(createRegistry().predicates.size).toBe(0);
  });

  it('the built-in registry holds the five built-in predicates, registered through registerPredicate', () => {
    expect([...builtInRegistry().predicates.keys()]).toEqual([
      'ageBetween',
      'yearsSinceRetirementAtMost',
      'hasParticipatedIn',
      'speaksAny',
      'countryIn',
    ]);
    expect(builtInRegistry().predicates.get('ageBetween')?.usesAsOf).toBe(true);
    expect(builtInRegistry().predicates.get('speaksAny')?.description).toMatch(/languages/);
  });

  it('recognises registries it made and nothing else', () => {
    expect(isPredicateRegistry(builtInRegistry())).toBe(true);
    expect(isPredicateRegistry({ predicates: new Map() })).toBe(false);
    expect(isPredicateRegistry(null)).toBe(false);
  });
});

describe('registerPredicate', () => {
  it('returns a new registry and leaves the one it was given unchanged', () => {
    const before = builtInRegistry();
    const after = register(before, 'hasVenturePlan', hasVenturePlan);
    expect(after.predicates.has('hasVenturePlan')).toBe(true);
    expect(before.predicates.has('hasVenturePlan')).toBe(false);
    expect(builtInRegistry().predicates.has('hasVenturePlan')).toBe(false);
    expect(Object.isFrozen(after)).toBe(true);
  });

  it('two partners extending the built-in registry do not see each other’s predicates', () => {
    const mine = register(builtInRegistry(), 'hasVenturePlan', hasVenturePlan);
    const theirs = register(builtInRegistry(), 'isMentor', { args: z.object({}), evaluate: () => 'pass' });
    expect(mine.predicates.has('isMentor')).toBe(false);
    expect(theirs.predicates.has('hasVenturePlan')).toBe(false);
  });

  it('a registered predicate is called with parsed arguments and the values of the facts it reads', () => {
    const registry = register(builtInRegistry(), 'hasVenturePlan', hasVenturePlan);
    const rule = { all: [{ predicate: 'hasVenturePlan', args: { minWords: 3 } }, { predicate: 'speaksAny', args: { languages: ['en'] } }] };
    const evaluate = (athlete: unknown): unknown => {
      const result = evaluateRule(rule, { athlete }, { registry, trace: false });
      return result.ok ? [result.value.outcome, result.value.missing] : result.error.code;
    };
    expect(evaluate({ languages: ['en'], venture: { plan: 'export shea butter to Europe' } })).toEqual(['pass', []]);
    expect(evaluate({ languages: ['en'], venture: { plan: 'shoes' } })).toEqual(['fail', []]);
    expect(evaluate({ languages: ['en'] })).toEqual(['unknown', ['athlete.venture.plan']]);
  });

  it('a predicate receives asOf and the parameters in its context', () => {
    const seen: unknown[] = [];
    const registry = register(createRegistry(), 'spy', {
      args: z.object({}),
      usesAsOf: true,
      evaluate: (_args, _values, context) => {
        seen.push(context);
        return 'pass';
      },
    });
    evaluateRule({ predicate: 'spy' }, {}, { registry, asOf: '2025-01-01', params: { n: 1 } });
    expect(seen).toEqual([{ asOf: '2025-01-01', params: { n: 1 } }]);
  });

  it('a zod transform in args runs once, at compile time', () => {
    let transforms = 0;
    const registered = registerPredicate(createRegistry(), 'inSet', {
      args: z.object({ items: z.array(z.string()) }).transform(({ items }) => {
        transforms += 1;
        return new Set<unknown>(items);
      }),
      reads: () => ['x'],
      evaluate: (items, [x]) => (x === undefined ? 'unknown' : items.has(x) ? 'pass' : 'fail'),
    });
    if (!registered.ok) throw new Error(registered.error.message);
    const registry = registered.value;
    const result = evaluateRule({ predicate: 'inSet', args: { items: ['a'] } }, { x: 'a' }, { registry });
    expect(result.ok && result.value.outcome).toBe('pass');
    expect(transforms).toBe(1);
  });

  it('refuses a name already registered, unless asked to replace it', () => {
    const refused = registerPredicate(builtInRegistry(), 'speaksAny', hasVenturePlan);
    expect(refused.ok ? null : [refused.error.code, refused.error.path]).toEqual(['duplicate-predicate', ['name']]);
    const replaced = registerPredicate(builtInRegistry(), 'speaksAny', hasVenturePlan, { replace: true });
    expect(replaced.ok && replaced.value.predicates.get('speaksAny')?.description).toBe('The athlete has written a venture plan.');
  });

  it('refuses bad names, bad definitions and registries it did not make', () => {
    const cases: [unknown[], (string | number)[]][] = [
      [[builtInRegistry(), '', hasVenturePlan], ['name']],
      [[builtInRegistry(), '9lives', hasVenturePlan], ['name']],
      [[builtInRegistry(), 'has space', hasVenturePlan], ['name']],
      [[builtInRegistry(), 'ok', null], ['definition']],
      [[builtInRegistry(), 'ok', { evaluate: () => 'pass' }], ['definition', 'args']],
      [[builtInRegistry(), 'ok', { args: z.object({}) }], ['definition', 'evaluate']],
      [[builtInRegistry(), 'ok', { args: z.object({}), evaluate: () => 'pass', reads: ['x'] }], ['definition', 'reads']],
      [[{ predicates: new Map() }, 'ok', hasVenturePlan], ['registry']],
    ];
    for (const [args, path] of cases) {
      const result = (registerPredicate as (...a: unknown[]) => ReturnType<typeof registerPredicate>)(...args);
      expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-input', path]);
    }
  });

  it('refuses, at compile time, a predicate that declares a fact path that is not one', () => {
    const registry = register(createRegistry(), 'bad', { args: z.object({}), reads: () => ['a..b'], evaluate: () => 'pass' });
    const result = evaluateRule({ all: [{ predicate: 'bad' }] }, {}, { registry });
    expect(result.ok ? null : [result.error.code, result.error.path]).toEqual(['invalid-predicate-args', ['all', 0, 'args']]);
  });
});
