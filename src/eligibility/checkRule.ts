import type { z } from 'zod';
import type { Path } from '../core/index.js';
import { eligibilityIssue, eligibilityMessages, isRecord, type EligibilityErrorCode, type EligibilityIssue } from './errors.js';
import type { PredicateRegistry, RegisteredPredicate } from './registry.js';
import {
  FactPathSchema,
  OPERATOR_VALUE_SCHEMAS,
  OPERATORS,
  SHALLOW_NODE_SCHEMAS,
  type Literal,
  type Operator,
} from './ruleSchema.js';

/** The label every checked node keeps: its place in the document and its optional id/description. */
export interface NodeLabel {
  readonly rulePath: Path;
  readonly id: string | undefined;
  readonly description: string | undefined;
}

/** A comparison's right-hand side after checking. */
export type CheckedValue =
  | { readonly kind: 'literal'; readonly literal: Literal }
  | { readonly kind: 'param'; readonly name: string }
  | { readonly kind: 'fact'; readonly path: string };

/**
 * A predicate call after checking. When no argument is a `{ param }`, `args` holds the parsed arguments
 * and `reads` the fact paths; otherwise both are worked out at evaluation time, once per params object.
 */
export interface CheckedPredicate extends NodeLabel {
  readonly kind: 'predicate';
  readonly predicate: RegisteredPredicate;
  readonly rawArgs: Readonly<Record<string, unknown>>;
  readonly paramArgs: readonly (readonly [key: string, param: string])[];
  readonly args: unknown;
  readonly reads: readonly string[];
}

/** A rule after checking: the shape the compiler turns into closures. */
export type CheckedRule =
  | (NodeLabel & { readonly kind: 'all' | 'any'; readonly children: readonly CheckedRule[] })
  | (NodeLabel & { readonly kind: 'not'; readonly child: CheckedRule })
  | (NodeLabel & {
      readonly kind: 'comparison';
      readonly fact: string;
      readonly op: Operator;
      readonly value: CheckedValue;
    })
  | CheckedPredicate;

/** What a check needs besides the node. */
export interface CheckContext {
  readonly registry: PredicateRegistry;
  readonly knownParams: ReadonlySet<string> | undefined;
  readonly issues: EligibilityIssue[];
  /** Every path where each parameter is used, in document order. */
  readonly paramUses: Map<string, Path[]>;
}

const KINDS = ['all', 'any', 'not', 'fact', 'predicate'] as const;
type Kind = (typeof KINDS)[number];

const KIND_NAMES: Record<Kind, string> = {
  all: 'an "all" rule',
  any: 'an "any" rule',
  not: 'a "not" rule',
  fact: 'a comparison',
  predicate: 'a predicate call',
};

const ALLOWED_KEYS: Record<Kind, readonly string[]> = {
  all: ['all', 'id', 'description'],
  any: ['any', 'id', 'description'],
  not: ['not', 'id', 'description'],
  fact: ['fact', 'op', 'value', 'id', 'description'],
  predicate: ['predicate', 'args', 'id', 'description'],
};

const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);
const hasOwn = Object.hasOwn;


function addIssue(context: CheckContext, code: EligibilityErrorCode, path: Path, message: string): void {
  context.issues.push(eligibilityIssue(code, path, message));
}

function describeInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object' : `the ${typeof input} ${JSON.stringify(input)}`;
}

/** The detail of one zod issue, or the key it found missing. */
function describeZodIssue(issue: z.core.$ZodIssue): { readonly detail: string; readonly missingKey?: string } {
  if (issue.code === 'invalid_type') {
    const last = issue.path.at(-1);
    if (issue.input === undefined && typeof last === 'string') return { detail: `"${last}" is required`, missingKey: last };
    return { detail: `expected ${issue.expected}, got ${describeInput(issue.input)}` };
  }
  return { detail: issue.message };
}

/** How to word the issues of one zod result. */
interface Wording {
  readonly unknownKey: (key: string) => string;
  readonly missingKey: (key: string) => string;
  readonly invalid: (detail: string) => string;
}

/** Reports the issues of a zod result under `base`, turning unknown keys into one issue per key. */
function reportZodIssues(
  issues: EligibilityIssue[],
  error: z.ZodError,
  base: Path,
  code: EligibilityErrorCode,
  wording: Wording,
): void {
  for (const issue of error.issues) {
    const path = [...base, ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.push(eligibilityIssue(code, [...path, key], wording.unknownKey(key)));
      continue;
    }
    const { detail, missingKey } = describeZodIssue(issue);
    issues.push(eligibilityIssue(code, path, missingKey === undefined ? wording.invalid(detail) : wording.missingKey(missingKey)));
  }
}

