import { CohortCalendarSchema } from './cohortCalendar.js';
import { CurriculumSchema } from './curriculum.js';
import { CurriculumModuleSchema } from './curriculumModule.js';
import { LearnerSchema, LearningPathSchema } from './learningPath.js';
import { ProgressEventSchema } from './progressEvent.js';
import { TrackSchema } from './track.js';

/**
 * The public shapes of `curriculum` by name, for tools that list or print schemas; turn any of them into
 * JSON Schema with `toJsonSchema` from `athlete-accelerator/core`.
 *
 * @category Curriculum
 * @example
 * Object.keys(curriculumSchemas) //=> ['Curriculum', 'CurriculumModule', 'Track', 'Learner', 'LearningPath', 'CohortCalendar', 'ProgressEvent']
 */
export const curriculumSchemas = {
  Curriculum: CurriculumSchema,
  CurriculumModule: CurriculumModuleSchema,
  Track: TrackSchema,
  Learner: LearnerSchema,
  LearningPath: LearningPathSchema,
  CohortCalendar: CohortCalendarSchema,
  ProgressEvent: ProgressEventSchema,
} as const;
