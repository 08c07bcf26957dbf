import { z } from 'zod';
import { addDays, err, isWithinInterval, ok, parseWith } from '../core/index.js';
import type { CalendarDate, DateInterval, Path, Result } from '../core/index.js';
import { CohortCalendarSchema, weeksOf } from './cohortCalendar.js';
import type { CohortCalendar, CohortCalendarInput, CohortWeek } from './cohortCalendar.js';
import type { Allocation, AthleteSchedule, CohortSchedule, ScheduledModule, ScheduledSession, SessionRoster, UnscheduledModule } from './cohortSchedule.js';
import { curriculumError, curriculumIssue, curriculumMessages as messages, fromCoreIssues } from './errors.js';
import type { CurriculumError, CurriculumIssue, UnscheduledReason } from './errors.js';
import { LearningPathSchema, PathModuleSchema } from './learningPath.js';
import type { LearningPathInput } from './learningPath.js';

/**
 * Options of {@link scheduleCohort}.
 *
 * @category Scheduling
 * @example
 * const options: ScheduleCohortOptions = { defaultHoursPerWeek: 6 };
 * options.defaultHoursPerWeek //=> 6
 */
export interface ScheduleCohortOptions {
  /**
   * The weekly hours of an athlete whose path does not say (`availabilityHoursPerWeek` absent): default
   * `5`, the 4th edition's minimum.
   */
  readonly defaultHoursPerWeek?: number;
}

const OptionsSchema = z.strictObject({ defaultHoursPerWeek: z.number().min(0).max(100).optional() });

/**
 * What scheduling reads of a learning path, checked as strictly as `LearningPathSchema` checks it; the
 * informative fields (titles, reasons, gaps, shortfalls, credited modules) are not read and not checked.
 */
const ScheduledPathSchema = z.object({
  athleteId: LearningPathSchema.shape.athleteId,
  availabilityHoursPerWeek: LearningPathSchema.shape.availabilityHoursPerWeek,
  blackouts: LearningPathSchema.shape.blackouts,
  modules: z
    .array(
      z.object({
        moduleId: PathModuleSchema.shape.moduleId,
        effortHours: PathModuleSchema.shape.effortHours,
        prerequisites: PathModuleSchema.shape.prerequisites,
        sessions: PathModuleSchema.shape.sessions,
      }),
    )
    .max(100_000),
});
const PathsSchema = z.array(ScheduledPathSchema).max(10_000);
type ScheduledPath = z.output<typeof ScheduledPathSchema>;
type ScheduledPathModule = ScheduledPath['modules'][number];

/**
 * Places each athlete's learning path on the weeks of a cohort.
 *
 * **Weeks and hours.** The cohort runs in ISO weeks (Monday to Sunday), week 0 holding the cohort start.
 * A day is *open* for an athlete when it is inside the cohort (from `calendar.start` to `calendar.end`)
 * and in none of their blackouts nor the cohort's `breaks`. A week gives the athlete
 * `hoursPerWeek × openDays / 7` hours (rounded down to a quarter hour), so a week fully blacked out gives
 * none and a blackout of 3 days takes 3/7 of the week; work placed in a week happens on its open days.
 * `hoursPerWeek` is the path's `availabilityHoursPerWeek`, else `options.defaultHoursPerWeek` (5).
 *
 * **Live sessions** stay on their fixed date (or in their week). A session dated on a day that is not
 * open for the athlete (a blackout, a break, outside the cohort), or in a week with no open day, cannot be
 * attended, and its module is not scheduled. Session hours are reserved first, for every module of the
 * path, so that self-paced work never crowds out a live session.
 *
 * **Order.** Modules are placed in path order, greedily: each starts no earlier than the week after all its
 * prerequisites end (a prerequisite is complete by the end of its last week), and its sessions must fall
 * in or after that week. The rest of its effort fills the earliest weeks with hours left; for a module
 * with live sessions, the preparation fills the weeks leading up to its first session (latest first,
 * down to that earliest week), and only what does not fit there goes after it. A module that does
 * not fit completely before the cohort end is not scheduled at all (its hours and reserved sessions are
 * released), nor is anything that requires it; each is reported in `unscheduled` with the reason.
 * Athletes are scheduled independently; the result does not depend on the order of `paths`, except that
 * it follows it.
 *
 * Validates every argument (paths start with `paths`, `calendar` or `options`); of a path it reads and
 * checks `athleteId`, `availabilityHoursPerWeek`, `blackouts` and each module's `moduleId`, `effortHours`,
 * `prerequisites` (each must come earlier in the path) and `sessions`, and ignores the rest. Never
 * modifies its arguments.
 *
 * @category Scheduling
 * @example
 * const schedule = scheduleCohort(
 *   [{ athleteId: 'a-1', availabilityHoursPerWeek: 4, blackouts: [{ start: '2027-01-18', end: '2027-01-24' }],
 *      modules: [{ moduleId: 'basics', effortHours: 6 }, { moduleId: 'advanced', effortHours: 2, prerequisites: ['basics'] }] }],
 *   { start: '2027-01-11', end: '2027-02-05' },
 * );
 * schedule.ok && schedule.value.athletes[0]?.modules.map((m) => [m.moduleId, m.allocations])
 * //=> [['basics', [{ week: 0, hours: 4 }, { week: 2, hours: 2 }]], ['advanced', [{ week: 3, hours: 2 }]]]
 */
