import { describe, expect, it } from 'vitest';
import { fourthEdition, fourthEditionPackage, money, type EditionInput } from 'athlete-accelerator/core';
import {
  ACCOUNT_CODES,
  availableBalance,
  balance,
  budgetReport,
  cloneLedger,
  createLedger,
  createProgrammeLedger,
  expireCredit,
  expireHolds,
  issuePackage,
  journal,
  listAccounts,
  packageAccountId,
  packageValue,
  post,
  PROGRAMME_ACCOUNTS,
  replay,
  reversalOf,
  statement,
  TRANSFER_CODES,
  trialBalance,
  type Ledger,
  type PackageTemplateInput,
  type Transfer,
} from 'athlete-accelerator/accounting';
import { deepFreeze } from '../core/deepFreeze.js';
import { mustPost } from './fixtures.js';

const athleteIds = Array.from({ length: 51 }, (_, index) => `athlete-${String(index + 1).padStart(4, '0')}`);

function programme(): Ledger {
  const opened = createProgrammeLedger(fourthEdition);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

function issueAll(ledger: Ledger, ids: readonly string[], date = '2027-01-11'): Ledger {
  let current = ledger;
  for (const id of ids) {
    const issued = issuePackage(current, fourthEditionPackage, id, date);
    if (!issued.ok) throw new Error(`${id}: ${issued.error.message}`);
    current = issued.value.ledger;
  }
  return current;
}

const creditOf = (athlete: string): string => packageAccountId(athlete, 'trade-credit');
const spend = (id: string, athlete: string, amount: string, date: string, extra: Partial<Transfer> = {}): Transfer => ({
  id,
  debitAccountId: creditOf(athlete),
  creditAccountId: PROGRAMME_ACCOUNTS.settlement,
  amount,
  ledger: 'USD',
  code: TRANSFER_CODES.creditSpend,
  date,
  ...extra,
});

describe('createProgrammeLedger', () => {
  it('opens the chart of accounts and funds the budget with the edition budget', () => {
    const ledger = programme();
    expect(listAccounts(ledger).map((account) => [account.id, account.code])).toEqual([
      ['programme-funding', ACCOUNT_CODES.funding],
      ['programme-budget', ACCOUNT_CODES.budget],
      ['partner-settlement', ACCOUNT_CODES.partnerSettlement],
      ['expired-credit', ACCOUNT_CODES.expiredCredit],
    ]);
    expect(availableBalance(ledger, 'programme-budget')).toEqual(money('500000', 'USD'));
    expect(balance(ledger, 'programme-funding', '2026-09-01').debitsPosted.amount).toBe('500000.00');
    expect(journal(ledger).at(-1)).toMatchObject({ type: 'transfer', transfer: { id: 'edition-4:budget-funding', date: '2026-09-01', reference: 'edition-4' } });
  });

  it('refuses a malformed edition or date (invalid-input)', () => {
    const broken = { ...fourthEdition, seats: -1 } as unknown as EditionInput;
    expect(createProgrammeLedger(broken)).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['seats'] } });
    expect(createProgrammeLedger(fourthEdition, { fundedOn: 'soon' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['fundedOn'] } });
  });
});

