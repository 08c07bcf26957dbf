import { accountDifference, type Account } from './account.js';
import { messages, type LedgerError } from './errors.js';
import type { AccountRecord, LedgerState } from './ledgerState.js';
import { scaleOf } from './minorUnits.js';

/**
 * Adds one account (in canonical form) to the state, or says why not. An account already present with
 * identical fields is `'exists'`. When `allowClose` is set (replaying a journal), a repeated account
 * that differs only by `flags.closed: true` records the closing of the account.
 * @internal
 */
export function applyAccount(state: LedgerState, account: Account, allowClose: boolean): 'created' | 'exists' | 'closed' | LedgerError {
  const existing = state.accounts.get(account.id);
  if (existing !== undefined) {
    const field = accountDifference(existing.account, account);
    if (field === undefined) return 'exists';
    if (allowClose && field === 'flags.closed' && account.flags?.closed === true) {
      closeRecord(state, existing, account);
      return 'closed';
    }
    return { code: 'id-conflict', message: messages.accountIdConflict(account.id, field), accountId: account.id };
  }
  deepFreezeAccount(account);
  const record: AccountRecord = {
    account,
    id: account.id,
    currency: account.ledger,
    scale: scaleOf(account.ledger) ?? 0,
    debitsMustNotExceedCredits: account.flags?.debitsMustNotExceedCredits === true,
    creditsMustNotExceedDebits: account.flags?.creditsMustNotExceedDebits === true,
    closed: account.flags?.closed === true,
    debitsPosted: 0n,
    creditsPosted: 0n,
    debitsPending: 0n,
    creditsPending: 0n,
    positions: [],
  };
  state.accounts.set(account.id, record);
  state.accountList.push(record);
  state.log.push({ type: 'account', account, record });
  return 'created';
}

/** Records the closing of an account: its closed form becomes its journal entry and its state. @internal */
export function closeRecord(state: LedgerState, record: AccountRecord, closedForm: Account): void {
  deepFreezeAccount(closedForm);
  record.closed = true;
  record.account = closedForm;
  state.log.push({ type: 'account', account: closedForm, record });
}

/** Undoes the creation of the last account added (it must be the journal's last entry). @internal */
export function unapplyAccount(state: LedgerState, record: AccountRecord): void {
  state.log.pop();
  state.accounts.delete(record.id);
  state.accountList.pop();
}

function deepFreezeAccount(account: Account): void {
  if (account.flags !== undefined) Object.freeze(account.flags);
  Object.freeze(account);
}
