import { describe, expect, it } from 'vitest';
import {
  accountingJsonSchemas,
  accountingSchemas,
  AccountSchema,
  addAccounts,
  closeAccount,
  createLedger,
  findAccount,
  journal,
  listAccounts,
  type Account,
} from 'athlete-accelerator/accounting';
import { deepFreeze } from '../core/deepFreeze.js';
import { ACCOUNTS } from './fixtures.js';

function ledgerWith(accounts: readonly Account[] = ACCOUNTS) {
  const created = createLedger(accounts);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

describe('createLedger and addAccounts', () => {
  it('creates an empty ledger, or one with accounts in their canonical form', () => {
    const empty = createLedger();
    expect(empty.ok && journal(empty.value)).toEqual([]);
    const ledger = ledgerWith([{ id: 'a', ledger: 'USD', code: 'budget', flags: { debitsMustNotExceedCredits: true, closed: false } }]);
    expect(findAccount(ledger, 'a')).toEqual({ id: 'a', ledger: 'USD', code: 'budget', flags: { debitsMustNotExceedCredits: true } });
    expect(Object.isFrozen(findAccount(ledger, 'a'))).toBe(true);
  });

  it('refuses malformed accounts with the path of every problem (invalid-input)', () => {
    const created = createLedger([
      { id: 'ok', ledger: 'USD', code: 'budget' },
      { id: 'bad id', ledger: 'usd', code: 'Budget' },
      { id: 'both', ledger: 'USD', code: 'x', flags: { debitsMustNotExceedCredits: true, creditsMustNotExceedDebits: true } },
    ]);
    expect(created.ok).toBe(false);
    if (created.ok) return;
    expect(created.error.code).toBe('invalid-input');
    const paths = created.error.issues?.map((issue) => issue.path);
    expect(paths).toContainEqual([1, 'id']);
    expect(paths).toContainEqual([1, 'ledger']);
    expect(paths).toContainEqual([1, 'code']);
    expect(paths).toContainEqual([2, 'flags']);
  });

  it('refuses a list that is not an array, and hostile keys', () => {
    const notList = createLedger({} as unknown as Account[]);
    expect(!notList.ok && notList.error.code).toBe('invalid-input');
    const hostile = createLedger(JSON.parse('[{"id":"a","ledger":"USD","code":"x","constructor":{"prototype":{}}}]') as Account[]);
    expect(!hostile.ok && hostile.error.path).toEqual([0, 'constructor']);
  });

  it('skips an account already there with identical fields, refuses one with different fields (id-conflict), all or nothing', () => {
    const ledger = ledgerWith();
    const same = addAccounts(ledger, [{ id: 'wallet', ledger: 'USD', code: 'athlete-credit', owner: 'athlete-1', flags: { debitsMustNotExceedCredits: true } }]);
    expect(same.ok).toBe(true);
    if (!same.ok) return;
    const before = journal(same.value).length;
    const conflict = addAccounts(same.value, [
      { id: 'new-one', ledger: 'USD', code: 'x' },
      { id: 'wallet', ledger: 'USD', code: 'athlete-credit' },
    ]);
    expect(conflict.ok).toBe(false);
    if (conflict.ok) return;
    expect(conflict.error).toMatchObject({ code: 'id-conflict', path: [1], accountId: 'wallet' });
    expect(conflict.error.message).toMatch(/owner/);
    expect(journal(same.value)).toHaveLength(before);
    expect(findAccount(same.value, 'new-one')).toBeUndefined();
  });

  it('refuses two different accounts with one id in the same list', () => {
    const created = createLedger([
      { id: 'a', ledger: 'USD', code: 'x' },
      { id: 'a', ledger: 'EUR', code: 'x' },
    ]);
    expect(!created.ok && created.error).toMatchObject({ code: 'id-conflict', path: [1] });
  });

  it('does not mutate its input', () => {
    const accounts = deepFreeze([{ id: 'a', ledger: 'USD', code: 'x', flags: { closed: false } }] as Account[]);
    const copy = structuredClone(accounts);
    expect(createLedger(accounts).ok).toBe(true);
    expect(accounts).toEqual(copy);
  });

  it('lists accounts by code, owner or currency, in creation order', () => {
    const ledger = ledgerWith();
    expect(listAccounts(ledger).map((account) => account.id)).toEqual(['source', 'wallet', 'shop', 'yen', 'giver']);
    expect(listAccounts(ledger, { code: 'athlete-credit' }).map((account) => account.id)).toEqual(['wallet', 'yen']);
    expect(listAccounts(ledger, { owner: 'athlete-1' }).map((account) => account.id)).toEqual(['wallet']);
    expect(listAccounts(ledger, { ledger: 'JPY' }).map((account) => account.id)).toEqual(['yen']);
  });
});

describe('closeAccount', () => {
  it('records the closing in the journal as the account repeated with closed: true', () => {
    const closed = closeAccount(ledgerWith(), 'wallet');
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(findAccount(closed.value, 'wallet')?.flags).toEqual({ debitsMustNotExceedCredits: true, closed: true });
    expect(journal(closed.value).at(-1)).toEqual({
      type: 'account',
      account: { id: 'wallet', ledger: 'USD', code: 'athlete-credit', owner: 'athlete-1', flags: { debitsMustNotExceedCredits: true, closed: true } },
    });
    const length = journal(closed.value).length;
    const again = closeAccount(closed.value, 'wallet');
    expect(again.ok && journal(again.value).length).toBe(length);
  });

  it('refuses an unknown account (account-not-found) and a malformed id (invalid-input)', () => {
    const ledger = ledgerWith();
    expect(closeAccount(ledger, 'ghost')).toMatchObject({ ok: false, error: { code: 'account-not-found', accountId: 'ghost' } });
    expect(closeAccount(ledger, '')).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('cannot be undone through addAccounts (id-conflict)', () => {
    const closed = closeAccount(ledgerWith(), 'shop');
    if (!closed.ok) throw new Error(closed.error.message);
    const reopened = addAccounts(closed.value, [{ id: 'shop', ledger: 'USD', code: 'partner-settlement' }]);
    expect(!reopened.ok && reopened.error.code).toBe('id-conflict');
  });
});

describe('schemas', () => {
  it('export JSON Schemas of accounts, transfers and journal entries', () => {
    const schemas = accountingJsonSchemas();
    expect(schemas.Account.required).toEqual(['id', 'ledger', 'code']);
    expect(schemas.Transfer.required).toEqual(['id', 'debitAccountId', 'creditAccountId', 'ledger', 'code', 'date']);
    expect(JSON.stringify(schemas.JournalEntry)).toContain('transfer');
    expect(Object.keys(accountingSchemas)).toEqual(['Account', 'Transfer', 'JournalEntry', 'ExpireCreditPolicy']);
  });

  it('AccountSchema refuses both balance rules at once', () => {
    const parsed = AccountSchema.safeParse({ id: 'a', ledger: 'USD', code: 'x', flags: { debitsMustNotExceedCredits: true, creditsMustNotExceedDebits: true } });
    expect(parsed.success).toBe(false);
  });
});