describe('issuePackage', () => {
  it('splits the value across the components exactly and grants each to an account the athlete owns', () => {
    const issued = issuePackage(programme(), fourthEditionPackage, { id: 'athlete-0001' }, '2027-01-11');
    expect(issued.ok).toBe(true);
    if (!issued.ok) return;
    expect(issued.value.status).toBe('created');
    expect(issued.value.components.map((part) => [part.componentId, part.kind, part.accountId, part.value.amount])).toEqual([
      ['logistics-training', 'service', 'athlete-0001/logistics-training', '2000.00'],
      ['operations-training', 'service', 'athlete-0001/operations-training', '1500.00'],
      ['sourcing-training', 'service', 'athlete-0001/sourcing-training', '1500.00'],
      ['trade-credit', 'credit', 'athlete-0001/trade-credit', '5000.00'],
    ]);
    expect(issued.value.components[3]?.spendableUntil).toBe('2028-01-10');
    expect(issued.value.transfers.map((t) => [t.id, t.code, t.flags])).toEqual([
      ['athlete-0001/logistics-training:issued', 'package-service-grant', undefined],
      ['athlete-0001/operations-training:issued', 'package-service-grant', undefined],
      ['athlete-0001/sourcing-training:issued', 'package-service-grant', undefined],
      ['athlete-0001/trade-credit:issued', 'package-credit-grant', undefined],
    ]);
    const ledger = issued.value.ledger;
    expect(listAccounts(ledger, { owner: 'athlete-0001' }).every((account) => account.flags?.debitsMustNotExceedCredits === true)).toBe(true);
    expect(availableBalance(ledger, 'programme-budget').amount).toBe('490000.00');
  });

  it('allocates with the largest remainder so odd values still add up, also in currencies without minor units', () => {
    const created = createLedger([{ id: 'programme-budget', ledger: 'JPY', code: 'programme-budget' }]);
    if (!created.ok) throw new Error(created.error.message);
    const template: PackageTemplateInput = {
      id: 'yen-package', name: 'Yen', value: { amount: '100', currency: 'JPY' }, creditValidDays: 30,
      components: [
        { id: 'a', name: 'A', kind: 'service', weight: 1 },
        { id: 'b', name: 'B', kind: 'service', weight: 1 },
        { id: 'c', name: 'C', kind: 'credit', weight: 1 },
      ],
    };
    const issued = issuePackage(created.value, template, 'athlete-1', '2027-05-01');
    expect(issued.ok && issued.value.components.map((part) => part.value.amount)).toEqual(['34', '33', '33']);
  });

  it('issues 50 packages that exhaust the budget exactly, and refuses the 51st with the amount missing', () => {
    const ledger = issueAll(programme(), athleteIds.slice(0, 50));
    expect(availableBalance(ledger, 'programme-budget')).toEqual(money('0', 'USD'));
    const refused = issuePackage(ledger, fourthEditionPackage, athleteIds[50] as string, '2027-01-12');
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error).toMatchObject({ code: 'insufficient-funds', accountId: 'programme-budget', missing: { amount: '10000.00', currency: 'USD' } });
    expect(refused.error.message).toMatch(/programme-budget lacks 10000\.00 USD/);
    // A refused issue leaves no trace: no accounts for the 51st athlete, and the ledger is still usable.
    expect(listAccounts(ledger, { owner: athleteIds[50] as string })).toEqual([]);
    expect(trialBalance(ledger, 'USD').balanced).toBe(true);
  });

  it('names the amount missing for the whole package when the budget is partly spent', () => {
    const opened = createProgrammeLedger({ ...fourthEdition, budget: { amount: '15000.00', currency: 'USD' } });
    if (!opened.ok) throw new Error(opened.error.message);
    const ledger = issueAll(opened.value, ['athlete-0001']);
    const refused = issuePackage(ledger, fourthEditionPackage, 'athlete-0002', '2027-01-11');
    expect(!refused.ok && refused.error.missing).toEqual({ amount: '5000.00', currency: 'USD' });
  });

  it('answers exists to an identical retry, and id-conflict to a second, different package for the same athlete', () => {
    const ledger = issueAll(programme(), ['athlete-0001']);
    const retry = issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-11');
    expect(retry.ok && retry.value.status).toBe('exists');
    if (!retry.ok) return;
    expect(availableBalance(retry.value.ledger, 'programme-budget').amount).toBe('490000.00');
    const different = issuePackage(retry.value.ledger, fourthEditionPackage, 'athlete-0001', '2027-01-12');
    expect(!different.ok && different.error.code).toBe('id-conflict');
  });

  it('refuses a date outside the issue window (outside-issue-window)', () => {
    const ledger = programme();
    expect(issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-10')).toMatchObject({ ok: false, error: { code: 'outside-issue-window', path: ['date'] } });
    expect(issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-04-01')).toMatchObject({ ok: false, error: { code: 'outside-issue-window' } });
    expect(issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-03-31').ok).toBe(true);
  });

  it('refuses a malformed template, athlete or date with paths (invalid-input)', () => {
    const ledger = programme();
    const badTemplate = issuePackage(ledger, { ...fourthEditionPackage, creditValidDays: 0 }, 'athlete-0001', '2027-01-11');
    expect(badTemplate).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['template', 'creditValidDays'] } });
    const badAthlete = issuePackage(ledger, fourthEditionPackage, 'bad athlete', '2027-13-01');
    expect(!badAthlete.ok && badAthlete.error.issues?.map((issue) => issue.path)).toEqual([['athlete'], ['date']]);
    expect(issuePackage(ledger, fourthEditionPackage, 'a'.repeat(120), '2027-01-11')).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['athlete'] } });
  });

  it('refuses without a budget account (account-not-found) or in another currency (currency-mismatch)', () => {
    const empty = createLedger();
    if (!empty.ok) throw new Error(empty.error.message);
    expect(issuePackage(empty.value, fourthEditionPackage, 'athlete-0001', '2027-01-11')).toMatchObject({ ok: false, error: { code: 'account-not-found', accountId: 'programme-budget' } });
    const euro = createLedger([{ id: 'programme-budget', ledger: 'EUR', code: 'programme-budget' }]);
    if (!euro.ok) throw new Error(euro.error.message);
    expect(issuePackage(euro.value, fourthEditionPackage, 'athlete-0001', '2027-01-11')).toMatchObject({ ok: false, error: { code: 'currency-mismatch' } });
  });

  it('does not mutate the template', () => {
    const template = deepFreeze(structuredClone(fourthEditionPackage)) as PackageTemplateInput;
    expect(issuePackage(programme(), template, 'athlete-0001', '2027-01-11').ok).toBe(true);
    expect(template).toEqual(fourthEditionPackage);
  });
});

