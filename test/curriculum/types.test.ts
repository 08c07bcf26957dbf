// Type-level pins of the public API. Checked by `npx tsc --noEmit` (tsconfig includes test/); kept as a
// .test.ts rather than .test-d.ts so that `vitest run test/curriculum` need not start a 30-second typecheck.
import { describe, expectTypeOf, it } from 'vitest';
import type { Athlete, Result } from 'athlete-accelerator/core';
import {
  defaultCurriculum,
  planLearningPath,
  progress,
  scheduleCohort,
  validateCurriculum,
  type CohortSchedule,
  type Curriculum,
  type CurriculumError,
  type CurriculumErrorCode,
  type LearningPath,
  type Progress,
  type ShortfallReason,
  type UnscheduledReason,
} from 'athlete-accelerator/curriculum';

describe('curriculum types', () => {
  it('returns Results whose errors carry the module\'s closed union of codes', () => {
    expectTypeOf(validateCurriculum(defaultCurriculum)).toEqualTypeOf<Result<Curriculum, CurriculumError>>();
    expectTypeOf<CurriculumError['code']>().toEqualTypeOf<CurriculumErrorCode>();
    expectTypeOf<CurriculumErrorCode>().toExtend<string>();
    expectTypeOf<'prerequisite-cycle'>().toExtend<CurriculumErrorCode>();
  });

  it('plans from any Athlete of core and schedules the paths it returns', () => {
    expectTypeOf(planLearningPath).toBeCallableWith({} as Athlete, defaultCurriculum);
    expectTypeOf(planLearningPath({} as Athlete, defaultCurriculum)).toEqualTypeOf<Result<LearningPath, CurriculumError>>();
    expectTypeOf(scheduleCohort).toBeCallableWith([] as LearningPath[], { start: '2027-01-11', end: '2027-06-25' });
    expectTypeOf(scheduleCohort([], { start: '2027-01-11', end: '2027-06-25' })).toEqualTypeOf<Result<CohortSchedule, CurriculumError>>();
    expectTypeOf(progress([], defaultCurriculum, '2027-06-25')).toEqualTypeOf<Result<Progress, CurriculumError>>();
  });

  it('names the reasons as string literals', () => {
    expectTypeOf<LearningPath['shortfalls'][number]['reason']>().toEqualTypeOf<ShortfallReason>();
    expectTypeOf<CohortSchedule['athletes'][number]['unscheduled'][number]['reason']>().toEqualTypeOf<UnscheduledReason>();
  });

  it('refuses an unknown option at compile time', () => {
    // @ts-expect-error -- `colour` is not an option of planLearningPath
    planLearningPath({ id: 'a' }, defaultCurriculum, { colour: 'red' });
  });
});
