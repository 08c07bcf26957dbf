import type { CohortReport } from '../cohortReport.js';
import { burnDownChart, burnDownLegend, monthLabel } from './burnDownChart.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { chartFigure, reportSection, statList } from './reportSection.js';

/**
 * Section 2: the budget figures, the burn-down chart (budget remaining, commitments, credit open and
 * its expiry), the package template's components and any package refused.
 * @internal
 */
export function budgetSection(context: RenderContext, report: CohortReport): string {
  const { packages } = report;
  const { budget, template } = packages;
  const money = (amount: Parameters<RenderContext['money']>[0]): string => escapeHtml(context.money(amount));
  const parts: string[] = [
    statList([
      ['Funded', money(budget.funded)],
      ['Committed', money(budget.committed)],
      ['Remaining', money(budget.remaining)],
      ['Training services', money(budget.serviceCommitted)],
      ['Trade credit', money(budget.creditCommitted)],
      ['Packages issued', `${context.count(packages.issued)}${packages.refused.length > 0 ? ` <span class="muted small">(${context.count(packages.refused.length)} refused)</span>` : ''}`],
    ]),
  ];
  const expiries = packages.burnDown.filter((month) => Number(month.creditExpiring.amount) > 0);
  const expiryNote =
    expiries.length === 0
      ? ''
      : `<p class="note">Credit expiring if unspent: ${expiries.map((month) => `${escapeHtml(monthLabel(month.month))} <strong>${money(month.creditExpiring)}</strong>`).join(' · ')}.</p>`;
  parts.push('<div class="grid-wide">');
  parts.push(chartFigure('Budget remaining, committed and credit open, month by month', burnDownChart(context, packages.burnDown, Number(budget.funded.amount)), burnDownLegend(packages.burnDown) + expiryNote));
  parts.push('<div>');
  parts.push(
    htmlTable(context, {
      caption: `Package template: ${template.name} (${context.money(template.value)})`,
      noun: 'components',
      rows: template.components,
      columns: [
        { header: 'Component', rowHeader: true, cell: (component) => escapeHtml(component.name) },
        { header: 'Kind', cell: (component) => `<span class="badge ${component.kind === 'credit' ? 'ok' : 'neutral'}">${escapeHtml(component.kind)}</span>` },
        { header: 'Per package', numeric: true, cell: (component) => money(component.value) },
      ],
    }),
  );
  parts.push(
    `<p class="note">Issued on ${escapeHtml(packages.issuedOn)}; credit can be spent for ${context.count(template.creditValidDays)} days. Template <code>${escapeHtml(template.id)}</code>; the report's journal has ${context.count(packages.journal.length)} entries to replay.</p>`,
  );
  parts.push('</div></div>');
  parts.push(
    htmlTable(context, {
      caption: 'Month by month',
      noun: 'months',
      rows: packages.burnDown,
      limit: 48,
      columns: [
        { header: 'Month', rowHeader: true, cell: (month) => escapeHtml(monthLabel(month.month)) },
        { header: 'Committed to date', numeric: true, cell: (month) => money(month.cumulativeCommitted) },
        { header: 'Budget remaining', numeric: true, cell: (month) => money(month.budgetRemaining) },
        { header: 'Credit open if unspent', numeric: true, cell: (month) => money(month.creditOpenIfUnspent) },
        { header: 'Credit expiring', numeric: true, cell: (month) => (Number(month.creditExpiring.amount) > 0 ? `<strong>${money(month.creditExpiring)}</strong>` : '<span class="muted">–</span>') },
      ],
      className: 'compact',
    }),
  );
  if (packages.refused.length > 0) {
    const names = new Map(report.recipients.map((recipient) => [recipient.athleteId, recipient.name]));
    parts.push(
      htmlTable(context, {
        caption: 'Packages refused',
        noun: 'refusals',
        rows: packages.refused,
        columns: [
          { header: 'Athlete', rowHeader: true, cell: (entry) => `${escapeHtml(names.get(entry.athleteId) ?? entry.athleteId)} <span class="id">${escapeHtml(entry.athleteId)}</span>` },
          { header: 'Code', cell: (entry) => `<span class="badge bad">${escapeHtml(entry.code)}</span>` },
          { header: 'Why', cell: (entry) => escapeHtml(entry.message) },
        ],
      }),
    );
  }
  const lead =
    `${money(budget.committed)} of ${money(budget.funded)} committed to ${context.counted(packages.issued, 'package')}; ${money(budget.remaining)} left to commit. ` +
    'Amounts are exact; the chart shows what stays open if recipients spend none of their credit.';
  return reportSection('budget', lead, parts.join(''));
}
