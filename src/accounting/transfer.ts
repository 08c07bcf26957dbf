import { z } from 'zod';
import { CalendarDateSchema, CurrencyCodeSchema, IdSchema, KeySchema } from '../core/index.js';
import { parseMinorUnits, scaleOf } from './minorUnits.js';

/**
 * The flags of a transfer, an object of booleans (absent means `false`):
 *
 * - `pending`: a hold. It reserves `amount` (in `debitsPending`/`creditsPending`) until a later transfer
 *   posts or voids it, or it expires after its `timeout`;
 * - `postPending`: posts the hold named by `pendingId`: all of it when `amount` is omitted, or less (the
 *   rest is released);
 * - `voidPending`: releases the whole hold named by `pendingId`;
 * - `linked`: this transfer and the next one in the batch succeed or fail together; a chain runs up to
 *   and including the first transfer without `linked`.
 *
 * At most one of `pending`, `postPending` and `voidPending` may be set.
 *
 * @category Ledger
 * @example
 * TransferFlagsSchema.parse({ pending: true }) //=> { pending: true }
 */
export const TransferFlagsSchema = z.strictObject({
  pending: z.boolean().optional(),
  postPending: z.boolean().optional(),
  voidPending: z.boolean().optional(),
  linked: z.boolean().optional(),
});

/**
 * The flags of a transfer (see {@link TransferFlagsSchema}).
 *
 * @category Ledger
 * @example
 * const flags: TransferFlags = { pending: true, linked: true };
 * flags.postPending //=> undefined
 */
export type TransferFlags = z.infer<typeof TransferFlagsSchema>;

/** A positive decimal amount as a string, e.g. `"125.50"`. */
const AmountTextSchema = z
  .string()
  .regex(/^\d{1,30}(?:\.\d{1,30})?$/, 'Expected a positive decimal amount such as "125.50" (digits, an optional point and fraction; no sign).');

/** A free reference to something outside the ledger, e.g. an order id. */
const ReferenceSchema = z.string().min(1).max(256);

/**
 * The zod schema of a transfer, modelled on TigerBeetle's: `{ id, debitAccountId, creditAccountId,
 * amount, ledger, code, date, flags?, pendingId?, timeout?, reference? }`.
 *
 * - `id` is the idempotency key: posting the same transfer again answers `exists`.
 * - `amount` is a decimal string with at most the currency's minor digits (`"125.50"`; none for JPY),
 *   strictly positive. It may be omitted only by a `postPending` (post the whole hold) or a
 *   `voidPending` (which always releases the whole hold).
 * - `ledger` is the currency; `code` the reason (`"credit-spend"`); `date` the value date, `YYYY-MM-DD`.
 * - `pendingId` names the hold that a `postPending`/`voidPending` resolves (and only those carry it).
 * - `timeout`, only on a `pending` transfer, is the last date the hold may be posted (not before `date`).
 * - `reference` links the transfer to something outside, such as an order id.
 *
 * @category Ledger
 * @example
 * TransferSchema.safeParse({
 *   id: 't-1', debitAccountId: 'athlete-0001/trade-credit', creditAccountId: 'partner-settlement',
 *   amount: '125.50', ledger: 'USD', code: 'credit-spend', date: '2027-02-01',
 * }).success //=> true
 */
export const TransferSchema = z
  .strictObject({
    id: IdSchema.describe('Unique among transfers; the idempotency key.'),
    debitAccountId: IdSchema,
    creditAccountId: IdSchema,
    amount: AmountTextSchema.optional().describe('A positive decimal string with at most the currency\'s minor digits, e.g. "125.50".'),
    ledger: CurrencyCodeSchema.describe('The currency of the transfer and of both accounts.'),
    code: KeySchema.describe('Why the money moves, e.g. "credit-spend".'),
    date: CalendarDateSchema,
    flags: TransferFlagsSchema.optional(),
    pendingId: IdSchema.optional().describe('The hold that a postPending or voidPending resolves.'),
    timeout: CalendarDateSchema.optional().describe('For a pending transfer: the last date the hold may be posted.'),
    reference: ReferenceSchema.optional().describe('A reference outside the ledger, e.g. an order id.'),
  })
  .superRefine((transfer, context) => {
    const flags = transfer.flags ?? {};
    const modes = Number(flags.pending === true) + Number(flags.postPending === true) + Number(flags.voidPending === true);
    const resolves = flags.postPending === true || flags.voidPending === true;
    if (modes > 1) {
      context.addIssue({ code: 'custom', path: ['flags'], message: 'At most one of pending, postPending and voidPending may be set.' });
    }
    if (resolves && transfer.pendingId === undefined) {
      context.addIssue({ code: 'custom', path: ['pendingId'], message: 'A postPending or voidPending transfer names the hold it resolves in pendingId.' });
    }
    if (!resolves && transfer.pendingId !== undefined) {
      context.addIssue({ code: 'custom', path: ['pendingId'], message: 'Only a postPending or voidPending transfer names a hold.' });
    }
    if (transfer.pendingId !== undefined && transfer.pendingId === transfer.id) {
      context.addIssue({ code: 'custom', path: ['pendingId'], message: 'A transfer cannot resolve itself: pendingId must name another transfer.' });
    }
    if (transfer.timeout !== undefined && flags.pending !== true) {
      context.addIssue({ code: 'custom', path: ['timeout'], message: 'Only a pending transfer (a hold) has a timeout.' });
    }
    if (transfer.timeout !== undefined && transfer.timeout < transfer.date) {
      context.addIssue({ code: 'custom', path: ['timeout'], message: 'The timeout (the last date the hold may be posted) is before the transfer\'s date.' });
    }
    if (transfer.amount === undefined) {
      if (!resolves) context.addIssue({ code: 'custom', path: ['amount'], message: 'An amount is required (only a post or void of a hold may omit it).' });
      return;
    }
    const scale = scaleOf(transfer.ledger);
    if (scale === undefined) return;
    const units = parseMinorUnits(transfer.amount, scale);
    if (units === undefined) {
      context.addIssue({ code: 'custom', path: ['amount'], message: `${transfer.amount} has more digits than ${transfer.ledger} allows (${scale} after the decimal point).` });
    } else if (units === 0n) {
      context.addIssue({ code: 'custom', path: ['amount'], message: 'The amount must be above zero.' });
    }
  });

/**
 * A transfer as JSON (see {@link TransferSchema}).
 *
 * @category Ledger
 * @example
 * const hold: Transfer = {
 *   id: 'order-1002-hold', debitAccountId: 'athlete-0001/trade-credit', creditAccountId: 'partner-settlement',
 *   amount: '300.00', ledger: 'USD', code: 'credit-spend', date: '2027-02-03', flags: { pending: true }, timeout: '2027-02-17',
 * };
 * hold.flags?.pending //=> true
 */
export type Transfer = z.infer<typeof TransferSchema>;
