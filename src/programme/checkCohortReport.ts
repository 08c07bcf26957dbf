import { AcceleratorUsageError } from '../core/index.js';
import { COHORT_REPORT_FORMAT, type CohortReport } from './cohortReport.js';

/**
 * Refuses, as a programmer error, anything that is not a report of this format: the renderers read a
 * `CohortReport` as `runCohort` wrote it, so a wrong value (a report of another format, a parsed file
 * that is something else) gets a clear message instead of a `TypeError` deep inside.
 */
export function checkCohortReport(report: CohortReport, what: string): void {
  const format: unknown = (report as { format?: unknown } | null | undefined)?.format;
  if (format !== COHORT_REPORT_FORMAT) {
    throw new AcceleratorUsageError({
      code: 'invalid-input',
      message: `${what} takes a cohort report from runCohort (format "${COHORT_REPORT_FORMAT}"); got ${typeof format === 'string' ? `format "${format}"` : 'something else'}.`,
      path: ['report', 'format'],
    });
  }
}
