export type { CurriculumErrorCode, CurriculumIssue, CurriculumError, ShortfallReason, UnscheduledReason } from './errors.js';
export { curriculumMessages } from './errors.js';
export type { Session } from './session.js';
export { HoursSchema, SessionSchema } from './session.js';
export type {
  ModuleFormat,
  DeliveryMode,
  Delivery,
  CompetencyOutcome,
  Assessment,
  CurriculumModule,
  CurriculumModuleInput,
} from './curriculumModule.js';
export {
  ModuleFormatSchema,
  DeliveryModeSchema,
  DeliverySchema,
  CompetencyOutcomeSchema,
  AssessmentSchema,
  CurriculumModuleSchema,
} from './curriculumModule.js';
export type { TrackCompletion, Track, TrackInput } from './track.js';
export { TrackCompletionSchema, TrackSchema } from './track.js';
export type { Curriculum, CurriculumInput } from './curriculum.js';
export { CurriculumSchema, curriculumJsonSchema } from './curriculum.js';
export { validateCurriculum } from './validateCurriculum.js';
export { defaultCurriculum } from './defaultCurriculum.js';
export type {
  Learner,
  LearnerInput,
  PathReason,
  PathModule,
  CreditedModule,
  Gap,
  Shortfall,
  LearningPath,
  LearningPathInput,
} from './learningPath.js';
export {
  LearnerSchema,
  PathReasonSchema,
  PathModuleSchema,
  CreditedModuleSchema,
  GapSchema,
  ShortfallSchema,
  LearningPathSchema,
  learningPathJsonSchema,
} from './learningPath.js';
export type { PlanLearningPathOptions } from './planLearningPath.js';
export { planLearningPath } from './planLearningPath.js';
export type { CohortCalendar, CohortCalendarInput, CohortWeek } from './cohortCalendar.js';
export { CohortCalendarSchema, cohortWeeks } from './cohortCalendar.js';
export type {
  Allocation,
  ScheduledSession,
  ScheduledModule,
  UnscheduledModule,
  AthleteWeek,
  AthleteSchedule,
  SessionRoster,
  CohortSchedule,
} from './cohortSchedule.js';
export type { ScheduleCohortOptions } from './scheduleCohort.js';
export { scheduleCohort } from './scheduleCohort.js';
export type { ProgressEvent } from './progressEvent.js';
export { ProgressEventSchema, TimestampSchema, isTimestamp, appendProgressEvent } from './progressEvent.js';
export type { ModuleStatus, ModuleProgress, TrackProgress, AthleteProgress, Progress } from './progress.js';
export { progress } from './progress.js';
export { curriculumSchemas } from './curriculumSchemas.js';
