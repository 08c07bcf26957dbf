import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  balance,
  cloneLedger,
  createLedger,
  expireCredit,
  expireHolds,
  findTransfer,
  post,
  statement,
  type Ledger,
  type Transfer,
} from 'athlete-accelerator/accounting';
import { fundedLedger, mustPost, PROPERTY_RUN, transfer } from './fixtures.js';

const hold = (id: string, amount: string, date: string, timeout?: string): Transfer =>
  transfer({ id, debitAccountId: 'wallet', creditAccountId: 'shop', amount, code: 'credit-spend', date, flags: { pending: true }, ...(timeout === undefined ? {} : { timeout }) });

function expire(ledger: Ledger, asOf: string): { ledger: Ledger; expired: readonly Transfer[] } {
  const result = expireHolds(ledger, asOf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('expireHolds', () => {
  it('releases exactly what each expired hold held, in order of timeout, and only those past their timeout', () => {
    const ledger = mustPost(fundedLedger(), [
      hold('late', '10.00', '2027-02-01', '2027-02-10'),
      hold('early', '20.00', '2027-02-01', '2027-02-05'),
      hold('open', '30.00', '2027-02-01', '2027-02-20'),
      hold('forever', '40.00', '2027-02-01'),
    ]).ledger;
    const result = expire(ledger, '2027-02-11');
    expect(result.expired.map((t) => t.pendingId)).toEqual(['early', 'late']);
    expect(result.expired[0]).toEqual({
      id: 'early:expired', debitAccountId: 'wallet', creditAccountId: 'shop', amount: '20.00', ledger: 'USD', code: 'credit-spend',
      date: '2027-02-11', flags: { voidPending: true }, pendingId: 'early',
    });
    expect(balance(result.ledger, 'wallet').debitsPending.amount).toBe('70.00');
    expect(balance(result.ledger, 'shop').creditsPending.amount).toBe('70.00');
    const lines = statement(result.ledger, 'wallet', '2027-02-11', '2027-02-11').lines;
    expect(lines.map((line) => line.kind)).toEqual(['expired', 'expired']);
    // Running it again expires nothing twice.
    expect(expire(result.ledger, '2027-02-11').expired).toEqual([]);
  });

  it('makes a later post of an expired hold pending-expired', () => {
    const start = mustPost(fundedLedger(), [hold('h', '10.00', '2027-02-01', '2027-02-02')]).ledger;
    const { ledger } = expire(start, '2027-02-03');
    const posted = mustPost(ledger, [{ ...hold('p', '10.00', '2027-02-03'), flags: { postPending: true }, pendingId: 'h' }]);
    expect(posted.results).toEqual(['pending-expired']);
  });

  it('refuses a malformed date or one before the latest entry (invalid-input, path asOf)', () => {
    const ledger = fundedLedger();
    expect(expireHolds(ledger, '2027-02-30')).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['asOf'] } });
    expect(expireHolds(ledger, '2027-01-10')).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['asOf'] } });
  });

  it('expiry and void release exactly what was held, for any amounts (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 1n, max: 10_000n }), { minLength: 1, maxLength: 8 }), fc.boolean(), (amounts, byVoid) => {
        const funded = fundedLedger('1000000.00');
        const before = { wallet: balance(funded, 'wallet'), shop: balance(funded, 'shop') };
        const holds = amounts.map((cents, index) => hold(`h-${index}`, (Number(cents) / 100).toFixed(2), '2027-02-01', '2027-02-01'));
        let ledger = mustPost(funded, holds).ledger;
        if (byVoid) {
          const voids = holds.map((h, index) => ({ ...h, id: `v-${index}`, flags: { voidPending: true }, pendingId: h.id, timeout: undefined }));
          ledger = mustPost(ledger, voids.map(({ timeout: _timeout, ...rest }) => rest)).ledger;
        } else {
          ledger = expire(ledger, '2027-02-02').ledger;
        }
        expect(balance(ledger, 'wallet')).toEqual(before.wallet);
        expect(balance(ledger, 'shop')).toEqual(before.shop);
      }),
      { ...PROPERTY_RUN, numRuns: 50 },
    );
  });
});

