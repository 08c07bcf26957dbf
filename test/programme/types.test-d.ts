import { describe, expectTypeOf, it } from 'vitest';
import type { Result } from 'athlete-accelerator/core';
import {
  outcomeReport,
  recordOutcome,
  runCohort,
  type CohortReport,
  type CohortStage,
  type OutcomeEvent,
  type OutcomeReport,
  type ProgrammeError,
  type ProgrammeErrorCode,
  type RunCohortInput,
} from 'athlete-accelerator/programme';
import * as root from 'athlete-accelerator';

describe('programme types', () => {
  it('runCohort takes a RunCohortInput and returns a Result of a CohortReport', () => {
    expectTypeOf(runCohort).parameter(0).toEqualTypeOf<RunCohortInput>();
    expectTypeOf(runCohort).returns.toEqualTypeOf<Result<CohortReport, ProgrammeError>>();
    expectTypeOf(root.runCohort).toEqualTypeOf(runCohort);
  });

  it('the report narrows on status fields', () => {
    const line = {} as CohortReport['recipients'][number];
    if (line.package.status === 'issued') expectTypeOf(line.package.credit.amount).toEqualTypeOf<string>();
    else expectTypeOf(line.package.code).toEqualTypeOf<string>();
    if (line.mentor.status === 'matched') expectTypeOf(line.mentor.score).toEqualTypeOf<number>();
    expectTypeOf<CohortReport['format']>().toEqualTypeOf<'athlete-accelerator/cohort-report@1'>();
  });

  it('errors carry a closed union of codes and the failing stage', () => {
    expectTypeOf<ProgrammeError['code']>().toEqualTypeOf<ProgrammeErrorCode>();
    expectTypeOf<ProgrammeErrorCode>().toEqualTypeOf<'invalid-input' | 'stage-failed' | 'duplicate-outcome'>();
    expectTypeOf<ProgrammeError['stage']>().toEqualTypeOf<CohortStage | undefined>();
  });

  it('outcome events are a union discriminated by kind', () => {
    expectTypeOf(recordOutcome).returns.toEqualTypeOf<Result<OutcomeEvent[], ProgrammeError>>();
    expectTypeOf(outcomeReport).returns.toEqualTypeOf<Result<OutcomeReport, ProgrammeError>>();
    const event = {} as OutcomeEvent;
    if (event.kind === 'employment') expectTypeOf(event.status).toEqualTypeOf<'employed' | 'self-employed' | 'seeking' | 'studying' | 'competing'>();
    if (event.kind === 'survey') expectTypeOf(event).not.toHaveProperty('status');
  });
});