export function scheduleCohort(
  paths: readonly LearningPathInput[],
  calendar: CohortCalendarInput,
  options: ScheduleCohortOptions = {},
): Result<CohortSchedule, CurriculumError> {
  const issues: CurriculumIssue[] = [];
  const parsedPaths = parseWith(PathsSchema, paths, 'list of paths');
  if (!parsedPaths.ok) issues.push(...fromCoreIssues(parsedPaths.error.issues, ['paths']));
  const parsedCalendar = parseWith(CohortCalendarSchema, calendar, 'calendar');
  if (!parsedCalendar.ok) issues.push(...fromCoreIssues(parsedCalendar.error.issues, ['calendar']));
  const parsedOptions = parseWith(OptionsSchema, options, 'options');
  if (!parsedOptions.ok) issues.push(...fromCoreIssues(parsedOptions.error.issues, ['options']));
  if (parsedPaths.ok) issues.push(...checkPaths(parsedPaths.value));
  const [first, ...rest] = issues;
  if (first !== undefined) return err(curriculumError([first, ...rest]));
  if (!parsedPaths.ok || !parsedCalendar.ok || !parsedOptions.ok) return err(curriculumError([curriculumIssue('invalid-input', [], 'Invalid input.')]));

  const cohort = new CohortDays(parsedCalendar.value);
  const defaultHours = parsedOptions.value.defaultHoursPerWeek ?? 5;
  const athletes = parsedPaths.value.map((path) => scheduleAthlete(path, cohort, path.availabilityHoursPerWeek ?? defaultHours));

  const rosters = new Map<string, { moduleId: string; sessionId: string; week: number; date?: CalendarDate; attendees: string[] }>();
  for (const athlete of athletes) {
    for (const module of athlete.modules) {
      for (const session of module.sessions) {
        const key = JSON.stringify([module.moduleId, session.sessionId]);
        const roster = rosters.get(key);
        if (roster !== undefined) roster.attendees.push(athlete.athleteId);
        else {
          const entry = { moduleId: module.moduleId, sessionId: session.sessionId, week: session.week, attendees: [athlete.athleteId] };
          rosters.set(key, session.date === undefined ? entry : { ...entry, date: session.date });
        }
      }
    }
  }
  const sessions: SessionRoster[] = [...rosters.values()].sort(
    (a, b) => a.week - b.week || compareText(a.date ?? '', b.date ?? '') || compareText(a.moduleId, b.moduleId) || compareText(a.sessionId, b.sessionId),
  );
  let modulesScheduled = 0;
  let modulesUnscheduled = 0;
  for (const athlete of athletes) {
    modulesScheduled += athlete.modules.length;
    modulesUnscheduled += athlete.unscheduled.length;
  }
  return ok({ start: cohort.calendar.start, end: cohort.calendar.end, weeks: cohort.weeks, athletes, sessions, modulesScheduled, modulesUnscheduled });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What `LearningPathSchema` cannot check: unique ids, prerequisites earlier in the path, well-formed sessions. */
function checkPaths(paths: readonly ScheduledPath[]): CurriculumIssue[] {
  const issues: CurriculumIssue[] = [];
  const athletes = new Map<string, number>();
  paths.forEach((path, pathIndex) => {
    const firstPath = athletes.get(path.athleteId);
    if (firstPath !== undefined) issues.push(curriculumIssue('duplicate-id', ['paths', pathIndex, 'athleteId'], messages.duplicateAthlete(path.athleteId, firstPath)));
    else athletes.set(path.athleteId, pathIndex);
    const position = new Map<string, number>();
    path.modules.forEach((module, index) => {
      if (position.has(module.moduleId)) {
        issues.push(curriculumIssue('duplicate-id', ['paths', pathIndex, 'modules', index, 'moduleId'], messages.duplicatePathModule(module.moduleId)));
      } else position.set(module.moduleId, index);
    });
    path.modules.forEach((module, index) => {
      const at = (...rest: (string | number)[]): Path => ['paths', pathIndex, 'modules', index, ...rest];
      module.prerequisites.forEach((prerequisite, k) => {
        const where = position.get(prerequisite);
        if (where === undefined) issues.push(curriculumIssue('unknown-prerequisite', at('prerequisites', k), messages.pathPrerequisiteMissing(module.moduleId, prerequisite)));
        else if (where >= index) issues.push(curriculumIssue('path-out-of-order', at('prerequisites', k), messages.pathOutOfOrder(module.moduleId, prerequisite)));
      });
      let sessionHours = 0;
      const sessionIds = new Set<string>();
      module.sessions.forEach((session, k) => {
        if ((session.date === undefined) === (session.week === undefined)) issues.push(curriculumIssue('invalid-session', at('sessions', k), messages.sessionWithoutTime()));
        if (sessionIds.has(session.id)) issues.push(curriculumIssue('duplicate-id', at('sessions', k, 'id'), messages.duplicateSession(session.id)));
        sessionIds.add(session.id);
        sessionHours += session.hours;
      });
      if (sessionHours > module.effortHours) issues.push(curriculumIssue('invalid-session', at('sessions'), messages.sessionsOverEffort(module.moduleId, sessionHours, module.effortHours)));
    });
  });
  return issues;
}

/** The days of a cohort, computed once and shared by every athlete. */
class CohortDays {
  readonly weeks: CohortWeek[];
  /** Day `d` is `weeks[d / 7]`'s Monday plus `d % 7` days. */
  readonly days: readonly CalendarDate[];
  /** 1 when the day is inside the cohort and in no cohort break. */
  readonly open: Uint8Array;
  private readonly index: ReadonlyMap<CalendarDate, number>;

  constructor(readonly calendar: CohortCalendar) {
    this.weeks = weeksOf(calendar);
    const monday = this.weeks[0]?.start ?? calendar.start;
    const { days, index } = daysFrom(monday, this.weeks.length * 7);
    this.days = days;
    this.index = index;
    this.open = new Uint8Array(days.length);
    days.forEach((date, day) => {
      const inside = isWithinInterval(date, calendar);
      this.open[day] = inside && !calendar.breaks.some((pause) => isWithinInterval(date, pause)) ? 1 : 0;
    });
  }

  /** The index of a date among `days`, or -1 outside the cohort's weeks. */
  dayOf(date: CalendarDate): number {
    return this.index.get(date) ?? -1;
  }
}

const dayMemo = new Map<string, { days: readonly CalendarDate[]; index: ReadonlyMap<CalendarDate, number> }>();

/** `count` consecutive days from `monday`, and each one's position; remembered for the last few cohorts. */
function daysFrom(monday: CalendarDate, count: number): { days: readonly CalendarDate[]; index: ReadonlyMap<CalendarDate, number> } {
  const key = `${monday}/${count}`;
  const known = dayMemo.get(key);
  if (known !== undefined) return known;
  const days: CalendarDate[] = [];
  const index = new Map<CalendarDate, number>();
  for (let day = 0; day < count; day++) {
    const date = addDays(monday, day);
    days.push(date);
    index.set(date, day);
  }
  if (dayMemo.size >= 64) dayMemo.clear();
  const entry = { days, index };
  dayMemo.set(key, entry);
  return entry;
}

interface Placement {
  readonly allocations: Map<number, number>;
  readonly sessions: ScheduledSession[];
}

function scheduleAthlete(path: ScheduledPath, cohort: CohortDays, hoursPerWeek: number): AthleteSchedule {
  const weekCount = cohort.weeks.length;
  const open = Uint8Array.from(cohort.open);
  for (const blackout of path.blackouts) blockDays(open, cohort, blackout);
  const openDays = new Int32Array(weekCount);
  for (let day = 0; day < open.length; day++) bump(openDays, Math.floor(day / 7), open[day] as number);
  const perWeek = Math.floor(hoursPerWeek * 4 + 1e-9);
  const capacity = new Int32Array(weekCount);
  for (let week = 0; week < weekCount; week++) capacity[week] = Math.floor((perWeek * (openDays[week] as number)) / 7);
  const used = new Int32Array(weekCount);

  const modules = path.modules;
  const failures = new Map<number, Omit<UnscheduledModule, 'moduleId'>>();
  const reserved = new Map<number, ScheduledSession[]>();
  modules.forEach((module, index) => {
    if (module.sessions.length === 0) return;
    const sessions: ScheduledSession[] = [];
    for (const session of module.sessions) {
      const placed = placeSession(session, cohort, open, openDays);
      if ('reason' in placed) {
        failures.set(index, placed);
        return;
      }
      sessions.push(placed);
    }
    for (const [position, session] of sessions.entries()) {
      const hours = Math.round(session.hours * 4);
      const left = (capacity[session.week] as number) - (used[session.week] as number);
      if (hours > left) {
        for (const earlier of sessions.slice(0, position)) bump(used, earlier.week, -Math.round(earlier.hours * 4));
        failures.set(index, {
          reason: 'session-over-weekly-hours',
          sessionId: session.sessionId,
          message: messages.unscheduled.sessionOverWeeklyHours(session.sessionId, describeSession(session, cohort), session.hours, left / 4),
        });
        return;
      }
      bump(used, session.week, hours);
    }
    reserved.set(index, sessions);
  });

  const lastWeekOf = new Map<string, number>();
  const scheduled: ScheduledModule[] = [];
  const unscheduled: UnscheduledModule[] = [];
  const release = (index: number): void => {
    for (const session of reserved.get(index) ?? []) bump(used, session.week, -Math.round(session.hours * 4));
    reserved.delete(index);
  };
  const refuse = (index: number, module: ScheduledPathModule, reason: UnscheduledReason, message: string, extra: Partial<UnscheduledModule> = {}): void => {
    release(index);
    unscheduled.push({ moduleId: module.moduleId, reason, message, ...extra });
  };

  modules.forEach((module, index) => {
    const failure = failures.get(index);
    if (failure !== undefined) {
      unscheduled.push({ moduleId: module.moduleId, ...failure });
      return;
    }
    let earliest = 0;
    for (const prerequisite of module.prerequisites) {
      const last = lastWeekOf.get(prerequisite);
      if (last === undefined) {
        refuse(index, module, 'prerequisite-not-scheduled', messages.unscheduled.prerequisiteNotScheduled(prerequisite), { prerequisiteId: prerequisite });
        return;
      }
      earliest = Math.max(earliest, last + 1);
    }
    const sessions = reserved.get(index) ?? [];
    const early = sessions.find((session) => session.week < earliest);
    if (early !== undefined) {
      const from = cohort.weeks[earliest]?.start ?? cohort.calendar.end;
      refuse(index, module, 'session-before-prerequisites', messages.unscheduled.sessionBeforePrerequisites(early.sessionId, describeSession(early, cohort), from), {
        sessionId: early.sessionId,
      });
      return;
    }
    const placement: Placement = { allocations: new Map(), sessions };
    for (const session of sessions) placement.allocations.set(session.week, (placement.allocations.get(session.week) ?? 0) + Math.round(session.hours * 4));
    let remaining = Math.round(module.effortHours * 4) - sessions.reduce((sum, session) => sum + Math.round(session.hours * 4), 0);
    const taken: [number, number][] = [];
    const fill = (week: number): void => {
      const take = Math.min(remaining, (capacity[week] as number) - (used[week] as number));
      if (take <= 0) return;
      bump(used, week, take);
      remaining -= take;
      taken.push([week, take]);
    };
    // Preparation for live sessions goes in the weeks leading up to the first one, then after it;
    // other work goes in the earliest weeks with hours left.
    const anchor = sessions.length === 0 ? earliest : Math.min(...sessions.map((session) => session.week));
    for (let week = anchor; sessions.length > 0 && week >= earliest && remaining > 0; week--) fill(week);
    for (let week = sessions.length === 0 ? earliest : anchor + 1; week < weekCount && remaining > 0; week++) fill(week);
    if (remaining > 0) {
      for (const [week, take] of taken) bump(used, week, -take);
      refuse(index, module, 'past-cohort-end', messages.unscheduled.pastCohortEnd(remaining / 4, module.effortHours), { hoursShort: remaining / 4 });
      return;
    }
    for (const [week, take] of taken) placement.allocations.set(week, (placement.allocations.get(week) ?? 0) + take);
    const placed = toScheduledModule(module, placement, cohort, open);
    lastWeekOf.set(module.moduleId, placed.lastWeek);
    scheduled.push(placed);
  });

  const weeks = cohort.weeks.map((week) => ({
    week: week.week,
    openDays: openDays[week.week] as number,
    capacityHours: (capacity[week.week] as number) / 4,
    plannedHours: (used[week.week] as number) / 4,
  }));
  let plannedQuarters = 0;
  for (const quarters of used) plannedQuarters += quarters;
  const completeBy = scheduled.reduce<CalendarDate | undefined>((latest, module) => (latest === undefined || module.end > latest ? module.end : latest), undefined);
  return {
    athleteId: path.athleteId,
    hoursPerWeek: perWeek / 4,
    plannedHours: plannedQuarters / 4,
    ...(completeBy === undefined ? {} : { completeBy }),
    modules: scheduled,
    unscheduled,
    weeks,
  };
}

function blockDays(open: Uint8Array, cohort: CohortDays, blackout: DateInterval): void {
  const first = cohort.days[0];
  const last = cohort.days[cohort.days.length - 1];
  if (first === undefined || last === undefined || blackout.end < first || blackout.start > last) return;
  const from = blackout.start < first ? 0 : cohort.dayOf(blackout.start);
  const to = blackout.end > last ? cohort.days.length - 1 : cohort.dayOf(blackout.end);
  for (let day = from; day <= to; day++) open[day] = 0;
}

function placeSession(
  session: ScheduledPathModule['sessions'][number],
  cohort: CohortDays,
  open: Uint8Array,
  openDays: Int32Array,
): ScheduledSession | Omit<UnscheduledModule, 'moduleId'> {
  const base = { sessionId: session.id, hours: session.hours };
  if (session.date !== undefined) {
    const when = session.date;
    const day = isWithinInterval(when, cohort.calendar) ? cohort.dayOf(when) : -1;
    if (day < 0) return { reason: 'session-outside-cohort', sessionId: session.id, message: messages.unscheduled.sessionOutsideCohort(session.id, when) };
    if (open[day] !== 1) return { reason: 'session-in-blackout', sessionId: session.id, message: messages.unscheduled.sessionInBlackout(session.id, when) };
    return { ...base, week: Math.floor(day / 7), date: when };
  }
  const week = session.week ?? 0;
  const label = `week ${week}`;
  if (week >= cohort.weeks.length) return { reason: 'session-outside-cohort', sessionId: session.id, message: messages.unscheduled.sessionOutsideCohort(session.id, label) };
  if (openDays[week] === 0) return { reason: 'session-in-blackout', sessionId: session.id, message: messages.unscheduled.sessionInBlackout(session.id, label) };
  return { ...base, week };
}

function describeSession(session: ScheduledSession, cohort: CohortDays): string {
  return session.date ?? `week ${session.week}, from ${cohort.weeks[session.week]?.start ?? '?'}`;
}

function toScheduledModule(module: ScheduledPathModule, placement: Placement, cohort: CohortDays, open: Uint8Array): ScheduledModule {
  const weeks = [...placement.allocations.keys()].sort((a, b) => a - b);
  const firstWeek = weeks[0] ?? 0;
  const lastWeek = weeks[weeks.length - 1] ?? 0;
  const allocations: Allocation[] = weeks.map((week) => ({ week, hours: (placement.allocations.get(week) ?? 0) / 4 }));
  return {
    moduleId: module.moduleId,
    firstWeek,
    lastWeek,
    start: openDay(firstWeek, cohort, open, 'first'),
    end: openDay(lastWeek, cohort, open, 'last'),
    allocations,
    sessions: [...placement.sessions].sort((a, b) => a.week - b.week || compareText(a.date ?? '', b.date ?? '')),
  };
}

function openDay(week: number, cohort: CohortDays, open: Uint8Array, which: 'first' | 'last'): CalendarDate {
  for (let offset = 0; offset < 7; offset++) {
    const day = week * 7 + (which === 'first' ? offset : 6 - offset);
    if (open[day] === 1) return cohort.days[day] as CalendarDate;
  }
  return cohort.weeks[week]?.first ?? cohort.calendar.start;
}

function bump(array: Int32Array, index: number, delta: number): void {
  array[index] = (array[index] as number) + delta;
}
