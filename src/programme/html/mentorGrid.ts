import type { CohortMentoring } from '../cohortReport.js';
import { escapeHtml, truncateLabel } from './escapeHtml.js';
import { PALETTE } from './palette.js';
import type { RenderContext } from './renderContext.js';
import { coordinate, openChart, svgText } from './svgChart.js';

type MentorLoad = CohortMentoring['mentorLoad'][number];

const WIDTH = 1000;
const LABEL = 170;
const CELL = 14;
const PITCH = 18;
const GROUP_GAP = 12;
const TOP = 4;
/** Above this many mentors the squares carry no tooltip, to keep the document small. */
const TOOLTIPS_UP_TO = 300;

/**
 * How full a mentor is, from 0 to 1 (a mentor without seats counts as 0).
 * @internal
 */
export function utilisation(load: MentorLoad): number {
  return load.capacity > 0 ? Math.min(1, load.assigned / load.capacity) : 0;
}

/**
 * A compact picture of every mentor's load, for tens to thousands of mentors: one square per mentor,
 * grouped by kind, filled from the bottom in proportion to the seats in use (so fullness reads from
 * the shape, not the colour), fullest first.
 * @internal
 */
export function mentorGrid(context: RenderContext, mentoring: CohortMentoring): string {
  const order = new Map(mentoring.byKind.map((kind, index) => [kind.kind, index]));
  const groups = new Map<string, MentorLoad[]>();
  for (const load of mentoring.mentorLoad) {
    const group = groups.get(load.kind);
    if (group === undefined) groups.set(load.kind, [load]);
    else group.push(load);
  }
  const kinds = [...groups.keys()].sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : a > b ? 1 : 0));
  const perRow = Math.floor((WIDTH - LABEL) / PITCH);
  let height = TOP;
  for (const kind of kinds) height += Math.ceil((groups.get(kind)?.length ?? 0) / perRow) * PITCH + GROUP_GAP;
  const tooltips = mentoring.mentorLoad.length <= TOOLTIPS_UP_TO;
  const description = kinds
    .map((kind) => {
      const group = groups.get(kind) ?? [];
      const full = group.filter((load) => load.capacity > 0 && load.assigned >= load.capacity).length;
      const unused = group.filter((load) => load.assigned === 0).length;
      return `${kind}: ${context.counted(group.length, 'mentor')}, ${context.count(full)} full, ${context.count(unused)} unused`;
    })
    .join('; ');
  const parts: string[] = [openChart(context, 'mentor-grid', WIDTH, height, 'Every mentor’s load, grouped by kind', description)];
  let y = TOP;
  for (const kind of kinds) {
    const group = [...(groups.get(kind) ?? [])].sort((a, b) => utilisation(b) - utilisation(a) || b.assigned - a.assigned || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    parts.push(svgText(0, y + CELL - 2, truncateLabel(`${kind} (${context.count(group.length)})`, 24), 'start', 'label'));
    group.forEach((load, index) => {
      const x = LABEL + (index % perRow) * PITCH;
      const top = y + Math.floor(index / perRow) * PITCH;
      const filled = utilisation(load) * CELL;
      const tip = tooltips ? `<title>${escapeHtml(`${load.name} (${load.mentorId}): ${String(load.assigned)} of ${String(load.capacity)}`)}</title>` : '';
      parts.push(
        `<g>${tip}<rect x="${coordinate(x)}" y="${coordinate(top)}" width="${String(CELL)}" height="${String(CELL)}" fill="${PALETTE.neutralSoft}" stroke="${PALETTE.axis}" stroke-width="0.75"/>`,
      );
      if (filled > 0) parts.push(`<rect x="${coordinate(x)}" y="${coordinate(top + CELL - filled)}" width="${String(CELL)}" height="${coordinate(filled)}" fill="${PALETTE.primary}"/>`);
      parts.push('</g>');
    });
    y += Math.ceil(group.length / perRow) * PITCH + GROUP_GAP;
  }
  parts.push('</svg>');
  return parts.join('');
}

/**
 * The legend of {@link mentorGrid}: an empty, a half-filled and a full square.
 * @internal
 */
export function mentorGridLegend(): string {
  const square = (fill: number, label: string): string =>
    `<li><svg width="14" height="14" aria-hidden="true"><rect x="0.5" y="0.5" width="13" height="13" fill="${PALETTE.neutralSoft}" stroke="${PALETTE.axis}"/>` +
    (fill > 0 ? `<rect x="0.5" y="${String(0.5 + 13 * (1 - fill))}" width="13" height="${String(13 * fill)}" fill="${PALETTE.primary}"/>` : '') +
    `</svg>${label}</li>`;
  return `<ul class="legend">${square(0, 'no athlete yet')}${square(0.5, 'half of the seats in use')}${square(1, 'full')}<li>One square per mentor, fullest first; the filled height is the share of seats in use.</li></ul>`;
}