function useParam(context: CheckContext, name: string, path: Path): void {
  const uses = context.paramUses.get(name);
  if (uses) uses.push(path);
  else context.paramUses.set(name, [path]);
  if (context.knownParams && !context.knownParams.has(name)) {
    addIssue(context, 'unknown-parameter', path, eligibilityMessages.unknownParameter(name));
  }
}

function labelOf(node: Record<string, unknown>, rulePath: Path): NodeLabel {
  return {
    rulePath,
    id: typeof node.id === 'string' ? node.id : undefined,
    description: typeof node.description === 'string' ? node.description : undefined,
  };
}

/** Deep-copies JSON so that a compiled rule shares no arrays or objects with the caller's document. */
function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return (value as readonly unknown[]).map(copyJson) as T;
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyJson((value as Record<string, unknown>)[key]);
  return copy as T;
}

function checkValue(
  context: CheckContext,
  op: Operator,
  value: unknown,
  path: Path,
): CheckedValue | undefined {
  const schema: z.ZodType = OPERATOR_VALUE_SCHEMAS[op];
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const detail = describeValueProblem(op);
    addIssue(context, 'invalid-rule', path, eligibilityMessages.invalidValue(detail));
    return undefined;
  }
  if (isRecord(value)) {
    if (typeof value.param === 'string') {
      useParam(context, value.param, [...path, 'param']);
      return { kind: 'param', name: value.param };
    }
    return { kind: 'fact', path: value.fact as string };
  }
  return { kind: 'literal', literal: copyJson(parsed.data as Literal) };
}

function describeValueProblem(op: Operator): string {
  switch (op) {
    case '==':
    case '!=':
    case 'contains':
      return `"${op}" compares with a JSON literal, { "param": name } or { "fact": path }`;
    case '<':
    case '<=':
    case '>':
    case '>=':
      return `"${op}" compares with a number or a string (a date is a YYYY-MM-DD string), { "param": name } or { "fact": path }`;
    case 'in':
    case 'notIn':
      return `"${op}" takes a list of JSON literals, { "param": name } or { "fact": path }`;
    case 'between':
      return '"between" takes [low, high] (numbers or strings), { "param": name } or { "fact": path }';
    case 'exists':
      return '"exists" takes true or false';
  }
}

function checkPredicate(
  context: CheckContext,
  node: Record<string, unknown>,
  rulePath: Path,
): CheckedRule | undefined {
  const name = node.predicate as string;
  const predicate = context.registry.predicates.get(name);
  if (!predicate) {
    addIssue(context, 'unknown-predicate', [...rulePath, 'predicate'], eligibilityMessages.unknownPredicate(name));
    return undefined;
  }
  const rawArgs = copyJson((node.args ?? {}) as Readonly<Record<string, unknown>>);
  const paramArgs: (readonly [string, string])[] = [];
  for (const key of Object.keys(rawArgs)) {
    const arg = rawArgs[key];
    if (isRecord(arg) && Object.keys(arg).length === 1 && typeof arg.param === 'string' && arg.param !== '') {
      paramArgs.push([key, arg.param]);
      useParam(context, arg.param, [...rulePath, 'args', key, 'param']);
    }
  }
  const label = labelOf(node, rulePath);
  if (paramArgs.length > 0) {
    return { kind: 'predicate', ...label, predicate, rawArgs, paramArgs, args: undefined, reads: [] };
  }
  const prepared = preparePredicate(predicate, rawArgs, rulePath);
  if (!prepared.ok) {
    context.issues.push(...prepared.issues);
    return undefined;
  }
  return { kind: 'predicate', ...label, predicate, rawArgs, paramArgs, args: prepared.args, reads: prepared.reads };
}

/** The outcome of checking a predicate's arguments and asking it which facts it reads. */
export type PreparedPredicate =
  | { readonly ok: true; readonly args: unknown; readonly reads: readonly string[] }
  | { readonly ok: false; readonly issues: readonly EligibilityIssue[] };

/**
 * Checks arguments against a predicate's schema and asks the predicate which facts it reads. Partner code
 * runs here (the schema's refinements and transforms, `reads`), so a throw is caught and reported.
 */
