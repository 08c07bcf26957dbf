import type { Result } from '../core/index.js';
import type { Account } from './account.js';
import { applyAccount } from './applyAccount.js';
import { checkAccounts } from './addAccounts.js';
import type { LedgerError } from './errors.js';
import { createState, handleFor, type Ledger } from './ledgerState.js';

/**
 * Creates a ledger, optionally with its first accounts. Fails with `invalid-input` (every problem with
 * its path) for a malformed account, or `id-conflict` for two different accounts with one id.
 *
 * @category Ledger
 * @example
 * const created = createLedger([{ id: 'programme-budget', ledger: 'USD', code: 'programme-budget', flags: { debitsMustNotExceedCredits: true } }]);
 * created.ok //=> true
 * createLedger([{ id: 'x', ledger: 'usd', code: 'budget' }]).ok //=> false (invalid-input at [0, 'ledger'])
 */
export function createLedger(accounts: readonly Account[] = []): Result<Ledger, LedgerError> {
  const state = createState();
  const checked = checkAccounts(state.accounts, accounts);
  if (!checked.ok) return checked;
  for (const account of checked.value) applyAccount(state, account, false);
  return { ok: true, value: handleFor(state) };
}
