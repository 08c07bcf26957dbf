import type { CalendarDate, Issue, Money } from '../core/index.js';
import type { JournalEntry } from '../accounting/index.js';
import type { PairScoreLine, UnmatchedReasonCode } from '../matching/index.js';
import type { Quota, ScoreLine } from '../eligibility/index.js';
import type { CohortStage } from './errors.js';

/**
 * The format tag of a {@link CohortReport}; it changes only when the report's shape changes in a way
 * that breaks readers.
 *
 * @category Cohort
 */
export const COHORT_REPORT_FORMAT = 'athlete-accelerator/cohort-report@1';

/**
 * Something a programme manager should look at: a quota missed, a package refused, an athlete who
 * could not be scheduled or matched. `stage` says where it arose.
 *
 * @category Cohort
 * @example
 * const warning: CohortWarning = { stage: 'matching', code: 'mentors-at-capacity', message: 'No mentor left for athlete-0007.', athleteId: 'athlete-0007' };
 */
export interface CohortWarning {
  readonly stage: CohortStage;
  readonly code: string;
  readonly message: string;
  readonly athleteId?: string;
}

/**
 * How many applications reached each step of the pipeline.
 *
 * @category Cohort
 */
export interface CohortFunnel {
  /** Every item of `applications`. */
  readonly applications: number;
  /** Applications that do not match `AthleteSchema` or repeat an earlier id: not checked. */
  readonly invalid: number;
  readonly eligible: number;
  readonly ineligible: number;
  readonly needsInformation: number;
  readonly selected: number;
  readonly waitlisted: number;
  readonly notSelected: number;
  readonly packagesIssued: number;
  /** Recipients with a learning path whose every module is scheduled (a path may be empty when prior learning covers every target). */
  readonly scheduled: number;
  readonly matched: number;
}

/**
 * A count of athletes per value (a reason, a missing fact, a region, a sport…), most frequent first.
 *
 * @category Cohort
 */
export interface CountLine {
  readonly value: string;
  readonly count: number;
}

/**
 * The eligibility stage in the report.
 *
 * @category Cohort
 */
export interface CohortEligibility {
  readonly asOf: CalendarDate;
  /** The edition's parameters in force on `asOf`. */
  readonly params: Readonly<Record<string, unknown>>;
  /** The rule nodes that made applicants ineligible, in plain words, with how many each. */
  readonly ineligibleReasons: readonly CountLine[];
  /** The facts to ask for, with how many applicants lack each (only facts that could change a decision). */
  readonly missingFacts: readonly CountLine[];
  /** Every applicant who needs to send more information, with exactly what to ask for. */
  readonly needsInformation: readonly { readonly athleteId: string; readonly name: string; readonly missing: readonly string[] }[];
  /** Applications that could not be checked, with their index in `applications` and every problem. */
  readonly invalidApplications: readonly { readonly index: number; readonly athleteId?: string; readonly issues: readonly Issue[] }[];
}

/**
 * One bar of the score distribution: eligible candidates whose score is in `[from, to)` (the last bar
 * includes 100), by decision.
 *
 * @category Cohort
 */
export interface ScoreBin {
  readonly from: number;
  readonly to: number;
  readonly selected: number;
  readonly waitlisted: number;
  readonly notSelected: number;
}

/**
 * The selection stage in the report.
 *
 * @category Cohort
 */
export interface CohortSelection {
  readonly seats: number;
  readonly unfilledSeats: number;
  readonly totalScore: number;
  readonly method: 'flow' | 'search';
  readonly proven: boolean;
  readonly seed: string;
  readonly rubric: readonly { readonly criterion: string; readonly weight: number }[];
  readonly quotas: readonly {
    readonly quota: Quota;
    readonly label: string;
    readonly selected: number;
    readonly available: number;
    readonly met: boolean;
    readonly shortBy: number;
  }[];
  readonly waitlist: readonly { readonly position: number; readonly athleteId: string; readonly name: string; readonly country: string; readonly sport: string; readonly score: number }[];
  /** Eligible candidates by score, in ten bins of 10 points. */
  readonly scoreDistribution: readonly ScoreBin[];
  readonly byRegion: readonly CountLine[];
  readonly bySport: readonly CountLine[];
  readonly byGender: readonly CountLine[];
  readonly byCareerStage: readonly CountLine[];
  readonly paraAthletes: number;
}

/**
 * One month of the package budget: what was committed and what remains, and the recipients' credit
 * still open at the end of the month if none of it is spent (it falls to zero when it expires).
 *
 * @category Cohort
 */
export interface BurnDownMonth {
  readonly month: string;
  readonly budgetRemaining: Money;
  readonly cumulativeCommitted: Money;
  readonly creditOpenIfUnspent: Money;
  readonly creditExpiring: Money;
}

/**
 * The package stage in the report: the template, what was issued, the budget, and the journal from
 * which `replay` rebuilds the ledger.
 *
 * @category Cohort
 */
