import type { BurnDownMonth } from '../cohortReport.js';
import { escapeHtml } from './escapeHtml.js';
import { PALETTE } from './palette.js';
import type { RenderContext } from './renderContext.js';
import { coordinate, niceTicks, openChart, svgText } from './svgChart.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A `YYYY-MM` month as `Jan 2027` (English abbreviations, independent of the machine's locale).
 * @internal
 */
export function monthLabel(month: string): string {
  const index = Number(month.slice(5, 7)) - 1;
  return `${MONTHS[index] ?? month.slice(5, 7)} ${month.slice(0, 4)}`;
}

/**
 * A `YYYY-MM-DD` date as `11 Jan` (for the axis of a weekly chart).
 * @internal
 */
export function dayLabel(date: string): string {
  return `${String(Number(date.slice(8, 10)))} ${MONTHS[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7)}`;
}

/**
 * The lines of the burn-down chart, each with its colour and dash so they differ in greyscale too.
 * @internal
 */
export const BURN_DOWN_SERIES = [
  { key: 'budgetRemaining', label: 'Budget remaining', short: 'Remaining', colour: PALETTE.primary, dash: '' },
  { key: 'cumulativeCommitted', label: 'Committed to packages', short: 'Committed', colour: PALETTE.accent, dash: '7 4' },
  { key: 'creditOpenIfUnspent', label: 'Credit open if unspent', short: 'Credit open', colour: PALETTE.teal, dash: '2 3' },
] as const;

type SeriesKey = (typeof BURN_DOWN_SERIES)[number]['key'];

const WIDTH = 720;
const HEIGHT = 300;
const LEFT = 64;
const RIGHT = 190;
const TOP = 16;
const BOTTOM = 44;

/**
 * An axis amount in compact form (`$250K`); tick values are round whole numbers, never amounts from
 * the report, which are always printed with their exact digits.
 * @internal
 */
