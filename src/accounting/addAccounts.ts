import { z } from 'zod';
import type { Result } from '../core/index.js';
import { AccountSchema, accountDifference, normalizeAccount, type Account } from './account.js';
import { applyAccount } from './applyAccount.js';
import { invalid } from './checkBatch.js';
import { messages, type LedgerError } from './errors.js';
import { nextHandle, stateOf, type Ledger } from './ledgerState.js';
import { parseInput } from './parseInput.js';

const AccountListSchema = z.array(AccountSchema);

/**
 * Validates a list of accounts and finds conflicts with the ledger or within the list, before anything
 * is added (all or nothing).
 * @internal
 */
export function checkAccounts(existing: ReadonlyMap<string, { readonly account: Account }>, input: unknown): Result<Account[], LedgerError> {
  const parsed = parseInput(AccountListSchema, input, 'list of accounts');
  if (!parsed.ok) return invalid('list of accounts', parsed.issues);
  const accounts = parsed.value.map(normalizeAccount);
  const seen = new Map<string, Account>();
  for (const [index, account] of accounts.entries()) {
    const before = existing.get(account.id)?.account ?? seen.get(account.id);
    const field = before === undefined ? undefined : accountDifference(before, account);
    if (field !== undefined) {
      return { ok: false, error: { code: 'id-conflict', message: messages.accountIdConflict(account.id, field), path: [index], accountId: account.id } };
    }
    seen.set(account.id, account);
  }
  return { ok: true, value: accounts };
}

/**
 * Adds accounts to a ledger. An account whose id is already there with identical fields is skipped (a
 * safe retry); with different fields the whole call fails with `id-conflict` (its `path` is the index).
 * A malformed list fails with `invalid-input` naming every problem. Nothing is added unless everything
 * can be. Accounts are never changed afterwards except by `closeAccount`.
 *
 * On success the ledger passed in becomes stale (see {@link Ledger}); continue with the one returned.
 *
 * @category Ledger
 * @example
 * const start = createLedger();
 * if (start.ok) {
 *   const next = addAccounts(start.value, [{ id: 'athlete-0001/trade-credit', ledger: 'USD', code: 'athlete-credit', owner: 'athlete-0001' }]);
 *   next.ok //=> true
 * }
 */
export function addAccounts(ledger: Ledger, accounts: readonly Account[]): Result<Ledger, LedgerError> {
  const state = stateOf(ledger);
  const checked = checkAccounts(state.accounts, accounts);
  if (!checked.ok) return checked;
  for (const account of checked.value) applyAccount(state, account, false);
  return { ok: true, value: nextHandle(state) };
}
