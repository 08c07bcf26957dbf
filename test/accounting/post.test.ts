import { describe, expect, it } from 'vitest';
import { AcceleratorUsageError } from 'athlete-accelerator/core';
import {
  availableBalance,
  balance,
  cloneLedger,
  closeAccount,
  createLedger,
  findTransfer,
  journal,
  LEDGER_ERROR_CODES,
  post,
  type Ledger,
  type LedgerError,
  type Transfer,
} from 'athlete-accelerator/accounting';
import { deepFreeze } from '../core/deepFreeze.js';
import { ACCOUNTS, fundedLedger, mustPost, transfer } from './fixtures.js';

/** The error of one transfer, posted to a fork so that `ledger` stays usable for the next question. */
function errorOf(ledger: Ledger, transfers: readonly Transfer[], index = transfers.length - 1): LedgerError {
  const posted = post(cloneLedger(ledger), transfers);
  if (!posted.ok) throw new Error(`the batch was refused: ${posted.error.message}`);
  const result = posted.value.results[index];
  if (result === undefined || !('error' in result)) throw new Error(`transfer ${index} was not refused`);
  return result.error;
}

const spend = (fields: Partial<Transfer> & { id: string }): Transfer =>
  transfer({ debitAccountId: 'wallet', creditAccountId: 'shop', code: 'credit-spend', date: '2027-02-01', ...fields });
const hold = (fields: Partial<Transfer> & { id: string }): Transfer => spend({ flags: { pending: true }, ...fields });
const postHold = (pendingId: string, fields: Partial<Transfer> & { id: string }): Transfer => {
  const { amount: _amount, ...base } = spend(fields);
  return { ...base, ...(fields.amount === undefined ? {} : { amount: fields.amount }), flags: { postPending: true, ...fields.flags }, pendingId };
};
const voidHold = (pendingId: string, fields: Partial<Transfer> & { id: string }): Transfer => {
  const { amount: _amount, ...base } = spend(fields);
  return { ...base, ...(fields.amount === undefined ? {} : { amount: fields.amount }), flags: { voidPending: true }, pendingId };
};

