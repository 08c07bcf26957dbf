import {
  err,
  isCalendarDate,
  ok,
  parseAthlete,
  parseEdition,
  type Athlete,
  type AthleteInput,
  type CalendarDate,
  type Edition,
  type EditionInput,
  type Result,
} from '../core/index.js';
import { compileRule, type CompiledRule } from './compileRule.js';
import { eligibilityError, eligibilityIssue, type EligibilityError, type EligibilityIssue } from './errors.js';
import { fourthEditionRules } from './fourthEditionRules.js';
import { missingToDecide } from './missingToDecide.js';
import type { Outcome } from './outcome.js';
import type { PredicateRegistry } from './registry.js';
import { resolveParams } from './resolveParams.js';
import type { RuleTrace } from './trace.js';

/**
 * The decision on an application: `eligible` (the rules pass), `ineligible` (they fail whatever the
 * missing facts would say), or `needs-information` (the answer depends on facts the application lacks).
 *
 * @category Editions
 */
export type EligibilityDecision = 'eligible' | 'ineligible' | 'needs-information';

/**
 * One rule node that decided the outcome, in plain words.
 *
 * @category Editions
 */
export interface EligibilityReason {
  readonly ruleId?: string;
  readonly description: string;
  readonly outcome: Outcome;
}

/**
 * The answer for one applicant: the decision, the rule nodes that decided it, the facts to ask the
 * applicant for (only those that could change the decision), the parameters in force and the trace.
 *
 * @category Editions
 */
export interface EligibilityResult {
  readonly athleteId: string;
  readonly decision: EligibilityDecision;
  readonly reasons: readonly EligibilityReason[];
  readonly missing: readonly string[];
  readonly asOf: CalendarDate;
  readonly params: Readonly<Record<string, unknown>>;
  readonly trace: RuleTrace;
}

const DECISION: Readonly<Record<Outcome, EligibilityDecision>> = { pass: 'eligible', fail: 'ineligible', unknown: 'needs-information' };

function childrenOf(trace: RuleTrace): readonly RuleTrace[] {
  if (trace.kind === 'all' || trace.kind === 'any') return trace.children;
  if (trace.kind === 'not') return [trace.child];
  return [];
}

function describeNode(trace: RuleTrace): string {
  if (trace.description !== undefined) return trace.description;
  if (trace.kind === 'comparison') {
    const shown = trace.param === undefined ? JSON.stringify(trace.value) : `${trace.param} (${JSON.stringify(trace.value)})`;
    return `${trace.fact} ${trace.op} ${shown} (the application says ${trace.factValue === undefined ? 'nothing' : JSON.stringify(trace.factValue)})`;
  }
  if (trace.kind === 'predicate') return `${trace.predicate} ${JSON.stringify(trace.args)}`;
  return trace.id ?? trace.kind;
}

/**
 * The described nodes that decided a trace's outcome, top-most first. A node without a description
 * is looked through to its children with the same outcome; a leaf is described from its fields.
 */
function decidingNodes(trace: RuleTrace, outcome: Outcome, into: EligibilityReason[], isRoot: boolean): void {
  if (trace.outcome !== outcome) return;
  const children = childrenOf(trace).filter((child) => child.outcome === (trace.kind === 'not' ? flip(outcome) : outcome));
  if ((trace.description !== undefined && !isRoot) || children.length === 0) {
    into.push(trace.id === undefined ? { description: describeNode(trace), outcome } : { ruleId: trace.id, description: describeNode(trace), outcome });
    return;
  }
  for (const child of children) decidingNodes(child, trace.kind === 'not' ? flip(outcome) : outcome, into, false);
}

function flip(outcome: Outcome): Outcome {
  return outcome === 'pass' ? 'fail' : outcome === 'fail' ? 'pass' : 'unknown';
}

/** Options of {@link checkEligibility} and {@link checkApplicants}. @category Editions */
export interface CheckEligibilityOptions {
  /** The predicates the edition's rules may call; default `builtInRegistry()`. */
  readonly registry?: PredicateRegistry;
}

