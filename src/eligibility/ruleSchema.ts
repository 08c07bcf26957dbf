import { z } from 'zod';

/**
 * The comparison operators of the rule language, in the order the reference lists them.
 *
 * @category Rule language
 * @example
 * OPERATORS.includes('between') //=> true
 */
export const OPERATORS = ['==', '!=', '<', '<=', '>', '>=', 'in', 'notIn', 'contains', 'exists', 'between'] as const;

/**
 * A comparison operator of the rule language.
 *
 * @category Rule language
 * @example
 * const op: Operator = '>=';
 */
export type Operator = (typeof OPERATORS)[number];

/**
 * A JSON literal usable as a comparison value: a string, a finite number, a boolean, `null`, or an array
 * of literals. (Objects are not literals: an object value is a `{ param }` or `{ fact }` reference.)
 *
 * @category Rule language
 * @example
 * const countries: Literal = ['KE', 'NG', 'GH'];
 */
export type Literal = string | number | boolean | null | readonly Literal[];

/**
 * A reference to an edition parameter, supplied at evaluation time through `options.params`.
 *
 * @category Rule language
 * @example
 * const minimumAge: ParamRef = { param: 'minimumAge' };
 */
export interface ParamRef {
  readonly param: string;
}

/**
 * A reference to another fact, read from the same facts object as the comparison's own fact.
 *
 * @category Rule language
 * @example
 * const registration: FactRef = { fact: 'application.submittedOn' };
 */
export interface FactRef {
  readonly fact: string;
}

/**
 * The right-hand side of a comparison: a literal, a parameter or another fact.
 *
 * @category Rule language
 * @example
 * const value: ComparisonValue = { param: 'acceptedLanguages' };
 */
export type ComparisonValue = Literal | ParamRef | FactRef;

/**
 * The optional `id` and `description` that every rule node may carry; the trace repeats them.
 *
 * @category Rule language
 * @example
 * const label: RuleLabel = { id: 'min-age', description: 'At least 18 years old on the closing date' };
 */
export interface RuleLabel {
  readonly id?: string | undefined;
  readonly description?: string | undefined;
}

/**
 * `{ "all": [rule, …] }`: passes when every child passes, fails when any child fails, otherwise unknown.
 * An empty `all` passes.
 *
 * @category Rule language
 * @example
 * const both: AllRule = { all: [{ fact: 'athlete.isElite', op: '==', value: true }, { fact: 'athlete.country', op: 'exists', value: true }] };
 */
export interface AllRule extends RuleLabel {
  readonly all: readonly Rule[];
}

/**
 * `{ "any": [rule, …] }`: passes when any child passes, fails when every child fails, otherwise unknown.
 * An empty `any` fails.
 *
 * @category Rule language
 * @example
 * const either: AnyRule = { any: [{ fact: 'athlete.status', op: '==', value: 'active' }, { fact: 'athlete.retiredOn', op: '>=', value: '2020-01-01' }] };
 */
export interface AnyRule extends RuleLabel {
  readonly any: readonly Rule[];
}

/**
 * `{ "not": rule }`: swaps pass and fail; unknown stays unknown.
 *
 * @category Rule language
 * @example
 * const notSanctioned: NotRule = { not: { fact: 'athlete.sanctioned', op: '==', value: true } };
 */
export interface NotRule extends RuleLabel {
  readonly not: Rule;
}

/**
 * `{ "fact": path, "op": operator, "value": value }`: compares the fact at a dotted path with a value.
 *
 * @category Rule language
 * @example
 * const adult: Comparison = { fact: 'athlete.age', op: '>=', value: { param: 'minimumAge' } };
 */
export interface Comparison extends RuleLabel {
  readonly fact: string;
  readonly op: Operator;
  readonly value: ComparisonValue;
}

/**
 * `{ "predicate": name, "args": { … } }`: calls a registered predicate with arguments checked by its schema.
 * A top-level argument written `{ "param": name }` is replaced by that parameter's value before the check.
 *
 * @category Rule language
 * @example
 * const young: PredicateCall = { predicate: 'ageBetween', args: { min: 18, max: 35 } };
 */
