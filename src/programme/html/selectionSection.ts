import type { CohortReport } from '../cohortReport.js';
import { columnChart, seriesLegend, type ColumnSeries } from './columnChart.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { chartFigure, countBars, reportSection, statList } from './reportSection.js';

const DECISIONS: readonly ColumnSeries[] = [
  { label: 'Selected', tone: 'accent' },
  { label: 'Waitlisted', tone: 'primary', hatched: true },
  { label: 'Not selected', tone: 'neutral' },
];

type QuotaOutcome = CohortReport['selection']['quotas'][number];

function quotaRule(quota: QuotaOutcome['quota']): string {
  const bounds = quota.min !== undefined && quota.max !== undefined ? `${String(quota.min)}–${String(quota.max)}` : quota.min !== undefined ? `at least ${String(quota.min)}` : `at most ${String(quota.max ?? 0)}`;
  return `<code>${escapeHtml(quota.attribute)} = ${escapeHtml(quota.value)}</code> <span class="muted">${bounds}</span>`;
}

/**
 * Section 4: the distribution of scores by decision, who the recipients are (region, sport, gender,
 * career stage), the quota outcomes and the rubric.
 * @internal
 */
export function selectionSection(context: RenderContext, report: CohortReport): string {
  const { selection } = report;
  const bins = selection.scoreDistribution;
  const chart = columnChart(context, {
    name: 'scores',
    title: 'Eligible candidates by score and decision',
    description: bins.map((bin) => `${String(bin.from)} to ${String(bin.to)}: ${String(bin.selected)} selected, ${String(bin.waitlisted)} waitlisted, ${String(bin.notSelected)} not selected`).join('; '),
    series: DECISIONS,
    columns: bins.map((bin) => ({ label: `${String(bin.from)}–${String(bin.to)}`, detail: `Score ${String(bin.from)}–${String(bin.to)}`, values: [bin.selected, bin.waitlisted, bin.notSelected] })),
    width: 760,
    height: 260,
    totals: true,
    unit: 'candidates',
  });
  const metCount = selection.quotas.filter((quota) => quota.met).length;
  const parts: string[] = [
    statList([
      ['Seats', `${context.count(selection.seats - selection.unfilledSeats)} <span class="muted small">of ${context.count(selection.seats)} filled</span>`],
      ['Quotas met', `${context.count(metCount)} <span class="muted small">of ${context.count(selection.quotas.length)}</span>`],
      ['Para-athletes selected', context.count(selection.paraAthletes)],
      ['Total score', context.decimal(selection.totalScore)],
      ['Method', `${selection.method === 'flow' ? 'Min-cost flow' : 'Search'}${selection.proven ? ' · proven optimal' : ''}`],
      ['Tie-break seed', `<code>${escapeHtml(selection.seed)}</code>`],
    ]),
  ];
  const rubric = htmlTable(context, {
    caption: 'Scoring rubric (weights)',
    noun: 'criteria',
    rows: selection.rubric,
    columns: [
      { header: 'Criterion', rowHeader: true, cell: (line) => `<code>${escapeHtml(line.criterion)}</code>` },
      { header: 'Weight', numeric: true, cell: (line) => context.decimal(line.weight) },
    ],
  });
  parts.push(`<div class="grid-wide">${chartFigure('Scores of eligible candidates, by decision', chart, seriesLegend(DECISIONS))}<div>${rubric}</div></div>`);
  parts.push(htmlTable(context, {
    caption: 'Quota outcomes',
    noun: 'quotas',
    rows: [...selection.quotas].sort((a, b) => Number(a.met) - Number(b.met)),
    empty: 'this edition sets no quota.',
    className: 'quotas',
    rowClass: (quota) => (quota.met ? undefined : 'short'),
    columns: [
      { header: 'Quota', rowHeader: true, cell: (quota) => escapeHtml(quota.label) },
      { header: 'Rule', cell: (quota) => quotaRule(quota.quota) },
      { header: 'Selected', numeric: true, cell: (quota) => context.count(quota.selected) },
      { header: 'Eligible pool', numeric: true, cell: (quota) => context.count(quota.available) },
      {
        header: 'Outcome',
        cell: (quota) => (quota.met ? '<span class="badge ok">✓ Met</span>' : `<span class="badge bad">✗ Short by ${context.count(quota.shortBy)}</span>`),
      },
    ],
  }));
  parts.push('<h3>Who was selected</h3><div class="grid-2">');
  parts.push(chartFigure('By region', countBars(context, { name: 'regions', title: 'Recipients by region', lines: selection.byRegion, limit: 8 })));
  parts.push(chartFigure('By sport', countBars(context, { name: 'sports', title: 'Recipients by sport', lines: selection.bySport, limit: 8, tone: 'teal' })));
  parts.push(chartFigure('By gender', countBars(context, { name: 'genders', title: 'Recipients by gender', lines: selection.byGender, limit: 6, tone: 'accent' })));
  parts.push(chartFigure('By career stage', countBars(context, { name: 'career-stages', title: 'Recipients by career stage', lines: selection.byCareerStage, limit: 6, tone: 'neutral' })));
  parts.push('</div>');
  const lead =
    `${context.count(report.funnel.eligible)} eligible candidates scored from 0 to 100; ${context.count(report.funnel.selected)} selected and ${context.count(report.funnel.waitlisted)} waitlisted. ` +
    (selection.quotas.length === 0 ? 'No quotas.' : `${context.count(metCount)} of ${context.count(selection.quotas.length)} quotas met.`);
  return reportSection('distribution', lead, parts.join(''));
}
