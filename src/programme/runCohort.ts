import { ok, type Athlete, type Money, type Result } from '../core/index.js';
import { regionOf, type CandidateDecision } from '../eligibility/index.js';
import type { MentorPair, UnmatchedAthlete } from '../matching/index.js';
import { COHORT_REPORT_FORMAT, type CohortRecipient, type CohortReport, type CohortWarning } from './cohortReport.js';
import { runEligibility } from './eligibilityStage.js';
import type { CohortStage, ProgrammeError } from './errors.js';
import { runLearning, type LearningStage } from './learningStage.js';
import { runMentoring } from './mentoringStage.js';
import { runPackages, type PackageStage } from './packageStage.js';
import { parseCohortInput, type CohortInput, type RunCohortInput } from './runCohortInput.js';
import { runSelection } from './selectionStage.js';

interface Lookups {
  readonly decisions: ReadonlyMap<string, CandidateDecision>;
  readonly pairs: ReadonlyMap<string, MentorPair>;
  readonly unmatched: ReadonlyMap<string, UnmatchedAthlete>;
  readonly mentors: ReadonlyMap<string, { readonly name: string; readonly kind: string }>;
  readonly packageValue: Money;
}

function recipientOf(athlete: Athlete, lookups: Lookups, packages: PackageStage, learning: LearningStage): CohortRecipient {
  const decision = lookups.decisions.get(athlete.id);
  const issued = packages.issued.get(athlete.id);
  const refusal = packages.refused.get(athlete.id);
  const credit = issued?.components.find((component) => component.kind === 'credit');
  const path = learning.paths.get(athlete.id);
  const schedule = learning.schedules.get(athlete.id);
  const pair = lookups.pairs.get(athlete.id);
  const unmatched = lookups.unmatched.get(athlete.id);
  const mentor = pair === undefined ? undefined : lookups.mentors.get(pair.mentorId);
  return {
    athleteId: athlete.id,
    name: athlete.name,
    country: athlete.country,
    region: regionOf(athlete.country) ?? 'other',
    sport: athlete.sport,
    ...(athlete.gender === undefined ? {} : { gender: athlete.gender }),
    para: athlete.para === true,
    ...(athlete.careerStage === undefined ? {} : { careerStage: athlete.careerStage }),
    ...(athlete.venture === undefined ? {} : { ventureStage: athlete.venture.stage }),
    ...(athlete.venture?.sector === undefined ? {} : { sector: athlete.venture.sector }),
    rank: decision?.rank ?? 0,
    score: decision?.score ?? 0,
    breakdown: decision?.breakdown ?? [],
    reasons: decision?.reasons ?? [],
    package:
      issued === undefined
        ? { status: 'refused', code: refusal?.code ?? 'not-issued', message: refusal?.message ?? 'No package was issued.' }
        : {
            status: 'issued',
            value: lookups.packageValue,
            credit: credit?.value ?? { amount: '0', currency: lookups.packageValue.currency },
            ...(credit?.spendableUntil === undefined ? {} : { creditSpendableUntil: credit.spendableUntil }),
          },
    learning: {
      modules: path?.modules.length ?? 0,
      hours: path?.totalHours ?? 0,
      scheduledModules: schedule?.modules.length ?? 0,
      scheduledHours: schedule?.plannedHours ?? 0,
      ...(schedule?.completeBy === undefined ? {} : { completeBy: schedule.completeBy }),
      unscheduled: (schedule?.unscheduled ?? []).map((module) => ({ moduleId: module.moduleId, reason: module.reason, message: module.message })),
      openGaps: (path?.shortfalls ?? []).map((shortfall) => shortfall.message),
    },
    mentor:
      pair === undefined
        ? { status: 'unmatched', code: unmatched?.code ?? 'not-in-matching', reason: unmatched?.reason ?? 'The athlete was not part of the matching.' }
        : { status: 'matched', mentorId: pair.mentorId, mentorName: mentor?.name ?? pair.mentorId, mentorKind: mentor?.kind ?? 'unknown', score: pair.score, breakdown: pair.breakdown },
  };
}

const count = (value: number, noun: string): string => `${value.toLocaleString('en-US')} ${noun}${value === 1 ? '' : 's'}`;

/**
 * Runs a whole cohort: applications → eligibility (with the list of what to ask applicants who need
 * to send more) → selection of the package recipients with quotas and a waitlist → packages issued on
 * a fresh ledger → learning paths and the cohort schedule → mentor matching → a {@link CohortReport}.
 *
 * Only the public functions of the domain modules are used, with their defaults unless `options` say
 * otherwise: the edition's rules (or `fourthEditionRules`), `fourthEditionRubric`, quotas of at least the
 * edition's `seatsPerRegionMinimum` recipients per continental region, packages issued on the cohort
 * start (or the issue window's start), paths within each athlete's weekly hours over the cohort,
 * optimal matching on the cohort start date.
 *
 * The report is plain JSON and deterministic: the same input gives a byte-identical
 * `JSON.stringify(report)`. Whatever concerns one application, package or athlete (an application that
 * does not parse, a package the budget cannot cover, a module that cannot be scheduled, an athlete no
 * mentor can take, a quota missed) is a value in the report, with a warning. An error is returned only
 * when the input as a whole is unusable (`invalid-input`, every problem with its path: `edition.…`,
 * `mentors[3].…`, `curriculum.…`, `asOf`, `options.…`) or a stage refuses it as a whole (`stage-failed`,
 * with the stage and its error). Never modifies its input.
 *
 * @category Cohort
 * @example
 * const run = runCohort({ edition: fourthEdition, applications: athletes, mentors, asOf: '2026-12-01' });
 * run.ok && run.value.funnel.selected //=> 50
 * run.ok && run.value.packages.budget.committed //=> { amount: '500000.00', currency: 'USD' }
 */