describe('post: a malformed batch is refused whole (invalid-input)', () => {
  it('names the path of every problem and applies nothing', () => {
    const ledger = fundedLedger();
    const posted = post(ledger, [
      spend({ id: 'ok-1', amount: '1.00' }),
      { ...spend({ id: 'bad-1' }), amount: '1.005' },
      { ...spend({ id: 'bad-2' }), date: '2027-02-30', ledger: 'usd' },
    ]);
    expect(posted.ok).toBe(false);
    if (posted.ok) return;
    expect(posted.error.code).toBe('invalid-input');
    expect(posted.error.path).toEqual([1, 'amount']);
    const paths = posted.error.issues?.map((issue) => issue.path);
    expect(paths).toContainEqual([1, 'amount']);
    expect(paths).toContainEqual([2, 'ledger']);
    expect(paths).toContainEqual([2, 'date']);
    expect(paths?.every((path) => path[0] === 1 || path[0] === 2)).toBe(true);
    expect(findTransfer(ledger, 'ok-1')).toBeUndefined();
    // A refused batch consumes nothing: the ledger passed in is still the current one.
    expect(balance(ledger, 'wallet').creditsPosted.amount).toBe('1000.00');
  });

  it('refuses a batch that is not an array, and transfers that are not objects', () => {
    const ledger = fundedLedger();
    const notArray = post(ledger, { id: 'x' } as unknown as Transfer[]);
    expect(!notArray.ok && notArray.error.code).toBe('invalid-input');
    expect(!notArray.ok && notArray.error.path).toEqual([]);
    const notObjects = post(ledger, [null, 42, 'x'] as unknown as Transfer[]);
    expect(!notObjects.ok && notObjects.error.issues?.map((issue) => issue.path)).toEqual([[0], [1], [2]]);
  });

  it('refuses keys that could reach Object.prototype, from parsed JSON', () => {
    const ledger = fundedLedger();
    const hostile = JSON.parse('[{"id":"t","debitAccountId":"wallet","creditAccountId":"shop","amount":"1","ledger":"USD","code":"x","date":"2027-02-01","__proto__":{"polluted":true}}]') as Transfer[];
    const posted = post(ledger, hostile);
    expect(!posted.ok && posted.error.code).toBe('invalid-input');
    expect(!posted.ok && posted.error.path).toEqual([0, '__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a zero amount', { amount: '0.00' }, ['amount']],
    ['a negative amount', { amount: '-5.00' }, ['amount']],
    ['more digits than the currency has', { amount: '1.001' }, ['amount']],
    ['a JPY amount with decimals', { amount: '1.5', ledger: 'JPY', debitAccountId: 'yen', creditAccountId: 'shop' }, ['amount']],
    ['a missing amount on a plain transfer', { amount: undefined }, ['amount']],
    ['an unknown currency', { ledger: 'XYZ' }, ['ledger']],
    ['a code that is not a key', { code: 'Credit Spend' }, ['code']],
    ['an id with spaces', { id: 'order 1' }, ['id']],
    ['two modes at once', { flags: { pending: true, voidPending: true } }, ['flags']],
    ['an unknown flag', { flags: { reversed: true } as Transfer['flags'] }, ['flags']],
    ['a pendingId on a plain transfer', { pendingId: 'h-1' }, ['pendingId']],
    ['a post without pendingId', { flags: { postPending: true } }, ['pendingId']],
    ['a post that names itself', { flags: { postPending: true }, pendingId: 'x-1' }, ['pendingId']],
    ['a timeout on a plain transfer', { timeout: '2027-03-01' }, ['timeout']],
    ['a timeout before the date', { flags: { pending: true }, timeout: '2027-01-31' }, ['timeout']],
  ])('refuses %s', (_name, fields, path) => {
    const base = Object.fromEntries(Object.entries({ ...spend({ id: 'x-1', amount: '1.00' }), ...fields }).filter(([, value]) => value !== undefined));
    const posted = post(fundedLedger(), [base as Transfer]);
    expect(posted.ok).toBe(false);
    if (posted.ok) return;
    expect(posted.error.code).toBe('invalid-input');
    expect(posted.error.issues?.map((issue) => issue.path)).toContainEqual([0, ...path]);
  });

  it('refuses an unknown field, naming it', () => {
    const posted = post(fundedLedger(), [{ ...spend({ id: 'x', amount: '1' }), memo: 'hi' } as Transfer]);
    expect(!posted.ok && posted.error.path).toEqual([0]);
    expect(!posted.ok && posted.error.message).toMatch(/memo/);
  });

  it('refuses a batch whose last transfer is linked (a chain left open)', () => {
    const posted = post(fundedLedger(), [spend({ id: 'a', amount: '1', flags: { linked: true } })]);
    expect(!posted.ok && posted.error.code).toBe('invalid-input');
    expect(!posted.ok && posted.error.path).toEqual([0, 'flags', 'linked']);
  });

  it('accepts an empty batch', () => {
    const posted = post(fundedLedger(), []);
    expect(posted.ok && posted.value.results).toEqual([]);
  });
});

describe('post: each rule, in the documented order', () => {
  it('lists every code of DESIGN.md exactly once', () => {
    expect(new Set(LEDGER_ERROR_CODES).size).toBe(12);
    expect(LEDGER_ERROR_CODES).toContain('linked-chain-failed');
  });

  it('id-conflict: the same id with a different field, checked before everything else', () => {
    const { ledger } = mustPost(fundedLedger(), [spend({ id: 'o-1', amount: '10.00' })]);
    const error = errorOf(ledger, [spend({ id: 'o-1', amount: '11.00' })]);
    expect(error.code).toBe('id-conflict');
    expect(error.message).toMatch(/amount/);
    // Even against accounts that do not exist: the id is checked first.
    expect(errorOf(ledger, [spend({ id: 'o-1', debitAccountId: 'nobody' })]).code).toBe('id-conflict');
    expect(errorOf(ledger, [spend({ id: 'o-1', amount: '10.00', reference: 'other' })]).message).toMatch(/reference/);
  });

  it('exists: the same id with identical fields changes nothing, even after the account was closed or emptied', () => {
    const first = mustPost(fundedLedger(), [spend({ id: 'o-1', amount: '1000.00' })]);
    const closed = closeAccount(first.ledger, 'shop');
    if (!closed.ok) throw new Error(closed.error.message);
    const before = journal(closed.value).length;
    const again = mustPost(closed.value, [spend({ id: 'o-1', amount: '1000' })]);
    expect(again.results).toEqual(['exists']);
    expect(journal(again.ledger)).toHaveLength(before);
    expect(balance(again.ledger, 'wallet').debitsPosted.amount).toBe('1000.00');
  });

  it('invalid-input for one transfer: dated before the ledger\'s latest entry (the journal is in date order)', () => {
    const { ledger } = mustPost(fundedLedger(), [spend({ id: 'o-1', amount: '1', date: '2027-03-01' })]);
    const error = errorOf(ledger, [spend({ id: 'o-2', amount: '1', date: '2027-02-28' })]);
    expect(error.code).toBe('invalid-input');
    expect(error.path).toEqual(['date']);
    expect(mustPost(ledger, [spend({ id: 'o-3', amount: '1', date: '2027-03-01' })]).results).toEqual(['created']);
  });

  it('accounts-must-be-different', () => {
    expect(errorOf(fundedLedger(), [spend({ id: 'x', creditAccountId: 'wallet', amount: '1' })]).code).toBe('accounts-must-be-different');
  });

  it('account-not-found names the account, debit first', () => {
    const error = errorOf(fundedLedger(), [spend({ id: 'x', debitAccountId: 'ghost', creditAccountId: 'phantom', amount: '1' })]);
    expect(error).toMatchObject({ code: 'account-not-found', accountId: 'ghost' });
    expect(errorOf(fundedLedger(), [spend({ id: 'x', creditAccountId: 'phantom', amount: '1' })]).accountId).toBe('phantom');
  });

  it('currency-mismatch: accounts in different currencies, or a transfer in another currency than its accounts', () => {
    expect(errorOf(fundedLedger(), [spend({ id: 'x', creditAccountId: 'yen', amount: '1' })]).code).toBe('currency-mismatch');
    expect(errorOf(fundedLedger(), [spend({ id: 'x', ledger: 'EUR', amount: '1' })]).code).toBe('currency-mismatch');
  });

  it('account-closed: no new transfers, but a hold on it can still be voided', () => {
    const held = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '50' })]);
    const closed = closeAccount(held.ledger, 'wallet');
    if (!closed.ok) throw new Error(closed.error.message);
    const error = errorOf(closed.value, [spend({ id: 'x', amount: '1' })]);
    expect(error).toMatchObject({ code: 'account-closed', accountId: 'wallet' });
    expect(errorOf(closed.value, [postHold('h-1', { id: 'p-1' })]).code).toBe('account-closed');
    const voided = mustPost(closed.value, [voidHold('h-1', { id: 'v-1' })]);
    expect(voided.results).toEqual(['created']);
    expect(balance(voided.ledger, 'wallet').debitsPending.amount).toBe('0.00');
  });

  it('account-closed applies to accounts created closed, and to the credit side', () => {
    const created = createLedger([...ACCOUNTS, { id: 'archive', ledger: 'USD', code: 'old', flags: { closed: true } }]);
    if (!created.ok) throw new Error(created.error.message);
    expect(errorOf(created.value, [transfer({ id: 'x', creditAccountId: 'archive' })])).toMatchObject({ code: 'account-closed', accountId: 'archive' });
  });

  it('pending-not-found: no such transfer, not a hold, or a hold between other accounts or for another code', () => {
    const { ledger } = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '10' })]);
    expect(errorOf(ledger, [postHold('h-404', { id: 'p' })]).code).toBe('pending-not-found');
    expect(errorOf(ledger, [postHold('fund', { id: 'p', debitAccountId: 'source', creditAccountId: 'wallet', code: 'grant' })]).message).toMatch(/not a hold/);
    expect(errorOf(ledger, [postHold('h-1', { id: 'p', creditAccountId: 'source' })]).code).toBe('pending-not-found');
    expect(errorOf(ledger, [postHold('h-1', { id: 'p', code: 'other' })]).code).toBe('pending-not-found');
  });

  it('pending-already-resolved: a hold resolves once', () => {
    const { ledger } = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '10' }), postHold('h-1', { id: 'p-1' }), hold({ id: 'h-2', amount: '10' }), voidHold('h-2', { id: 'v-2' })]);
    expect(errorOf(ledger, [postHold('h-1', { id: 'p-again' })])).toMatchObject({ code: 'pending-already-resolved' });
    expect(errorOf(ledger, [voidHold('h-1', { id: 'v-again' })]).code).toBe('pending-already-resolved');
    expect(errorOf(ledger, [postHold('h-2', { id: 'p-2' })]).message).toMatch(/voided/);
  });

  it('pending-expired: a post dated after the timeout, or any resolution after expiry released the hold', () => {
    const { ledger } = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '10', timeout: '2027-02-05' })]);
    expect(errorOf(ledger, [postHold('h-1', { id: 'p', date: '2027-02-06' })]).code).toBe('pending-expired');
    // The timeout is the last date the hold may be posted.
    expect(mustPost(cloneLedger(ledger), [postHold('h-1', { id: 'p', date: '2027-02-05' })]).results).toEqual(['created']);
    // A late void is accepted: it releases exactly what expiry would.
    const late = mustPost(cloneLedger(ledger), [voidHold('h-1', { id: 'v', date: '2027-02-09' })]);
    expect(late.results).toEqual(['created']);
    expect(errorOf(late.ledger, [voidHold('h-1', { id: 'v-2', date: '2027-02-09' })]).code).toBe('pending-expired');
  });

  it('exceeds-pending-amount: a post above the hold, or a void of anything but the whole hold', () => {
    const { ledger } = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '10.00' })]);
    expect(errorOf(ledger, [postHold('h-1', { id: 'p', amount: '10.01' })]).code).toBe('exceeds-pending-amount');
    expect(errorOf(ledger, [voidHold('h-1', { id: 'v', amount: '9.00' })]).code).toBe('exceeds-pending-amount');
    expect(mustPost(ledger, [voidHold('h-1', { id: 'v', amount: '10' })]).results).toEqual(['created']);
  });

  it('insufficient-funds names the account and the amount missing; holds count against the flag', () => {
    const ledger = fundedLedger('100.00');
    const error = errorOf(ledger, [spend({ id: 'x', amount: '120.50' })]);
    expect(error).toMatchObject({ code: 'insufficient-funds', accountId: 'wallet', missing: { amount: '20.50', currency: 'USD' } });
    expect(error.message).toMatch(/wallet lacks 20\.50 USD/);
    const held = mustPost(ledger, [hold({ id: 'h-1', amount: '80.00' })]);
    expect(errorOf(held.ledger, [spend({ id: 'y', amount: '30.00' })]).missing).toEqual({ amount: '10.00', currency: 'USD' });
    expect(availableBalance(held.ledger, 'wallet').amount).toBe('20.00');
  });

  it('insufficient-funds on the credit side: creditsMustNotExceedDebits', () => {
    const created = createLedger([...ACCOUNTS]);
    if (!created.ok) throw new Error(created.error.message);
    const error = errorOf(created.value, [transfer({ id: 'x', debitAccountId: 'source', creditAccountId: 'giver', amount: '5' })]);
    expect(error).toMatchObject({ code: 'insufficient-funds', accountId: 'giver', missing: { amount: '5.00', currency: 'USD' } });
    const funded = mustPost(created.value, [transfer({ id: 'a', debitAccountId: 'giver', creditAccountId: 'source', amount: '5' })]);
    expect(availableBalance(funded.ledger, 'giver').amount).toBe('5.00');
    expect(mustPost(funded.ledger, [transfer({ id: 'x', debitAccountId: 'source', creditAccountId: 'giver', amount: '5' })]).results).toEqual(['created']);
  });

  it('checks accounts before holds, and holds before funds (first rule broken wins)', () => {
    const ledger = fundedLedger('1.00');
    expect(errorOf(ledger, [spend({ id: 'x', creditAccountId: 'yen', amount: '999' })]).code).toBe('currency-mismatch');
    expect(errorOf(ledger, [postHold('nothing', { id: 'x', debitAccountId: 'ghost' })]).code).toBe('account-not-found');
  });
});

