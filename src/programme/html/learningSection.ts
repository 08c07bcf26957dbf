import type { CohortReport } from '../cohortReport.js';
import { dayLabel } from './burnDownChart.js';
import { columnChart } from './columnChart.js';
import { escapeHtml } from './escapeHtml.js';
import { horizontalBars } from './horizontalBars.js';
import { htmlTable } from './htmlTable.js';
import type { RenderContext } from './renderContext.js';
import { chartFigure, reportSection, statList } from './reportSection.js';

/**
 * Section 7: the learning calendar: hours week by week, the modules most in demand, and what could not
 * be scheduled and why.
 * @internal
 */
export function learningSection(context: RenderContext, report: CohortReport): string {
  const { learning } = report;
  const parts: string[] = [
    statList([
      ['Calendar', `${escapeHtml(learning.calendar.start)} – ${escapeHtml(learning.calendar.end)}`],
      ['Weeks', context.count(learning.calendar.weeks)],
      ['Modules in the curriculum', context.count(learning.curriculumModules)],
      ['Hours planned', context.decimal(learning.plannedHours)],
      ['Modules scheduled', context.count(learning.modulesScheduled)],
      ['Modules unscheduled', context.count(learning.modulesUnscheduled)],
    ]),
  ];
  const weeks = columnChart(context, {
    name: 'hours-by-week',
    title: 'Cohort learning hours by week',
    description: learning.hoursByWeek.map((week) => `week ${String(week.week)} (from ${week.start}): ${context.decimal(week.hours)} hours`).join('; '),
    series: [{ label: 'Hours', tone: 'teal' }],
    columns: learning.hoursByWeek.map((week) => ({ label: dayLabel(week.start), detail: `Week ${String(week.week)}, from ${week.start}`, values: [week.hours] })),
    width: 760,
    height: 200,
    totals: learning.hoursByWeek.length <= 14,
    unit: 'hours',
  });
  const unscheduled = htmlTable(context, {
    caption: 'Modules that could not be scheduled, by reason',
    noun: 'reasons',
    rows: learning.unscheduledByReason,
    empty: 'every planned module found a slot.',
    columns: [
      { header: 'Reason', rowHeader: true, cell: (line) => escapeHtml(line.value) },
      { header: 'Modules', numeric: true, cell: (line) => context.count(line.count) },
    ],
  });
  parts.push(
    `<div class="grid-wide">${chartFigure('Hours planned for the whole cohort, week by week', learning.hoursByWeek.length === 0 ? '<p class="empty">Nothing scheduled.</p>' : weeks)}<div>${unscheduled}</div></div>`,
  );
  const demand = learning.moduleDemand;
  const shown = demand.slice(0, 60);
  const half = Math.ceil(shown.length / 2);
  const demandMax = demand[0]?.athletes ?? 0;
  const demandChart = (from: number, to: number): string => {
    const modules = shown.slice(from, to);
    return horizontalBars(context, {
      name: 'module-demand',
      title: `Recipients taking each module, ranks ${String(from + 1)} to ${String(from + modules.length)}`,
      description: modules.map((module) => `${module.title}: ${context.count(module.athletes)}`).join('; '),
      rows: modules.map((module) => ({ label: module.title, value: module.athletes, valueText: context.count(module.athletes), tone: 'teal' as const })),
      max: demandMax,
      width: 520,
      labelWidth: 270,
      valueWidth: 44,
      rowHeight: 24,
    });
  };
  if (demand.length === 0) {
    parts.push(chartFigure('Module demand', '<p class="empty">No module planned.</p>'));
  } else {
    parts.push(
      `<div class="grid-2">${chartFigure(`Module demand: recipients per module, most taken first (1–${String(half)})`, demandChart(0, half))}` +
        (shown.length > half ? chartFigure(`Module demand (${String(half + 1)}–${String(shown.length)})`, demandChart(half, shown.length)) : '') +
        '</div>',
    );
    if (demand.length > shown.length) {
      parts.push(`<p class="note">Showing ${context.count(shown.length)} of ${context.count(demand.length)} modules; the JSON report has them all.</p>`);
    }
  }
  const lead = `${context.decimal(learning.plannedHours)} hours across ${context.counted(learning.calendar.weeks, 'week')}; ${context.counted(learning.modulesScheduled, 'module place')} scheduled and ${context.count(learning.modulesUnscheduled)} left out.`;
  return reportSection('learning', lead, parts.join(''));
}
