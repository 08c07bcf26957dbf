import { escapeHtml, truncateLabel } from './escapeHtml.js';
import { PALETTE, TONE_COLOUR, type Tone } from './palette.js';
import type { RenderContext } from './renderContext.js';
import { coordinate, openChart, svgText } from './svgChart.js';

/**
 * One bar: its label, its length, the text printed after it and, optionally, a capacity drawn as a
 * track behind it (a mentor's seats, a quota's pool).
 * @internal
 */
export interface BarRow {
  readonly label: string;
  readonly value: number;
  readonly valueText: string;
  readonly capacity?: number;
  readonly tone?: Tone;
  /** A sub-step (a branch of the funnel): the label is indented and muted. */
  readonly indent?: boolean;
}

/**
 * What {@link horizontalBars} draws.
 * @internal
 */
export interface HorizontalBarsChart {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly rows: readonly BarRow[];
  /** The value of a full-length bar; default the largest value or capacity. */
  readonly max?: number;
  readonly width?: number;
  readonly labelWidth?: number;
  readonly valueWidth?: number;
  /** The height of one row; default 26. */
  readonly rowHeight?: number;
}

const BAR = 16;
const PAD = 6;
const CHARACTER = 6.4;

/**
 * A horizontal bar chart with the label on the left and the value printed after each bar, so the
 * numbers are read as text rather than from the colour or length alone.
 * @internal
 */
export function horizontalBars(context: RenderContext, chart: HorizontalBarsChart): string {
  const width = chart.width ?? 720;
  const labelWidth = chart.labelWidth ?? 210;
  const valueWidth = chart.valueWidth ?? 120;
  const plot = width - labelWidth - valueWidth;
  let max = chart.max ?? 0;
  if (chart.max === undefined) for (const row of chart.rows) max = Math.max(max, row.value, row.capacity ?? 0);
  const scale = max > 0 ? plot / max : 0;
  const rowHeight = chart.rowHeight ?? 26;
  const height = chart.rows.length * rowHeight + 2 * PAD;
  const parts: string[] = [openChart(context, chart.name, width, height, chart.title, chart.description)];
  parts.push(`<line x1="${String(labelWidth)}" y1="${String(PAD - 2)}" x2="${String(labelWidth)}" y2="${String(height - PAD + 2)}" stroke="${PALETTE.axis}" stroke-width="1"/>`);
  chart.rows.forEach((row, index) => {
    const middle = PAD + index * rowHeight + rowHeight / 2;
    const indent = row.indent === true ? 16 : 0;
    const characters = Math.floor((labelWidth - 10 - indent) / CHARACTER);
    const label = truncateLabel(row.label, characters);
    parts.push(`<g><title>${escapeHtml(`${row.label}: ${row.valueText}`)}</title>`);
    parts.push(svgText(indent + 2, middle + 4, label, 'start', row.indent === true ? 'label sub' : 'label'));
    const barTop = middle - BAR / 2;
    if (row.capacity !== undefined && row.capacity > 0) {
      parts.push(
        `<rect x="${String(labelWidth)}" y="${coordinate(barTop)}" width="${coordinate(row.capacity * scale)}" height="${String(BAR)}" fill="${PALETTE.neutralSoft}" stroke="${PALETTE.axis}" stroke-width="0.75"/>`,
      );
    }
    const length = row.value > 0 ? Math.max(2, row.value * scale) : 0;
    if (length > 0) {
      parts.push(`<rect x="${String(labelWidth)}" y="${coordinate(barTop)}" width="${coordinate(length)}" height="${String(BAR)}" rx="2" fill="${TONE_COLOUR[row.tone ?? 'primary']}"/>`);
    }
    const end = Math.max(length, (row.capacity ?? 0) * scale);
    parts.push(svgText(labelWidth + end + 6, middle + 4, row.valueText, 'start', 'value'), '</g>');
  });
  parts.push('</svg>');
  return parts.join('');
}