describe('post: linked chains', () => {
  it('apply all or nothing: the failing transfer keeps its code, the others get linked-chain-failed', () => {
    const ledger = fundedLedger('100.00');
    const posted = post(ledger, [
      spend({ id: 'before', amount: '1' }),
      spend({ id: 'a', amount: '50', flags: { linked: true } }),
      spend({ id: 'b', amount: '60', flags: { linked: true } }),
      spend({ id: 'c', amount: '1' }),
      spend({ id: 'after', amount: '1' }),
    ]);
    if (!posted.ok) throw new Error(posted.error.message);
    const codes = posted.value.results.map((result) => ('status' in result ? result.status : result.error.code));
    expect(codes).toEqual(['created', 'linked-chain-failed', 'insufficient-funds', 'linked-chain-failed', 'created']);
    expect(findTransfer(posted.value.ledger, 'a')).toBeUndefined();
    expect(balance(posted.value.ledger, 'wallet').debitsPosted.amount).toBe('2.00');
    const linked = posted.value.results[1];
    expect(linked !== undefined && 'error' in linked && linked.error.message).toMatch(/transfer b/);
  });

  it('let each member see the effect of the ones before it', () => {
    const created = createLedger([...ACCOUNTS]);
    if (!created.ok) throw new Error(created.error.message);
    const posted = mustPost(created.value, [
      transfer({ id: 'fund', amount: '10', flags: { linked: true } }),
      spend({ id: 'spend', amount: '10', date: '2027-01-11' }),
    ]);
    expect(posted.results).toEqual(['created', 'created']);
  });

  it('roll back holds, posts and voids of a failed chain exactly', () => {
    const start = mustPost(fundedLedger('100.00'), [hold({ id: 'h-1', amount: '40' })]);
    const before = balance(start.ledger, 'wallet');
    const posted = mustPost(start.ledger, [
      postHold('h-1', { id: 'p-1', amount: '30', flags: { linked: true } }),
      hold({ id: 'h-2', amount: '20', flags: { linked: true } }),
      spend({ id: 'too-much', amount: '500' }),
    ]);
    expect(posted.results).toEqual(['linked-chain-failed', 'linked-chain-failed', 'insufficient-funds']);
    expect(balance(posted.ledger, 'wallet')).toEqual(before);
    // The hold is still open: it can be posted now.
    expect(mustPost(posted.ledger, [postHold('h-1', { id: 'p-1', amount: '30' })]).results).toEqual(['created']);
  });

  it('answer exists for every member of a chain that is retried', () => {
    const chain = [spend({ id: 'a', amount: '1', flags: { linked: true } }), spend({ id: 'b', amount: '2' })];
    const first = mustPost(fundedLedger(), chain);
    expect(mustPost(first.ledger, chain).results).toEqual(['exists', 'exists']);
  });
});

