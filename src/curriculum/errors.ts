import { formatPath } from '../core/index.js';
import type { AcceleratorError, Issue, Path } from '../core/index.js';

/**
 * The error codes of the `curriculum` module (a closed union: a new code is a breaking change), each
 * named after the rule that was broken.
 *
 * - `invalid-input`: a value does not have the expected shape (a missing field, a wrong type, a date
 *   that does not exist, a hostile key such as `__proto__`, an unknown option).
 * - `duplicate-id`: two tracks, modules, sessions or athletes share an id, or a list names the same
 *   prerequisite or competency twice.
 * - `unknown-track`: a module names a track the curriculum does not declare.
 * - `unknown-prerequisite`: a module lists a prerequisite that is not a module of the curriculum (or, in a
 *   learning path, not a module of the path).
 * - `prerequisite-cycle`: modules require each other in a circle; the issue's `cycle` spells it out,
 *   `a → b → c → a` (read "a requires b, which requires c, which requires a").
 * - `invalid-effort`: an effort or a session's hours are not a positive multiple of a quarter hour (at most 1,000).
 * - `level-out-of-range`: a module teaches a competency at a level other than 1, 2, 3 or 4.
 * - `invalid-session`: sessions on a self-paced module, or sessions that add up to more than the module's effort.
 * - `invalid-completion`: a track's completion criteria name a module of another track, or ask for more
 *   electives than the track offers.
 * - `unknown-module`: a completion criterion, a progress event or an option names a module the curriculum lacks.
 * - `path-out-of-order`: a learning path lists a module before one of its prerequisites.
 *
 * @category Errors
 * @example
 * const code: CurriculumErrorCode = 'prerequisite-cycle';
 * code //=> 'prerequisite-cycle'
 */
export type CurriculumErrorCode =
  | 'invalid-input'
  | 'duplicate-id'
  | 'unknown-track'
  | 'unknown-prerequisite'
  | 'prerequisite-cycle'
  | 'invalid-effort'
  | 'level-out-of-range'
  | 'invalid-session'
  | 'invalid-completion'
  | 'unknown-module'
  | 'path-out-of-order';

/**
 * One problem found in an input: its code, the path that locates it and a readable message. A
 * `prerequisite-cycle` issue also carries the `cycle` as module ids, first and last the same.
 *
 * @category Errors
 * @example
 * const issue: CurriculumIssue = {
 *   code: 'unknown-prerequisite',
 *   path: ['modules', 3, 'prerequisites', 0],
 *   message: 'The module "b2b-quotes" requires "b2b-incoterm", which is not in the curriculum.',
 * };
 * issue.path.length //=> 4
 */
export interface CurriculumIssue extends Issue {
  readonly code: CurriculumErrorCode;
  readonly cycle?: readonly string[];
}

/**
 * An error of the `curriculum` module. `code`, `path` and the start of `message` are those of the first
 * issue; `issues` lists every problem found, each with its own code and path. Paths start at the
 * argument: for `validateCurriculum` at the curriculum itself (`['modules', 4, 'effortHours']`), for
 * functions of several arguments with the argument's name (`['curriculum', 'modules', 4, …]`,
 * `['options', 'hoursBudget']`, `['events', 17, 'at']`).
 *
 * @category Errors
 * @example
 * const error: CurriculumError = { code: 'invalid-input', message: 'options.hoursBudget: Expected a number.', path: ['options', 'hoursBudget'] };
 * error.code //=> 'invalid-input'
 */
export interface CurriculumError extends AcceleratorError<CurriculumErrorCode> {
  readonly issues?: readonly CurriculumIssue[];
}

/**
 * Why a gap in a learning path stays open (fully or in part):
 *
 * - `not-taught`: no module of the curriculum teaches the competency.
 * - `level-not-taught`: no module teaches it up to the target level.
 * - `over-budget`: the modules that would close it (with their prerequisites) need more hours than the budget has left.
 * - `language`: the modules that would close it are not delivered in a language the athlete speaks.
 * - `delivery-mode`: the modules that would close it are delivered only in a mode that `options.deliveryModes` excludes.
 *
 * @category Learning paths
 * @example
 * const reason: ShortfallReason = 'over-budget';
 * reason //=> 'over-budget'
 */
export type ShortfallReason = 'not-taught' | 'level-not-taught' | 'over-budget' | 'language' | 'delivery-mode';

