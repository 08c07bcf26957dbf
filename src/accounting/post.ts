import type { Result } from '../core/index.js';
import { applyBatch, type TransferResult } from './applyBatch.js';
import { checkBatch } from './checkBatch.js';
import type { LedgerError } from './errors.js';
import { nextHandle, stateOf, type Ledger } from './ledgerState.js';
import type { Transfer } from './transfer.js';

/**
 * What `post` returns: the ledger to use next and one result per transfer, in batch order.
 *
 * @category Ledger
 * @example
 * const posted = post(ledger, [spend]);
 * if (posted.ok) posted.value.results //=> [{ id: 'order-1001', status: 'created' }]
 */
export interface PostResult {
  readonly ledger: Ledger;
  readonly results: readonly TransferResult[];
}

/**
 * Posts a batch of transfers, in order, as TigerBeetle's `create_transfers` does.
 *
 * The `Result` fails only when the batch itself is malformed: `invalid-input`, with the path of every
 * problem (`[index, field]`), and nothing applied. Otherwise every transfer gets a result: `created`,
 * `exists` (same id, identical fields: nothing changes, so retrying a batch is safe) or an error with a
 * {@link LedgerErrorCode}, checked in the documented order. A refused transfer leaves no trace (its id
 * may be used again). A `linked` chain succeeds or fails as a whole.
 *
 * **Ownership.** The ledger is appended to in place, in time linear in the batch (the journal is never
 * copied), and the returned `ledger` is the one to use next: the ledger passed in becomes stale, and using
 * it again throws an `AcceleratorUsageError` (`stale-ledger`). Fork first with `cloneLedger` to keep it.
 * `post` never mutates the `transfers` array or its objects.
 *
 * @category Ledger
 * @example
 * const start = createLedger([
 *   { id: 'budget', ledger: 'USD', code: 'programme-budget', flags: { debitsMustNotExceedCredits: true } },
 *   { id: 'athlete', ledger: 'USD', code: 'athlete-credit' },
 * ]);
 * if (start.ok) {
 *   const posted = post(start.value, [
 *     { id: 't-1', debitAccountId: 'budget', creditAccountId: 'athlete', amount: '10.00', ledger: 'USD', code: 'grant', date: '2027-01-11' },
 *   ]);
 *   if (posted.ok) posted.value.results[0]
 *   //=> { id: 't-1', error: { code: 'insufficient-funds', accountId: 'budget', missing: { amount: '10.00', currency: 'USD' }, … } }
 * }
 */
export function post(ledger: Ledger, transfers: readonly Transfer[]): Result<PostResult, LedgerError> {
  const state = stateOf(ledger);
  const checked = checkBatch(transfers, 'batch of transfers', true);
  if (!checked.ok) return checked;
  const results = applyBatch(state, checked.value);
  return { ok: true, value: { ledger: nextHandle(state), results } };
}
