import type { CalendarDate } from '../core/index.js';
import type { CohortWeek } from './cohortCalendar.js';
import type { UnscheduledReason } from './errors.js';

/**
 * Hours of one module placed in one cohort week (live-session hours included).
 *
 * @category Scheduling
 * @example
 * const allocation: Allocation = { week: 3, hours: 2.5 };
 * allocation.hours //=> 2.5
 */
export interface Allocation {
  readonly week: number;
  readonly hours: number;
}

/**
 * A live session an athlete attends: on a fixed `date`, or in a cohort `week` when the catalogue gives
 * only a week.
 *
 * @category Scheduling
 * @example
 * const session: ScheduledSession = { sessionId: 'workshop', week: 16, date: '2027-05-05', hours: 3 };
 * session.week //=> 16
 */
export interface ScheduledSession {
  readonly sessionId: string;
  readonly week: number;
  readonly date?: CalendarDate;
  readonly hours: number;
}

/**
 * A module placed on the calendar: the weeks it runs from and to (its prerequisites all end before
 * `firstWeek`), its first and last open day, and its hours week by week.
 *
 * @category Scheduling
 * @example
 * const placed: ScheduledModule = { moduleId: 'b2b-incoterms', firstWeek: 0, lastWeek: 0, start: '2027-01-11', end: '2027-01-17', allocations: [{ week: 0, hours: 5 }], sessions: [] };
 * placed.lastWeek //=> 0
 */
export interface ScheduledModule {
  readonly moduleId: string;
  readonly firstWeek: number;
  readonly lastWeek: number;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly allocations: readonly Allocation[];
  readonly sessions: readonly ScheduledSession[];
}

/**
 * A module of a path that could not be placed, the reason, and what caused it (the prerequisite, the
 * session, or the hours that did not fit).
 *
 * @category Scheduling
 * @example
 * const left: UnscheduledModule = { moduleId: 'log-port-visit', reason: 'session-in-blackout', message: '…', sessionId: 'visit' };
 * left.reason //=> 'session-in-blackout'
 */
export interface UnscheduledModule {
  readonly moduleId: string;
  readonly reason: UnscheduledReason;
  readonly message: string;
  readonly prerequisiteId?: string;
  readonly sessionId?: string;
  readonly hoursShort?: number;
}

/**
 * One athlete's week: how many of its days are open (inside the cohort, outside their blackouts and the
 * cohort's breaks), the hours they can study in it and the hours planned.
 *
 * @category Scheduling
 * @example
 * const week: AthleteWeek = { week: 4, openDays: 2, capacityHours: 2.5, plannedHours: 2.5 };
 * week.plannedHours <= week.capacityHours //=> true
 */
export interface AthleteWeek {
  readonly week: number;
  readonly openDays: number;
  readonly capacityHours: number;
  readonly plannedHours: number;
}

/**
 * One athlete's schedule: the modules placed (in path order), those that could not be, and their weeks.
 *
 * @category Scheduling
 * @example
 * const schedule: AthleteSchedule = { athleteId: 'a-1', hoursPerWeek: 5, plannedHours: 0, modules: [], unscheduled: [], weeks: [] };
 * schedule.unscheduled.length //=> 0
 */
export interface AthleteSchedule {
  readonly athleteId: string;
  readonly hoursPerWeek: number;
  readonly plannedHours: number;
  readonly completeBy?: CalendarDate;
  readonly modules: readonly ScheduledModule[];
  readonly unscheduled: readonly UnscheduledModule[];
  readonly weeks: readonly AthleteWeek[];
}

/**
 * A live session of the cohort with the athletes scheduled to attend it.
 *
 * @category Scheduling
 * @example
 * const roster: SessionRoster = { moduleId: 'b2b-quotation-workshop', sessionId: 'workshop', week: 16, date: '2027-05-05', attendees: ['athlete-0001'] };
 * roster.attendees.length //=> 1
 */
export interface SessionRoster {
  readonly moduleId: string;
  readonly sessionId: string;
  readonly week: number;
  readonly date?: CalendarDate;
  readonly attendees: readonly string[];
}

/**
 * A cohort's schedule: its weeks, each athlete's schedule (in the order of the paths), the live-session
 * rosters (by week, then date, module and session), and totals.
 *
 * @category Scheduling
 * @example
 * const empty: CohortSchedule = { start: '2027-01-11', end: '2027-06-25', weeks: [], athletes: [], sessions: [], modulesScheduled: 0, modulesUnscheduled: 0 };
 * empty.modulesScheduled //=> 0
 */
export interface CohortSchedule {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly weeks: readonly CohortWeek[];
  readonly athletes: readonly AthleteSchedule[];
  readonly sessions: readonly SessionRoster[];
  readonly modulesScheduled: number;
  readonly modulesUnscheduled: number;
}
