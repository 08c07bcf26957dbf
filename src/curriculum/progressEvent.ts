import { z } from 'zod';
import { err, IdSchema, isCalendarDate, ok, parseWith } from '../core/index.js';
import type { Result } from '../core/index.js';
import { fromCoreIssues, curriculumError } from './errors.js';
import type { CurriculumError } from './errors.js';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,3})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * Whether a value is a timestamp the progress log accepts: a calendar date (`2027-02-03`, read as the
 * start of that day in UTC) or an ISO 8601 date-time with `Z` or an offset (`2027-02-03T09:30:00Z`,
 * `2027-02-03T10:30+01:00`; seconds and up to three decimals optional).
 *
 * @category Progress
 * @example
 * isTimestamp('2027-02-03T09:30:00Z') //=> true
 * isTimestamp('2027-02-03T09:30:00') //=> false (no zone)
 */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (DATE_ONLY.test(value)) return isKnownDate(value);
  const match = DATE_TIME.exec(value);
  return match !== null && isKnownDate(match[1] as string) && Number.isFinite(Date.parse(value));
}

/**
 * `isCalendarDate` with a bounded memo: a progress log names the same few hundred days thousands of
 * times, and each check formats a date. The answer for a string never changes, so the memo cannot change
 * a result.
 */
const knownDates = new Map<string, boolean>();
function isKnownDate(date: string): boolean {
  const known = knownDates.get(date);
  if (known !== undefined) return known;
  if (knownDates.size >= 4096) knownDates.clear();
  const answer = isCalendarDate(date);
  knownDates.set(date, answer);
  return answer;
}

/**
 * The instant of a timestamp in milliseconds since 1970 UTC (a calendar date is midnight UTC that day);
 * `NaN` for a string that is not a timestamp (check it with {@link isTimestamp} first).
 *
 * @category Progress
 * @example
 * timestampToInstant('2027-02-03T10:30+01:00') === timestampToInstant('2027-02-03T09:30:00Z') //=> true
 */
export function timestampToInstant(timestamp: string): number {
  const date = DATE_ONLY.exec(timestamp);
  if (date !== null) return Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3]));
  return Date.parse(timestamp);
}

/**
 * The zod schema of a timestamp (see {@link isTimestamp}).
 *
 * @category Progress
 * @example
 * TimestampSchema.safeParse('2027-02-03').success //=> true
 */
export const TimestampSchema = z
  .string()
  .refine(isTimestamp, { message: 'Expected a date (YYYY-MM-DD) or an ISO 8601 date-time with Z or an offset, such as "2027-02-03T09:30:00Z".' })
  .describe('A date, YYYY-MM-DD, or an ISO 8601 date-time with Z or an offset.');

const base = { athleteId: IdSchema, moduleId: IdSchema, at: TimestampSchema };

/**
 * The zod schema of a progress event: an athlete `enrolled` in, `started`, `completed` or was `assessed`
 * on a module (with a `score` from 0 to 100), at a timestamp. Events form an append-only list the caller
 * stores; `progress` rebuilds every status from it.
 *
 * @category Progress
 * @example
 * ProgressEventSchema.parse({ type: 'assessed', athleteId: 'athlete-0001', moduleId: 'b2b-incoterms', at: '2027-02-03', score: 82 }).score //=> 82
 */
export const ProgressEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('enrolled'), ...base }),
  z.strictObject({ type: z.literal('started'), ...base }),
  z.strictObject({ type: z.literal('completed'), ...base }),
  z.strictObject({ type: z.literal('assessed'), ...base, score: z.number().min(0).max(100) }),
]);

/**
 * A progress event, checked by {@link ProgressEventSchema}.
 *
 * @category Progress
 * @example
 * const event: ProgressEvent = { type: 'completed', athleteId: 'athlete-0002', moduleId: 'b2b-incoterms', at: '2027-02-05T17:00:00Z' };
 * event.type //=> 'completed'
 */
export type ProgressEvent = z.output<typeof ProgressEventSchema>;

/**
 * Appends an event to a progress log after checking it, returning a new list (the log given is not
 * modified). Use it to keep a log valid as it grows; `progress` checks the whole log anyway.
 *
 * @category Progress
 * @example
 * const log = appendProgressEvent([], { type: 'enrolled', athleteId: 'athlete-0001', moduleId: 'b2b-incoterms', at: '2027-01-11' });
 * log.ok && log.value.length //=> 1
 * appendProgressEvent([], { type: 'assessed', athleteId: 'athlete-0001', moduleId: 'b2b-incoterms', at: '2027-01-11' }).ok //=> false (no score)
 */
export function appendProgressEvent(events: readonly ProgressEvent[], event: ProgressEvent): Result<ProgressEvent[], CurriculumError> {
  const parsed = parseWith(ProgressEventSchema, event, 'progress event');
  if (!parsed.ok) {
    const [first, ...rest] = fromCoreIssues(parsed.error.issues, ['event']);
    return err(curriculumError(first === undefined ? [{ code: 'invalid-input', path: ['event'], message: parsed.error.message }] : [first, ...rest]));
  }
  const log: unknown = events;
  if (!Array.isArray(log)) return err(curriculumError([{ code: 'invalid-input', path: ['events'], message: 'Expected the events to be an array.' }]));
  return ok([...events, parsed.value]);
}
