import { IdSchema, type Result } from '../core/index.js';
import { closeRecord } from './applyAccount.js';
import { invalid } from './checkBatch.js';
import { messages, type LedgerError } from './errors.js';
import { nextHandle, stateOf, type Ledger } from './ledgerState.js';
import { parseInput } from './parseInput.js';

/**
 * Closes an account: from now on it takes no new transfers (`account-closed`), except voids, so holds
 * on it can still be released or expire. The closing is recorded in the journal as the account's entry
 * repeated with `flags.closed: true`, so a replay closes it at the same point. Closing an account that
 * is already closed changes nothing. Closing is final.
 *
 * On success the ledger passed in becomes stale (see {@link Ledger}).
 *
 * @category Ledger
 * @example
 * const start = createLedger([{ id: 'old-credit', ledger: 'USD', code: 'athlete-credit' }]);
 * if (start.ok) closeAccount(start.value, 'old-credit').ok //=> true
 */
export function closeAccount(ledger: Ledger, accountId: string): Result<Ledger, LedgerError> {
  const state = stateOf(ledger);
  const id = parseInput(IdSchema, accountId, 'account id');
  if (!id.ok) return invalid('account id', id.issues.map((issue) => ({ path: ['accountId', ...issue.path], message: issue.message })));
  const record = state.accounts.get(id.value);
  if (record === undefined) {
    return { ok: false, error: { code: 'account-not-found', message: messages.accountNotFound(id.value, 'the'), accountId: id.value } };
  }
  if (!record.closed) closeRecord(state, record, { ...record.account, flags: { ...record.account.flags, closed: true } });
  return { ok: true, value: nextHandle(state) };
}
