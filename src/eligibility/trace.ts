import type { Path } from '../core/index.js';
import type { Outcome } from './outcome.js';
import type { Operator } from './ruleSchema.js';

/**
 * What every node of a trace carries: the node's outcome, where the node is in the rule document
 * (`rulePath`, e.g. `['all', 1, 'any', 0]`; `[]` is the root) and the node's `id`/`description` when the
 * document gives them.
 *
 * @category Trace
 * @example
 * const base: TraceBase = { outcome: 'pass', rulePath: ['all', 0], id: 'min-age' };
 */
export interface TraceBase {
  readonly outcome: Outcome;
  readonly rulePath: Path;
  readonly id?: string;
  readonly description?: string;
}

/**
 * The trace of an `all` node: its children's traces, in document order.
 *
 * @category Trace
 * @example
 * const trace: AllTrace = { kind: 'all', outcome: 'pass', rulePath: [], children: [] };
 */
export interface AllTrace extends TraceBase {
  readonly kind: 'all';
  readonly children: readonly RuleTrace[];
}

/**
 * The trace of an `any` node: its children's traces, in document order.
 *
 * @category Trace
 * @example
 * const trace: AnyTrace = { kind: 'any', outcome: 'fail', rulePath: [], children: [] };
 */
export interface AnyTrace extends TraceBase {
  readonly kind: 'any';
  readonly children: readonly RuleTrace[];
}

/**
 * The trace of a `not` node: its child's trace.
 *
 * @category Trace
 * @example
 * const trace: NotTrace = {
 *   kind: 'not', outcome: 'pass', rulePath: [],
 *   child: { kind: 'comparison', outcome: 'fail', rulePath: ['not'], fact: 'athlete.sanctioned', op: '==', factValue: false, value: true },
 * };
 */
export interface NotTrace extends TraceBase {
  readonly kind: 'not';
  readonly child: RuleTrace;
}

/**
 * The trace of a comparison: the fact path and the value read there (`null` when absent), the operator,
 * and the value compared with, resolved (`null` when it is a `{ fact }` that is absent). `param` or
 * `valueFact` tell where a resolved value came from. Values are the facts' and parameters' own values,
 * not copies.
 *
 * @category Trace
 * @example
 * const trace: ComparisonTrace = {
 *   kind: 'comparison', outcome: 'pass', rulePath: ['all', 0],
 *   fact: 'athlete.age', op: '>=', factValue: 24, value: 18, param: 'minimumAge',
 * };
 */
export interface ComparisonTrace extends TraceBase {
  readonly kind: 'comparison';
  readonly fact: string;
  readonly op: Operator;
  readonly factValue: unknown;
  readonly value: unknown;
  readonly param?: string;
  readonly valueFact?: string;
}

/**
 * A fact a predicate read, with the value found (`null` when absent).
 *
 * @category Trace
 * @example
 * const read: FactRead = { path: 'athlete.dateOfBirth', value: '1999-04-02' };
 */
export interface FactRead {
  readonly path: string;
  readonly value: unknown;
}

/**
 * The trace of a predicate call: its name, its arguments as the document gives them (with `{ param }`
 * references replaced by their values) and every fact it read.
 *
 * @category Trace
 * @example
 * const trace: PredicateTrace = {
 *   kind: 'predicate', outcome: 'pass', rulePath: ['all', 1], predicate: 'ageBetween',
 *   args: { min: 18 }, facts: [{ path: 'athlete.dateOfBirth', value: '1999-04-02' }],
 * };
 */
export interface PredicateTrace extends TraceBase {
  readonly kind: 'predicate';
  readonly predicate: string;
  readonly args: Readonly<Record<string, unknown>>;
  readonly facts: readonly FactRead[];
}

/**
 * The trace of a rule: a tree that mirrors the rule document node for node, each with its outcome. The
 * root's outcome is the evaluation's outcome.
 *
 * @category Trace
 * @example
 * const result = evaluateRule({ not: { fact: 'athlete.sanctioned', op: '==', value: true } }, { athlete: { sanctioned: false } });
 * if (result.ok) result.value.trace?.kind; //=> 'not'
 */
export type RuleTrace = AllTrace | AnyTrace | NotTrace | ComparisonTrace | PredicateTrace;