export interface PredicateCall extends RuleLabel {
  readonly predicate: string;
  readonly args?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * A rule of the rule language: a node of one of five kinds, nested as deep as 64 levels.
 *
 * @category Rule language
 * @example
 * const rule: Rule = {
 *   id: 'eligible',
 *   all: [
 *     { predicate: 'ageBetween', args: { min: 18 } },
 *     { any: [{ fact: 'athlete.status', op: '==', value: 'active' }, { predicate: 'yearsSinceRetirementAtMost', args: { years: 8 } }] },
 *   ],
 * };
 */
export type Rule = AllRule | AnyRule | NotRule | Comparison | PredicateCall;

const DOTTED_PATH = /^[^.]+(?:\.[^.]+)*$/;

/**
 * A dotted path into the facts object (`athlete.participations.0.year`): one or more non-empty segments
 * separated by dots; a segment that is a whole number also indexes an array.
 *
 * @category Rule language
 * @example
 * FactPathSchema.safeParse('athlete.country').success //=> true
 * FactPathSchema.safeParse('athlete..country').success //=> false
 */
export const FactPathSchema = z
  .string()
  .regex(DOTTED_PATH, { error: 'a fact path is one or more non-empty names separated by dots' });

/**
 * The name of a parameter in a `{ "param": name }` reference: a non-empty string.
 *
 * @category Rule language
 * @example
 * ParamNameSchema.safeParse('minimumAge').success //=> true
 */
export const ParamNameSchema = z.string().min(1, { error: 'a parameter name cannot be empty' });

/**
 * A JSON literal (see {@link Literal}).
 *
 * @category Rule language
 * @example
 * LiteralSchema.safeParse(['olympic-games', 2024]).success //=> true
 * LiteralSchema.safeParse({ a: 1 }).success //=> false
 */
export const LiteralSchema: z.ZodType<Literal> = z.lazy(() =>
  z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(LiteralSchema)]),
);

/**
 * A `{ "param": name }` reference.
 *
 * @category Rule language
 * @example
 * ParamRefSchema.safeParse({ param: 'minimumAge' }).success //=> true
 */
export const ParamRefSchema = z.strictObject({ param: ParamNameSchema });

/**
 * A `{ "fact": path }` reference.
 *
 * @category Rule language
 * @example
 * FactRefSchema.safeParse({ fact: 'application.submittedOn' }).success //=> true
 */
export const FactRefSchema = z.strictObject({ fact: FactPathSchema });

const ScalarSchema = z.union([z.string(), z.number()]);

/**
 * The value each operator accepts in a document. References (`{ param }`, `{ fact }`) are accepted
 * wherever a literal is, except for `exists`; what they resolve to is checked at evaluation, where a value of
 * the wrong kind is a failed comparison, not an error.
 *
 * @category Rule language
 * @example
 * OPERATOR_VALUE_SCHEMAS.between.safeParse([18, 35]).success //=> true
 * OPERATOR_VALUE_SCHEMAS.exists.safeParse('yes').success //=> false
 */
export const OPERATOR_VALUE_SCHEMAS = {
  '==': z.union([LiteralSchema, ParamRefSchema, FactRefSchema]),
  '!=': z.union([LiteralSchema, ParamRefSchema, FactRefSchema]),
  '<': z.union([ScalarSchema, ParamRefSchema, FactRefSchema]),
  '<=': z.union([ScalarSchema, ParamRefSchema, FactRefSchema]),
  '>': z.union([ScalarSchema, ParamRefSchema, FactRefSchema]),
  '>=': z.union([ScalarSchema, ParamRefSchema, FactRefSchema]),
  in: z.union([z.array(LiteralSchema), ParamRefSchema, FactRefSchema]),
  notIn: z.union([z.array(LiteralSchema), ParamRefSchema, FactRefSchema]),
  contains: z.union([LiteralSchema, ParamRefSchema, FactRefSchema]),
  exists: z.boolean(),
  between: z.union([z.tuple([ScalarSchema, ScalarSchema]), ParamRefSchema, FactRefSchema]),
} as const satisfies Record<Operator, z.ZodType>;

