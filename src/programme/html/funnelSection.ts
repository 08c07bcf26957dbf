import type { CohortReport } from '../cohortReport.js';
import { escapeHtml, truncateLabel } from './escapeHtml.js';
import { horizontalBars, type BarRow } from './horizontalBars.js';
import { htmlTable, meterCell } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { chartFigure, reportSection } from './reportSection.js';

/**
 * Section 1: the selection funnel as a bar chart (main steps in blue, branches indented), the most
 * common reasons for ineligibility, the facts to ask for, and who must send more information.
 * @internal
 */
export function funnelSection(context: RenderContext, report: CohortReport): string {
  const { funnel, eligibility } = report;
  const total = funnel.applications;
  const step = (label: string, value: number, extra: Partial<BarRow> = {}): BarRow => ({
    label,
    value,
    valueText: `${context.count(value)} · ${context.share(value, total)}`,
    ...extra,
  });
  const rows: BarRow[] = [
    step('Applications', total),
    step('Valid applications', total - funnel.invalid),
    step('Eligible', funnel.eligible, { tone: 'teal' }),
    step('Needs more information', funnel.needsInformation, { tone: 'warn', indent: true }),
    step('Ineligible', funnel.ineligible, { tone: 'danger', indent: true }),
    step('Selected', funnel.selected, { tone: 'accent' }),
    step('Waitlisted', funnel.waitlisted, { tone: 'neutral', indent: true }),
    step('Packages issued', funnel.packagesIssued),
    step('Scheduled in learning', funnel.scheduled),
    step('Matched with a mentor', funnel.matched, { tone: 'ok' }),
  ];
  const description = `From ${context.count(total)} applications: ${rows.slice(1).map((row) => `${row.label.toLowerCase()} ${context.count(row.value)}`).join(', ')}.`;
  const chart = horizontalBars(context, { name: 'funnel', title: 'Selection funnel', description, rows, max: total, width: 540, labelWidth: 178, valueWidth: 100, rowHeight: 34 });
  const reasonMax = eligibility.ineligibleReasons[0]?.count ?? 0;
  const missingMax = eligibility.missingFacts[0]?.count ?? 0;
  const reasons = htmlTable(context, {
    caption: 'Top reasons for ineligibility',
    noun: 'reasons',
    rows: eligibility.ineligibleReasons,
    limit: 10,
    empty: 'nobody was ineligible.',
    columns: [
      { header: 'Reason', cell: (line) => escapeHtml(line.value) },
      { header: 'Applicants', numeric: true, cell: (line) => meterCell(context, line.count, reasonMax) },
    ],
  });
  const facts = htmlTable(context, {
    caption: 'Facts to ask applicants for',
    noun: 'facts',
    rows: eligibility.missingFacts,
    limit: 10,
    empty: 'no missing fact would change a decision.',
    columns: [
      { header: 'Missing fact', cell: (line) => `<code>${escapeHtml(line.value)}</code>` },
      { header: 'Applicants', numeric: true, cell: (line) => meterCell(context, line.count, missingMax) },
    ],
  });
  const needed = htmlTable(context, {
    caption: 'Applicants who need to send more information',
    noun: 'applicants',
    rows: eligibility.needsInformation,
    limit: Math.min(context.maxTableRows, 10),
    empty: 'nobody.',
    columns: [
      { header: 'Athlete', rowHeader: true, cell: (entry) => `${escapeHtml(entry.name)} <span class="id">${escapeHtml(entry.athleteId)}</span>` },
      { header: 'Ask for', cell: (entry) => entry.missing.map((fact) => `<code>${escapeHtml(fact)}</code>`).join(' ') },
    ],
  });
  const invalid = htmlTable(context, {
    caption: 'Applications that could not be checked',
    noun: 'applications',
    rows: eligibility.invalidApplications,
    limit: Math.min(context.maxTableRows, 25),
    empty: 'none: every application was valid.',
    columns: [
      { header: 'Item', numeric: true, cell: (entry) => `#${String(entry.index)}` },
      { header: 'Athlete id', cell: (entry) => (entry.athleteId === undefined ? '<span class="muted">–</span>' : escapeHtml(entry.athleteId)) },
      {
        header: 'Problems',
        cell: (entry) =>
          entry.issues
            .slice(0, 3)
            .map((issue) => `<code>${escapeHtml(issue.path.map(String).join('.') || '(root)')}</code> ${escapeHtml(truncateLabel(issue.message, 120))}`)
            .join('<br>') + (entry.issues.length > 3 ? ` <span class="muted">+${context.count(entry.issues.length - 3)} more</span>` : ''),
      },
    ],
  });
  const params = Object.keys(eligibility.params).sort();
  const parameters = htmlTable(context, {
      caption: `Edition parameters in force on ${eligibility.asOf}`,
      noun: 'parameters',
      rows: params,
      limit: 40,
      columns: [
        { header: 'Parameter', rowHeader: true, cell: (name) => `<code>${escapeHtml(name)}</code>` },
        { header: 'Value', cell: (name) => escapeHtml(truncateLabel(parameterText(eligibility.params[name]), 200)) },
      ],
    });
const body =
  `<div class="grid-2"><div>${chartFigure('Applications at each step (share of all applications)', chart)}${invalid}</div><div>${reasons}${facts}</div></div>` +
  `<div class="grid-2"><div>${needed}</div><div>${params.length > 0 ? parameters : ''}</div></div>`;
const lead =
  `${context.count(total)} applications; ${context.count(funnel.eligible)} eligible (${context.share(funnel.eligible, total)}), ` +
  `${context.count(funnel.needsInformation)} waiting for information and ${context.count(funnel.ineligible)} ineligible. Indented bars branch off the step above them.`;
return reportSection('funnel', lead, body);
}

function parameterText(value: unknown): string {
if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ');
if (typeof value === 'string') return value;
if (value === undefined) return '';
return JSON.stringify(value);
}
