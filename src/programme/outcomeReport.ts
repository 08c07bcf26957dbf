import { z } from 'zod';
import { isCalendarDate, ok, parseWith, type CalendarDate, type Result } from '../core/index.js';
import type { CohortReport } from './cohortReport.js';
import { countLines } from './countLines.js';
import type { CountLine } from './cohortReport.js';
import { invalidInput, type ProgrammeError } from './errors.js';
import { OutcomeEventSchema, REVENUE_BANDS, type OutcomeEvent } from './outcomeEvent.js';

/**
 * The survey baselines the programme cites: 63% of former athletes struggled to secure a new career,
 * 76% believed they had transferable business skills, 52% ran their own ventures.
 *
 * @category Outcomes
 */
export const SURVEY_BASELINES = Object.freeze({ struggledToSecureCareer: 0.63, believedTransferableSkills: 0.76, ranOwnVenture: 0.52 });

/**
 * One measure of the cohort against its survey baseline, with the numerator and denominator shown.
 * `difference` is the cohort's share minus the baseline, in percentage points; `direction` says
 * whether the cohort does better or worse than the baseline (for `struggledToSecureCareer` lower is
 * better), or `no-data` when the denominator is zero.
 *
 * @category Outcomes
 */
export interface OutcomeMeasure {
  readonly id: 'struggledToSecureCareer' | 'believedTransferableSkills' | 'ranOwnVenture';
  readonly label: string;
  readonly definition: string;
  readonly baseline: number;
  readonly count: number;
  readonly denominator: number;
  /** `count / denominator`, or `null` when the denominator is zero. */
  readonly share: number | null;
  readonly difference: number | null;
  readonly direction: 'better' | 'worse' | 'same' | 'no-data';
}

/**
 * One athlete's outcomes as of the report date.
 *
 * @category Outcomes
 */
export interface AthleteOutcome {
  readonly athleteId: string;
  readonly followedUp: boolean;
  readonly ventureLaunchedOn?: CalendarDate;
  readonly firstExportOrderOn?: CalendarDate;
  readonly latestRevenueBand?: { readonly year: number; readonly band: string };
  readonly employment?: { readonly status: string; readonly since: CalendarDate };
  readonly believesTransferableSkills?: boolean;
}

/**
 * What {@link outcomeReport} returns.
 *
 * @category Outcomes
 */
export interface OutcomeReport {
  readonly asOf: CalendarDate;
  readonly cohortSize: number;
  /** Recipients with at least one event recorded on or before `asOf`: the denominator of the career measures. */
  readonly followedUp: number;
  readonly measures: readonly OutcomeMeasure[];
  readonly milestones: {
    readonly venturesLaunched: number;
    readonly firstExportOrders: number;
    readonly employed: number;
    readonly revenueBands: readonly CountLine[];
  };
  readonly athletes: readonly AthleteOutcome[];
  /** Events not counted (about athletes outside the cohort, or dated after `asOf`), by event id. */
  readonly ignored: readonly { readonly eventId: string; readonly reason: 'not-in-cohort' | 'after-as-of' }[];
}

/**
 * What the report reads of a cohort: its recipients' ids and, if the edition has them, its baselines.
 * A {@link CohortReport} fits.
 *
 * @category Outcomes
 * @example
 * const cohort: OutcomeCohort = { recipients: [{ athleteId: 'a-1' }] };
 */
export interface OutcomeCohort {
  readonly recipients: readonly { readonly athleteId: string }[];
  readonly edition?: { readonly baselines?: CohortReport['edition']['baselines'] };
}

function measure(
  id: OutcomeMeasure['id'],
  label: string,
  definition: string,
  baseline: number,
  count: number,
  denominator: number,
  lowerIsBetter: boolean,
): OutcomeMeasure {
  if (denominator === 0) return { id, label, definition, baseline, count, denominator, share: null, difference: null, direction: 'no-data' };
  const share = count / denominator;
  const difference = Math.round((share - baseline) * 10_000) / 100;
  const direction = difference === 0 ? 'same' : (difference < 0) === lowerIsBetter ? 'better' : 'worse';
  return { id, label, definition, baseline, count, denominator, share, difference, direction };
}

