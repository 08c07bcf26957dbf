import { z } from 'zod';
import { err, isCalendarDate, ok, parseWith } from '../core/index.js';
import type { Result } from '../core/index.js';
import { compileCurriculum } from './compileCurriculum.js';
import type { CompiledCurriculum } from './compileCurriculum.js';
import type { CurriculumInput } from './curriculum.js';
import type { CurriculumModule } from './curriculumModule.js';
import { curriculumError, curriculumIssue, curriculumMessages, fromCoreIssues, underArgument } from './errors.js';
import type { CurriculumError, CurriculumIssue } from './errors.js';
import { ProgressEventSchema, timestampToInstant, TimestampSchema } from './progressEvent.js';
import type { ProgressEvent } from './progressEvent.js';

/**
 * Where an athlete is with a module: `enrolled`, `in-progress` (started or assessed) or `completed`.
 *
 * @category Progress
 * @example
 * const status: ModuleStatus = 'in-progress';
 * status //=> 'in-progress'
 */
export type ModuleStatus = 'enrolled' | 'in-progress' | 'completed';

/**
 * An athlete's progress in one module. `achieved` means completed and, for a module with an assessment,
 * a best score at or above its pass mark. `score` is the latest score, `bestScore` the highest.
 *
 * @category Progress
 * @example
 * const module: ModuleProgress = { moduleId: 'b2b-incoterms', track: 'b2b-export', status: 'completed', completedAt: '2027-02-03', score: 82, bestScore: 82, assessments: 1, achieved: true };
 * module.achieved //=> true
 */
export interface ModuleProgress {
  readonly moduleId: string;
  readonly track: string;
  readonly status: ModuleStatus;
  readonly enrolledAt?: string;
  readonly startedAt?: string;
  readonly completedAt?: string;
  readonly score?: number;
  readonly bestScore?: number;
  readonly assessments: number;
  readonly achieved: boolean;
}

/**
 * An athlete's progress in one track against its completion criteria: the required modules still
 * missing, electives achieved out of those required, and the share of the criteria met
 * (`percentComplete`, each required module and each required elective counting one).
 *
 * @category Progress
 * @example
 * const track: TrackProgress = { track: 'logistics', completed: false, missingModules: ['log-freight'], electivesRequired: 2, electivesAchieved: 1, percentComplete: 50 };
 * track.completed //=> false
 */
export interface TrackProgress {
  readonly track: string;
  readonly completed: boolean;
  readonly missingModules: readonly string[];
  readonly electivesRequired: number;
  readonly electivesAchieved: number;
  readonly percentComplete: number;
}

/**
 * One athlete's progress: each module they have an event for (in catalogue order), each track, the
 * level reached in each competency by achieved modules, and `percentComplete`, the share of the effort
 * of the modules they enrolled in (or have any event for) that they have achieved.
 *
 * @category Progress
 * @example
 * const athlete: AthleteProgress = { athleteId: 'a-1', modules: [], tracks: [], competencies: {}, tracksCompleted: [], enrolledHours: 0, achievedHours: 0, percentComplete: 0 };
 * athlete.percentComplete //=> 0
 */
export interface AthleteProgress {
  readonly athleteId: string;
  readonly modules: readonly ModuleProgress[];
  readonly tracks: readonly TrackProgress[];
  readonly competencies: Readonly<Record<string, number>>;
  readonly tracksCompleted: readonly string[];
  readonly enrolledHours: number;
  readonly achievedHours: number;
  readonly percentComplete: number;
}

/**
 * Progress of every athlete who has an event up to `asOf`, in athlete id order.
 *
 * @category Progress
 * @example
 * const none: Progress = { asOf: '2027-03-01', athletes: [], eventsApplied: 0, eventsAfterAsOf: 0 };
 * none.eventsApplied //=> 0
 */
export interface Progress {
  readonly asOf: string;
  readonly athletes: readonly AthleteProgress[];
  readonly eventsApplied: number;
  readonly eventsAfterAsOf: number;
}

const EventsSchema = z.array(ProgressEventSchema).max(1_000_000);
const TYPE_RANK: Readonly<Record<ProgressEvent['type'], number>> = { enrolled: 0, started: 1, completed: 2, assessed: 3 };
const STATUS_OF: Readonly<Record<ProgressEvent['type'], number>> = { enrolled: 1, started: 2, assessed: 2, completed: 3 };
const STATUS_NAMES: readonly ModuleStatus[] = ['enrolled', 'enrolled', 'in-progress', 'completed'];