const label = {
  id: z.string().min(1, { error: 'an id cannot be empty' }).optional(),
  description: z.string().optional(),
};

function comparisonSchema<const Ops extends readonly [Operator, ...Operator[]], Value extends z.ZodType>(
  ops: Ops,
  value: Value,
) {
  return z.strictObject({ fact: FactPathSchema, op: z.literal(ops), value, ...label });
}

/**
 * A comparison node, checked per operator.
 *
 * @category Rule language
 * @example
 * ComparisonSchema.safeParse({ fact: 'athlete.age', op: 'between', value: [18, 35] }).success //=> true
 * ComparisonSchema.safeParse({ fact: 'athlete.age', op: 'between', value: 18 }).success //=> false
 */
export const ComparisonSchema = z.discriminatedUnion('op', [
  comparisonSchema(['==', '!='], OPERATOR_VALUE_SCHEMAS['==']),
  comparisonSchema(['<', '<=', '>', '>='], OPERATOR_VALUE_SCHEMAS['<']),
  comparisonSchema(['in', 'notIn'], OPERATOR_VALUE_SCHEMAS.in),
  comparisonSchema(['contains'], OPERATOR_VALUE_SCHEMAS.contains),
  comparisonSchema(['exists'], OPERATOR_VALUE_SCHEMAS.exists),
  comparisonSchema(['between'], OPERATOR_VALUE_SCHEMAS.between),
]);

/**
 * Any JSON value (the content of predicate arguments).
 *
 * @category Rule language
 * @example
 * JsonValueSchema.safeParse({ events: ['olympic-games'], since: 2016 }).success //=> true
 */
export const JsonValueSchema = z.json();

/**
 * The arguments of a predicate node as a document carries them: a JSON object.
 *
 * @category Rule language
 * @example
 * PredicateArgsSchema.safeParse({ min: 18, max: 35 }).success //=> true
 */
export const PredicateArgsSchema = z.record(z.string(), JsonValueSchema);

/**
 * A predicate node (its arguments are checked later, against the predicate's own schema).
 *
 * @category Rule language
 * @example
 * PredicateCallSchema.safeParse({ predicate: 'speaksAny', args: { languages: ['en', 'fr'] } }).success //=> true
 */
export const PredicateCallSchema = z.strictObject({
  predicate: z.string().min(1, { error: 'a predicate name cannot be empty' }),
  args: PredicateArgsSchema.optional(),
  ...label,
});

/**
 * The zod schema of a rule document (recursive). `compileRule` applies the same checks node by node, plus
 * the ones a schema cannot express (forbidden keys, depth, size, known predicates and parameters), and
 * reports every problem with its path; use this schema to validate or document rules elsewhere.
 *
 * @category Rule language
 * @example
 * RuleSchema.safeParse({ all: [{ fact: 'athlete.sport', op: 'in', value: ['judo', 'rowing'] }] }).success //=> true
 * RuleSchema.safeParse({ all: [{ fact: 'athlete.sport', op: 'like', value: 'ju%' }] }).success //=> false
 */
export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(RuleSchema), ...label }),
    z.strictObject({ any: z.array(RuleSchema), ...label }),
    z.strictObject({ not: RuleSchema, ...label }),
    ComparisonSchema,
    PredicateCallSchema,
  ]),
);

/** Shallow node shapes used by `compileRule`, which checks children itself to report precise paths. */
export const SHALLOW_NODE_SCHEMAS = {
  all: z.strictObject({ all: z.array(z.unknown()), ...label }),
  any: z.strictObject({ any: z.array(z.unknown()), ...label }),
  not: z.strictObject({ not: z.unknown(), ...label }),
  fact: z.strictObject({ fact: FactPathSchema, op: z.string(), value: z.unknown(), ...label }),
  predicate: PredicateCallSchema,
} as const;
