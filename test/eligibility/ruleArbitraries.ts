/** fast-check generators of rules and facts over a small vocabulary, so that rules often hit facts. */
import fc from 'fast-check';
import type { Comparison, Literal, Operator, Rule } from 'athlete-accelerator/eligibility';

export const FACT_PATHS = ['a', 'b', 'c.d', 'c.e', 'list', 'text', 'when', 'c.f.g'] as const;

const scalar: fc.Arbitrary<string | number | boolean | null> = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, -0),
  fc.constantFrom('x', 'y', 'xy', '', '3', '2024-01-01', '2024-06-30', '2025-02-29', '2023-12-31'),
  fc.boolean(),
  fc.constant(null),
);

export const literalArb: fc.Arbitrary<Literal> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
);

/** Values a fact may hold: literals, plus objects, undefined and nested lists. */
export const factValueArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: literalArb },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('k', 'l'), scalar, { maxKeys: 2 }) },
  { weight: 1, arbitrary: fc.array(fc.array(scalar, { maxLength: 2 }), { maxLength: 2 }) },
);

export const factsArb: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    a: factValueArb,
    b: factValueArb,
    c: fc.oneof(
      fc.record({ d: factValueArb, e: factValueArb, f: fc.record({ g: factValueArb }, { requiredKeys: [] }) }, { requiredKeys: [] }),
      factValueArb,
    ),
    list: fc.oneof(fc.array(scalar, { maxLength: 4 }), factValueArb),
    text: fc.oneof(fc.constantFrom('xyz', 'x', '', 'y', '2024-01-01'), factValueArb),
    when: fc.oneof(fc.constantFrom('2024-01-01', '2024-03-15', '2024-06-30', '2023-02-29', '2025-01-01'), factValueArb),
  },
  { requiredKeys: [] },
);

const factPathArb = fc.constantFrom(...FACT_PATHS);
const ORDERED = ['<', '<=', '>', '>='] as const;

export const comparisonArb: fc.Arbitrary<Comparison> = fc.oneof(
  fc.record({
    fact: factPathArb,
    op: fc.constantFrom<Operator>('==', '!=', 'contains'),
    value: fc.oneof({ weight: 4, arbitrary: literalArb }, { weight: 1, arbitrary: fc.record({ fact: factPathArb }) }),
  }),
  fc.record({
    fact: factPathArb,
    op: fc.constantFrom<Operator>(...ORDERED),
    value: fc.oneof(
      fc.integer({ min: -3, max: 3 }),
      fc.constantFrom('x', 'y', '2024-01-01', '2024-06-30'),
      fc.record({ fact: factPathArb }),
    ),
  }),
  fc.record({
    fact: factPathArb,
    op: fc.constantFrom<Operator>('in', 'notIn'),
    value: fc.oneof({ weight: 4, arbitrary: fc.array(literalArb, { maxLength: 4 }) }, { weight: 1, arbitrary: fc.record({ fact: factPathArb }) }),
  }),
  fc.record({ fact: factPathArb, op: fc.constant<Operator>('exists'), value: fc.boolean() }),
  fc.record({
    fact: factPathArb,
    op: fc.constant<Operator>('between'),
    value: fc.oneof(
      fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })),
      fc.tuple(fc.constantFrom('2024-01-01', '2024-03-01', 'x'), fc.constantFrom('2024-06-30', '2024-12-31', 'y')),
      fc.record({ fact: factPathArb }),
    ),
  }),
);

const labelArb = fc.record({ id: fc.constantFrom('r1', 'r2'), description: fc.constantFrom('one', 'two') }, { requiredKeys: [] });

/** Random rules: comparisons nested in all/any/not, up to a few levels deep. */
export const ruleArb: fc.Arbitrary<Rule> = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    comparisonArb,
    fc.record({ all: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('rule'), { maxLength: 3 }) }),
    fc.record({ not: tie('rule') }),
    fc.tuple(comparisonArb, labelArb).map(([rule, label]) => ({ ...rule, ...label })),
  ),
})).rule;

/** Deep-freezes a value (objects and arrays), to prove a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