/**
 * Rebuilds every athlete's progress by replaying the event log up to `asOf`.
 *
 * **Order.** Events are replayed by their instant (a date counts as midnight UTC; offsets are honoured),
 * and events at the same instant in a fixed order — `enrolled`, `started`, `completed`, `assessed`, then
 * by athlete id, module id, score and the timestamp as written — so the result depends only on the set
 * of events, never on the order they are stored in.
 *
 * **Replay.** A module's status only moves forward (an event that comes "late", such as `enrolled` after
 * `started`, records its time but does not move the status back); the first event of each type gives
 * `enrolledAt`, `startedAt`, `completedAt`; every `assessed` event updates `score` (the latest) and
 * `bestScore`. `asOf` is a date (events up to the end of that day, UTC, count) or a date-time (events up
 * to that instant count).
 *
 * **Completion.** A module is achieved when completed and, if it has an assessment, its best score
 * reaches the pass mark. A track is complete when all its required modules and its number of electives
 * (other modules of the track) are achieved; a track without criteria needs all its modules.
 *
 * Every event must name a module of the curriculum (`unknown-module`, path `['events', i, 'moduleId']`).
 * Never modifies its arguments.
 *
 * @category Progress
 * @example
 * const log = [
 *   { type: 'enrolled', athleteId: 'a-1', moduleId: 'log-shipping-modes', at: '2027-01-11' },
 *   { type: 'assessed', athleteId: 'a-1', moduleId: 'log-shipping-modes', at: '2027-01-20T16:00:00Z', score: 64 },
 *   { type: 'assessed', athleteId: 'a-1', moduleId: 'log-shipping-modes', at: '2027-01-27T16:00:00Z', score: 88 },
 *   { type: 'completed', athleteId: 'a-1', moduleId: 'log-shipping-modes', at: '2027-01-27T17:00:00Z' },
 * ] as const;
 * const report = progress([...log], defaultCurriculum, '2027-01-31');
 * report.ok && report.value.athletes[0]?.modules[0]
 * //=> { moduleId: 'log-shipping-modes', track: 'logistics', status: 'completed', enrolledAt: '2027-01-11', completedAt: '2027-01-27T17:00:00Z', score: 88, bestScore: 88, assessments: 2, achieved: true }
 * report.ok && report.value.athletes[0]?.competencies //=> { 'shipping-modes': 2 }
 */
export function progress(events: readonly ProgressEvent[], curriculum: CurriculumInput, asOf: string): Result<Progress, CurriculumError> {
  const compiled = compileCurriculum(curriculum);
  if (!compiled.ok) return err(underArgument(compiled.error, 'curriculum'));
  const issues: CurriculumIssue[] = [];
  const parsedEvents = parseWith(EventsSchema, events, 'list of events');
  if (!parsedEvents.ok) issues.push(...fromCoreIssues(parsedEvents.error.issues, ['events']));
  const parsedAsOf = parseWith(TimestampSchema, asOf, 'asOf');
  if (!parsedAsOf.ok) issues.push(...fromCoreIssues(parsedAsOf.error.issues, ['asOf']));
  if (parsedEvents.ok) {
    parsedEvents.value.forEach((event, index) => {
      if (!compiled.value.indexOf.has(event.moduleId)) {
        issues.push(curriculumIssue('unknown-module', ['events', index, 'moduleId'], curriculumMessages.unknownEventModule(event.moduleId)));
      }
    });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) return err(curriculumError([first, ...rest]));
  if (!parsedEvents.ok || !parsedAsOf.ok) return err(curriculumError([curriculumIssue('invalid-input', [], 'Invalid input.')]));

  const cutoff = cutoffOf(parsedAsOf.value);
  const keyed = parsedEvents.value.map((event) => ({ event, instant: timestampToInstant(event.at) }));
  const applied = keyed.filter((entry) => entry.instant <= cutoff).sort(compareKeyed);
  const byAthlete = new Map<string, Map<number, ModuleState>>();
  for (const { event } of applied) {
    let modules = byAthlete.get(event.athleteId);
    if (modules === undefined) byAthlete.set(event.athleteId, (modules = new Map<number, ModuleState>()));
    const index = compiled.value.indexOf.get(event.moduleId) as number;
    let state = modules.get(index);
    if (state === undefined) modules.set(index, (state = { status: 0, assessments: 0 }));
    apply(state, event);
  }
  const criteria = criteriaOf(compiled.value);
  const athletes = [...byAthlete.keys()]
    .sort(compareText)
    .map((athleteId) => summarise(athleteId, byAthlete.get(athleteId) ?? new Map<number, ModuleState>(), compiled.value, criteria));
  return ok({ asOf: parsedAsOf.value, athletes, eventsApplied: applied.length, eventsAfterAsOf: keyed.length - applied.length });
}

interface ModuleState {
  status: number;
  enrolledAt?: string;
  startedAt?: string;
  completedAt?: string;
  score?: number;
  bestScore?: number;
  assessments: number;
}

function apply(state: ModuleState, event: ProgressEvent): void {
  state.status = Math.max(state.status, STATUS_OF[event.type]);
  switch (event.type) {
    case 'enrolled':
      state.enrolledAt ??= event.at;
      break;
    case 'started':
      state.startedAt ??= event.at;
      break;
    case 'completed':
      state.completedAt ??= event.at;
      break;
    case 'assessed':
      state.score = event.score;
      state.bestScore = Math.max(state.bestScore ?? event.score, event.score);
      state.assessments++;
      break;
  }
}