export interface CohortPackages {
  readonly issuedOn: CalendarDate;
  readonly template: {
    readonly id: string;
    readonly name: string;
    readonly value: Money;
    readonly creditValidDays: number;
    readonly components: readonly { readonly id: string; readonly name: string; readonly kind: 'service' | 'credit'; readonly value: Money }[];
  };
  readonly issued: number;
  readonly refused: readonly { readonly athleteId: string; readonly code: string; readonly message: string }[];
  readonly budget: {
    readonly funded: Money;
    readonly committed: Money;
    readonly remaining: Money;
    readonly serviceCommitted: Money;
    readonly creditCommitted: Money;
  };
  readonly burnDown: readonly BurnDownMonth[];
  /** The ledger's journal: `replay(report.packages.journal)` rebuilds it to post spending on. */
  readonly journal: readonly JournalEntry[];
}

/**
 * The learning stage in the report.
 *
 * @category Cohort
 */
export interface CohortLearning {
  readonly calendar: { readonly start: CalendarDate; readonly end: CalendarDate; readonly weeks: number };
  readonly curriculumModules: number;
  readonly plannedHours: number;
  readonly modulesScheduled: number;
  readonly modulesUnscheduled: number;
  readonly unscheduledByReason: readonly CountLine[];
  /** How many recipients take each module, most taken first. */
  readonly moduleDemand: readonly { readonly moduleId: string; readonly title: string; readonly athletes: number }[];
  /** Hours planned for the whole cohort, week by week (`week` counts from 0, the ISO week holding the cohort start). */
  readonly hoursByWeek: readonly { readonly week: number; readonly start: CalendarDate; readonly hours: number }[];
}

/**
 * The mentoring stage in the report.
 *
 * @category Cohort
 */
export interface CohortMentoring {
  readonly method: 'optimal' | 'stable';
  /** The sum of the pair scores (each from 0 to 1 with the default criteria). */
  readonly total: number;
  /** `total / matched`, or 0 when nobody is matched. */
  readonly averageScore: number;
  readonly matched: number;
  readonly unmatched: readonly { readonly athleteId: string; readonly name: string; readonly code: UnmatchedReasonCode; readonly reason: string }[];
  readonly mentorLoad: readonly {
    readonly mentorId: string;
    readonly name: string;
    readonly kind: string;
    readonly assigned: number;
    readonly capacity: number;
  }[];
  readonly byKind: readonly { readonly kind: string; readonly mentors: number; readonly capacity: number; readonly assigned: number }[];
}

/**
 * Everything about one package recipient: who they are, why they were selected, their package, their
 * learning path and schedule, and their mentor.
 *
 * @category Cohort
 */
export interface CohortRecipient {
  readonly athleteId: string;
  readonly name: string;
  readonly country: string;
  readonly region: string;
  readonly sport: string;
  readonly gender?: string;
  readonly para: boolean;
  readonly careerStage?: string;
  readonly ventureStage?: string;
  readonly sector?: string;
  readonly rank: number;
  readonly score: number;
  readonly breakdown: readonly ScoreLine[];
  readonly reasons: readonly string[];
  readonly package:
    | { readonly status: 'issued'; readonly value: Money; readonly credit: Money; readonly creditSpendableUntil?: CalendarDate }
    | { readonly status: 'refused'; readonly code: string; readonly message: string };
  readonly learning: {
    readonly modules: number;
    readonly hours: number;
    readonly scheduledModules: number;
    readonly scheduledHours: number;
    readonly completeBy?: CalendarDate;
    readonly unscheduled: readonly { readonly moduleId: string; readonly reason: string; readonly message: string }[];
    /** Goals the path could not fully close (budget, delivery mode, language), in plain words. */
    readonly openGaps: readonly string[];
  };
  readonly mentor:
    | {
        readonly status: 'matched';
        readonly mentorId: string;
        readonly mentorName: string;
        readonly mentorKind: string;
        readonly score: number;
        readonly breakdown: readonly PairScoreLine[];
      }
    | { readonly status: 'unmatched'; readonly code: UnmatchedReasonCode | 'not-in-matching'; readonly reason: string };
}

/**
 * The result of {@link runCohort}: plain JSON (strings, numbers, booleans, arrays and objects only), so
 * `JSON.stringify` writes it and `JSON.parse` reads it back unchanged. The same input gives a
 * byte-identical report.
 *
 * @category Cohort
 */
export interface CohortReport {
  readonly format: typeof COHORT_REPORT_FORMAT;
  readonly asOf: CalendarDate;
  readonly edition: {
    readonly id: string;
    readonly name: string;
    readonly number: number;
    readonly seats: number;
    readonly budget: Money;
    readonly packageValue: Money;
    readonly cohortStart: CalendarDate;
    readonly cohortEnd: CalendarDate;
    readonly baselines?: { readonly struggledToSecureCareer: number; readonly believedTransferableSkills: number; readonly ranOwnVenture: number };
  };
  readonly funnel: CohortFunnel;
  readonly eligibility: CohortEligibility;
  readonly selection: CohortSelection;
  readonly packages: CohortPackages;
  readonly learning: CohortLearning;
  readonly mentoring: CohortMentoring;
  /** The package recipients in rank order. */
  readonly recipients: readonly CohortRecipient[];
  readonly warnings: readonly CohortWarning[];
}