describe('post: two-phase transfers', () => {
  it('a hold reserves, a partial post settles less and releases the rest', () => {
    const held = mustPost(fundedLedger('100.00'), [hold({ id: 'h-1', amount: '40.00' })]);
    expect(balance(held.ledger, 'wallet')).toMatchObject({ debitsPending: { amount: '40.00' }, debitsPosted: { amount: '0.00' } });
    expect(balance(held.ledger, 'shop').creditsPending.amount).toBe('40.00');
    const posted = mustPost(held.ledger, [postHold('h-1', { id: 'p-1', amount: '25.00' })]);
    expect(balance(posted.ledger, 'wallet')).toMatchObject({ debitsPending: { amount: '0.00' }, debitsPosted: { amount: '25.00' } });
    expect(balance(posted.ledger, 'shop')).toMatchObject({ creditsPending: { amount: '0.00' }, creditsPosted: { amount: '25.00' } });
    expect(availableBalance(posted.ledger, 'wallet').amount).toBe('75.00');
  });

  it('a post without amount posts the whole hold, and the journal records the amount posted', () => {
    const posted = mustPost(fundedLedger(), [hold({ id: 'h-1', amount: '40.00' }), postHold('h-1', { id: 'p-1' })]);
    expect(findTransfer(posted.ledger, 'p-1')?.amount).toBe('40.00');
    expect(balance(posted.ledger, 'wallet').debitsPosted.amount).toBe('40.00');
    // A retry without amount and one with the full amount both match the recorded post.
    expect(mustPost(posted.ledger, [postHold('h-1', { id: 'p-1' })]).results).toEqual(['exists']);
  });

  it('a void releases exactly what was held', () => {
    const ledger = fundedLedger();
    const before = balance(ledger, 'wallet');
    const after = mustPost(ledger, [hold({ id: 'h-1', amount: '123.45' }), voidHold('h-1', { id: 'v-1' })]);
    expect(balance(after.ledger, 'wallet')).toEqual(before);
    expect(balance(after.ledger, 'shop').creditsPending.amount).toBe('0.00');
  });
});

