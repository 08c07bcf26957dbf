import { z } from 'zod';
import { CalendarDateSchema, CountryCodeSchema, IdSchema, MoneySchema, err, ok, parseWith, type Result } from '../core/index.js';
import { invalidInput, type ProgrammeError } from './errors.js';

/**
 * The revenue bands an athlete's venture reports, per year.
 *
 * @category Outcomes
 */
export const REVENUE_BANDS = ['none', 'under-10k', '10k-50k', '50k-250k', '250k-1m', 'over-1m'] as const;

/**
 * Employment statuses: `employed` and `self-employed` count as a career secured; `seeking` as still
 * looking; `studying` and `competing` as neither.
 *
 * @category Outcomes
 */
export const EMPLOYMENT_STATUSES = ['employed', 'self-employed', 'seeking', 'studying', 'competing'] as const;

const common = {
  id: IdSchema.describe('Unique per event; recording the same event twice is a no-op.'),
  athleteId: IdSchema,
  date: CalendarDateSchema.describe('When it happened (or was reported).'),
  note: z.string().max(1000).optional(),
};

/**
 * An outcome event of a cohort athlete (zod): a venture launched, a first export order, a revenue band
 * for a year, an employment status, or an answer to the follow-up survey.
 *
 * @category Outcomes
 * @example
 * OutcomeEventSchema.safeParse({ id: 'o-1', athleteId: 'athlete-0001', date: '2027-05-02', kind: 'venture-launched' }).success //=> true
 */
export const OutcomeEventSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('venture-launched'), sector: z.string().max(100).optional() }),
  z.strictObject({ ...common, kind: z.literal('first-export-order'), market: CountryCodeSchema, value: MoneySchema.optional() }),
  z.strictObject({ ...common, kind: z.literal('revenue-band'), year: z.number().int().min(1900).max(3000), band: z.enum(REVENUE_BANDS) }),
  z.strictObject({ ...common, kind: z.literal('employment'), status: z.enum(EMPLOYMENT_STATUSES), role: z.string().max(200).optional() }),
  z.strictObject({
    ...common,
    kind: z.literal('survey'),
    believesTransferableSkills: z.boolean().describe('"I have business skills that transfer from sport."'),
  }),
]);

/**
 * An outcome event, as {@link OutcomeEventSchema} checks it.
 *
 * @category Outcomes
 * @example
 * const event: OutcomeEvent = { id: 'o-2', athleteId: 'athlete-0001', date: '2027-09-01', kind: 'first-export-order', market: 'DE' };
 */
export type OutcomeEvent = z.output<typeof OutcomeEventSchema>;

/** @category Outcomes */
export type OutcomeKind = OutcomeEvent['kind'];

function sameEvent(a: OutcomeEvent, b: OutcomeEvent): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

/**
 * Records an outcome event: validates it and returns a new list with it appended (the list passed in
 * is not modified). Recording an event whose id is already in the list with the same content returns
 * the list unchanged (a safe retry); with different content it is refused as `duplicate-outcome`.
 *
 * @category Outcomes
 * @example
 * const events = recordOutcome([], { id: 'o-1', athleteId: 'athlete-0001', date: '2027-05-02', kind: 'venture-launched' });
 * events.ok && events.value.length //=> 1
 */
export function recordOutcome(events: readonly OutcomeEvent[], event: unknown): Result<OutcomeEvent[], ProgrammeError> {
  const parsed = parseWith(OutcomeEventSchema, event, 'outcome event');
  if (!parsed.ok) return invalidInput('outcome event', (parsed.error.issues ?? []).map((issue) => ({ path: ['event', ...issue.path], message: issue.message })));
  const existing = events.find((candidate) => candidate.id === parsed.value.id);
  if (existing !== undefined) {
    if (sameEvent(existing, parsed.value)) return ok([...events]);
    return err({ code: 'duplicate-outcome', message: `An outcome event with id "${parsed.value.id}" is already recorded with different content.`, path: ['event', 'id'] });
  }
  return ok([...events, parsed.value]);
}
