import type { CohortReport } from '../cohortReport.js';
import { escapeHtml } from './escapeHtml.js';
import type { RenderContext } from './renderContext.js';
import { SECTIONS } from './reportSection.js';

interface Card {
  readonly label: string;
  readonly figure: string;
  readonly note: string;
  readonly tone: '' | 'accent' | 'ok' | 'warn' | 'teal';
  readonly wide?: boolean;
  readonly meter?: number;
}

function card(entry: Card): string {
  const meter = entry.meter === undefined ? '' : `<span class="meter" aria-hidden="true"><span style="width:${String(Math.round(Math.min(1, Math.max(0, entry.meter)) * 1000) / 10)}%"></span></span>`;
  return `<div class="card${entry.tone === '' ? '' : ` ${entry.tone}`}${entry.wide === true ? ' wide' : ''}"><p class="card-label">${escapeHtml(entry.label)}</p><p class="card-figure">${entry.figure}</p><p class="card-note">${entry.note}</p>${meter}</div>`;
}

/**
 * The top of the report: the edition's name and dates, the key figures as cards, and the table of
 * contents.
 * @internal
 */
export function reportHeader(context: RenderContext, report: CohortReport): string {
  const { edition, funnel, selection, packages, mentoring } = report;
  const valid = funnel.applications - funnel.invalid;
  const funded = Number(packages.budget.funded.amount);
  const committed = Number(packages.budget.committed.amount);
  const parts: string[] = [];
  parts.push(
    `<header class="masthead"><p class="kicker">Cohort report · Edition ${escapeHtml(String(edition.number))}</p>`,
    `<h1>${escapeHtml(edition.name)}</h1><ul class="meta">`,
    `<li>As of <strong>${escapeHtml(report.asOf)}</strong></li>`,
    `<li>Cohort <strong>${escapeHtml(edition.cohortStart)} – ${escapeHtml(edition.cohortEnd)}</strong></li>`,
    `<li><strong>${context.count(edition.seats)}</strong> seats</li>`,
    `<li>Package <strong>${escapeHtml(context.money(edition.packageValue))}</strong></li>`,
    `<li>Budget <strong>${escapeHtml(context.money(edition.budget))}</strong></li>`,
    '</ul></header>',
  );
  const unfilled = selection.unfilledSeats > 0 ? ` · <strong>${context.count(selection.unfilledSeats)}</strong> unfilled` : '';
  const cards: Card[] = [
    {
      label: 'Applications',
      figure: context.count(funnel.applications),
      note: funnel.invalid === 0 ? 'all valid' : `${context.count(valid)} valid · ${context.count(funnel.invalid)} invalid`,
      tone: '',
    },
    {
      label: 'Eligible',
      figure: context.count(funnel.eligible),
      note: `${context.share(funnel.eligible, funnel.applications)} of applications`,
      tone: 'teal',
    },
    {
      label: 'Selected',
      figure: `${context.count(funnel.selected)} <small>/ ${context.count(selection.seats)}</small>`,
      note: `${context.count(funnel.waitlisted)} waitlisted${unfilled}`,
      tone: 'accent',
      meter: selection.seats > 0 ? funnel.selected / selection.seats : 0,
    },
    {
      label: 'Budget committed',
      figure: escapeHtml(context.money(packages.budget.committed)),
      note: `of ${escapeHtml(context.money(packages.budget.funded))} funded (${context.share(committed, funded)})`,
      tone: '',
      wide: true,
      meter: funded > 0 ? committed / funded : 0,
    },
    {
      label: 'Matched',
      figure: `${context.count(funnel.matched)} <small>/ ${context.count(funnel.selected)}</small>`,
      note: `mean pair score ${context.pairScore(mentoring.averageScore)}`,
      tone: 'ok',
      meter: funnel.selected > 0 ? funnel.matched / funnel.selected : 0,
    },
    {
      label: 'Warnings',
      figure: context.count(report.warnings.length),
      note: report.warnings.length === 0 ? 'nothing to review' : 'to review',
      tone: report.warnings.length === 0 ? 'ok' : 'warn',
    },
  ];
  parts.push(`<div class="cards" role="group" aria-label="Key figures">${cards.map(card).join('')}</div>`);
  parts.push(
    `<nav class="toc" aria-label="Sections"><ol>${SECTIONS.map((section, index) => `<li><a href="#${section.id}">${String(index + 1)}. ${escapeHtml(section.title)}</a></li>`).join('')}</ol></nav>`,
  );
  return parts.join('');
}