describe('a package life cycle', () => {
  it('issue to 50, spend, hold, post part of a hold, deliver training, expire holds and credit, and account for every cent', () => {
    let ledger = issueAll(programme(), athleteIds.slice(0, 50));
    expect(issuePackage(cloneLedger(ledger), fourthEditionPackage, 'athlete-0051', '2027-01-12').ok).toBe(false);

    // Athlete 1 spends credit, holds some for a pending order, and the order settles for less.
    const athlete = 'athlete-0001';
    let posted = mustPost(ledger, [
      spend('order-1001', athlete, '1200.00', '2027-02-01', { reference: 'order-1001' }),
      spend('order-1002-hold', athlete, '300.00', '2027-02-03', { flags: { pending: true }, timeout: '2027-02-17', reference: 'order-1002' }),
      spend('order-1003-hold', athlete, '800.00', '2027-02-04', { flags: { pending: true }, timeout: '2027-02-07', reference: 'order-1003' }),
      { id: 'order-1002-settled', debitAccountId: creditOf(athlete), creditAccountId: 'partner-settlement', amount: '250.00', ledger: 'USD', code: 'credit-spend', date: '2027-02-10', flags: { postPending: true }, pendingId: 'order-1002-hold' },
      {
        id: 'logistics-week-1', debitAccountId: packageAccountId(athlete, 'logistics-training'), creditAccountId: 'partner-settlement',
        amount: '500.00', ledger: 'USD', code: TRANSFER_CODES.serviceDelivery, date: '2027-02-10',
      },
    ]);
    expect(posted.results).toEqual(['created', 'created', 'created', 'created', 'created']);
    ledger = posted.ledger;
    expect(availableBalance(ledger, creditOf(athlete)).amount).toBe('2750.00');

    // Spending more than is available is refused with the amount missing.
    posted = mustPost(ledger, [spend('too-much', athlete, '3000.00', '2027-02-10')]);
    expect(posted.results).toEqual(['insufficient-funds']);
    ledger = posted.ledger;

    // The second hold expires unposted and its 800.00 comes back.
    const expired = expireHolds(ledger, '2027-02-11');
    if (!expired.ok) throw new Error(expired.error.message);
    expect(expired.value.expired.map((t) => [t.pendingId, t.amount])).toEqual([['order-1003-hold', '800.00']]);
    ledger = expired.value.ledger;

    const value = packageValue(ledger, athlete);
    expect(value.components.find((part) => part.componentId === 'trade-credit')).toMatchObject({
      granted: { amount: '5000.00' }, used: { amount: '1450.00' }, held: { amount: '0.00' }, remaining: { amount: '3550.00' }, expired: { amount: '0.00' },
    });
    expect(value.total).toMatchObject({ granted: { amount: '10000.00' }, used: { amount: '1950.00' }, remaining: { amount: '8050.00' } });
    // As it stood on 2027-02-05: 1,200 spent, 1,100 held.
    expect(packageValue(ledger, athlete, '2027-02-05').components[3]).toMatchObject({ used: { amount: '1200.00' }, held: { amount: '1100.00' } });

    // A year later, unused credit expires to the expired-credit account: 3,550 for athlete 1, 5,000 for each other.
    const lapsed = expireCredit(ledger, '2028-01-11', { validDays: fourthEditionPackage.creditValidDays });
    if (!lapsed.ok) throw new Error(lapsed.error.message);
    ledger = lapsed.value.ledger;
    expect(lapsed.value.expired).toHaveLength(50);
    expect(balance(ledger, 'expired-credit').creditsPosted.amount).toBe('248550.00');
    expect(packageValue(ledger, athlete).components[3]).toMatchObject({ remaining: { amount: '0.00' }, expired: { amount: '3550.00' } });

    // Every cent is accounted for: the budget, the packages, the partner and expiry.
    const report = budgetReport(ledger);
    expect(report).toMatchObject({
      funded: { amount: '500000.00' },
      committed: { amount: '500000.00' },
      remaining: { amount: '0.00' },
      packagesIssued: 50,
      used: { amount: '1950.00' },
      held: { amount: '0.00' },
      expired: { amount: '248550.00' },
      available: { amount: '249500.00' },
    });
    expect(report.byMonth.map((month) => month.month).slice(0, 6)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(report.byMonth[4]).toMatchObject({ committed: { amount: '500000.00' }, cumulativeCommitted: { amount: '500000.00' }, remaining: { amount: '0.00' } });
    expect(report.byMonth[5]).toMatchObject({ used: { amount: '1950.00' } });
    expect(report.byMonth.at(-1)).toMatchObject({ month: '2028-01', expired: { amount: '248550.00' } });
    expect(budgetReport(ledger, '2026-12-31')).toMatchObject({ committed: { amount: '0.00' }, remaining: { amount: '500000.00' }, packagesIssued: 0 });

    expect(balance(ledger, 'partner-settlement').creditsPosted.amount).toBe('1950.00');
    expect(trialBalance(ledger, 'USD').balanced).toBe(true);
    const lines = statement(ledger, creditOf(athlete), '2027-01-01', '2028-12-31').lines;
    expect(lines.map((line) => line.kind)).toEqual(['posted', 'posted', 'pending', 'pending', 'post-pending', 'expired', 'posted']);

    // The journal alone rebuilds it all.
    const rebuilt = replay(JSON.parse(JSON.stringify(journal(ledger))) as ReturnType<typeof journal>);
    expect(rebuilt.ok && budgetReport(rebuilt.value)).toEqual(report);
  });

  it('packageValue of an athlete without a package has no components and no total', () => {
    expect(packageValue(programme(), 'nobody')).toEqual({ athleteId: 'nobody', components: [] });
  });

  it('budgetReport throws a usage error without a budget account', () => {
    const empty = createLedger();
    if (!empty.ok) throw new Error(empty.error.message);
    expect(() => budgetReport(empty.value)).toThrow(expect.objectContaining({ code: 'account-not-found' }) as Error);
  });

  it('refunds give credit back to the package (used goes down)', () => {
    let ledger = issueAll(programme(), ['athlete-0001']);
    ledger = mustPost(ledger, [
      spend('order', 'athlete-0001', '100.00', '2027-02-01'),
      { id: 'refund', debitAccountId: 'partner-settlement', creditAccountId: creditOf('athlete-0001'), amount: '40.00', ledger: 'USD', code: TRANSFER_CODES.creditRefund, date: '2027-02-02' },
    ]).ledger;
    expect(packageValue(ledger, 'athlete-0001').components[3]).toMatchObject({ used: { amount: '60.00' }, remaining: { amount: '4940.00' } });
  });

  it('post() still guards package accounts directly: no overdraft of trade credit', () => {
    const ledger = issueAll(programme(), ['athlete-0001']);
    const result = post(ledger, [spend('x', 'athlete-0001', '5000.01', '2027-02-01')]);
    expect(result.ok && result.value.results[0]).toMatchObject({ error: { code: 'insufficient-funds', missing: { amount: '0.01' } } });
  });
});

describe('reversals', () => {
  it('reversalOf builds the transfer back, which nets out in the package figures', () => {
    let ledger = issueAll(programme(), ['athlete-0001']);
    ledger = mustPost(ledger, [spend('order-1', 'athlete-0001', '300.00', '2027-02-01')]).ledger;
    const refund = reversalOf(ledger, 'order-1', { id: 'order-1-refund', date: '2027-02-05', amount: '100.00' });
    expect(refund).toEqual({
      ok: true,
      value: {
        id: 'order-1-refund', debitAccountId: 'partner-settlement', creditAccountId: 'athlete-0001/trade-credit',
        amount: '100.00', ledger: 'USD', code: 'credit-spend', date: '2027-02-05', reference: 'order-1',
      },
    });
    if (!refund.ok) return;
    ledger = mustPost(ledger, [refund.value]).ledger;
    expect(packageValue(ledger, 'athlete-0001').components[3]).toMatchObject({ used: { amount: '200.00' }, remaining: { amount: '4800.00' } });

    // Taking a grant back lowers what was granted and committed.
    const takeBack = reversalOf(ledger, 'athlete-0001/sourcing-training:issued', { id: 'sourcing-withdrawn', date: '2027-02-06' });
    if (!takeBack.ok) throw new Error(takeBack.error.message);
    ledger = mustPost(ledger, [takeBack.value]).ledger;
    expect(packageValue(ledger, 'athlete-0001').total).toMatchObject({ granted: { amount: '8500.00' }, remaining: { amount: '8300.00' } });
    expect(budgetReport(ledger)).toMatchObject({ committed: { amount: '8500.00' }, funded: { amount: '500000.00' }, remaining: { amount: '491500.00' } });
  });

  it('refuses to reverse what does not exist, a hold, or more than was moved (invalid-input)', () => {
    let ledger = issueAll(programme(), ['athlete-0001']);
    ledger = mustPost(ledger, [spend('hold-1', 'athlete-0001', '10.00', '2027-02-01', { flags: { pending: true } }), spend('order-1', 'athlete-0001', '10.00', '2027-02-01')]).ledger;
    expect(reversalOf(ledger, 'ghost', { id: 'r', date: '2027-02-02' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['transferId'] } });
    expect(reversalOf(ledger, 'hold-1', { id: 'r', date: '2027-02-02' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['transferId'] } });
    expect(reversalOf(ledger, 'order-1', { id: 'r', date: '2027-02-02', amount: '10.01' })).toMatchObject({ ok: false, error: { code: 'invalid-input', path: ['options', 'amount'] } });
    expect(reversalOf(ledger, 'order-1', { id: 'bad id', date: 'soon' })).toMatchObject({ ok: false, error: { path: ['options', 'id'] } });
  });
});
