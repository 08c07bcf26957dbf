export type { ProgrammeErrorCode, ProgrammeError, CohortStage } from './errors.js';
export { COHORT_STAGES } from './errors.js';
export type {
  CohortWarning,
  CohortFunnel,
  CountLine,
  CohortEligibility,
  ScoreBin,
  CohortSelection,
  BurnDownMonth,
  CohortPackages,
  CohortLearning,
  CohortMentoring,
  CohortRecipient,
  CohortReport,
} from './cohortReport.js';
export { COHORT_REPORT_FORMAT } from './cohortReport.js';
export type { CohortProgress, RunCohortOptions, RunCohortInput } from './runCohortInput.js';
export { runCohort } from './runCohort.js';
export type { OutcomeEvent, OutcomeKind } from './outcomeEvent.js';
export { OutcomeEventSchema, REVENUE_BANDS, EMPLOYMENT_STATUSES, recordOutcome } from './outcomeEvent.js';
export type { OutcomeMeasure, AthleteOutcome, OutcomeReport, OutcomeCohort } from './outcomeReport.js';
export { SURVEY_BASELINES, outcomeReport } from './outcomeReport.js';
export type { RenderCohortReportOptions } from './renderCohortReportHtml.js';
export { renderCohortReportHtml } from './renderCohortReportHtml.js';
export { formatCohortSummary, type FormatCohortSummaryOptions } from './formatCohortSummary.js';
