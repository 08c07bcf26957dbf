import type { CalendarDate, Result } from '../core/index.js';
import { applyTransfer, isRefusal } from './applyTransfer.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { invalid } from './checkBatch.js';
import { KIND_VOID, type CheckedTransfer } from './checkTransfer.js';
import { derivedId } from './derivedId.js';
import { messages, type LedgerError } from './errors.js';
import { nextHandle, stateOf, type Ledger, type TransferRecord } from './ledgerState.js';
import type { Transfer } from './transfer.js';

/**
 * What `expireHolds` returns: the ledger to use next and the voids it recorded.
 *
 * @category Holds
 * @example
 * const result = expireHolds(ledger, '2027-02-11');
 * if (result.ok) result.value.expired[0]?.flags //=> { voidPending: true }
 */
export interface ExpireHoldsResult {
  readonly ledger: Ledger;
  /** One `voidPending` transfer per expired hold, dated `asOf`, in order of expiry. */
  readonly expired: readonly Transfer[];
}

/** Checks an `asOf` that a write will record entries on. @internal */
export function checkWriteDate(asOf: unknown, latestDate: string): Result<string, LedgerError> {
  if (!isValidCalendarDate(asOf)) return invalid('date', [{ path: ['asOf'], message: messages.badDate('asOf', asOf) }]);
  if (asOf < latestDate) return invalid('date', [{ path: ['asOf'], message: messages.asOfBeforeLatest(asOf, latestDate) }]);
  return { ok: true, value: asOf };
}

/**
 * Releases every hold whose `timeout` (the last date it could be posted) is before `asOf`, exactly as a
 * void would: for each, a `voidPending` transfer dated `asOf` with the hold's accounts, amount and code
 * and the id `<holdId>:expired`, so running it twice expires nothing twice. Holds are released in order
 * of timeout, then of creation (TigerBeetle's order). Statements show these lines as `expired`, and a
 * later post of such a hold is `pending-expired`.
 *
 * Fails with `invalid-input` when `asOf` is malformed or before the ledger's latest entry. On success the
 * ledger passed in becomes stale (see {@link Ledger}).
 *
 * @category Holds
 * @example
 * const result = expireHolds(ledger, '2027-03-01');
 * if (result.ok) result.value.expired.map((void_) => void_.pendingId) //=> ['order-1002-hold']
 */
export function expireHolds(ledger: Ledger, asOf: CalendarDate): Result<ExpireHoldsResult, LedgerError> {
  const state = stateOf(ledger);
  const date = checkWriteDate(asOf, state.latestDate);
  if (!date.ok) return date;
  const due: TransferRecord[] = [];
  for (const hold of state.openHolds.values()) {
    const timeout = hold.transfer.timeout;
    if (timeout !== undefined && timeout < date.value) due.push(hold);
  }
  due.sort((a, b) => ((a.transfer.timeout ?? '') < (b.transfer.timeout ?? '') ? -1 : (a.transfer.timeout ?? '') > (b.transfer.timeout ?? '') ? 1 : a.position - b.position));
  const expired: Transfer[] = [];
  for (const hold of due) {
    const held = hold.transfer;
    const transfer: Transfer = {
      id: derivedId(held.id, 'expired', (id) => state.transfers.has(id)),
      debitAccountId: held.debitAccountId,
      creditAccountId: held.creditAccountId,
      ledger: held.ledger,
      code: held.code,
      date: date.value,
      flags: { voidPending: true },
      pendingId: held.id,
      ...(held.reference === undefined ? {} : { reference: held.reference }),
    };
    const checked: CheckedTransfer = { transfer, amount: undefined, kind: KIND_VOID, linked: false, scale: hold.debit.scale };
    const outcome = applyTransfer(state, checked);
    if (isRefusal(outcome) || outcome === 'exists') throw new Error(`expireHolds: the release of ${held.id} was refused, which cannot happen.`);
    expired.push(outcome.transfer);
  }
  return { ok: true, value: { ledger: nextHandle(state), expired } };
}