function axisFormatter(context: RenderContext, currency: string): (value: number) => string {
  if (/^[A-Z]{3}$/.test(currency)) {
    const format = new Intl.NumberFormat(context.locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
    return (value) => format.format(String(Math.round(value)) as `${number}`);
  }
  const format = new Intl.NumberFormat(context.locale, { notation: 'compact', maximumFractionDigits: 1 });
  return (value) => `${format.format(String(Math.round(value)) as `${number}`)} ${currency}`;
}

/**
 * The budget and credit burn-down as a line chart: budget remaining (an area), cumulative commitments,
 * and the recipients' credit still open if none is spent, with a red rule in each month where credit
 * expires. Lines are labelled at their ends with exact amounts.
 * @internal
 */
export function burnDownChart(context: RenderContext, months: readonly BurnDownMonth[], funded: number): string {
  const count = months.length;
  const first = months[0];
  const last = months[count - 1];
  if (first === undefined || last === undefined) return '<p class="empty">No budget activity to chart.</p>';
  const currency = first.budgetRemaining.currency;
  const values = (key: SeriesKey): number[] => months.map((month) => Number(month[key].amount));
  const drawn = BURN_DOWN_SERIES.filter((series) => series.key !== 'creditOpenIfUnspent' || values(series.key).some((value) => value > 0));
  let max = funded;
  for (const series of drawn) for (const value of values(series.key)) max = Math.max(max, value);
  const { top, ticks } = niceTicks(max, 5, true);
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (index: number): number => LEFT + (count === 1 ? plotWidth / 2 : (index * plotWidth) / (count - 1));
  const y = (value: number): number => TOP + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const description =
    `Month by month from ${monthLabel(first.month)} to ${monthLabel(last.month)}: ` +
    drawn.map((series) => `${series.label.toLowerCase()} ends at ${context.money(last[series.key])}`).join('; ') + '.';
  const parts: string[] = [openChart(context, 'burn-down', WIDTH, HEIGHT, 'Budget and credit burn-down', description)];
  const axisAmount = axisFormatter(context, currency);
  for (const tick of ticks) {
    const at = y(tick);
    parts.push(`<line x1="${String(LEFT)}" y1="${coordinate(at)}" x2="${String(WIDTH - RIGHT)}" y2="${coordinate(at)}" stroke="${tick === 0 ? PALETTE.axis : PALETTE.grid}" stroke-width="1"/>`);
    parts.push(svgText(LEFT - 8, at + 4, axisAmount(tick), 'end', 'axis'));
  }
  const slot = count > 1 ? plotWidth / (count - 1) : plotWidth;
  const labelEvery = Math.max(1, Math.ceil(44 / slot));
  months.forEach((month, index) => {
    if (Number(month.creditExpiring.amount) > 0) {
      parts.push(
        `<line x1="${coordinate(x(index))}" y1="${String(TOP)}" x2="${coordinate(x(index))}" y2="${String(TOP + plotHeight)}" stroke="${PALETTE.danger}" stroke-width="1.25" stroke-dasharray="3 3">` +
          `<title>${escapeHtml(`${monthLabel(month.month)}: ${context.money(month.creditExpiring)} of credit expires`)}</title></line>`,
      );
    }
    if (index % labelEvery !== 0) return;
    const showYear = index === 0 || month.month.endsWith('-01') || index < labelEvery;
    parts.push(svgText(x(index), HEIGHT - BOTTOM + 16, MONTHS[Number(month.month.slice(5, 7)) - 1] ?? month.month, 'middle', 'axis'));
    if (showYear) parts.push(svgText(x(index), HEIGHT - BOTTOM + 30, month.month.slice(0, 4), 'middle', 'axis'));
  });
  const remaining = values('budgetRemaining');
  const area = remaining.map((value, index) => `${index === 0 ? 'M' : 'L'}${coordinate(x(index))} ${coordinate(y(value))}`).join(' ');
  parts.push(`<path d="${area} L${coordinate(x(count - 1))} ${coordinate(y(0))} L${coordinate(x(0))} ${coordinate(y(0))} Z" fill="${PALETTE.primarySoft}" fill-opacity="0.7"/>`);
  const ends: { y: number; text: string; colour: string }[] = [];
  for (const series of drawn) {
    const points = values(series.key).map((value, index) => `${coordinate(x(index))},${coordinate(y(value))}`).join(' ');
    const dash = series.dash === '' ? '' : ` stroke-dasharray="${series.dash}"`;
    parts.push(`<polyline points="${points}" fill="none" stroke="${series.colour}" stroke-width="2.5" stroke-linejoin="round"${dash}/>`);
    if (count <= 36) {
      months.forEach((month, index) => {
        parts.push(
          `<circle cx="${coordinate(x(index))}" cy="${coordinate(y(Number(month[series.key].amount)))}" r="2.6" fill="${series.colour}">` +
            `<title>${escapeHtml(`${monthLabel(month.month)} · ${series.label}: ${context.money(month[series.key])}`)}</title></circle>`,
        );
      });
    }
    ends.push({ y: y(Number(last[series.key].amount)), text: `${series.short} ${context.money(last[series.key])}`, colour: series.colour });
  }
  ends.sort((a, b) => a.y - b.y);
  for (let index = 1; index < ends.length; index++) {
    const previous = ends[index - 1];
    const current = ends[index];
    if (previous !== undefined && current !== undefined && current.y - previous.y < 15) current.y = previous.y + 15;
  }
  for (const end of ends) {
    parts.push(`<text x="${String(WIDTH - RIGHT + 8)}" y="${coordinate(end.y + 4)}" class="value" style="fill:${end.colour}">${escapeHtml(end.text)}</text>`);
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The burn-down chart's legend: each line's dash style and colour, and the expiry rule.
 * @internal
 */
export function burnDownLegend(months: readonly BurnDownMonth[]): string {
  const open = months.some((month) => Number(month.creditOpenIfUnspent.amount) > 0);
  const expiry = months.some((month) => Number(month.creditExpiring.amount) > 0);
  const items = BURN_DOWN_SERIES.filter((series) => series.key !== 'creditOpenIfUnspent' || open).map((series) => {
    const dash = series.dash === '' ? '' : ` stroke-dasharray="${series.dash}"`;
    return `<li><svg width="28" height="10" aria-hidden="true"><line x1="1" y1="5" x2="27" y2="5" stroke="${series.colour}" stroke-width="2.5"${dash}/></svg>${escapeHtml(series.label)}</li>`;
  });
  if (expiry) {
    items.push(`<li><svg width="28" height="10" aria-hidden="true"><line x1="14" y1="0" x2="14" y2="10" stroke="${PALETTE.danger}" stroke-width="1.5" stroke-dasharray="3 2"/></svg>Credit expires</li>`);
  }
  return `<ul class="legend">${items.join('')}</ul>`;
}
