import { escapeHtml } from './escapeHtml.js';
import type { RenderContext } from './renderContext.js';

/**
 * A coordinate written with at most one decimal, so the markup stays small and identical on every run.
 * @internal
 */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * Opens an accessible inline SVG chart: `role="img"`, a `<title>` and a `<desc>` that screen readers
 * announce, a viewBox that scales down on narrow screens but never up beyond its drawn size. Close it
 * with `</svg>`.
 * @internal
 */
export function openChart(context: RenderContext, name: string, width: number, height: number, title: string, description: string): string {
  const id = context.nextId(name);
  return (
    `<svg class="chart" id="${id}" viewBox="0 0 ${String(width)} ${String(height)}" width="${String(width)}" height="${String(height)}" ` +
    `style="max-width:${String(width)}px" role="img" aria-labelledby="${id}-title ${id}-desc">` +
    `<title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>`
  );
}

/**
 * An SVG `<text>` element; `anchor` is `start`, `middle` or `end`, `className` one of the report's
 * text styles (`label`, `value`, `axis`, `note`).
 * @internal
 */
export function svgText(x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end', className: string): string {
  return `<text x="${coordinate(x)}" y="${coordinate(y)}" text-anchor="${anchor}" class="${className}">${escapeHtml(text)}</text>`;
}

/**
 * Round axis ticks from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, whole numbers
 * when `integer` is set.
 * @internal
 */
export function niceTicks(max: number, count: number, integer: boolean): { readonly top: number; readonly ticks: readonly number[] } {
  const safeMax = Number.isFinite(max) && max > 0 ? max : 1;
  const rough = safeMax / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step0 = [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((step) => step >= rough) ?? 10 * power;
  const step = integer ? Math.max(1, Math.ceil(step0)) : step0;
  const top = Math.ceil(safeMax / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(Math.round(value * 1e6) / 1e6);
  return { top, ticks };
}
