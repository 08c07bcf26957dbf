import type { CountLine } from '../cohortReport.js';
import { escapeHtml } from './escapeHtml.js';
import { horizontalBars } from './horizontalBars.js';
import type { Tone } from './palette.js';
import type { RenderContext } from './renderContext.js';

/**
 * The sections of the report in order, with the anchors the table of contents links to.
 * @internal
 */
export const SECTIONS = [
  { id: 'funnel', title: 'Selection funnel' },
  { id: 'budget', title: 'Budget and credit' },
  { id: 'mentoring', title: 'Mentor load' },
  { id: 'distribution', title: 'Scores and quotas' },
  { id: 'recipients', title: 'Recipients' },
  { id: 'waitlist', title: 'Waitlist and unmatched' },
  { id: 'learning', title: 'Learning' },
  { id: 'warnings', title: 'Warnings' },
] as const;

/**
 * The anchor of a section.
 * @internal
 */
export type SectionId = (typeof SECTIONS)[number]['id'];

/**
 * A numbered report section with its heading, a lead sentence and its body (HTML).
 * @internal
 */
export function reportSection(id: SectionId, lead: string, body: string): string {
  const index = SECTIONS.findIndex((section) => section.id === id);
  const title = SECTIONS[index]?.title ?? id;
  return (
    `<section class="panel" id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading"><span class="step">${String(index + 1)}</span>${escapeHtml(title)}</h2>` +
    `<p class="lead">${lead}</p>${body}</section>`
  );
}

/**
 * A row of headline figures as a description list (`[label, value HTML]` pairs).
 * @internal
 */
export function statList(entries: readonly (readonly [string, string])[]): string {
  return `<dl class="stats">${entries.map(([label, value]) => `<div><dt>${escapeHtml(label)}</dt><dd>${value}</dd></div>`).join('')}</dl>`;
}

/**
 * A figure: a caption above a chart (and optionally a legend or note below it).
 * @internal
 */
export function chartFigure(caption: string, chart: string, after = ''): string {
  return `<figure><figcaption>${escapeHtml(caption)}</figcaption>${chart}${after}</figure>`;
}

/**
 * A bar chart of counts per value (regions, sports, reasons): the `limit` most frequent values, the
 * rest folded into one "other" bar, each bar labelled with its count and its share of the total.
 * @internal
 */
export function countBars(
  context: RenderContext,
  chart: { readonly name: string; readonly title: string; readonly lines: readonly CountLine[]; readonly limit: number; readonly tone?: Tone; readonly width?: number; readonly labelWidth?: number },
): string {
  const lines = chart.lines;
  if (lines.length === 0) return '<p class="empty">None.</p>';
  let total = 0;
  for (const line of lines) total += line.count;
  const shown = lines.length > chart.limit + 1 ? lines.slice(0, chart.limit) : lines;
  let rest = 0;
  for (let index = shown.length; index < lines.length; index++) rest += lines[index]?.count ?? 0;
  const rows = shown.map((line) => ({ label: line.value, value: line.count, valueText: `${context.count(line.count)} · ${context.share(line.count, total)}`, tone: chart.tone ?? 'primary' }));
  if (rest > 0) {
    rows.push({ label: `${context.count(lines.length - shown.length)} others`, value: rest, valueText: `${context.count(rest)} · ${context.share(rest, total)}`, tone: 'neutral' });
  }
  const description = `${chart.title}: ${rows.map((row) => `${row.label} ${row.valueText}`).join('; ')}.`;
  return horizontalBars(context, {
    name: chart.name,
    title: chart.title,
    description,
    rows,
    width: chart.width ?? 520,
    labelWidth: chart.labelWidth ?? 150,
    valueWidth: 92,
  });
}
