import { daysBetween, ok, type Athlete, type Result } from '../core/index.js';
import { resolveParams } from '../eligibility/index.js';
import { cohortWeeks, planLearningPath, scheduleCohort, type AthleteSchedule, type LearningPath } from '../curriculum/index.js';
import { countLines } from './countLines.js';
import type { CohortLearning, CohortWarning } from './cohortReport.js';
import { stageFailed, type ProgrammeError } from './errors.js';
import type { CohortInput } from './runCohortInput.js';

/** What the learning stage hands on. */
export interface LearningStage {
  readonly paths: ReadonlyMap<string, LearningPath>;
  readonly schedules: ReadonlyMap<string, AthleteSchedule>;
  readonly summary: CohortLearning;
  readonly warnings: readonly CohortWarning[];
}

/** The weekly hours assumed for an athlete who does not say: the edition's minimum at the cohort start, else 5. */
function defaultHoursPerWeek(input: CohortInput): number {
  const minimum = resolveParams(input.edition, input.edition.dates.cohortStart).minimumHoursPerWeek;
  return typeof minimum === 'number' && Number.isFinite(minimum) && minimum >= 0 && minimum <= 100 ? minimum : 5;
}

/**
 * Plans each recipient's learning path (hours budget: their weekly hours times the cohort's weeks, unless
 * `hoursBudget` says otherwise) and places all paths on the cohort's weeks. A path that cannot be
 * planned, and modules that cannot be scheduled, are warnings.
 */
export function runLearning(input: CohortInput, recipients: readonly Athlete[]): Result<LearningStage, ProgrammeError> {
  const { cohortStart, cohortEnd } = input.edition.dates;
  const calendar = { start: cohortStart, end: cohortEnd };
  const weeks = cohortWeeks(calendar);
  if (!weeks.ok) return stageFailed('learning', weeks.error);
  const cohortDays = daysBetween(cohortStart, cohortEnd) + 1;
  const fallbackHours = defaultHoursPerWeek(input);
  const paths = new Map<string, LearningPath>();
  const warnings: CohortWarning[] = [];
  for (const athlete of recipients) {
    const hoursBudget = input.hoursBudget ?? Math.min(10_000, Math.floor(((athlete.availabilityHoursPerWeek ?? fallbackHours) * cohortDays) / 7));
    const planned = planLearningPath(athlete, input.curriculum, { hoursBudget });
    if (!planned.ok) {
      warnings.push({ stage: 'learning', code: planned.error.code, message: `No learning path for ${athlete.name} (${athlete.id}): ${planned.error.message}`, athleteId: athlete.id });
      continue;
    }
    paths.set(athlete.id, planned.value);
    for (const shortfall of planned.value.shortfalls) {
      if (shortfall.reason === 'over-budget') warnings.push({ stage: 'learning', code: 'gap-over-budget', message: `${athlete.name} (${athlete.id}): ${shortfall.message}`, athleteId: athlete.id });
    }
  }
  const scheduled = scheduleCohort([...paths.values()], calendar, { defaultHoursPerWeek: fallbackHours });
  if (!scheduled.ok) return stageFailed('learning', scheduled.error);
  const schedules = new Map(scheduled.value.athletes.map((schedule) => [schedule.athleteId, schedule]));
  const unscheduledReasons: string[] = [];
  for (const schedule of scheduled.value.athletes) {
    for (const module of schedule.unscheduled) {
      unscheduledReasons.push(module.reason);
      warnings.push({ stage: 'learning', code: module.reason, message: `${schedule.athleteId}: module ${module.moduleId} not scheduled: ${module.message}`, athleteId: schedule.athleteId });
    }
  }
  const demand = new Map<string, { title: string; athletes: number }>();
  for (const path of paths.values()) {
    for (const module of path.modules) {
      const entry = demand.get(module.moduleId) ?? { title: module.title ?? module.moduleId, athletes: 0 };
      entry.athletes++;
      demand.set(module.moduleId, entry);
    }
  }
  const hoursByWeek = weeks.value.map((week) => ({ week: week.week, start: week.start, hours: 0 }));
  for (const schedule of scheduled.value.athletes) {
    for (const week of schedule.weeks) {
      const line = hoursByWeek[week.week];
      if (line !== undefined) line.hours += week.plannedHours;
    }
  }
  return ok({
    paths,
    schedules,
    warnings,
    summary: {
      calendar: { start: cohortStart, end: cohortEnd, weeks: weeks.value.length },
      curriculumModules: input.curriculum.modules.length,
      plannedHours: scheduled.value.athletes.reduce((sum, schedule) => sum + schedule.plannedHours, 0),
      modulesScheduled: scheduled.value.modulesScheduled,
      modulesUnscheduled: scheduled.value.modulesUnscheduled,
      unscheduledByReason: countLines(unscheduledReasons),
      moduleDemand: [...demand]
        .map(([moduleId, entry]) => ({ moduleId, title: entry.title, athletes: entry.athletes }))
        .sort((a, b) => b.athletes - a.athletes || (a.moduleId < b.moduleId ? -1 : 1)),
      hoursByWeek,
    },
  });
}
