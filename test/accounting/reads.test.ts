import { describe, expect, it } from 'vitest';
import { AcceleratorUsageError } from 'athlete-accelerator/core';
import {
  availableBalance,
  balance,
  findTransfer,
  journal,
  journalLength,
  listHolds,
  replay,
  statement,
  trialBalance,
  type JournalEntry,
  type Ledger,
} from 'athlete-accelerator/accounting';
import { fundedLedger, mustPost, transfer } from './fixtures.js';

/** Funded 1000 on 01-11; spent 100 on 02-01; a hold of 50 on 02-03 posted 30 on 02-10; a hold of 20 on 03-01 still open. */
function history(): Ledger {
  return mustPost(fundedLedger(), [
    transfer({ id: 's-1', debitAccountId: 'wallet', creditAccountId: 'shop', amount: '100', code: 'credit-spend', date: '2027-02-01', reference: 'order-1' }),
    transfer({ id: 'h-1', debitAccountId: 'wallet', creditAccountId: 'shop', amount: '50', code: 'credit-spend', date: '2027-02-03', flags: { pending: true }, timeout: '2027-02-20' }),
    { id: 'p-1', debitAccountId: 'wallet', creditAccountId: 'shop', amount: '30', ledger: 'USD', code: 'credit-spend', date: '2027-02-10', flags: { postPending: true }, pendingId: 'h-1' },
    transfer({ id: 'h-2', debitAccountId: 'wallet', creditAccountId: 'shop', amount: '20', code: 'credit-spend', date: '2027-03-01', flags: { pending: true } }),
  ]).ledger;
}

describe('balance', () => {
  it('gives the four balances now and at the end of any past date', () => {
    const ledger = history();
    expect(balance(ledger, 'wallet')).toEqual({
      debitsPosted: { amount: '130.00', currency: 'USD' },
      creditsPosted: { amount: '1000.00', currency: 'USD' },
      debitsPending: { amount: '20.00', currency: 'USD' },
      creditsPending: { amount: '0.00', currency: 'USD' },
    });
    expect(balance(ledger, 'wallet', '2027-01-10').creditsPosted.amount).toBe('0.00');
    expect(balance(ledger, 'wallet', '2027-01-11').creditsPosted.amount).toBe('1000.00');
    expect(balance(ledger, 'wallet', '2027-02-05')).toMatchObject({ debitsPosted: { amount: '100.00' }, debitsPending: { amount: '50.00' } });
    expect(balance(ledger, 'wallet', '2027-02-10')).toMatchObject({ debitsPosted: { amount: '130.00' }, debitsPending: { amount: '0.00' } });
    expect(balance(ledger, 'wallet', '2099-12-31')).toEqual(balance(ledger, 'wallet'));
  });

  it('availableBalance counts holds against what can be spent', () => {
    const ledger = history();
    expect(availableBalance(ledger, 'wallet')).toEqual({ amount: '850.00', currency: 'USD' });
    expect(availableBalance(ledger, 'wallet', '2027-02-05').amount).toBe('850.00');
    expect(availableBalance(ledger, 'wallet', '2027-02-10').amount).toBe('870.00');
    expect(availableBalance(ledger, 'source').amount).toBe('-1000.00');
  });

  it('throws a usage error for an unknown account or a malformed date', () => {
    const ledger = history();
    expect(() => balance(ledger, 'ghost')).toThrow(AcceleratorUsageError);
    expect(() => balance(ledger, 'ghost')).toThrow(expect.objectContaining({ code: 'account-not-found' }) as Error);
    expect(() => balance(ledger, 'wallet', '2027-02-30')).toThrow(expect.objectContaining({ code: 'invalid-input', path: ['asOf'] }) as Error);
  });
});

describe('statement', () => {
  it('has opening and closing balances that agree with balance, and one line per transfer in the period', () => {
    const ledger = history();
    const s = statement(ledger, 'wallet', '2027-02-01', '2027-02-28');
    expect(s.opening).toEqual(balance(ledger, 'wallet', '2027-01-31'));
    expect(s.closing).toEqual(balance(ledger, 'wallet', '2027-02-28'));
    expect(s.lines.map((line) => [line.date, line.transferId, line.kind, line.side, line.amount.amount, line.counterpartyId])).toEqual([
      ['2027-02-01', 's-1', 'posted', 'debit', '100.00', 'shop'],
      ['2027-02-03', 'h-1', 'pending', 'debit', '50.00', 'shop'],
      ['2027-02-10', 'p-1', 'post-pending', 'debit', '30.00', 'shop'],
    ]);
    expect(s.lines[0]?.reference).toBe('order-1');
    expect(s.lines[2]?.pendingId).toBe('h-1');
    expect(s.lines.at(-1)?.balance).toEqual(s.closing);
  });

  it('shows the other side of the same transfers on the counterparty', () => {
    const s = statement(history(), 'shop', '2027-01-01', '2027-12-31');
    expect(s.lines.map((line) => line.side)).toEqual(['credit', 'credit', 'credit', 'credit']);
    expect(s.closing.creditsPending.amount).toBe('20.00');
  });

  it('throws a usage error for a period that ends before it starts', () => {
    expect(() => statement(history(), 'wallet', '2027-03-01', '2027-02-01')).toThrow(expect.objectContaining({ code: 'invalid-input', path: ['to'] }) as Error);
  });
});

