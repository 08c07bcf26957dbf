import { z } from 'zod';
import { err, ok, type Athlete, type CalendarDate, type Result } from '../core/index.js';
import { builtInCriteria } from './builtInCriteria.js';
import type { CandidatePool, CriteriaRegistry, RegisteredCriterion, ScoringContext } from './criteria.js';
import { eligibilityError, eligibilityIssue, eligibilityMessages, type EligibilityError, type EligibilityIssue } from './errors.js';
import { regionOf } from './regionOf.js';

/**
 * The zod schema of a scoring rubric: weighted criteria, each naming a registered criterion. Weights
 * are relative (they need not sum to 100); a candidate's score is the weighted mean of the criteria's
 * values, from 0 to 100.
 *
 * @category Selection
 */
export const RubricSchema = z.strictObject({
  criteria: z
    .array(
      z.strictObject({
        criterion: z.string().min(1).max(64),
        weight: z.number().min(0).max(1_000_000),
        args: z.json().optional(),
        label: z.string().max(200).optional(),
      }),
    )
    .min(1)
    .max(100)
    .refine((criteria) => criteria.some((c) => c.weight > 0), { message: 'At least one criterion needs a weight above zero.' }),
});

/** A scoring rubric, as validated by {@link RubricSchema}. @category Selection */
export type Rubric = z.output<typeof RubricSchema>;

/**
 * The default rubric for the 4th edition (a documented default, not a published figure): venture stage
 * 25, motivation 20, export readiness 20, transferable skills 15, elite record 10, region diversity 5,
 * sport diversity 5.
 *
 * @category Selection
 */
export const fourthEditionRubric: Rubric = {
  criteria: [
    { criterion: 'ventureStage', weight: 25 },
    { criterion: 'motivation', weight: 20 },
    { criterion: 'exportReadiness', weight: 20 },
    { criterion: 'transferableSkills', weight: 15 },
    { criterion: 'eliteRecord', weight: 10 },
    { criterion: 'regionDiversity', weight: 5 },
    { criterion: 'sportDiversity', weight: 5 },
  ],
};

/**
 * One criterion's part of a candidate's score: its value (0–1), the points it earned out of the
 * weight's share of 100, and why.
 *
 * @category Selection
 */
export interface ScoreLine {
  readonly criterion: string;
  readonly label: string;
  readonly weight: number;
  readonly value: number;
  readonly points: number;
  readonly reason: string;
}

/**
 * A candidate's score from 0 to 100 with its per-criterion breakdown and the facts that were missing.
 *
 * @category Selection
 */
export interface CandidateScore {
  readonly athleteId: string;
  readonly score: number;
  readonly breakdown: readonly ScoreLine[];
  readonly missing: readonly string[];
}

/** A rubric whose criteria have been looked up and whose arguments have been checked. */
export interface CompiledRubric {
  readonly lines: readonly { readonly criterion: RegisteredCriterion; readonly args: unknown; readonly weight: number; readonly label: string }[];
  readonly totalWeight: number;
}

/**
 * Checks a rubric against a criteria registry: unknown criteria and arguments that fail a criterion's
 * schema are reported with their paths, all at once.
 */
export function compileRubric(input: unknown, registry: CriteriaRegistry): Result<CompiledRubric, EligibilityError> {
  const parsed = RubricSchema.safeParse(input);
  if (!parsed.success) {
    return err(
      eligibilityError(
        parsed.error.issues.map((issue) =>
          eligibilityIssue('invalid-input', ['rubric', ...issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key))], issue.message),
        ),
      ),
    );
  }
  const issues: EligibilityIssue[] = [];
  const lines: CompiledRubric['lines'][number][] = [];
  parsed.data.criteria.forEach((line, index) => {
    const criterion = registry.criteria.get(line.criterion);
    if (criterion === undefined) {
      issues.push(eligibilityIssue('unknown-criterion', ['rubric', 'criteria', index, 'criterion'], eligibilityMessages.unknownCriterion(line.criterion)));
      return;
    }
    const args = criterion.args.safeParse(line.args ?? {});
    if (!args.success) {
      issues.push(
        eligibilityIssue('invalid-criterion-args', ['rubric', 'criteria', index, 'args'], eligibilityMessages.invalidCriterionArgs(line.criterion, args.error.issues[0]?.message ?? 'invalid')),
      );
      return;
    }
    lines.push({ criterion, args: args.data, weight: line.weight, label: line.label ?? line.criterion });
  });
  if (issues.length > 0) return err(eligibilityError(issues));
  return ok({ lines, totalWeight: lines.reduce((sum, line) => sum + line.weight, 0) });
}