export function runCohort(input: RunCohortInput): Result<CohortReport, ProgrammeError> {
  const parsed = parseCohortInput(input);
  if (!parsed.ok) return parsed;
  const cohort: CohortInput = parsed.value;
  const progress = (stage: CohortStage, status: 'start' | 'done', message: string): void => {
    cohort.onProgress?.({ stage, status, message });
  };

  progress('eligibility', 'start', `checking ${count(cohort.applications.length, 'application')}`);
  const eligibility = runEligibility(cohort);
  if (!eligibility.ok) return eligibility;
  const { results, eligible, summary: eligibilitySummary } = eligibility.value;
  const decided = (decision: string): number => results.filter((result) => result.decision === decision).length;
  progress('eligibility', 'done', `${count(eligible.length, 'eligible applicant')}, ${count(eligibilitySummary.invalidApplications.length, 'invalid application')}`);

  progress('selection', 'start', `selecting ${count(cohort.edition.seats, 'recipient')} among ${count(eligible.length, 'candidate')}`);
  const selection = runSelection(cohort, eligible);
  if (!selection.ok) return selection;
  const { recipients } = selection.value;
  progress('selection', 'done', `${count(recipients.length, 'recipient')} selected (${selection.value.selection.method})`);

  progress('packages', 'start', `issuing ${count(recipients.length, 'package')}`);
  const packages = runPackages(cohort, recipients);
  if (!packages.ok) return packages;
  progress('packages', 'done', `${count(packages.value.issued.size, 'package')} issued`);

  progress('learning', 'start', `planning ${count(recipients.length, 'learning path')}`);
  const learning = runLearning(cohort, recipients);
  if (!learning.ok) return learning;
  progress('learning', 'done', `${count(learning.value.summary.modulesScheduled, 'module')} scheduled`);

  progress('matching', 'start', `matching ${count(recipients.length, 'athlete')} with ${count(cohort.mentors.length, 'mentor')}`);
  const mentoring = runMentoring(cohort, recipients);
  if (!mentoring.ok) return mentoring;
  progress('matching', 'done', `${count(mentoring.value.summary.matched, 'pair')} made`);

  progress('report', 'start', 'assembling the report');
  const lookups: Lookups = {
    decisions: new Map(selection.value.selection.selected.map((decision) => [decision.athleteId, decision])),
    pairs: new Map(mentoring.value.matching.pairs.map((pair) => [pair.athleteId, pair])),
    unmatched: new Map(mentoring.value.matching.unmatched.map((athlete) => [athlete.athleteId, athlete])),
    mentors: new Map(cohort.mentors.map((mentor) => [mentor.id, { name: mentor.name, kind: mentor.kind }])),
    packageValue: cohort.edition.packageTemplate.value,
  };
  const recipientLines = recipients.map((athlete) => recipientOf(athlete, lookups, packages.value, learning.value));
  const warnings: CohortWarning[] = [
    ...selection.value.warnings,
    ...packages.value.warnings,
    ...learning.value.warnings,
    ...mentoring.value.warnings,
  ];
  const { edition } = cohort;
  const report: CohortReport = {
    format: COHORT_REPORT_FORMAT,
    asOf: cohort.asOf,
    edition: {
      id: edition.id,
      name: edition.name,
      number: edition.number,
      seats: edition.seats,
      budget: edition.budget,
      packageValue: edition.packageTemplate.value,
      cohortStart: edition.dates.cohortStart,
      cohortEnd: edition.dates.cohortEnd,
      ...(edition.baselines === undefined ? {} : { baselines: edition.baselines }),
    },
    funnel: {
      applications: cohort.applications.length,
      invalid: eligibilitySummary.invalidApplications.length,
      eligible: eligible.length,
      ineligible: decided('ineligible'),
      needsInformation: decided('needs-information'),
      selected: recipients.length,
      waitlisted: selection.value.selection.waitlist.length,
      notSelected: eligible.length - recipients.length - selection.value.selection.waitlist.length,
      packagesIssued: packages.value.issued.size,
      scheduled: recipientLines.filter((line) => learning.value.paths.has(line.athleteId) && line.learning.unscheduled.length === 0).length,
      matched: mentoring.value.summary.matched,
    },
    eligibility: eligibilitySummary,
    selection: selection.value.summary,
    packages: packages.value.summary,
    learning: learning.value.summary,
    mentoring: mentoring.value.summary,
    recipients: recipientLines,
    warnings,
  };
  progress('report', 'done', count(warnings.length, 'warning'));
  return ok(report);
}