const later = (a: OutcomeEvent, b: OutcomeEvent): boolean => a.date > b.date || (a.date === b.date && a.id > b.id);

/**
 * Compares a cohort's outcomes on a date with the survey baselines the programme cites (the edition's
 * `baselines`, or {@link SURVEY_BASELINES}), showing every numerator and denominator:
 *
 * - *struggled to secure a new career* (lower is better): of the recipients followed up (any event on or
 *   before `asOf`), those whose latest employment status is `seeking` and who have launched no venture;
 * - *believed they had transferable business skills*: of the recipients who answered the follow-up
 *   survey, those who said yes (their latest answer);
 * - *ran their own venture*: of the recipients followed up, those who launched a venture, report revenue
 *   above `none`, or are `self-employed`.
 *
 * Events after `asOf` or about athletes outside the cohort are listed in `ignored`, not counted.
 *
 * @category Outcomes
 * @example
 * const cohort = { recipients: [{ athleteId: 'a-1' }, { athleteId: 'a-2' }, { athleteId: 'a-3' }] };
 * const events = [
 *   { id: 'f-1', athleteId: 'a-1', date: '2027-06-01', kind: 'venture-launched' },
 *   { id: 'f-2', athleteId: 'a-2', date: '2027-07-01', kind: 'employment', status: 'seeking' },
 *   { id: 'f-3', athleteId: 'a-2', date: '2027-07-01', kind: 'survey', believesTransferableSkills: true },
 * ];
 * const report = outcomeReport(events, cohort, '2027-12-31');
 * report.ok && report.value.measures.map((m) => `${m.id} ${m.count}/${m.denominator}`)
 * //=> ['struggledToSecureCareer 1/2', 'believedTransferableSkills 1/1', 'ranOwnVenture 1/2']
 */
