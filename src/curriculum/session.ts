import { z } from 'zod';
import { CalendarDateSchema, IdSchema } from '../core/index.js';

/**
 * The zod schema of a number of hours: positive, in quarter hours, at most 1,000. Quarter hours keep every
 * sum of efforts exact in binary floating point, so a weekly budget is never broken by a rounding error.
 *
 * @category Curriculum
 * @example
 * HoursSchema.safeParse(2.5).success //=> true
 * HoursSchema.safeParse(0.1).success //=> false
 */
export const HoursSchema = z.number().positive().max(1000).multipleOf(0.25).describe('Hours, a positive multiple of 0.25, at most 1000.');

/**
 * The zod schema of a live session of a module: a workshop sitting, a mentoring call, a site visit. It
 * takes place either on a fixed cohort `date` or in a cohort `week` (0 is the ISO week of the cohort
 * start), never both (`validateCurriculum` checks that exactly one is given). Its `hours` are part of the
 * module's effort; the rest of the effort is preparation and follow-up the athlete places freely.
 *
 * @category Curriculum
 * @example
 * SessionSchema.parse({ id: 'day-1', hours: 3, date: '2027-03-10' }).hours //=> 3
 */
export const SessionSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(200).optional(),
  hours: HoursSchema,
  date: CalendarDateSchema.optional().describe('A fixed cohort date.'),
  week: z.number().int().min(0).max(520).optional().describe('Weeks from the ISO week of the cohort start (0 = that week).'),
});

/**
 * A live session of a module, checked by {@link SessionSchema}.
 *
 * @category Curriculum
 * @example
 * const session: Session = { id: 'day-1', hours: 3, date: '2027-03-10' };
 * session.hours //=> 3
 */
export type Session = z.output<typeof SessionSchema>;
