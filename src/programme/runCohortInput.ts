import { z } from 'zod';
import {
  CalendarDateSchema,
  isCalendarDate,
  parseEdition,
  parseMentors,
  type CalendarDate,
  type Edition,
  type EditionInput,
  type Issue,
  type Mentor,
  type Result,
  ok,
} from '../core/index.js';
import {
  QuotaSchema,
  RubricSchema,
  isCriteriaRegistry,
  isPredicateRegistry,
  type CriteriaRegistry,
  type PredicateRegistry,
  type Quota,
  type Rubric,
} from '../eligibility/index.js';
import { defaultCurriculum, validateCurriculum, type Curriculum, type CurriculumInput } from '../curriculum/index.js';
import { isPairCriteriaRegistry, type PairCriteriaRegistry, type PairCriterionUse } from '../matching/index.js';
import { invalidInput, type CohortStage, type ProgrammeError } from './errors.js';

/**
 * A progress event of {@link runCohort}: a stage starts or is done. A command line prints these on
 * stderr; a caller who wants timings reads its own clock in the callback (the library never does).
 *
 * @category Cohort
 * @example
 * const event: CohortProgress = { stage: 'eligibility', status: 'done', message: '1,200 applications checked' };
 */
export interface CohortProgress {
  readonly stage: CohortStage;
  readonly status: 'start' | 'done';
  readonly message: string;
}

/**
 * Options of {@link runCohort}. Every one has a default taken from the edition or the domain modules.
 *
 * @category Cohort
 * @example
 * const options: RunCohortOptions = { seed: 'draw-2', matching: { method: 'stable' } };
 * options.matching?.method //=> 'stable'
 */
export interface RunCohortOptions {
  /**
   * Selection quotas. Default: at least the edition's `seatsPerRegionMinimum` parameter (in force on
   * `asOf`) recipients from each continental region; none when the edition has no such parameter.
   */
  readonly quotas?: readonly Quota[];
  /** The scoring rubric; default `fourthEditionRubric`. */
  readonly rubric?: Rubric;
  /** Decides exact ties of score (see `selectRecipients`); default `"selection"`. */
  readonly seed?: string;
  /** How many candidates to rank on the waitlist; default as many as there are seats. */
  readonly waitlistSize?: number;
  /** The predicates the edition's rules may call; default `builtInRegistry()`. */
  readonly predicates?: PredicateRegistry;
  /** The scoring criteria the rubric may name; default `builtInCriteria()`. */
  readonly criteria?: CriteriaRegistry;
  /**
   * The date packages are issued on. Default: the cohort start, or the start of the package's issue
   * window if that is later.
   */
  readonly issueOn?: CalendarDate;
  /**
   * The hours each recipient's learning path may take. Default: the athlete's weekly availability (or
   * the edition's `minimumHoursPerWeek` in force at the cohort start, or 5) times the cohort's weeks.
   */
  readonly hoursBudget?: number;
  /** Mentor matching options (see `matchMentors`); it runs on the cohort start date. */
  readonly matching?: {
    readonly method?: 'optimal' | 'stable';
    readonly minScore?: number;
    readonly criteria?: readonly PairCriterionUse[];
    readonly registry?: PairCriteriaRegistry;
  };
  /** Called as each stage starts and ends. */
  readonly onProgress?: (event: CohortProgress) => void;
}

/**
 * What {@link runCohort} takes: the edition, the applications (athletes as plain JSON, validated one
 * by one), the mentors, the curriculum (default `defaultCurriculum`), the decision date and options.
 *
 * @category Cohort
 * @example
 * const input: RunCohortInput = { edition: fourthEdition, applications: [], mentors: [], asOf: '2026-12-01' };
 * input.asOf //=> '2026-12-01'
 */
export interface RunCohortInput {
  readonly edition: EditionInput;
  readonly applications: readonly unknown[];
  readonly mentors: readonly unknown[];
  readonly curriculum?: CurriculumInput;
  /** The date eligibility and selection are decided on, `YYYY-MM-DD`. */
  readonly asOf: CalendarDate;
  readonly options?: RunCohortOptions;
}

/** The input once its parts that must be whole are validated. */
export interface CohortInput {
  readonly edition: Edition;
  readonly applications: readonly unknown[];
  readonly mentors: readonly Mentor[];
  readonly curriculum: Curriculum;
  readonly asOf: CalendarDate;
  readonly quotas: readonly Quota[] | undefined;
  readonly rubric: Rubric | undefined;
  readonly seed: string;
  readonly waitlistSize: number | undefined;
  readonly predicates: PredicateRegistry | undefined;
  readonly criteria: CriteriaRegistry | undefined;
  readonly issueOn: CalendarDate | undefined;
  readonly hoursBudget: number | undefined;
  readonly matching: {
    readonly method: 'optimal' | 'stable';
    readonly minScore: number | undefined;
    readonly criteria: readonly PairCriterionUse[] | undefined;
    readonly registry: PairCriteriaRegistry | undefined;
  };
  readonly onProgress: ((event: CohortProgress) => void) | undefined;
}