describe('expireCredit', () => {
  function creditLedger(): Ledger {
    const created = createLedger([
      { id: 'budget', ledger: 'USD', code: 'programme-budget' },
      { id: 'a/credit', ledger: 'USD', code: 'athlete-credit', owner: 'a', flags: { debitsMustNotExceedCredits: true } },
      { id: 'b/credit', ledger: 'USD', code: 'athlete-credit', owner: 'b', flags: { debitsMustNotExceedCredits: true } },
      { id: 'shop', ledger: 'USD', code: 'partner-settlement' },
      { id: 'expired-credit', ledger: 'USD', code: 'expired-credit' },
    ]);
    if (!created.ok) throw new Error(created.error.message);
    const grant = (id: string, to: string, amount: string, date: string): Transfer =>
      transfer({ id, debitAccountId: 'budget', creditAccountId: to, amount, code: 'package-credit-grant', date });
    const posted = mustPost(created.value, [
      grant('g-1', 'a/credit', '100.00', '2027-01-01'),
      grant('g-3', 'b/credit', '80.00', '2027-01-01'),
      transfer({ id: 'spend', debitAccountId: 'a/credit', creditAccountId: 'shop', amount: '30.00', code: 'credit-spend', date: '2027-02-01' }),
      transfer({ id: 'held', debitAccountId: 'b/credit', creditAccountId: 'shop', amount: '50.00', code: 'credit-spend', date: '2027-02-01', flags: { pending: true } }),
      grant('g-2', 'a/credit', '50.00', '2027-03-01'),
    ]);
    expect(posted.results.every((result) => result === 'created')).toBe(true);
    return posted.ledger;
  }

  it('expires what is left of each grant after its last day, spending the earliest grants first; held credit does not expire', () => {
    // 10 days: granted 01-01, spendable through 01-10; granted 03-01, through 03-10.
    const result = expireCredit(creditLedger(), '2027-03-05', { validDays: 10 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.expired.map((t) => [t.id, t.debitAccountId, t.amount, t.code])).toEqual([
      ['a/credit:expired:2027-03-05', 'a/credit', '70.00', 'credit-expiry'],
      ['b/credit:expired:2027-03-05', 'b/credit', '30.00', 'credit-expiry'],
    ]);
    const ledger = result.value.ledger;
    expect(balance(ledger, 'expired-credit').creditsPosted.amount).toBe('100.00');
    expect(balance(ledger, 'a/credit').creditsPosted.amount).toBe('150.00');
    // The grant of 03-01 is still spendable; the hold on b's credit is still reserved.
    const again = expireCredit(ledger, '2027-03-05', { validDays: 10 });
    expect(again.ok && again.value.expired).toEqual([]);
  });

  it('expires the rest once the later grant lapses too, and what a void releases after its grant lapsed', () => {
    const first = expireCredit(creditLedger(), '2027-03-05', { validDays: 10 });
    if (!first.ok) throw new Error(first.error.message);
    const voided = mustPost(first.value.ledger, [
      { id: 'void', debitAccountId: 'b/credit', creditAccountId: 'shop', ledger: 'USD', code: 'credit-spend', date: '2027-03-20', flags: { voidPending: true }, pendingId: 'held' },
    ]);
    const second = expireCredit(voided.ledger, '2027-03-20', { validDays: 10 });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.expired.map((t) => [t.debitAccountId, t.amount])).toEqual([
      ['a/credit', '50.00'],
      ['b/credit', '50.00'],
    ]);
    expect(balance(second.value.ledger, 'expired-credit').creditsPosted.amount).toBe('200.00');
  });

  it('refuses a malformed policy, an unknown expired-credit account and a date in the past', () => {
    const ledger = creditLedger();
    expect(expireCredit(cloneLedger(ledger), '2027-03-05', { validDays: 0 })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['policy', 'validDays'] } });
    expect(expireCredit(cloneLedger(ledger), '2027-03-05', { validDays: 10, expiredAccountId: 'nowhere' })).toMatchObject({
      ok: false,
      error: { code: 'account-not-found', accountId: 'nowhere' },
    });
    expect(expireCredit(cloneLedger(ledger), '2026-01-01', { validDays: 10 })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['asOf'] } });
  });

  it('refuses all expiries when one is refused (an expired-credit account in another currency)', () => {
    const created = createLedger([
      { id: 'budget', ledger: 'USD', code: 'programme-budget' },
      { id: 'a/credit', ledger: 'USD', code: 'athlete-credit' },
      { id: 'eur-expired', ledger: 'EUR', code: 'expired-credit' },
    ]);
    if (!created.ok) throw new Error(created.error.message);
    const granted = post(created.value, [transfer({ id: 'g', debitAccountId: 'budget', creditAccountId: 'a/credit', code: 'package-credit-grant', date: '2027-01-01' })]);
    if (!granted.ok) throw new Error(granted.error.message);
    const result = expireCredit(granted.value.ledger, '2028-01-01', { validDays: 10, expiredAccountId: 'eur-expired' });
    expect(result).toMatchObject({ ok: false, error: { code: 'currency-mismatch' } });
    expect(findTransfer(granted.value.ledger, 'a/credit:expired:2028-01-01')).toBeUndefined();
  });
});
