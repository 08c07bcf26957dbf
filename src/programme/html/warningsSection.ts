import type { CohortReport, CohortWarning } from '../cohortReport.js';
import type { CohortStage } from '../errors.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { reportSection } from './reportSection.js';

const STAGES: readonly CohortStage[] = ['input', 'eligibility', 'selection', 'packages', 'learning', 'matching', 'report'];

const STAGE_TITLES: Readonly<Record<CohortStage, string>> = {
  input: 'Input',
  eligibility: 'Eligibility',
  selection: 'Selection',
  packages: 'Packages',
  learning: 'Learning',
  matching: 'Mentor matching',
  report: 'Report',
};

/**
 * Section 8: the warnings grouped by stage, with a count per code first.
 * @internal
 */
export function warningsSection(context: RenderContext, report: CohortReport): string {
  const byStage = new Map<CohortStage, CohortWarning[]>();
  for (const warning of report.warnings) {
    const list = byStage.get(warning.stage);
    if (list === undefined) byStage.set(warning.stage, [warning]);
    else list.push(warning);
  }
  const names = new Map<string, string>();
  for (const recipient of report.recipients) names.set(recipient.athleteId, recipient.name);
  const summary: { stage: CohortStage; code: string; count: number }[] = [];
  for (const stage of STAGES) {
    const counts = new Map<string, number>();
    for (const warning of byStage.get(stage) ?? []) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
    for (const [code, count] of [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) summary.push({ stage, code, count });
  }
  const parts: string[] = [
    htmlTable(context, {
      caption: 'Warnings by stage and code',
      noun: 'codes',
      rows: summary,
      empty: 'no warnings: nothing needs attention.',
      columns: [
        { header: 'Stage', rowHeader: true, cell: (line) => escapeHtml(STAGE_TITLES[line.stage]) },
        { header: 'Code', cell: (line) => `<code>${escapeHtml(line.code)}</code>` },
        { header: 'Warnings', numeric: true, cell: (line) => context.count(line.count) },
      ],
    }),
  ];
  for (const stage of STAGES) {
    const warnings = byStage.get(stage);
    if (warnings === undefined) continue;
    parts.push(`<h3>${escapeHtml(STAGE_TITLES[stage])} <span class="badge warn">${context.count(warnings.length)}</span></h3>`);
    parts.push(
      htmlTable(context, {
        caption: `${STAGE_TITLES[stage]} warnings`,
        noun: 'warnings',
        rows: warnings,
        limit: Math.min(context.maxTableRows, 100),
        columns: [
          { header: 'Code', cell: (warning) => `<code>${escapeHtml(warning.code)}</code>` },
          {
            header: 'Athlete',
            cell: (warning) => (warning.athleteId === undefined ? '<span class="muted">–</span>' : `${escapeHtml(names.get(warning.athleteId) ?? warning.athleteId)}${names.has(warning.athleteId) ? ` <span class="id">${escapeHtml(warning.athleteId)}</span>` : ''}`),
          },
          { header: 'Message', cell: (warning) => escapeHtml(warning.message) },
        ],
      }),
    );
  }
  const lead = report.warnings.length === 0 ? 'Nothing needs a programme manager’s attention.' : `${context.counted(report.warnings.length, 'warning')} to look at, grouped by the stage where they arose.`;
  return reportSection('warnings', lead, parts.join(''));
}
