import { err, type AcceleratorError, type Issue, type Path, type Result } from '../core/index.js';

/**
 * The error codes of the `eligibility` module, each named after the rule that was broken.
 *
 * - `invalid-input`: an argument other than the rule document is malformed (evaluation options such as
 *   `asOf` or `params`, a predicate definition passed to `registerPredicate`, a registry that is not one).
 * - `invalid-rule`: the rule document does not have the shape of the rule language (a node with no or
 *   several of `all`/`any`/`not`/`fact`/`predicate`, an unknown key, a value of the wrong kind for its
 *   operator, a bad fact path, a value that is not a plain JSON object).
 * - `unknown-operator`: a comparison names an operator outside `== != < <= > >= in notIn contains exists between`.
 * - `unknown-predicate`: a predicate node names a predicate the registry does not hold.
 * - `invalid-predicate-args`: a predicate's `args` fail the zod schema the predicate was registered with.
 * - `unknown-parameter`: a `{ "param": name }` names a parameter that is not in the known set given to
 *   `compileRule`, or not in `options.params` when the rule is evaluated.
 * - `forbidden-key`: the document uses the key `__proto__`, `constructor` or `prototype` somewhere.
 * - `rule-too-deep`: rules nest deeper than 64 levels (or a value inside a node nests deeper than 64 levels).
 * - `rule-too-large`: the document has more than 10,000 rule nodes (or more than 1,000,000 JSON values).
 * - `duplicate-predicate`: `registerPredicate` was asked to register a name the registry already holds
 *   without `{ replace: true }`.
 * - `predicate-error`: a registered predicate threw, or returned something other than
 *   `'pass'`, `'fail'` or `'unknown'`.
 * - `invalid-facts`: reading the facts threw (only possible with exotic objects such as throwing getters
 *   or revoked proxies; plain JSON facts never do).
 * - `unknown-criterion`: a scoring rubric names a criterion the criteria registry does not hold.
 * - `invalid-criterion-args`: a rubric line's `args` fail the zod schema its criterion was registered with.
 * - `duplicate-criterion`: `registerCriterion` was asked to register a name already taken without
 *   `{ replace: true }`.
 * - `criterion-error`: a registered scoring criterion threw.
 *
 * @category Errors
 * @example
 * const code: EligibilityErrorCode = 'unknown-operator';
 */
export type EligibilityErrorCode =
  | 'invalid-input'
  | 'invalid-rule'
  | 'unknown-operator'
  | 'unknown-predicate'
  | 'invalid-predicate-args'
  | 'unknown-parameter'
  | 'forbidden-key'
  | 'rule-too-deep'
  | 'rule-too-large'
  | 'duplicate-predicate'
  | 'predicate-error'
  | 'invalid-facts'
  | 'unknown-criterion'
  | 'invalid-criterion-args'
  | 'duplicate-criterion'
  | 'criterion-error';

/**
 * One problem found in a rule document or an argument: the path that locates it, a readable message and
 * the code of the rule it breaks (an error may gather problems of several kinds).
 *
 * @category Errors
 * @example
 * const issue: EligibilityIssue = { code: 'unknown-operator', path: ['all', 0, 'op'], message: 'Unknown operator "~=".' };
 */
export interface EligibilityIssue extends Issue {
  readonly code: EligibilityErrorCode;
}

/**
 * An error of the `eligibility` module. `code` and `path` are those of the first problem found (in document
 * order); `issues` lists every problem found, each with its own code and path.
 *
 * @category Errors
 * @example
 * const refusal = compileRule({ fact: 'athlete.age', op: '~=', value: 18 });
 * if (!refusal.ok) refusal.error.code; //=> 'unknown-operator'
 */
export interface EligibilityError extends AcceleratorError<EligibilityErrorCode> {
  readonly issues?: readonly EligibilityIssue[];
}

const quote = (text: string): string => JSON.stringify(text);

/**
 * Every message of the module, in one place. Each returns a sentence a programme manager can read.
 *
 * @category Errors
 * @example
 * eligibilityMessages.forbiddenKey('__proto__') //=> 'The key "__proto__" is not allowed in a rule document.'
 */
