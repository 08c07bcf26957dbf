import { escapeHtml } from './escapeHtml.js';
import type { RenderContext } from './renderContext.js';

/**
 * One column of a table: its header and how to write a row's cell as HTML (escape any text!).
 * `numeric` right-aligns it with tabular figures; `rowHeader` makes its cells `<th scope="row">`.
 * @internal
 */
export interface TableColumn<T> {
  readonly header: string;
  readonly cell: (row: T, index: number) => string;
  readonly numeric?: boolean;
  readonly rowHeader?: boolean;
}

/**
 * What {@link htmlTable} writes.
 * @internal
 */
export interface HtmlTable<T> {
  readonly caption: string;
  readonly columns: readonly TableColumn<T>[];
  readonly rows: readonly T[];
  /** What the rows are, in the plural, for the "showing 200 of 2,000 recipients" note. */
  readonly noun: string;
  /** At most this many rows; default the context's `maxTableRows`. */
  readonly limit?: number;
  /** Shown instead of an empty table. */
  readonly empty?: string;
  readonly className?: string;
  /** A class for a row that should stand out (`short` for a missed quota). */
  readonly rowClass?: (row: T) => string | undefined;
}

/**
 * An accessible table (a `<caption>`, `<th scope>` headers) inside a horizontally scrolling wrapper,
 * cut to its row limit with a note saying how many rows the JSON report has.
 * @internal
 */
export function htmlTable<T>(context: RenderContext, table: HtmlTable<T>): string {
  if (table.rows.length === 0) {
    return `<p class="empty"><strong>${escapeHtml(table.caption)}:</strong> ${escapeHtml(table.empty ?? `no ${table.noun}.`)}</p>`;
  }
  const limit = Math.max(1, table.limit ?? context.maxTableRows);
  const shown = Math.min(limit, table.rows.length);
  const parts: string[] = [`<div class="table-wrap"><table${table.className === undefined ? '' : ` class="${table.className}"`}>`];
  parts.push(`<caption>${escapeHtml(table.caption)}</caption><thead><tr>`);
  for (const column of table.columns) parts.push(`<th scope="col"${column.numeric === true ? ' class="num"' : ''}>${escapeHtml(column.header)}</th>`);
  parts.push('</tr></thead><tbody>');
  for (let index = 0; index < shown; index++) {
    const row = table.rows[index] as T;
    const rowClass = table.rowClass?.(row);
    parts.push(rowClass === undefined ? '<tr>' : `<tr class="${rowClass}">`);
    for (const column of table.columns) {
      const tag = column.rowHeader === true ? 'th scope="row"' : 'td';
      const close = column.rowHeader === true ? 'th' : 'td';
      parts.push(`<${tag}${column.numeric === true ? ' class="num"' : ''}>${column.cell(row, index)}</${close}>`);
    }
    parts.push('</tr>');
  }
  parts.push('</tbody></table></div>');
  if (shown < table.rows.length) {
    parts.push(`<p class="note">Showing ${context.count(shown)} of ${context.count(table.rows.length)} ${escapeHtml(table.noun)}; the JSON report has them all.</p>`);
  }
  return parts.join('');
}

/**
 * A cell meter: a number followed by a small bar of its share of `max` (drawn in CSS; the number is
 * the content, the bar is decoration).
 * @internal
 */
export function meterCell(context: RenderContext, value: number, max: number): string {
  const percent = max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
  return `<span class="meter-cell"><span class="meter-value">${context.count(value)}</span><span class="meter" aria-hidden="true"><span style="width:${String(percent)}%"></span></span></span>`;
}
