import type { CohortReport } from '../cohortReport.js';
import { columnChart } from './columnChart.js';
import { escapeHtml } from './escapeHtml.js';
import { horizontalBars } from './horizontalBars.js';
import { mentorGrid, mentorGridLegend } from './mentorGrid.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { chartFigure, reportSection, statList } from './reportSection.js';

type MentorLoad = CohortReport['mentoring']['mentorLoad'][number];

const UTILISATION_BINS = [
  { label: 'No seats', test: (load: MentorLoad) => load.capacity <= 0 },
  { label: 'Unused', test: (load: MentorLoad) => load.assigned === 0 },
  { label: '1–49%', test: (load: MentorLoad) => load.assigned / load.capacity < 0.5 },
  { label: '50–99%', test: (load: MentorLoad) => load.assigned < load.capacity },
  { label: 'Full', test: (load: MentorLoad) => load.assigned === load.capacity },
  { label: 'Over', test: () => true },
] as const;

function binOf(load: MentorLoad): number {
  return UTILISATION_BINS.findIndex((bin) => bin.test(load));
}

function byLoad(a: MentorLoad, b: MentorLoad): number {
  return b.assigned - a.assigned || b.assigned * a.capacity - a.assigned * b.capacity || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
}

/**
 * Section 3: mentor load against capacity, by kind and per mentor: one bar per mentor when there are
 * few, a utilisation histogram and the busiest mentors when there are many.
 * @internal
 */
export function mentoringSection(context: RenderContext, report: CohortReport): string {
  const { mentoring } = report;
  const loads = mentoring.mentorLoad;
  let capacity = 0;
  let assigned = 0;
  for (const load of loads) {
    capacity += load.capacity;
    assigned += load.assigned;
  }
  const parts: string[] = [
    statList([
      ['Mentors', context.count(loads.length)],
      ['Seats used', `${context.count(assigned)} <span class="muted small">of ${context.count(capacity)} (${context.share(assigned, capacity)})</span>`],
      ['Athletes matched', context.count(mentoring.matched)],
      ['Unmatched', context.count(mentoring.unmatched.length)],
      ['Average pair score', context.pairScore(mentoring.averageScore)],
      ['Method', mentoring.method === 'optimal' ? 'Optimal assignment' : 'Stable matching'],
    ]),
  ];
  const kindRows = mentoring.byKind.map((kind) => ({
    label: `${kind.kind} (${context.count(kind.mentors)})`,
    value: kind.assigned,
    capacity: kind.capacity,
    valueText: `${context.count(kind.assigned)} / ${context.count(kind.capacity)} · ${context.share(kind.assigned, kind.capacity)}`,
  }));
  const kindChart = horizontalBars(context, {
    name: 'mentor-kinds',
    title: 'Athletes assigned against capacity, by kind of mentor',
    description: kindRows.map((row) => `${row.label}: ${row.valueText}`).join('; '),
    rows: kindRows,
    width: 520,
    labelWidth: 160,
    valueWidth: 120,
    rowHeight: 40,
  });
  const bins = UTILISATION_BINS.map(() => 0);
  for (const load of loads) {
    const bin = binOf(load);
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  const histogram = columnChart(context, {
    name: 'mentor-utilisation',
    title: 'Mentors by share of their capacity in use',
    description: UTILISATION_BINS.map((bin, index) => `${bin.label}: ${context.count(bins[index] ?? 0)} mentors`).join('; '),
    series: [{ label: 'Mentors', tone: 'primary' }],
    columns: UTILISATION_BINS.map((bin, index) => ({ label: bin.label, values: [bins[index] ?? 0] })).filter((column, index) => (index !== 0 && index !== UTILISATION_BINS.length - 1) || (column.values[0] ?? 0) > 0),
    width: 520,
    height: 200,
    totals: true,
    unit: 'mentors',
  });
  parts.push(
    `<div class="grid-2">${chartFigure('By kind of mentor (assigned / capacity; the grey track is capacity)', kindChart)}${chartFigure('Utilisation: how full each mentor is', histogram)}</div>`,
  );
  const kinds = new Map(mentoring.byKind.map((kind, index) => [kind.kind, index]));
  if (loads.length > 0 && loads.length <= context.maxMentorBars) {
    const sorted = [...loads].sort((a, b) => (kinds.get(a.kind) ?? kinds.size) - (kinds.get(b.kind) ?? kinds.size) || byLoad(a, b));
    const rows = sorted.map((load) => ({ label: `${load.name} · ${load.kind}`, value: load.assigned, capacity: load.capacity, valueText: `${context.count(load.assigned)} / ${context.count(load.capacity)}` }));
    const chart = horizontalBars(context, {
      name: 'mentor-load',
      title: 'Athletes assigned to each mentor against capacity',
      description: rows.map((row) => `${row.label}: ${row.valueText}`).join('; '),
      rows,
      width: 760,
      labelWidth: 260,
      valueWidth: 70,
    });
    parts.push(chartFigure('Each mentor: athletes assigned / capacity', chart));
  } else if (loads.length > 0) {
    parts.push(chartFigure('Each mentor, grouped by kind', mentorGrid(context, mentoring), mentorGridLegend()));
    const busiest = [...loads].sort(byLoad);
    parts.push(
      htmlTable(context, {
        caption: `Busiest mentors (${context.count(loads.length)} mentors in all)`,
        noun: 'mentors',
        rows: busiest,
        limit: Math.min(context.maxTableRows, 15),
        columns: [
          { header: 'Mentor', rowHeader: true, cell: (load) => `${escapeHtml(load.name)} <span class="id">${escapeHtml(load.mentorId)}</span>` },
          { header: 'Kind', cell: (load) => escapeHtml(load.kind) },
          { header: 'Assigned', numeric: true, cell: (load) => context.count(load.assigned) },
          { header: 'Capacity', numeric: true, cell: (load) => context.count(load.capacity) },
          { header: 'Load', numeric: true, cell: (load) => loadBadge(context, load) },
        ],
      }),
    );
  }
  parts.push(
    htmlTable(context, {
      caption: 'Capacity by kind of mentor',
      noun: 'kinds',
      rows: mentoring.byKind,
      columns: [
        { header: 'Kind', rowHeader: true, cell: (kind) => escapeHtml(kind.kind) },
        { header: 'Mentors', numeric: true, cell: (kind) => context.count(kind.mentors) },
        { header: 'Capacity', numeric: true, cell: (kind) => context.count(kind.capacity) },
        { header: 'Assigned', numeric: true, cell: (kind) => context.count(kind.assigned) },
        { header: 'Used', numeric: true, cell: (kind) => context.share(kind.assigned, kind.capacity) },
      ],
    }),
  );
  const lead = `${context.counted(mentoring.matched, 'athlete')} paired with ${context.count(loads.filter((load) => load.assigned > 0).length)} of ${context.counted(loads.length, 'mentor')}, using ${context.share(assigned, capacity)} of the mentoring seats.`;
  return reportSection('mentoring', lead, parts.join(''));
}

function loadBadge(context: RenderContext, load: MentorLoad): string {
  const text = context.share(load.assigned, load.capacity);
  if (load.capacity > 0 && load.assigned >= load.capacity) return `<span class="badge warn">${text} full</span>`;
  if (load.assigned === 0) return `<span class="badge neutral">unused</span>`;
  return text;
}