function prepare(
  edition: EditionInput | Edition,
  asOf: CalendarDate,
  options: CheckEligibilityOptions,
  issues: EligibilityIssue[],
): { edition: Edition; rule: CompiledRule; params: Record<string, unknown> } | undefined {
  const parsed = parseEdition(edition);
  if (!parsed.ok) for (const issue of parsed.error.issues ?? []) issues.push(eligibilityIssue('invalid-input', ['edition', ...issue.path], issue.message));
  if (!isCalendarDate(asOf)) issues.push(eligibilityIssue('invalid-input', ['asOf'], 'asOf must be a calendar date written YYYY-MM-DD.'));
  if (!parsed.ok || issues.length > 0) return undefined;
  const compiled = compileRule(parsed.value.rules ?? fourthEditionRules, options.registry);
  if (!compiled.ok) {
    for (const issue of compiled.error.issues ?? []) issues.push({ ...issue, path: ['edition', 'rules', ...issue.path] });
    return undefined;
  }
  const rule = compiled.value;
  return { edition: parsed.value, rule, params: resolveParams(parsed.value, asOf) };
}

function decide(athlete: Athlete, rule: CompiledRule, params: Record<string, unknown>, asOf: CalendarDate): Result<EligibilityResult, EligibilityError> {
  const evaluation = rule.evaluate({ athlete }, { asOf, params, trace: true });
  if (!evaluation.ok) return evaluation;
  const { outcome, trace } = evaluation.value;
  if (trace === null) return err(eligibilityError([eligibilityIssue('invalid-input', [], 'The evaluation returned no trace.')]));
  const reasons: EligibilityReason[] = [];
  decidingNodes(trace, outcome, reasons, true);
  return ok({ athleteId: athlete.id, decision: DECISION[outcome], reasons, missing: missingToDecide(trace), asOf, params, trace });
}

/**
 * Checks one application against an edition on a date: the edition's rules (or
 * {@link fourthEditionRules} when it has none) with the parameters in force on `asOf`. The result
 * says `eligible`, `ineligible` or `needs-information`, which rule nodes decided it, in plain words, and
 * — for `needs-information` — exactly which facts to ask the applicant for.
 *
 * @category Editions
 * @example
 * const result = checkEligibility(application, fourthEdition, '2026-12-01');
 * result.ok && result.value.decision //=> 'needs-information'
 * result.ok && result.value.missing //=> ['athlete.availabilityHoursPerWeek']
 */
export function checkEligibility(
  athlete: AthleteInput | Athlete,
  edition: EditionInput | Edition,
  asOf: CalendarDate,
  options: CheckEligibilityOptions = {},
): Result<EligibilityResult, EligibilityError> {
  const issues: EligibilityIssue[] = [];
  const parsed = parseAthlete(athlete);
  if (!parsed.ok) for (const issue of parsed.error.issues ?? []) issues.push(eligibilityIssue('invalid-input', ['athlete', ...issue.path], issue.message));
  const prepared = prepare(edition, asOf, options, issues);
  if (!parsed.ok || prepared === undefined) return err(eligibilityError(issues));
  return decide(parsed.value, prepared.rule, prepared.params, asOf);
}

/**
 * Checks many applications against one edition, compiling its rules once. An application that does
 * not parse is reported in `invalid` with its index and issues; it does not stop the others.
 *
 * @category Editions
 * @example
 * const checked = checkApplicants(athletes, fourthEdition, '2026-12-01');
 * checked.ok && checked.value.results.filter((r) => r.decision === 'eligible').length //=> 399
 */
export function checkApplicants(
  athletes: readonly (AthleteInput | Athlete)[],
  edition: EditionInput | Edition,
  asOf: CalendarDate,
  options: CheckEligibilityOptions = {},
): Result<{ results: EligibilityResult[]; invalid: { index: number; issues: EligibilityIssue[] }[] }, EligibilityError> {
  const issues: EligibilityIssue[] = [];
  const prepared = prepare(edition, asOf, options, issues);
  if (prepared === undefined) return err(eligibilityError(issues));
  const results: EligibilityResult[] = [];
  const invalid: { index: number; issues: EligibilityIssue[] }[] = [];
  for (const [index, input] of athletes.entries()) {
    const parsed = parseAthlete(input);
    if (!parsed.ok) {
      invalid.push({ index, issues: (parsed.error.issues ?? []).map((issue) => eligibilityIssue('invalid-input', ['athletes', index, ...issue.path], issue.message)) });
      continue;
    }
    const decided = decide(parsed.value, prepared.rule, prepared.params, asOf);
    if (!decided.ok) return decided;
    results.push(decided.value);
  }
  return ok({ results, invalid });
}
