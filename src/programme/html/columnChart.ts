import { escapeHtml } from './escapeHtml.js';
import { PALETTE, TONE_COLOUR, type Tone } from './palette.js';
import type { RenderContext } from './renderContext.js';
import { coordinate, niceTicks, openChart, svgText } from './svgChart.js';

/**
 * One series of a column chart; a `hatched` series is striped so it reads apart from its neighbours
 * without colour.
 * @internal
 */
export interface ColumnSeries {
  readonly label: string;
  readonly tone: Tone;
  readonly hatched?: boolean;
}

/**
 * One column: its axis label and one value per series (stacked bottom to top in series order).
 * @internal
 */
export interface ColumnEntry {
  readonly label: string;
  readonly values: readonly number[];
  /** Shown in the tooltip instead of `label` (a week's start date, a bin's full range). */
  readonly detail?: string;
}

/**
 * What {@link columnChart} draws.
 * @internal
 */
export interface ColumnChart {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly ColumnSeries[];
  readonly columns: readonly ColumnEntry[];
  readonly width?: number;
  readonly height?: number;
  /** Print each column's total above it (only when the columns are wide enough). */
  readonly totals?: boolean;
  /** The unit of the vertical axis, printed above it (`athletes`, `hours`). */
  readonly unit: string;
}

const LEFT = 48;
const RIGHT = 12;
const TOP = 26;
const BOTTOM = 34;

/**
 * A vertical column chart, stacked when there are several series, with a labelled count axis and a
 * tooltip per column.
 * @internal
 */
export function columnChart(context: RenderContext, chart: ColumnChart): string {
  const width = chart.width ?? 720;
  const height = chart.height ?? 240;
  const plotWidth = width - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const totals = chart.columns.map((column) => column.values.reduce((sum, value) => sum + value, 0));
  const { top, ticks } = niceTicks(Math.max(0, ...totals), 4, true);
  const y = (value: number): number => TOP + plotHeight - (value / top) * plotHeight;
  const slot = chart.columns.length > 0 ? plotWidth / chart.columns.length : plotWidth;
  const barWidth = Math.max(1, Math.min(56, slot * 0.72));
  const labelEvery = Math.max(1, Math.ceil(46 / slot));
  const parts: string[] = [openChart(context, chart.name, width, height, chart.title, chart.description)];
  const patternIds = chart.series.map((series, index) => {
    if (series.hatched !== true) return undefined;
    const id = context.nextId(`hatch${String(index)}`);
    parts.push(
      `<defs><pattern id="${id}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
        `<rect width="6" height="6" fill="${TONE_COLOUR[series.tone]}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" stroke-width="2.2"/></pattern></defs>`,
    );
    return id;
  });
  for (const tick of ticks) {
    const at = y(tick);
    parts.push(`<line x1="${String(LEFT)}" y1="${coordinate(at)}" x2="${String(width - RIGHT)}" y2="${coordinate(at)}" stroke="${tick === 0 ? PALETTE.axis : PALETTE.grid}" stroke-width="1"/>`);
    parts.push(svgText(LEFT - 6, at + 4, context.count(tick), 'end', 'axis'));
  }
  parts.push(svgText(LEFT - 6, TOP - 12, chart.unit, 'end', 'axis'));
  chart.columns.forEach((column, index) => {
    const x = LEFT + index * slot + (slot - barWidth) / 2;
    const total = totals[index] ?? 0;
    const described = chart.series.length > 1 ? chart.series.map((series, part) => `${series.label} ${context.decimal(column.values[part] ?? 0)}`).join(', ') : context.decimal(total);
    parts.push(`<g><title>${escapeHtml(`${column.detail ?? column.label}: ${described}`)}</title>`);
    let base = 0;
    chart.series.forEach((series, part) => {
      const value = column.values[part] ?? 0;
      if (value <= 0) return;
      const fill = patternIds[part] === undefined ? TONE_COLOUR[series.tone] : `url(#${patternIds[part]})`;
      const from = y(base);
      const to = y(base + value);
      parts.push(`<rect x="${coordinate(x)}" y="${coordinate(to)}" width="${coordinate(barWidth)}" height="${coordinate(Math.max(0.5, from - to))}" fill="${fill}" stroke="#ffffff" stroke-width="0.5"/>`);
      base += value;
    });
    if (chart.totals === true && slot >= 26 && total > 0) parts.push(svgText(x + barWidth / 2, y(total) - 5, context.decimal(total), 'middle', 'value'));
    if (index % labelEvery === 0) parts.push(svgText(x + barWidth / 2, height - BOTTOM + 16, column.label, 'middle', 'axis'));
    parts.push('</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}

/**
 * An HTML legend for a chart's series: a swatch (striped for hatched series) and the words.
 * @internal
 */
export function seriesLegend(series: readonly ColumnSeries[]): string {
  const items = series.map((entry) => {
    const style = entry.hatched === true
      ? `background:repeating-linear-gradient(45deg,${TONE_COLOUR[entry.tone]} 0 3px,#ffffff 3px 5px)`
      : `background:${TONE_COLOUR[entry.tone]}`;
    return `<li><span class="swatch" style="${style}"></span>${escapeHtml(entry.label)}</li>`;
  });
  return `<ul class="legend">${items.join('')}</ul>`;
}