describe('trialBalance', () => {
  it('sums to zero in each currency, now and in the past', () => {
    const ledger = history();
    const now = trialBalance(ledger, 'USD');
    expect(now.balanced).toBe(true);
    expect(now.totals.debitsPosted).toEqual(now.totals.creditsPosted);
    expect(now.totals.debitsPending).toEqual({ amount: '20.00', currency: 'USD' });
    expect(now.accounts.map((line) => line.accountId)).toEqual(['source', 'wallet', 'shop', 'giver']);
    expect(trialBalance(ledger, 'USD', '2027-02-05').totals.debitsPending.amount).toBe('50.00');
    expect(trialBalance(ledger, 'JPY').totals.debitsPosted).toEqual({ amount: '0', currency: 'JPY' });
    expect(() => trialBalance(ledger, 'XYZ')).toThrow(AcceleratorUsageError);
  });
});

describe('journal and replay', () => {
  it('the journal is plain JSON; replay rebuilds the same ledger from it alone', () => {
    const ledger = history();
    const entries = journal(ledger);
    expect(entries).toHaveLength(journalLength(ledger));
    expect(entries[5]).toEqual({ type: 'transfer', transfer: findTransfer(ledger, 'fund') });
    const rebuilt = replay(JSON.parse(JSON.stringify(entries)) as JournalEntry[]);
    expect(rebuilt.ok).toBe(true);
    if (!rebuilt.ok) return;
    for (const id of ['source', 'wallet', 'shop', 'yen', 'giver']) {
      expect(balance(rebuilt.value, id)).toEqual(balance(ledger, id));
      expect(balance(rebuilt.value, id, '2027-02-05')).toEqual(balance(ledger, id, '2027-02-05'));
    }
    expect(listHolds(rebuilt.value)).toEqual(listHolds(ledger));
    expect(journal(rebuilt.value)).toEqual(entries);
  });

  it('refuses a malformed journal naming every bad entry (invalid-input)', () => {
    const entries = journal(history()) as unknown[];
    const broken = [...entries.slice(0, 6), { type: 'transfer', transfer: { id: 'x' } }, { type: 'memo' }, ...entries.slice(6)];
    const rebuilt = replay(broken as JournalEntry[]);
    expect(!rebuilt.ok && rebuilt.error.code).toBe('invalid-input');
    const paths = !rebuilt.ok ? (rebuilt.error.issues ?? []).map((issue) => issue.path[0]) : [];
    expect(new Set(paths)).toEqual(new Set([6, 7]));
    expect(replay('nope' as unknown as JournalEntry[])).toMatchObject({ ok: false, error: { code: 'invalid-input', path: [] } });
  });

  it('refuses a journal that breaks a rule, with the code and the index of the first entry that does', () => {
    const entries = journal(history());
    const withoutFunding = entries.filter((entry) => !(entry.type === 'transfer' && entry.transfer.id === 'fund'));
    const rebuilt = replay(withoutFunding);
    expect(rebuilt.ok).toBe(false);
    if (rebuilt.ok) return;
    expect(rebuilt.error).toMatchObject({ code: 'insufficient-funds', accountId: 'wallet', path: [5, 'transfer'] });
    expect(rebuilt.error.message).toMatch(/Journal entry 5/);

    const doubled = [...entries, entries[6] as JournalEntry];
    expect(replay(doubled)).toMatchObject({ ok: false, error: { code: 'id-conflict', path: [entries.length, 'transfer', 'id'] } });
    const reordered = [...entries.slice(0, 5), entries[7] as JournalEntry, entries[6] as JournalEntry, ...entries.slice(8)];
    expect(replay(reordered)).toMatchObject({ ok: false, error: { code: 'insufficient-funds' } });
    const accountTwice = [...entries.slice(0, 1), entries[0] as JournalEntry];
    expect(replay(accountTwice)).toMatchObject({ ok: false, error: { code: 'id-conflict', path: [1] } });
  });

  it('does not mutate the journal it replays', () => {
    const entries = JSON.parse(JSON.stringify(journal(history()))) as JournalEntry[];
    const copy = structuredClone(entries);
    expect(replay(entries).ok).toBe(true);
    expect(entries).toEqual(copy);
  });

  it('listHolds gives the open holds, optionally of one account', () => {
    const ledger = history();
    expect(listHolds(ledger).map((hold) => hold.id)).toEqual(['h-2']);
    expect(listHolds(ledger, 'source')).toEqual([]);
  });
});