const OptionsSchema = z.strictObject({
  quotas: z.array(QuotaSchema).max(1000).optional(),
  rubric: RubricSchema.optional(),
  seed: z.string().max(200).optional(),
  waitlistSize: z.number().int().min(0).max(1_000_000).optional(),
  predicates: z.custom<PredicateRegistry>(isPredicateRegistry, { message: 'Expected a registry made by createRegistry.' }).optional(),
  criteria: z.custom<CriteriaRegistry>(isCriteriaRegistry, { message: 'Expected a registry made by createCriteriaRegistry.' }).optional(),
  issueOn: CalendarDateSchema.optional(),
  hoursBudget: z.number().min(0).max(10_000).optional(),
  matching: z
    .strictObject({
      method: z.enum(['optimal', 'stable']).optional(),
      minScore: z.number().min(-1_000_000).max(1_000_000).optional(),
      criteria: z.array(z.strictObject({ criterion: z.string().min(1).max(64), weight: z.number(), args: z.unknown().optional() })).max(100).optional(),
      registry: z.custom<PairCriteriaRegistry>(isPairCriteriaRegistry, { message: 'Expected a registry made by createPairCriteriaRegistry.' }).optional(),
    })
    .optional(),
  onProgress: z.custom<(event: CohortProgress) => void>((value) => typeof value === 'function', { message: 'Expected a function.' }).optional(),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function prefixed(issues: readonly Issue[] | undefined, prefix: readonly (string | number)[]): Issue[] {
  return (issues ?? []).map((issue) => ({ path: [...prefix, ...issue.path], message: issue.message }));
}

/**
 * Validates the parts of the input that must be whole before the pipeline starts: the edition, the
 * list of applications (each application is checked later, on its own), the mentors, the curriculum,
 * `asOf` and the options. Reports every problem at once.
 */
export function parseCohortInput(input: unknown): Result<CohortInput, ProgrammeError> {
  if (!isRecord(input)) return invalidInput('cohort input', [{ path: [], message: 'Expected an object with edition, applications, mentors and asOf.' }]);
  const issues: Issue[] = [];
  for (const key of Object.keys(input)) {
    if (!['edition', 'applications', 'mentors', 'curriculum', 'asOf', 'options'].includes(key)) issues.push({ path: [key], message: `Unknown field "${key}".` });
  }
  const edition = parseEdition(input.edition);
  if (!edition.ok) issues.push(...prefixed(edition.error.issues ?? [{ path: [], message: edition.error.message }], ['edition']));
  const { applications } = input;
  if (!Array.isArray(applications)) issues.push({ path: ['applications'], message: 'Expected a list of applications.' });
  else if (applications.length > 1_000_000) issues.push({ path: ['applications'], message: 'At most 1,000,000 applications.' });
  const mentors = Array.isArray(input.mentors) ? parseMentors(input.mentors) : undefined;
  if (mentors === undefined) issues.push({ path: ['mentors'], message: 'Expected a list of mentors.' });
  else if (!mentors.ok) issues.push(...prefixed(mentors.error.issues, ['mentors']));
  const curriculum = validateCurriculum((input.curriculum ?? defaultCurriculum) as CurriculumInput);
  if (!curriculum.ok) issues.push(...prefixed(curriculum.error.issues, ['curriculum']));
  const { asOf } = input;
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) issues.push({ path: ['asOf'], message: 'asOf must be a calendar date written YYYY-MM-DD.' });
  const options = OptionsSchema.safeParse(input.options ?? {});
  if (!options.success) for (const issue of options.error.issues) issues.push({ path: ['options', ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))], message: issue.message });
  if (issues.length > 0 || !edition.ok || !Array.isArray(applications) || mentors === undefined || !mentors.ok || !curriculum.ok || !options.success || typeof asOf !== 'string') {
    return invalidInput('cohort input', issues.length > 0 ? issues : [{ path: [], message: 'Invalid input.' }]);
  }
  const settings = options.data;
  return ok({
    edition: edition.value,
    applications: applications as unknown[],
    mentors: mentors.value,
    curriculum: curriculum.value,
    asOf,
    quotas: settings.quotas,
    rubric: settings.rubric,
    seed: settings.seed ?? 'selection',
    waitlistSize: settings.waitlistSize,
    predicates: settings.predicates,
    criteria: settings.criteria,
    issueOn: settings.issueOn,
    hoursBudget: settings.hoursBudget,
    matching: {
      method: settings.matching?.method ?? 'optimal',
      minScore: settings.matching?.minScore,
      criteria: settings.matching?.criteria,
      registry: settings.matching?.registry,
    },
    onProgress: settings.onProgress,
  });
}