/**
 * Why a module of a learning path could not be placed on the cohort calendar:
 *
 * - `prerequisite-not-scheduled`: one of its prerequisites could not be placed, so neither can it.
 * - `past-cohort-end`: the athlete's open hours from the end of its prerequisites to the cohort end are too few.
 * - `session-outside-cohort`: one of its live sessions falls before the cohort start or after its end.
 * - `session-in-blackout`: one of its live sessions falls on a day the athlete is blacked out (or a cohort break).
 * - `session-before-prerequisites`: one of its live sessions comes before the week after its prerequisites are complete.
 * - `session-over-weekly-hours`: a live session does not fit in what is left of the athlete's hours that week.
 *
 * @category Scheduling
 * @example
 * const reason: UnscheduledReason = 'session-in-blackout';
 * reason //=> 'session-in-blackout'
 */
export type UnscheduledReason =
  | 'prerequisite-not-scheduled'
  | 'past-cohort-end'
  | 'session-outside-cohort'
  | 'session-in-blackout'
  | 'session-before-prerequisites'
  | 'session-over-weekly-hours';

const quote = (text: string): string => JSON.stringify(text);
const hours = (value: number): string => `${value} ${value === 1 ? 'hour' : 'hours'}`;

/**
 * Every sentence of the module, in one place. Each returns a sentence a programme manager can read.
 *
 * @category Errors
 * @example
 * curriculumMessages.prerequisiteCycle(['a', 'b', 'a']) //=> 'The prerequisites form a cycle: a → b → a.'
 */
export const curriculumMessages = {
  moreProblems: (first: string, more: number): string =>
    `${first.replace(/\.$/, '')} (and ${more} more ${more === 1 ? 'problem' : 'problems'}: see issues).`,
  notAnObject: (what: string): string => `Expected ${what} to be an object.`,
  duplicateTrack: (id: string, first: number): string => `The track id ${quote(id)} is already used by tracks[${first}].`,
  duplicateModule: (id: string, first: number): string => `The module id ${quote(id)} is already used by modules[${first}].`,
  duplicateSession: (id: string): string => `The session id ${quote(id)} is used twice in this module.`,
  duplicatePrerequisite: (id: string): string => `The prerequisite ${quote(id)} is listed twice.`,
  duplicateCompetency: (competency: string): string => `The competency ${quote(competency)} is listed twice in this module.`,
  duplicateAthlete: (id: string, first: number): string => `The athlete ${quote(id)} already has a path at paths[${first}].`,
  duplicateRequired: (id: string): string => `The module ${quote(id)} is listed twice among the required modules.`,
  unknownTrack: (module: string, track: string): string =>
    `The module ${quote(module)} belongs to the track ${quote(track)}, which the curriculum does not declare.`,
  unknownPrerequisite: (module: string, prerequisite: string): string =>
    `The module ${quote(module)} requires ${quote(prerequisite)}, which is not in the curriculum.`,
  selfPrerequisite: (module: string): string => `The module ${quote(module)} lists itself as a prerequisite.`,
  prerequisiteCycle: (cycle: readonly string[]): string => `The prerequisites form a cycle: ${cycle.join(' → ')}.`,
  invalidEffort: (detail: string): string =>
    `An effort must be a positive number of hours in quarter hours, at most 1,000 (${detail}).`,
  levelOutOfRange: (detail: string): string => `A module teaches a competency at level 1, 2, 3 or 4 (${detail}).`,
  sessionsOnSelfPaced: (module: string): string =>
    `The module ${quote(module)} is self-paced, so it cannot have sessions on fixed dates.`,
  sessionsOverEffort: (module: string, sessionHours: number, effort: number): string =>
    `The sessions of ${quote(module)} take ${hours(sessionHours)}, more than its effort of ${hours(effort)}.`,
  sessionWithoutTime: (): string => 'A session needs exactly one of "date" (a fixed cohort date) or "week" (weeks from the cohort start).',
  requiredUnknown: (track: string, id: string): string =>
    `The track ${quote(track)} requires the module ${quote(id)}, which is not in the curriculum.`,
  requiredOtherTrack: (track: string, id: string, other: string): string =>
    `The track ${quote(track)} requires the module ${quote(id)}, which belongs to the track ${quote(other)}.`,
  tooManyElectives: (track: string, wanted: number, available: number): string =>
    `The track ${quote(track)} asks for ${wanted} electives but offers only ${available} modules beyond the required ones.`,
  unknownEventModule: (id: string): string => `The event names the module ${quote(id)}, which is not in the curriculum.`,
  unknownTargetModule: (id: string): string => `No module ${quote(id)} is in the curriculum.`,
  pathPrerequisiteMissing: (module: string, prerequisite: string): string =>
    `The path lists ${quote(module)}, whose prerequisite ${quote(prerequisite)} is not in the path.`,
  pathOutOfOrder: (module: string, prerequisite: string): string =>
    `The path lists ${quote(module)} before its prerequisite ${quote(prerequisite)}.`,
  duplicatePathModule: (id: string): string => `The module ${quote(id)} appears twice in the path.`,
  shortfall: {
    notTaught: (competency: string): string => `No module of the curriculum teaches ${quote(competency)}.`,
    levelNotTaught: (competency: string, highest: number, target: number): string =>
      `The curriculum teaches ${quote(competency)} up to level ${highest}, below the target of ${target}.`,
    overBudget: (competency: string, module: string, needed: number, left: number): string =>
      `Reaching the target in ${quote(competency)} needs ${quote(module)} and its prerequisites, ${hours(needed)}, but only ${hours(left)} of the budget are left.`,
    language: (competency: string, module: string): string =>
      `${quote(module)}, needed for ${quote(competency)}, is not delivered in a language the athlete speaks.`,
    deliveryMode: (competency: string, module: string, mode: string): string =>
      `${quote(module)}, needed for ${quote(competency)}, is delivered ${mode}, which the options exclude.`,
  },
  unscheduled: {
    prerequisiteNotScheduled: (prerequisite: string): string =>
      `Its prerequisite ${quote(prerequisite)} could not be scheduled.`,
    pastCohortEnd: (left: number, total: number): string =>
      `${hours(left)} of its ${hours(total)} do not fit in the athlete's open weeks before the cohort ends.`,
    sessionOutsideCohort: (session: string, when: string): string =>
      `Its session ${quote(session)} (${when}) is outside the cohort's dates.`,
    sessionInBlackout: (session: string, when: string): string =>
      `Its session ${quote(session)} (${when}) falls in the athlete's blackout dates or a cohort break.`,
    sessionBeforePrerequisites: (session: string, when: string, earliest: string): string =>
      `Its session ${quote(session)} (${when}) comes before its prerequisites can be complete (week of ${earliest} at the earliest).`,
    sessionOverWeeklyHours: (session: string, when: string, needed: number, left: number): string =>
      `Its session ${quote(session)} (${when}) needs ${hours(needed)} but the athlete has ${hours(left)} left that week.`,
  },
} as const;

