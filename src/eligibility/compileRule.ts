import { ok, type Result } from '../core/index.js';
import { builtInRegistry } from './builtInRegistry.js';
import { checkRule, type CheckContext, type CheckedRule } from './checkRule.js';
import { createEvaluate, type CompiledRule } from './compiledRule.js';
import {
  eligibilityIssue,
  invalidInput,
  isRecord,
  refuse,
  eligibilityMessages,
  type EligibilityError,
  type EligibilityIssue,
} from './errors.js';
import { guardRuleDocument } from './guardRuleDocument.js';
import { isPredicateRegistry, type PredicateRegistry } from './registry.js';

// Re-exported so that code importing these types from here keeps working.
export type { CompiledRule, EvaluateRuleOptions, RuleEvaluation } from './compiledRule.js';

/**
 * Options of {@link compileRule}.
 *
 * @category Evaluation
 * @example
 * const options: CompileRuleOptions = { knownParams: ['minimumAge', 'acceptedLanguages'] };
 */
export interface CompileRuleOptions {
  /**
   * The parameter names an evaluation will supply. When given, a `{ "param": name }` outside this set is
   * refused at compile time (`unknown-parameter`); when left out, parameters are only checked when the
   * rule is evaluated.
   */
  readonly knownParams?: readonly string[] | ReadonlySet<string>;
}




function readKnownParams(options: unknown): Result<ReadonlySet<string> | undefined, EligibilityError> {
  if (options === undefined) return ok(undefined);
  if (!isRecord(options)) return invalidInput([], eligibilityMessages.invalidOptions());
  const known = options.knownParams;
  if (known === undefined) return ok(undefined);
  const names: unknown[] | undefined = Array.isArray(known) ? known : known instanceof Set ? [...known] : undefined;
  if (names?.every((name): name is string => typeof name === 'string') !== true) {
    return invalidInput(['knownParams'], eligibilityMessages.invalidKnownParams());
  }
  return ok(new Set(names));
}

function collect(node: CheckedRule, predicates: Set<string>, asOfUsers: Set<string>): void {
  switch (node.kind) {
    case 'all':
    case 'any':
      for (const child of node.children) collect(child, predicates, asOfUsers);
      return;
    case 'not':
      collect(node.child, predicates, asOfUsers);
      return;
    case 'comparison':
      return;
    case 'predicate':
      predicates.add(node.predicate.name);
      if (node.predicate.usesAsOf) asOfUsers.add(node.predicate.name);
  }
}

/**
 * Checks a rule document once and compiles it for fast, repeated evaluation.
 *
 * The document is refused — as an error result naming the JSON path of every problem, each with its own
 * code — when it uses the keys `__proto__`, `constructor` or `prototype` anywhere (`forbidden-key`; checked
 * on the raw value, before anything else reads it), nests deeper than 64 levels (`rule-too-deep`), has more
 * than 10,000 rule nodes (`rule-too-large`), is malformed (`invalid-rule`), names an unknown operator
 * (`unknown-operator`) or predicate (`unknown-predicate`), gives a predicate arguments its schema refuses
 * (`invalid-predicate-args`), or, when `options.knownParams` is given, names a parameter outside it
 * (`unknown-parameter`). The error's own `code` and `path` are the first problem's in document order.
 *
 * The document is not kept: the compiled rule copies the literals it needs, so changing the document
 * afterwards changes nothing.
 *
 * @param rule - the rule document (untrusted JSON is fine)
 * @param registry - the predicates the rule may call; default {@link builtInRegistry}
 * @category Evaluation
 * @example
 * const compiled = compileRule({
 *   all: [
 *     { fact: 'athlete.country', op: 'in', value: ['KE', 'NG'] },
 *     { predicate: 'ageBetween', args: { min: { param: 'minimumAge' } } },
 *   ],
 * });
 * compiled.ok && compiled.value.evaluate(
 *   { athlete: { country: 'KE', dateOfBirth: '2001-05-04' } },
 *   { asOf: '2025-01-01', params: { minimumAge: 18 }, trace: false },
 * )
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: null } }
 *
 * compileRule({ all: [{ fact: 'athlete.age', op: '=>', value: 18 }] })
 * //=> { ok: false, error: { code: 'unknown-operator', path: ['all', 0, 'op'], message: 'Unknown operator "=>" (…).', issues: [ … ] } }
 */
export function compileRule(
  rule: unknown,
  registry: PredicateRegistry = builtInRegistry(),
  options?: CompileRuleOptions,
): Result<CompiledRule, EligibilityError> {
  if (!isPredicateRegistry(registry)) return invalidInput(['registry'], eligibilityMessages.notARegistry());
  const known = readKnownParams(options);
  if (!known.ok) return known;

  let guardIssues: EligibilityIssue[];
  try {
    guardIssues = guardRuleDocument(rule);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([eligibilityIssue('invalid-rule', [], eligibilityMessages.unreadableDocument(reason))]);
  }
  if (guardIssues.length > 0) return refuse(guardIssues);

  const context: CheckContext = { registry, knownParams: known.value, issues: [], paramUses: new Map() };
  let checked: CheckedRule | undefined;
  try {
    checked = checkRule(rule, [], context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return refuse([eligibilityIssue('invalid-rule', [], eligibilityMessages.unreadableDocument(reason))]);
  }
  if (context.issues.length > 0 || checked === undefined) return refuse(context.issues);

  const predicates = new Set<string>();
  const asOfUsers = new Set<string>();
  collect(checked, predicates, asOfUsers);
  const [asOfUser] = asOfUsers;
  return ok(
    Object.freeze({
      params: Object.freeze([...context.paramUses.keys()]),
      predicates: Object.freeze([...predicates]),
      evaluate: createEvaluate(checked, context.paramUses, asOfUser),
    }),
  );
}