function cutoffOf(asOf: string): number {
  // A date covers its whole day (UTC): everything before the next midnight.
  return isCalendarDate(asOf) ? timestampToInstant(asOf) + 86_400_000 - 1 : timestampToInstant(asOf);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareKeyed(a: { event: ProgressEvent; instant: number }, b: { event: ProgressEvent; instant: number }): number {
  return (
    a.instant - b.instant ||
    TYPE_RANK[a.event.type] - TYPE_RANK[b.event.type] ||
    compareText(a.event.athleteId, b.event.athleteId) ||
    compareText(a.event.moduleId, b.event.moduleId) ||
    (a.event.type === 'assessed' && b.event.type === 'assessed' ? a.event.score - b.event.score : 0) ||
    compareText(a.event.at, b.event.at)
  );
}

function isAchieved(module: CurriculumModule, state: ModuleState): boolean {
  if (state.status < 3) return false;
  return module.assessment === undefined || (state.bestScore ?? -1) >= module.assessment.passingScore;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

function summarise(athleteId: string, states: ReadonlyMap<number, ModuleState>, compiled: CompiledCurriculum, criteria: readonly TrackCriteria[]): AthleteProgress {
  const indices = [...states.keys()].sort((a, b) => a - b);
  const achieved = new Set<string>();
  const reached = new Map<string, number>();
  let enrolledQuarters = 0;
  let achievedQuarters = 0;
  const modules: ModuleProgress[] = indices.map((index) => {
    const module = compiled.modules[index] as CurriculumModule;
    const state = states.get(index) as ModuleState;
    const done = isAchieved(module, state);
    const quarters = Math.round(module.effortHours * 4);
    enrolledQuarters += quarters;
    if (done) {
      achievedQuarters += quarters;
      achieved.add(module.id);
      for (const { competency, level } of module.competencies) reached.set(competency, Math.max(reached.get(competency) ?? 0, level));
    }
    return {
      moduleId: module.id,
      track: module.track,
      status: STATUS_NAMES[state.status] ?? 'enrolled',
      ...(state.enrolledAt === undefined ? {} : { enrolledAt: state.enrolledAt }),
      ...(state.startedAt === undefined ? {} : { startedAt: state.startedAt }),
      ...(state.completedAt === undefined ? {} : { completedAt: state.completedAt }),
      ...(state.score === undefined ? {} : { score: state.score }),
      ...(state.bestScore === undefined ? {} : { bestScore: state.bestScore }),
      assessments: state.assessments,
      achieved: done,
    };
  });
  const tracks = criteria.map((track) => trackProgress(track, achieved));
  const competencies: Record<string, number> = {};
  for (const competency of [...reached.keys()].sort(compareText)) competencies[competency] = reached.get(competency) ?? 0;
  return {
    athleteId,
    modules,
    tracks,
    competencies,
    tracksCompleted: tracks.filter((track) => track.completed).map((track) => track.track),
    enrolledHours: enrolledQuarters / 4,
    achievedHours: achievedQuarters / 4,
    percentComplete: percent(achievedQuarters, enrolledQuarters),
  };
}

interface TrackCriteria {
  readonly track: string;
  readonly inTrack: readonly string[];
  readonly required: readonly string[];
  readonly requiredSet: ReadonlySet<string>;
  readonly electivesRequired: number;
}

function criteriaOf(compiled: CompiledCurriculum): TrackCriteria[] {
  const byTrack = new Map<string, string[]>();
  for (const module of compiled.modules) {
    const list = byTrack.get(module.track);
    if (list === undefined) byTrack.set(module.track, [module.id]);
    else list.push(module.id);
  }
  return compiled.curriculum.tracks.map((track) => {
    const inTrack = byTrack.get(track.id) ?? [];
    const required = track.completion === undefined ? inTrack : track.completion.requiredModules;
    return { track: track.id, inTrack, required, requiredSet: new Set(required), electivesRequired: track.completion?.electives ?? 0 };
  });
}

function trackProgress(criteria: TrackCriteria, achieved: ReadonlySet<string>): TrackProgress {
  const { required, requiredSet, electivesRequired } = criteria;
  const missingModules = required.filter((id) => !achieved.has(id));
  const electivesAchieved = criteria.inTrack.filter((id) => !requiredSet.has(id) && achieved.has(id)).length;
  const units = required.length + electivesRequired;
  const met = required.length - missingModules.length + Math.min(electivesAchieved, electivesRequired);
  return {
    track: criteria.track,
    completed: missingModules.length === 0 && electivesAchieved >= electivesRequired,
    missingModules,
    electivesRequired,
    electivesAchieved,
    percentComplete: units === 0 ? 100 : percent(met, units),
  };
}