/**
 * Builds one issue.
 *
 * @category Errors
 * @example
 * curriculumIssue('duplicate-id', ['modules', 2, 'id'], 'The module id "ai-content" is already used by modules[1].').code
 * //=> 'duplicate-id'
 */
export function curriculumIssue(code: CurriculumErrorCode, path: Path, message: string, cycle?: readonly string[]): CurriculumIssue {
  return cycle === undefined ? { code, path, message } : { code, path, message, cycle };
}

/**
 * Turns a non-empty list of issues into one error whose `code` and `path` are those of the first issue,
 * and whose `issues` are all of them.
 *
 * @category Errors
 * @example
 * curriculumError([{ code: 'invalid-effort', path: ['modules', 0, 'effortHours'], message: 'Too small.' }]).code
 * //=> 'invalid-effort'
 */
export function curriculumError(issues: readonly [CurriculumIssue, ...CurriculumIssue[]]): CurriculumError {
  const [first] = issues;
  const located = first.path.length === 0 ? first.message : `${formatPath(first.path)}: ${first.message}`;
  const message = issues.length === 1 ? located : curriculumMessages.moreProblems(located, issues.length - 1);
  return { code: first.code, message, path: first.path, issues };
}

/**
 * Prefixes every path of an error with the argument it came from (`['curriculum', …]`). @internal
 *
 * @category Errors
 * @example
 * underArgument(curriculumError([curriculumIssue('duplicate-id', ['modules', 1, 'id'], 'Twice.')]), 'curriculum').path
 * //=> ['curriculum', 'modules', 1, 'id']
 */
export function underArgument(error: CurriculumError, argument: string | number): CurriculumError {
  const issues = (error.issues ?? []).map((issue): CurriculumIssue => ({ ...issue, path: [argument, ...issue.path] }));
  const [first, ...rest] = issues;
  if (first === undefined) return { ...error, path: [argument, ...(error.path ?? [])] };
  return curriculumError([first, ...rest]);
}

/**
 * Converts plain core issues (from `parseWith`) to `invalid-input` curriculum issues under a prefix. @internal
 *
 * @category Errors
 * @example
 * fromCoreIssues([{ path: ['goals'], message: 'Expected an array.' }], ['athlete'])[0]?.path //=> ['athlete', 'goals']
 */
export function fromCoreIssues(issues: readonly Issue[] | undefined, prefix: Path): CurriculumIssue[] {
  return (issues ?? []).map((issue) => curriculumIssue('invalid-input', [...prefix, ...issue.path], issue.message));
}
