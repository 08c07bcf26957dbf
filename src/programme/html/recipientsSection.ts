import type { CohortRecipient, CohortReport } from '../cohortReport.js';
import { escapeHtml } from './escapeHtml.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { reportSection } from './reportSection.js';

function packageCell(context: RenderContext, recipient: CohortRecipient, commonUntil: string | undefined): string {
  const entry = recipient.package;
  if (entry.status === 'issued') {
    const until = entry.creditSpendableUntil === undefined || entry.creditSpendableUntil === commonUntil ? '' : `<br><span class="muted small">credit to ${escapeHtml(entry.creditSpendableUntil)}</span>`;
    return `<span class="nowrap"><span class="badge ok">Issued</span> ${escapeHtml(context.money(entry.value))}</span>${until}`;
  }
  return `<span class="badge bad">Refused</span> <span class="small">${escapeHtml(entry.message)}</span>`;
}

function learningCell(context: RenderContext, recipient: CohortRecipient): string {
  const learning = recipient.learning;
  const missing = learning.modules - learning.scheduledModules;
  const flag = missing > 0 ? ` <span class="badge warn">${context.count(missing)} unscheduled</span>` : '';
  return `${context.count(learning.scheduledModules)}/${context.count(learning.modules)} modules · ${context.decimal(learning.scheduledHours)} h${flag}`;
}

function mentorCell(recipient: CohortRecipient): string {
  const mentor = recipient.mentor;
  if (mentor.status === 'matched') return `${escapeHtml(mentor.mentorName)} <span class="muted small">${escapeHtml(mentor.mentorKind)}</span>`;
  return `<span class="badge bad">Unmatched</span> <span class="small">${escapeHtml(mentor.reason)}</span>`;
}

/**
 * Section 5: the recipients in rank order with their package, learning and mentor.
 * @internal
 */
export function recipientsSection(context: RenderContext, report: CohortReport): string {
  const until = new Set<string>();
  for (const recipient of report.recipients) {
    if (recipient.package.status === 'issued') until.add(recipient.package.creditSpendableUntil ?? '');
  }
  const commonUntil = until.size === 1 ? [...until][0] : undefined;
  const table = htmlTable(context, {
    caption: 'Package recipients in rank order',
    noun: 'recipients',
    rows: report.recipients,
    empty: 'nobody was selected.',
    className: 'recipients',
    columns: [
      { header: 'Rank', numeric: true, cell: (recipient) => context.count(recipient.rank) },
      { header: 'Athlete', rowHeader: true, cell: (recipient) => `${escapeHtml(recipient.name)}${recipient.para ? ' <span class="badge neutral">para</span>' : ''}<br><span class="id">${escapeHtml(recipient.athleteId)}</span>` },
      { header: 'Country', cell: (recipient) => escapeHtml(recipient.country) },
      { header: 'Sport', cell: (recipient) => escapeHtml(recipient.sport) },
      { header: 'Score', numeric: true, cell: (recipient) => context.score(recipient.score) },
      { header: 'Package', cell: (recipient) => packageCell(context, recipient, commonUntil) },
      { header: 'Learning', cell: (recipient) => learningCell(context, recipient) },
      { header: 'Mentor', cell: (recipient) => mentorCell(recipient) },
      { header: 'Pair score', numeric: true, cell: (recipient) => (recipient.mentor.status === 'matched' ? context.pairScore(recipient.mentor.score) : '<span class="muted">–</span>') },
    ],
  });
  const lead = `${context.counted(report.recipients.length, 'athlete')} selected for a package, best score first. Scores are out of 100; the pair score says how well the mentor fits.` +
    (commonUntil === undefined || commonUntil === '' ? '' : ` Package credit can be spent until ${escapeHtml(commonUntil)}.`);
  return reportSection('recipients', lead, table);
}

/**
 * Section 6: the waitlist in order and the recipients left without a mentor.
 * @internal
 */
export function waitlistSection(context: RenderContext, report: CohortReport): string {
  const names = new Map<string, string>();
  for (const recipient of report.recipients) names.set(recipient.athleteId, recipient.name);
  const parts: string[] = ['<div class="grid-2"><div>'];
  parts.push(
    htmlTable(context, {
      caption: 'Waitlist',
      noun: 'waitlisted athletes',
      rows: report.selection.waitlist,
      empty: 'nobody is waitlisted.',
      columns: [
        { header: 'Position', numeric: true, cell: (entry) => context.count(entry.position) },
        { header: 'Athlete', rowHeader: true, cell: (entry) => `${escapeHtml(entry.name)} <span class="id">${escapeHtml(entry.athleteId)}</span>` },
        { header: 'Sport, country', cell: (entry) => `${escapeHtml(entry.sport)}, ${escapeHtml(entry.country)}` },
        { header: 'Score', numeric: true, cell: (entry) => context.score(entry.score) },
      ],
    }),
  );
  parts.push('</div><div>');
  parts.push(
    htmlTable(context, {
      caption: 'Recipients without a mentor',
      noun: 'unmatched athletes',
      rows: report.mentoring.unmatched,
      empty: 'every recipient has a mentor.',
      columns: [
        { header: 'Athlete', rowHeader: true, cell: (entry) => `${escapeHtml(names.get(entry.athleteId) ?? entry.athleteId)} <span class="id">${escapeHtml(entry.athleteId)}</span>` },
        { header: 'Why', cell: (entry) => `<span class="badge warn">${escapeHtml(entry.code)}</span> ${escapeHtml(entry.reason)}` },
      ],
    }),
  );
  parts.push('</div></div>');
  const lead = `${context.counted(report.selection.waitlist.length, 'athlete')} on the waitlist, in the order they would be offered a seat; ${context.counted(report.mentoring.unmatched.length, 'recipient')} without a mentor.`;
  return reportSection('waitlist', lead, parts.join(''));
}