export function outcomeReport(events: readonly unknown[], cohort: OutcomeCohort, asOf: CalendarDate): Result<OutcomeReport, ProgrammeError> {
  const parsed = parseWith(z.array(OutcomeEventSchema), events, 'list of outcome events');
  const issues = parsed.ok ? [] : (parsed.error.issues ?? []).map((issue) => ({ path: ['events', ...issue.path], message: issue.message }));
  if (!isCalendarDate(asOf)) issues.push({ path: ['asOf'], message: 'asOf must be a calendar date written YYYY-MM-DD.' });
  const recipients = (cohort as { recipients?: unknown } | null)?.recipients;
  if (!Array.isArray(recipients) || !recipients.every((line) => typeof (line as { athleteId?: unknown } | null)?.athleteId === 'string')) {
    issues.push({ path: ['cohort', 'recipients'], message: 'Expected the cohort report of runCohort (recipients with athlete ids).' });
  }
  if (!parsed.ok || issues.length > 0) return invalidInput('outcome report input', issues);
  const baselines = cohort.edition?.baselines ?? SURVEY_BASELINES;
  const ids = cohort.recipients.map((line) => line.athleteId);
  const inCohort = new Set(ids);
  const byAthlete = new Map<string, OutcomeEvent[]>(ids.map((id) => [id, []]));
  const ignored: { eventId: string; reason: 'not-in-cohort' | 'after-as-of' }[] = [];
  for (const event of parsed.value) {
    if (!inCohort.has(event.athleteId)) ignored.push({ eventId: event.id, reason: 'not-in-cohort' });
    else if (event.date > asOf) ignored.push({ eventId: event.id, reason: 'after-as-of' });
    else byAthlete.get(event.athleteId)?.push(event);
  }
  const athletes: AthleteOutcome[] = [];
  for (const id of ids) {
    const own = byAthlete.get(id) ?? [];
    let venture: OutcomeEvent | undefined;
    let exportOrder: OutcomeEvent | undefined;
    let revenue: Extract<OutcomeEvent, { kind: 'revenue-band' }> | undefined;
    let employment: Extract<OutcomeEvent, { kind: 'employment' }> | undefined;
    let survey: Extract<OutcomeEvent, { kind: 'survey' }> | undefined;
    for (const event of own) {
      if (event.kind === 'venture-launched' && (venture === undefined || later(venture, event))) venture = event;
      else if (event.kind === 'first-export-order' && (exportOrder === undefined || later(exportOrder, event))) exportOrder = event;
      else if (event.kind === 'revenue-band' && (revenue === undefined || event.year > revenue.year || (event.year === revenue.year && later(event, revenue)))) revenue = event;
      else if (event.kind === 'employment' && (employment === undefined || later(event, employment))) employment = event;
      else if (event.kind === 'survey' && (survey === undefined || later(event, survey))) survey = event;
    }
    athletes.push({
      athleteId: id,
      followedUp: own.length > 0,
      ...(venture === undefined ? {} : { ventureLaunchedOn: venture.date }),
      ...(exportOrder === undefined ? {} : { firstExportOrderOn: exportOrder.date }),
      ...(revenue === undefined ? {} : { latestRevenueBand: { year: revenue.year, band: revenue.band } }),
      ...(employment === undefined ? {} : { employment: { status: employment.status, since: employment.date } }),
      ...(survey === undefined ? {} : { believesTransferableSkills: survey.believesTransferableSkills }),
    });
  }
  const followed = athletes.filter((athlete) => athlete.followedUp);
  const runsVenture = (athlete: AthleteOutcome): boolean =>
    athlete.ventureLaunchedOn !== undefined || (athlete.latestRevenueBand !== undefined && athlete.latestRevenueBand.band !== 'none') || athlete.employment?.status === 'self-employed';
  const struggling = followed.filter((athlete) => athlete.employment?.status === 'seeking' && athlete.ventureLaunchedOn === undefined).length;
  const respondents = athletes.filter((athlete) => athlete.believesTransferableSkills !== undefined);
  return ok({
    asOf,
    cohortSize: ids.length,
    followedUp: followed.length,
    measures: [
      measure('struggledToSecureCareer', 'Struggled to secure a new career', 'Recipients followed up whose latest employment status is "seeking" and who have launched no venture.', baselines.struggledToSecureCareer, struggling, followed.length, true),
      measure('believedTransferableSkills', 'Believe they have transferable business skills', 'Recipients who answered the follow-up survey and said yes.', baselines.believedTransferableSkills, respondents.filter((athlete) => athlete.believesTransferableSkills === true).length, respondents.length, false),
      measure('ranOwnVenture', 'Run their own venture', 'Recipients followed up who launched a venture, report revenue above "none", or are self-employed.', baselines.ranOwnVenture, followed.filter(runsVenture).length, followed.length, false),
    ],
    milestones: {
      venturesLaunched: athletes.filter((athlete) => athlete.ventureLaunchedOn !== undefined).length,
      firstExportOrders: athletes.filter((athlete) => athlete.firstExportOrderOn !== undefined).length,
      employed: athletes.filter((athlete) => athlete.employment?.status === 'employed' || athlete.employment?.status === 'self-employed').length,
      revenueBands: countLines(athletes.flatMap((athlete) => (athlete.latestRevenueBand === undefined ? [] : [athlete.latestRevenueBand.band]))).sort(
        (a, b) => REVENUE_BANDS.indexOf(a.value as (typeof REVENUE_BANDS)[number]) - REVENUE_BANDS.indexOf(b.value as (typeof REVENUE_BANDS)[number]),
      ),
    },
    athletes,
    ignored: ignored.sort((a, b) => (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0)),
  });
}