describe('post: ownership and inputs', () => {
  it('does not mutate its input (transfers array and objects are frozen here)', () => {
    const batch = deepFreeze([hold({ id: 'h-1', amount: '5.5' }), postHold('h-1', { id: 'p-1' }), spend({ id: 's', amount: '1', flags: { linked: true } }), spend({ id: 't', amount: '1' })]);
    const copy = structuredClone(batch);
    const posted = post(fundedLedger(), batch);
    expect(posted.ok).toBe(true);
    expect(batch).toEqual(copy);
  });

  it('journal entries are the ledger\'s own frozen copies, not the caller\'s objects', () => {
    const mine = spend({ id: 'o-1', amount: '5.5', flags: { linked: false } });
    const posted = mustPost(fundedLedger(), [mine]);
    const stored = findTransfer(posted.ledger, 'o-1');
    expect(stored).not.toBe(mine);
    expect(stored?.amount).toBe('5.50');
    expect(stored?.flags).toBeUndefined();
    expect(Object.isFrozen(stored)).toBe(true);
  });

  it('makes the ledger passed in stale: using it again throws stale-ledger', () => {
    const ledger = fundedLedger();
    const next = mustPost(ledger, [spend({ id: 'o-1', amount: '1' })]);
    expect(() => post(ledger, [])).toThrow(AcceleratorUsageError);
    expect(() => balance(ledger, 'wallet')).toThrow(/stale/);
    try {
      journal(ledger);
    } catch (error) {
      expect((error as AcceleratorUsageError).code).toBe('stale-ledger');
    }
    expect(balance(next.ledger, 'wallet').debitsPosted.amount).toBe('1.00');
  });

  it('refuses a value that is not a ledger', () => {
    expect(() => post({ version: 0 } as unknown as Ledger, [])).toThrow(expect.objectContaining({ code: 'invalid-ledger' }) as Error);
  });

  it('cloneLedger forks: the fork and the original evolve independently', () => {
    const ledger = fundedLedger();
    const fork = cloneLedger(ledger);
    const a = mustPost(ledger, [spend({ id: 'o-1', amount: '10' })]);
    const b = mustPost(fork, [spend({ id: 'o-1', amount: '20' })]);
    expect(balance(a.ledger, 'wallet').debitsPosted.amount).toBe('10.00');
    expect(balance(b.ledger, 'wallet').debitsPosted.amount).toBe('20.00');
  });

  it('a refused transfer leaves no trace: its id can be used again', () => {
    const ledger = fundedLedger('10.00');
    const first = mustPost(ledger, [spend({ id: 'o-1', amount: '20' })]);
    expect(first.results).toEqual(['insufficient-funds']);
    expect(mustPost(first.ledger, [spend({ id: 'o-1', amount: '5' })]).results).toEqual(['created']);
  });
});

describe('post: exotic input', () => {
  it('answers a transfer whose getter throws with invalid-input, never an exception', () => {
    const hostile = { ...transfer({ id: 'x' }) };
    Object.defineProperty(hostile, 'amount', { enumerable: true, get: () => { throw new TypeError('boom'); } });
    const posted = post(fundedLedger(), [hostile]);
    expect(!posted.ok && posted.error.code).toBe('invalid-input');
    expect(!posted.ok && posted.error.path?.[0]).toBe(0);
  });
});
