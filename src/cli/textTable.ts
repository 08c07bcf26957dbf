/** A column of a {@link formatTable}: its heading and whether numbers align right. */
export interface TableColumn {
  readonly heading: string;
  readonly align?: 'left' | 'right';
  /** The most characters a cell shows; longer text ends with "…". */
  readonly max?: number;
  /** Styles a body cell after padding (colour codes do not count towards the width). */
  readonly paint?: (padded: string, text: string) => string;
}

function fit(text: string, max: number | undefined): string {
  if (max === undefined || text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** A plain-text table: a heading row, then one row per entry, columns padded to their widest cell. */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string[] {
  const cells = rows.map((row) => columns.map((column, index) => fit(row[index] ?? '', column.max)));
  const widths = columns.map((column, index) => Math.max(column.heading.length, ...cells.map((row) => (row[index] ?? '').length)));
  const line = (row: readonly string[], body: boolean): string =>
    columns
      .map((column, index) => {
        const width = index === columns.length - 1 && column.align !== 'right' ? 0 : (widths[index] ?? 0);
        const cell = row[index] ?? '';
        const padded = column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
        return body && column.paint !== undefined ? column.paint(padded, cell) : padded;
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((column) => column.heading), false), ...cells.map((row) => line(row, true))];
}
