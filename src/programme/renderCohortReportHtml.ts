import { checkCohortReport } from './checkCohortReport.js';
import type { CohortReport } from './cohortReport.js';
import { budgetSection } from './html/budgetSection.js';
import { escapeHtml } from './html/escapeHtml.js';
import { funnelSection } from './html/funnelSection.js';
import { learningSection } from './html/learningSection.js';
import { mentoringSection } from './html/mentoringSection.js';
import { recipientsSection, waitlistSection } from './html/recipientsSection.js';
import { createRenderContext } from './html/renderContext.js';
import { reportHeader } from './html/reportHeader.js';
import { selectionSection } from './html/selectionSection.js';
import { STYLESHEET } from './html/stylesheet.js';
import { warningsSection } from './html/warningsSection.js';

/**
 * Options of {@link renderCohortReportHtml}.
 *
 * @category Cohort
 * @example
 * const options: RenderCohortReportOptions = { maxTableRows: 100, locale: 'en-GB' };
 * options.maxTableRows //=> 100
 */
export interface RenderCohortReportOptions {
  /** The document's `<title>`; default `"<edition name>: cohort report as of <asOf>"`. */
  readonly title?: string;
  /** A BCP 47 locale for numbers and money; default `"en-US"` (never the machine's, so output is the same everywhere). */
  readonly locale?: string;
  /** The most rows a table shows (recipients, waitlist, warnings…) before a "showing N of M" note; default 200. */
  readonly maxTableRows?: number;
  /** Up to this many mentors get one bar each; above it the report shows a utilisation histogram and the busiest mentors; default 40. */
  readonly maxMentorBars?: number;
}

function positiveInteger(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/**
 * Renders a {@link CohortReport} as one self-contained, printable HTML5 document (inline CSS and SVG
 * charts, no script, nothing fetched) for a programme manager: key figures, the selection funnel,
 * budget burn-down, mentor load, score and quota outcomes, recipients, waitlist, learning and warnings.
 *
 * Every text from the report is HTML-escaped, long tables are cut with a note, and the same report
 * and options always give the identical string.
 *
 * Throws an `AcceleratorUsageError` (code `invalid-input`, path `report.format`) for a value that is not a
 * report of the `COHORT_REPORT_FORMAT` format.
 *
 * @category Cohort
 * @example
 * const result = runCohort({ edition, applications: athletes, mentors, asOf: '2026-12-01' });
 * const html = result.ok ? renderCohortReportHtml(result.value) : '';
 * html.startsWith('<!DOCTYPE html>') //=> true
 */
export function renderCohortReportHtml(report: CohortReport, options: RenderCohortReportOptions = {}): string {
  checkCohortReport(report, 'renderCohortReportHtml');
  const context = createRenderContext(options.locale ?? 'en-US', positiveInteger(options.maxTableRows, 200), positiveInteger(options.maxMentorBars, 40));
  const title = options.title ?? `${report.edition.name}: cohort report as of ${report.asOf}`;
  const parts: string[] = [
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(title)}</title><style>${STYLESHEET}</style></head>`,
    '<body><div class="page">',
    reportHeader(context, report),
    '<main>',
    funnelSection(context, report),
    budgetSection(context, report),
    mentoringSection(context, report),
    selectionSection(context, report),
    recipientsSection(context, report),
    waitlistSection(context, report),
    learningSection(context, report),
    warningsSection(context, report),
    '</main>',
    `<footer><p>Cohort report <code>${escapeHtml(report.format)}</code> · edition <code>${escapeHtml(report.edition.id)}</code> · as of ${escapeHtml(report.asOf)}. `,
    'Rendered by athlete-accelerator from the JSON report, which holds every row and the ledger journal.</p></footer>',
    '</div></body></html>\n',
  ];
  return parts.join('');
}
