import { IdSchema, type CalendarDate, type Issue, type Result } from '../core/index.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { invalid } from './checkBatch.js';
import { KIND_PENDING, KIND_VOID } from './checkTransfer.js';
import type { LedgerError } from './errors.js';
import { stateOf, type Ledger } from './ledgerState.js';
import { formatMinorUnits, parseMinorUnits } from './minorUnits.js';
import { parseInput } from './parseInput.js';
import type { Transfer } from './transfer.js';

/** Options of {@link reversalOf}. @category Ledger */
export interface ReversalOptions {
  /** The id of the reversing transfer (a new idempotency key). */
  readonly id: string;
  /** Its date (not before the ledger's latest entry when you post it). */
  readonly date: CalendarDate;
  /** Reverse only part of the amount moved; default all of it. */
  readonly amount?: string;
  /** The reason; default the original's code, so reports net the two (a refunded spend is no longer used). */
  readonly code?: string;
}

/**
 * The transfer that reverses one already posted, for you to `post`: the same amount (or part of it)
 * moved back from the original's credit account to its debit account, `reference` set to the original's
 * id. Transfers are never edited or deleted — as in TigerBeetle, a mistake is corrected by another
 * transfer, and both stay in the journal. The reversal passes every rule of `post` like any transfer
 * (it may be `insufficient-funds` if the money has moved on).
 *
 * Fails with `invalid-input` when the transfer does not exist, is a hold or a void (post or void a hold
 * instead), or when the options are malformed or ask to reverse more than was moved.
 *
 * @category Ledger
 * @example
 * const refund = reversalOf(ledger, 'order-1001', { id: 'order-1001-refund', date: '2027-02-20', amount: '200.00' });
 * if (refund.ok) refund.value
 * //=> { id: 'order-1001-refund', debitAccountId: 'partner-settlement', creditAccountId: 'athlete-0001/trade-credit',
 * //     amount: '200.00', ledger: 'USD', code: 'credit-spend', date: '2027-02-20', reference: 'order-1001' }
 */
export function reversalOf(ledger: Ledger, transferId: string, options: ReversalOptions): Result<Transfer, LedgerError> {
  const state = stateOf(ledger);
  const given: unknown = transferId;
  const original = typeof given === 'string' ? state.transfers.get(given) : undefined;
  const issues: Issue[] = [];
  if (original === undefined) issues.push({ path: ['transferId'], message: `There is no transfer ${String(given)}.` });
  else if (original.kind === KIND_PENDING || original.kind === KIND_VOID) {
    issues.push({ path: ['transferId'], message: `Transfer ${original.transfer.id} moved no posted money: post or void a hold instead of reversing it.` });
  }
  if (!parseInput(IdSchema, options.id, 'id').ok) issues.push({ path: ['options', 'id'], message: 'Expected an id for the reversal.' });
  if (!isValidCalendarDate(options.date)) issues.push({ path: ['options', 'date'], message: 'Expected a calendar date written YYYY-MM-DD.' });
  let amount = original?.amount ?? 0n;
  if (options.amount !== undefined && original !== undefined) {
    const asked = typeof options.amount === 'string' ? parseMinorUnits(options.amount, original.debit.scale) : undefined;
    if (asked === undefined || asked === 0n || asked > original.amount) {
      issues.push({ path: ['options', 'amount'], message: `Expected a positive amount up to the ${formatMinorUnits(original.amount, original.debit.scale)} moved.` });
    } else {
      amount = asked;
    }
  }
  if (original === undefined || issues.length > 0) return invalid('reversal', issues);
  const moved = original.transfer;
  return {
    ok: true,
    value: {
      id: options.id,
      debitAccountId: moved.creditAccountId,
      creditAccountId: moved.debitAccountId,
      amount: formatMinorUnits(amount, original.debit.scale),
      ledger: moved.ledger,
      code: options.code ?? moved.code,
      date: options.date,
      reference: moved.id,
    },
  };
}