export const eligibilityMessages = {
  notAPlainObject: (): string => 'A rule document may contain only plain JSON objects, arrays and values.',
  unreadableDocument: (reason: string): string => `The rule document could not be read: ${reason}.`,
  notARuleNode: (): string =>
    'A rule must be an object with exactly one of "all", "any", "not", "fact" or "predicate".',
  noRuleKind: (keys: readonly string[]): string =>
    keys.length === 0
      ? 'This rule is empty: it needs one of "all", "any", "not", "fact" or "predicate".'
      : `This rule has none of "all", "any", "not", "fact" or "predicate" (it has ${keys.map(quote).join(', ')}).`,
  severalRuleKinds: (kinds: readonly string[]): string =>
    `A rule must have exactly one of "all", "any", "not", "fact" or "predicate"; this one has ${kinds.map(quote).join(' and ')}.`,
  unknownKey: (key: string, kind: string, allowed: readonly string[]): string =>
    `Unknown key ${quote(key)} in ${kind} (allowed: ${allowed.map(quote).join(', ')}).`,
  missingKey: (key: string, kind: string): string =>
    `${kind.charAt(0).toUpperCase()}${kind.slice(1)} needs the key ${quote(key)}.`,
  invalidValue: (detail: string): string => `Invalid value: ${detail}.`,
  unknownOperator: (op: string, known: readonly string[]): string =>
    `Unknown operator ${quote(op)} (the operators are ${known.join(' ')}).`,
  unknownPredicate: (name: string): string => `No predicate named ${quote(name)} is registered.`,
  invalidPredicateArgs: (name: string, detail: string): string =>
    `Invalid arguments for the predicate ${quote(name)}: ${detail}.`,
  invalidPredicateReads: (name: string, read: string): string =>
    `The predicate ${quote(name)} declared ${quote(read)} as a fact it reads, which is not a dotted fact path.`,
  unknownParameter: (name: string): string => `The parameter ${quote(name)} is not known.`,
  missingParameter: (name: string): string =>
    `The rule uses the parameter ${quote(name)}, which options.params does not supply.`,
  forbiddenKey: (key: string): string => `The key ${quote(key)} is not allowed in a rule document.`,
  ruleTooDeep: (limit: number): string => `Rules nest deeper than ${limit} levels here.`,
  valueTooDeep: (limit: number): string => `This value nests deeper than ${limit} levels.`,
  ruleTooLarge: (limit: number): string => `The rule document has more than ${limit.toLocaleString('en-US')} rule nodes.`,
  documentTooLarge: (limit: number): string =>
    `The rule document has more than ${limit.toLocaleString('en-US')} JSON values.`,
  moreProblems: (first: string, more: number): string =>
    `${first.replace(/\.$/, '')} (and ${more} more ${more === 1 ? 'problem' : 'problems'}: see issues).`,
  duplicatePredicate: (name: string): string =>
    `A predicate named ${quote(name)} is already registered (pass { replace: true } to replace it).`,
  invalidPredicateName: (): string =>
    'A predicate name is a letter followed by letters, digits, "-", "_", "." or ":".',
  invalidPredicateDefinition: (detail: string): string => `Invalid predicate definition: ${detail}.`,
  notARegistry: (): string => 'The registry was not made by createRegistry, registerPredicate or builtInRegistry.',
  predicateThrew: (name: string, reason: string): string => `The predicate ${quote(name)} failed: ${reason}.`,
  predicateBadOutcome: (name: string): string =>
    `The predicate ${quote(name)} returned something other than "pass", "fail" or "unknown".`,
  invalidAsOf: (): string => 'asOf must be a calendar date written YYYY-MM-DD.',
  missingAsOf: (name: string): string =>
    `The predicate ${quote(name)} needs a date to evaluate on: pass options.asOf (YYYY-MM-DD).`,
  invalidParams: (): string => 'options.params must be an object of parameter values.',
  invalidTraceOption: (): string => 'options.trace must be true or false.',
  invalidOptions: (): string => 'options must be an object.',
  invalidKnownParams: (): string => 'options.knownParams must be an array or a set of parameter names.',
  unreadableFacts: (reason: string): string => `The facts could not be read: ${reason}.`,
  notACriteriaRegistry: (): string => 'The registry was not made by createCriteriaRegistry, registerCriterion or builtInCriteria.',
  invalidCriterionName: (): string => 'A criterion name is a letter followed by letters, digits, "-", "_", "." or ":".',
  invalidCriterionDefinition: (detail: string): string => `Invalid criterion definition: ${detail}.`,
  duplicateCriterion: (name: string): string =>
    `A criterion named ${quote(name)} is already registered (pass { replace: true } to replace it).`,
  unknownCriterion: (name: string): string => `No scoring criterion named ${quote(name)} is registered.`,
  invalidCriterionArgs: (name: string, detail: string): string => `Invalid arguments for the criterion ${quote(name)}: ${detail}.`,
  criterionThrew: (name: string, reason: string): string => `The criterion ${quote(name)} failed: ${reason}.`,
  duplicateCandidate: (id: string): string => `The candidate ${quote(id)} appears more than once.`,
  duplicateQuota: (attribute: string, value: string): string => `There are two quotas on ${attribute} ${quote(value)}.`,
  quotaShort: (quota: string, shortBy: number, available: number): string =>
    `The quota ${quota} is short by ${shortBy}: only ${available} ${available === 1 ? 'candidate qualifies' : 'candidates qualify'} or the seats and other quotas leave no room.`,
  seatsUnfilled: (unfilled: number, candidates: number): string =>
    `${unfilled} ${unfilled === 1 ? 'seat stays' : 'seats stay'} empty: ${candidates} candidates, and quota maximums allow no more.`,
  searchLimitReached: (limit: number): string =>
    `The search stopped at its limit of ${limit.toLocaleString('en-US')} nodes before proving this selection optimal (raise searchLimit).`,
  noIssue: (): string => 'The input was refused without a reason (a bug in the library: please report it).',
} as const;