export function preparePredicate(
  predicate: RegisteredPredicate,
  args: Readonly<Record<string, unknown>>,
  rulePath: Path,
): PreparedPredicate {
  const argsPath = [...rulePath, 'args'];
  try {
    const parsed = predicate.args.safeParse(args, { reportInput: true });
    if (!parsed.success) {
      const issues: EligibilityIssue[] = [];
      const name = predicate.name;
      reportZodIssues(issues, parsed.error, argsPath, 'invalid-predicate-args', {
        unknownKey: (key) => eligibilityMessages.invalidPredicateArgs(name, `unknown argument "${key}"`),
        missingKey: (key) => eligibilityMessages.invalidPredicateArgs(name, `the argument "${key}" is required`),
        invalid: (detail) => eligibilityMessages.invalidPredicateArgs(name, detail),
      });
      return { ok: false, issues };
    }
    const reads: unknown = predicate.reads(parsed.data);
    const bad: unknown = Array.isArray(reads)
      ? (reads as readonly unknown[]).find((read) => !FactPathSchema.safeParse(read).success)
      : '(not a list)';
    if (bad !== undefined) {
      return {
        ok: false,
        issues: [
          eligibilityIssue('invalid-predicate-args', argsPath, eligibilityMessages.invalidPredicateReads(predicate.name, typeof bad === 'string' ? bad : `a ${typeof bad}`)),
        ],
      };
    }
    return { ok: true, args: parsed.data, reads: [...(reads as readonly string[])] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [eligibilityIssue('predicate-error', argsPath, eligibilityMessages.predicateThrew(predicate.name, reason))],
    };
  }
}

/**
 * Checks one rule node and, recursively, its children, reporting every problem with its path into
 * `context.issues`; returns the checked rule, or `undefined` when this node has problems. The document
 * must already have passed `guardRuleDocument` (so recursion is at most 64 levels deep).
 */
export function checkRule(raw: unknown, rulePath: Path, context: CheckContext): CheckedRule | undefined {
  if (!isRecord(raw)) {
    addIssue(context, 'invalid-rule', rulePath, eligibilityMessages.notARuleNode());
    return undefined;
  }
  const kinds = KINDS.filter((kind) => hasOwn(raw, kind));
  const [kind] = kinds;
  if (kind === undefined) {
    addIssue(context, 'invalid-rule', rulePath, eligibilityMessages.noRuleKind(Object.keys(raw)));
    return undefined;
  }
  if (kinds.length > 1) {
    addIssue(context, 'invalid-rule', rulePath, eligibilityMessages.severalRuleKinds(kinds));
    return undefined;
  }

  let healthy = true;
  const parsed = SHALLOW_NODE_SCHEMAS[kind].safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    healthy = false;
    reportZodIssues(context.issues, parsed.error, rulePath, 'invalid-rule', {
      unknownKey: (key) => eligibilityMessages.unknownKey(key, KIND_NAMES[kind], ALLOWED_KEYS[kind]),
      missingKey: (key) => eligibilityMessages.missingKey(key, KIND_NAMES[kind]),
      invalid: (detail) => eligibilityMessages.invalidValue(detail),
    });
  }

  switch (kind) {
    case 'all':
    case 'any': {
      const list = raw[kind];
      if (!Array.isArray(list)) return undefined;
      const children: CheckedRule[] = [];
      (list as readonly unknown[]).forEach((child, index) => {
        const checked = checkRule(child, [...rulePath, kind, index], context);
        if (checked) children.push(checked);
        else healthy = false;
      });
      return healthy ? { kind, ...labelOf(raw, rulePath), children } : undefined;
    }
    case 'not': {
      const child = checkRule(raw.not, [...rulePath, 'not'], context);
      return healthy && child ? { kind, ...labelOf(raw, rulePath), child } : undefined;
    }
    case 'fact': {
      const op = raw.op;
      if (typeof op !== 'string') return undefined;
      if (!OPERATOR_SET.has(op)) {
        addIssue(context, 'unknown-operator', [...rulePath, 'op'], eligibilityMessages.unknownOperator(op, OPERATORS));
        return undefined;
      }
      if (!hasOwn(raw, 'value')) return undefined; // the shallow schema reported it
      const value = checkValue(context, op as Operator, raw.value, [...rulePath, 'value']);
      if (!healthy || value === undefined) return undefined;
      return { kind: 'comparison', ...labelOf(raw, rulePath), fact: raw.fact as string, op: op as Operator, value };
    }
    case 'predicate': {
      if (typeof raw.predicate !== 'string' || raw.predicate === '') return undefined;
      if (!healthy) {
        if (!context.registry.predicates.has(raw.predicate)) {
          addIssue(context, 'unknown-predicate', [...rulePath, 'predicate'], eligibilityMessages.unknownPredicate(raw.predicate));
        }
        return undefined;
      }
      return checkPredicate(context, raw, rulePath);
    }
  }
}
