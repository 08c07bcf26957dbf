import { z } from 'zod';
import { addDays, BlackoutSchema, CalendarDateSchema, daysBetween, err, isoWeekOf, ok, parseWith, startOfIsoWeek } from '../core/index.js';
import type { CalendarDate, Result } from '../core/index.js';
import { curriculumError, curriculumIssue, fromCoreIssues } from './errors.js';
import type { CurriculumError } from './errors.js';

/**
 * The zod schema of a cohort's calendar: its first and last day (both included) and cohort-wide
 * `breaks` (a holiday week, say) that block every athlete like a personal blackout. At most five years.
 *
 * @category Scheduling
 * @example
 * CohortCalendarSchema.parse({ start: '2027-01-11', end: '2027-06-25' }).breaks //=> []
 */
export const CohortCalendarSchema = z
  .strictObject({
    start: CalendarDateSchema,
    end: CalendarDateSchema,
    breaks: z.array(BlackoutSchema).max(100).default([]),
  })
  .refine((calendar) => calendar.start <= calendar.end, { message: 'The end may not be before the start.', path: ['end'] })
  .refine((calendar) => calendar.start > calendar.end || daysBetween(calendar.start, calendar.end) <= 5 * 366, {
    message: 'A cohort lasts at most five years.',
    path: ['end'],
  });

/**
 * A cohort's calendar, checked by {@link CohortCalendarSchema}.
 *
 * @category Scheduling
 * @example
 * const calendar: CohortCalendar = { start: '2027-01-11', end: '2027-06-25', breaks: [] };
 * calendar.breaks.length //=> 0
 */
export type CohortCalendar = z.output<typeof CohortCalendarSchema>;
/**
 * A cohort's calendar as plain JSON (`breaks` may be left out).
 *
 * @category Scheduling
 * @example
 * const calendar: CohortCalendarInput = { start: '2027-01-11', end: '2027-06-25' };
 * calendar.end //=> '2027-06-25'
 */
export type CohortCalendarInput = z.input<typeof CohortCalendarSchema>;

/**
 * A week of the cohort: an ISO week (Monday to Sunday), numbered from 0 for the ISO week of the cohort
 * start, with its ISO label and the part of it inside the cohort (`first` to `last`).
 *
 * @category Scheduling
 * @example
 * const week: CohortWeek = { week: 0, isoWeek: '2027-W02', start: '2027-01-11', end: '2027-01-17', first: '2027-01-11', last: '2027-01-17' };
 * week.isoWeek //=> '2027-W02'
 */
export interface CohortWeek {
  readonly week: number;
  readonly isoWeek: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly first: CalendarDate;
  readonly last: CalendarDate;
}

/**
 * The weeks of a cohort: every ISO week that holds at least one day from `start` to `end`, numbered from 0.
 *
 * @category Scheduling
 * @example
 * const weeks = cohortWeeks({ start: '2027-01-13', end: '2027-01-19' });
 * weeks.ok && weeks.value.map((week) => [week.isoWeek, week.first, week.last])
 * //=> [['2027-W02', '2027-01-13', '2027-01-17'], ['2027-W03', '2027-01-18', '2027-01-19']]
 * cohortWeeks({ start: '2027-01-13', end: '2027-01-01' }).ok //=> false (invalid-input at ['calendar', 'end'])
 */
export function cohortWeeks(calendar: CohortCalendarInput): Result<CohortWeek[], CurriculumError> {
  const parsed = parseWith(CohortCalendarSchema, calendar, 'calendar');
  if (!parsed.ok) {
    const [first, ...rest] = fromCoreIssues(parsed.error.issues, ['calendar']);
    return err(curriculumError(first === undefined ? [curriculumIssue('invalid-input', ['calendar'], parsed.error.message)] : [first, ...rest]));
  }
  return ok(weeksOf(parsed.value));
}

const weekMemo = new Map<string, readonly CohortWeek[]>();

/**
 * The weeks of a validated calendar (fresh objects on every call; the computation is remembered for the
 * last few calendars, since a cohort is scheduled again and again while it is planned). @internal
 *
 * @category Scheduling
 * @example
 * weeksOf({ start: '2027-01-11', end: '2027-06-25' }).length //=> 24
 */
export function weeksOf(calendar: { readonly start: CalendarDate; readonly end: CalendarDate }): CohortWeek[] {
  const key = `${calendar.start}/${calendar.end}`;
  let weeks = weekMemo.get(key);
  if (weeks === undefined) {
    if (weekMemo.size >= 64) weekMemo.clear();
    weeks = computeWeeks(calendar);
    weekMemo.set(key, weeks);
  }
  return weeks.map((week) => ({ ...week }));
}

function computeWeeks(calendar: { readonly start: CalendarDate; readonly end: CalendarDate }): CohortWeek[] {
  const firstMonday = startOfIsoWeek(calendar.start);
  const count = daysBetween(firstMonday, startOfIsoWeek(calendar.end)) / 7 + 1;
  const weeks: CohortWeek[] = [];
  for (let week = 0; week < count; week++) {
    const start = addDays(firstMonday, week * 7);
    const end = addDays(start, 6);
    const label = isoWeekOf(start);
    weeks.push({
      week,
      isoWeek: `${label.year}-W${String(label.week).padStart(2, '0')}`,
      start,
      end,
      first: start < calendar.start ? calendar.start : start,
      last: end > calendar.end ? calendar.end : end,
    });
  }
  return weeks;
}