/**
 * Builds one issue.
 *
 * @category Errors
 * @example
 * eligibilityIssue('forbidden-key', ['all', 0, '__proto__'], 'The key "__proto__" is not allowed in a rule document.')
 * //=> { code: 'forbidden-key', path: ['all', 0, '__proto__'], message: 'The key "__proto__" is not allowed in a rule document.' }
 */
export function eligibilityIssue(code: EligibilityErrorCode, path: Path, message: string): EligibilityIssue {
  return { code, path, message };
}

/**
 * Turns a list of issues into one error whose `code`, `path` and `message` are those of the first issue,
 * and whose `issues` are all of them (an empty list, which callers never pass, gives `invalid-input`).
 *
 * @category Errors
 * @example
 * eligibilityError([{ code: 'unknown-predicate', path: ['predicate'], message: 'No predicate named "x" is registered.' }])
 * //=> { code: 'unknown-predicate', message: 'No predicate named "x" is registered.', path: ['predicate'], issues: [ … ] }
 */
export function eligibilityError(issues: readonly EligibilityIssue[]): EligibilityError {
  const [first] = issues;
  if (first === undefined) return { code: 'invalid-input', message: eligibilityMessages.noIssue(), issues };
  const message =
    issues.length === 1 ? first.message : eligibilityMessages.moreProblems(first.message, issues.length - 1);
  return { code: first.code, message, path: first.path, issues };
}

/**
 * A failed result carrying these issues.
 *
 * @category Errors
 * @example
 * refuse([eligibilityIssue('invalid-input', ['asOf'], 'asOf must be a calendar date written YYYY-MM-DD.')]).ok //=> false
 */
export function refuse(issues: readonly EligibilityIssue[]): Result<never, EligibilityError> {
  return err(eligibilityError(issues));
}

/**
 * A failed result with one `invalid-input` issue at `path`.
 *
 * @category Errors
 * @example
 * invalidInput(['options'], 'options must be an object.').ok //=> false
 */
export function invalidInput(path: Path, message: string): Result<never, EligibilityError> {
  return refuse([eligibilityIssue('invalid-input', path, message)]);
}

/** Whether a value is a non-array object whose own keys can be read as a record. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