/**
 * The pool statistics that diversity criteria score against.
 *
 * @category Selection
 * @example
 * describePool([]).size //=> 0
 */
export function describePool(athletes: readonly Athlete[]): CandidatePool {
  const byRegion = new Map<string, number>();
  const bySport = new Map<string, number>();
  for (const athlete of athletes) {
    const region = regionOf(athlete.country) ?? 'other';
    byRegion.set(region, (byRegion.get(region) ?? 0) + 1);
    bySport.set(athlete.sport, (bySport.get(athlete.sport) ?? 0) + 1);
  }
  return { size: athletes.length, byRegion, bySport };
}

/** Scores one athlete against a compiled rubric. */
export function scoreWithRubric(athlete: Athlete, rubric: CompiledRubric, context: ScoringContext): Result<CandidateScore, EligibilityError> {
  const breakdown: ScoreLine[] = [];
  const missing: string[] = [];
  let score = 0;
  for (const line of rubric.lines) {
    let verdict;
    try {
      verdict = line.criterion.score(athlete, line.args, context);
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      return err(eligibilityError([eligibilityIssue('criterion-error', ['rubric', line.criterion.name], eligibilityMessages.criterionThrew(line.criterion.name, reason))]));
    }
    const raw = typeof verdict.value === 'number' && !Number.isNaN(verdict.value) ? verdict.value : 0;
    const value = Math.min(1, Math.max(0, raw));
    const points = rubric.totalWeight === 0 ? 0 : (100 * line.weight * value) / rubric.totalWeight;
    score += points;
    breakdown.push({ criterion: line.criterion.name, label: line.label, weight: line.weight, value, points, reason: typeof verdict.reason === "string" ? verdict.reason : "" });
    for (const fact of verdict.missing ?? []) if (!missing.includes(fact)) missing.push(fact);
  }
  return ok({ athleteId: athlete.id, score, breakdown, missing });
}

/** Options of {@link scoreCandidates}. @category Selection */
export interface ScoreCandidatesOptions {
  readonly asOf: CalendarDate;
  /** Default: {@link fourthEditionRubric}. */
  readonly rubric?: Rubric;
  /** Default: `builtInCriteria()`. */
  readonly registry?: CriteriaRegistry;
}

/**
 * Scores every candidate against a rubric, from 0 to 100, with a per-criterion breakdown. Diversity
 * criteria score against the pool of candidates given.
 *
 * @category Selection
 * @example
 * const scored = scoreCandidates(athletes, { asOf: '2026-12-01' });
 * scored.ok && scored.value[0]?.breakdown.map((line) => line.criterion)
 * //=> ['ventureStage', 'motivation', 'exportReadiness', 'transferableSkills', 'eliteRecord', 'regionDiversity', 'sportDiversity']
 */
export function scoreCandidates(athletes: readonly Athlete[], options: ScoreCandidatesOptions): Result<CandidateScore[], EligibilityError> {
  const rubric = compileRubric(options.rubric ?? fourthEditionRubric, options.registry ?? builtInCriteria());
  if (!rubric.ok) return rubric;
  const context: ScoringContext = { asOf: options.asOf, pool: describePool(athletes) };
  const scores: CandidateScore[] = [];
  for (const athlete of athletes) {
    const scored = scoreWithRubric(athlete, rubric.value, context);
    if (!scored.ok) return scored;
    scores.push(scored.value);
  }
  return ok(scores);
}
