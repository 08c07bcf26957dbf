import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromMinorUnits, toMinorUnits } from 'athlete-accelerator/core';
import {
  addAccounts,
  balance,
  closeAccount,
  createLedger,
  expireHolds,
  journal,
  post,
  replay,
  trialBalance,
  type Account,
  type Ledger,
  type Transfer,
  type TransferResult,
} from 'athlete-accelerator/accounting';
import { ReferenceLedger, type ModelResult } from './referenceLedger.js';
import { MODEL_RUN } from './fixtures.js';

const CURRENCIES = ['USD', 'USD', 'USD', 'JPY', 'KWD'] as const;
const START = '2027-01-01';

/** One transfer in five is linked to the next, so chains are common but most transfers stand alone. */
const linkedArbitrary = fc.nat(4).map((n) => n === 0);

const itemArbitrary = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('transfer' as const),
      debit: fc.nat(40),
      credit: fc.nat(40),
      /** 0–2: debit a funding source; 3: any account; else an account of the pick. */
      from: fc.nat(9),
      /** 0: the other account in any currency; 1: an account that does not exist; else one in the debit's currency. */
      to: fc.nat(19),
      amount: fc.oneof(fc.bigInt({ min: 1n, max: 500n }), fc.bigInt({ min: 1n, max: 200_000n })),
      pending: fc.boolean(),
      timeoutDays: fc.option(fc.nat(6), { nil: undefined }),
      /** 0: a JPY transfer whatever the accounts' currency. */
      ledger: fc.nat(19),
      tidy: fc.boolean(),
      linked: linkedArbitrary,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('post' as const),
      hold: fc.nat(40),
      mode: fc.constantFrom('full', 'full', 'partial', 'partial', 'exact', 'over', 'wrong-account'),
      linked: linkedArbitrary,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('void' as const), hold: fc.nat(40), withAmount: fc.boolean(), linked: linkedArbitrary }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('repeat' as const), pick: fc.nat(200), modify: fc.boolean(), linked: linkedArbitrary }),
  },
);
type Item = typeof itemArbitrary extends fc.Arbitrary<infer T> ? T : never;

const opArbitrary = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ type: fc.constant('account' as const), currency: fc.nat(CURRENCIES.length - 1), flag: fc.nat(2) }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant('batch' as const),
      items: fc.array(itemArbitrary, { minLength: 1, maxLength: 6 }),
      dayStep: fc.nat(2),
      backdate: fc.nat(7).map((n) => n === 0),
      closeChain: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('expire' as const), dayStep: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('close' as const), pick: fc.nat(40) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('retry' as const) }) },
);
type Op = typeof opArbitrary extends fc.Arbitrary<infer T> ? T : never;

/** Writes minor units as an amount, sometimes without trailing zeros ("5.5" for 5.50) to exercise normalisation. */
function amountText(units: bigint, currency: string, tidy: boolean): string {
  const text = fromMinorUnits(units, currency).amount;
  return tidy && text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function toModel(result: TransferResult): ModelResult {
  return 'status' in result ? { id: result.id, status: result.status } : { id: result.id, code: result.error.code };
}

interface World {
  ledger: Ledger;
  model: ReferenceLedger;
  accounts: Account[];
  transfers: Transfer[];
  holds: Transfer[];
  date: string;
  lastBatch: Transfer[];
  serial: number;
}

function buildBatch(world: World, op: Extract<Op, { type: 'batch' }>): Transfer[] {
  const date = op.backdate && world.date > START ? addDays(world.date, -1) : addDays(world.date, op.dayStep);
  const batch: Transfer[] = [];
  for (const item of op.items) {
    const transfer = buildItem(world, item, date);
    if (transfer !== undefined) batch.push(transfer);
  }
  const last = batch[batch.length - 1];
  if (last !== undefined && op.closeChain && last.flags?.linked === true) {
    const { linked: _linked, ...rest } = last.flags;
    batch[batch.length - 1] = { ...last, flags: rest };
  }
  return batch;
}

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

function buildItem(world: World, item: Item, date: string): Transfer | undefined {
  const id = `t-${world.serial++}`;
  const linked = item.linked ? { linked: true } : {};
  if (item.type === 'transfer') {
    const sources = world.accounts.filter((account) => account.code === 'funding');
    const debit = item.from <= 2 ? pick(sources, item.debit) : pick(world.accounts, item.debit);
    const sameCurrency = world.accounts.filter((account) => account.ledger === debit?.ledger && account !== debit);
    const credit = item.to === 0 ? pick(world.accounts, item.credit) : item.to === 1 ? undefined : (pick(sameCurrency, item.credit) ?? debit);
    const currency = item.ledger === 0 ? 'JPY' : (debit?.ledger ?? 'USD');
    const transfer: Transfer = {
      id,
      debitAccountId: debit?.id ?? 'nobody',
      creditAccountId: credit?.id ?? 'nobody',
      amount: amountText(item.amount, currency, item.tidy),
      ledger: currency,
      code: 'spend',
      date,
      ...(item.pending ? { flags: { pending: true, ...linked } } : item.linked ? { flags: linked } : {}),
      ...(item.pending && item.timeoutDays !== undefined ? { timeout: addDays(date, item.timeoutDays) } : {}),
    };
    if (item.pending) world.holds.push(transfer);
    return transfer;
  }
  if (item.type === 'repeat') {
    const original = world.transfers[item.pick % Math.max(world.transfers.length, 1)];
    if (original === undefined) return undefined;
    const flags = { ...original.flags, ...linked };
    const copy: Transfer = { ...original, ...(Object.keys(flags).length > 0 ? { flags } : {}) };
    return item.modify ? { ...copy, code: 'changed' } : copy;
  }
  const hold = world.holds[item.hold % Math.max(world.holds.length, 1)];
  if (hold === undefined) return undefined;
  const held = toMinorUnits({ amount: hold.amount ?? '0', currency: hold.ledger });
  const base = {
    id,
    debitAccountId: hold.debitAccountId,
    creditAccountId: hold.creditAccountId,
    ledger: hold.ledger,
    code: hold.code,
    date,
    pendingId: hold.id,
  };
  if (item.type === 'void') {
    return { ...base, flags: { voidPending: true, ...linked }, ...(item.withAmount ? { amount: hold.amount } : {}) };
  }
  const flags = { postPending: true, ...linked };
  switch (item.mode) {
    case 'full':
      return { ...base, flags };
    case 'exact':
      return { ...base, flags, amount: hold.amount };
    case 'partial':
      return held > 1n ? { ...base, flags, amount: fromMinorUnits(held / 2n, hold.ledger).amount } : { ...base, flags };
    case 'over':
      return { ...base, flags, amount: fromMinorUnits(held + 1n, hold.ledger).amount };
    case 'wrong-account':
      return { ...base, flags, creditAccountId: hold.debitAccountId, debitAccountId: hold.creditAccountId };
  }
}

function checkInvariants(world: World): void {
  const sums = new Map<string, { debitsPosted: bigint; creditsPosted: bigint; debitsPending: bigint; creditsPending: bigint }>();
  for (const [id, expected] of world.model.state.accounts) {
    const actual = balance(world.ledger, id);
    const units = {
      debitsPosted: toMinorUnits(actual.debitsPosted),
      creditsPosted: toMinorUnits(actual.creditsPosted),
      debitsPending: toMinorUnits(actual.debitsPending),
      creditsPending: toMinorUnits(actual.creditsPending),
    };
    expect(units, `balances of ${id}`).toEqual({
      debitsPosted: expected.debitsPosted,
      creditsPosted: expected.creditsPosted,
      debitsPending: expected.debitsPending,
      creditsPending: expected.creditsPending,
    });
    // No account with a no-overdraft flag ever goes negative; pending amounts count against the flag.
    if (expected.debitsMustNotExceedCredits) expect(units.debitsPosted + units.debitsPending).toBeLessThanOrEqual(units.creditsPosted);
    if (expected.creditsMustNotExceedDebits) expect(units.creditsPosted + units.creditsPending).toBeLessThanOrEqual(units.debitsPosted);
    const sum = sums.get(expected.currency) ?? { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n };
    sum.debitsPosted += units.debitsPosted;
    sum.creditsPosted += units.creditsPosted;
    sum.debitsPending += units.debitsPending;
    sum.creditsPending += units.creditsPending;
    sums.set(expected.currency, sum);
  }
  // Every transfer balances, so in each currency the debits equal the credits, posted and pending.
  for (const [currency, sum] of sums) {
    expect(sum.debitsPosted, currency).toBe(sum.creditsPosted);
    expect(sum.debitsPending, currency).toBe(sum.creditsPending);
    expect(trialBalance(world.ledger, currency).balanced).toBe(true);
  }
}

function run(ops: readonly Op[]): void {
  const created = createLedger();
  if (!created.ok) throw new Error(created.error.message);
  const world: World = { ledger: created.value, model: new ReferenceLedger(), accounts: [], transfers: [], holds: [], date: START, lastBatch: [], serial: 0 };
  // A source of funds in each currency that may go negative, so flagged accounts can be credited.
  const sources: Account[] = [
    { id: 'source-usd', ledger: 'USD', code: 'funding' },
    { id: 'source-jpy', ledger: 'JPY', code: 'funding' },
  ];
  const withSources = addAccounts(world.ledger, sources);
  if (!withSources.ok) throw new Error(withSources.error.message);
  world.ledger = withSources.value;
  for (const source of sources) {
    world.model.addAccount(source);
    world.accounts.push(source);
  }

  for (const op of ops) {
    switch (op.type) {
      case 'account': {
        const account: Account = {
          id: `account-${world.accounts.length}`,
          ledger: CURRENCIES[op.currency] ?? 'USD',
          code: 'athlete-credit',
          ...(op.flag === 1 ? { flags: { debitsMustNotExceedCredits: true } } : op.flag === 2 ? { flags: { creditsMustNotExceedDebits: true } } : {}),
        };
        const added = addAccounts(world.ledger, [account]);
        expect(added.ok).toBe(true);
        if (added.ok) world.ledger = added.value;
        world.model.addAccount(account);
        world.accounts.push(account);
        break;
      }
      case 'batch': {
        const batch = buildBatch(world, op);
        const expected = world.model.post(batch);
        const posted = post(world.ledger, batch);
        if (expected === null) {
          expect(posted.ok).toBe(false);
          if (!posted.ok) expect(posted.error.code).toBe('invalid-input');
          // The model discarded the batch too; holds it meant to create were never made.
          break;
        }
        expect(posted.ok).toBe(true);
        if (!posted.ok) break;
        world.ledger = posted.value.ledger;
        expect(posted.value.results.map(toModel)).toEqual(expected);
        world.transfers.push(...batch);
        world.lastBatch = batch;
        if (world.model.state.latest > world.date) world.date = world.model.state.latest;
        break;
      }
      case 'expire': {
        const date = addDays(world.date, op.dayStep);
        const released = world.model.expire(date);
        const expired = expireHolds(world.ledger, date);
        expect(expired.ok).toBe(true);
        if (!expired.ok) break;
        world.ledger = expired.value.ledger;
        expect(expired.value.expired.map((t) => t.pendingId)).toEqual(released);
        world.date = date;
        break;
      }
      case 'close': {
        const account = world.accounts[op.pick % world.accounts.length];
        if (account === undefined || account.id.startsWith('source')) break;
        const closed = closeAccount(world.ledger, account.id);
        expect(closed.ok).toBe(true);
        if (closed.ok) world.ledger = closed.value;
        world.model.close(account.id);
        break;
      }
      case 'retry': {
        // Repeating a batch is a no-op: what was created answers `exists`, the rest fails as before or now.
        const before = structuredClone(world.model.state.accounts);
        const expected = world.model.post(world.lastBatch);
        const posted = post(world.ledger, world.lastBatch);
        expect(posted.ok).toBe(expected !== null);
        if (!posted.ok || expected === null) break;
        world.ledger = posted.value.ledger;
        expect(posted.value.results.map(toModel)).toEqual(expected);
        if (expected.every((result) => 'status' in result && result.status === 'exists')) expect(world.model.state.accounts).toEqual(before);
        break;
      }
    }
    checkInvariants(world);
  }

  // Replaying the journal, after a JSON round trip, gives the same balances now and on every past date.
  const stored = JSON.parse(JSON.stringify(journal(world.ledger))) as ReturnType<typeof journal>;
  const replayed = replay(stored);
  expect(replayed.ok).toBe(true);
  if (!replayed.ok) return;
  const dates = [START, addDays(START, 1), addDays(START, 3), world.date];
  for (const account of world.accounts) {
    expect(balance(replayed.value, account.id)).toEqual(balance(world.ledger, account.id));
    for (const date of dates) {
      const actual = balance(world.ledger, account.id, date);
      const expected = world.model.balanceAsOf(account.id, date);
      expect(toMinorUnits(actual.debitsPosted), `${account.id} on ${date}`).toBe(expected.debitsPosted);
      expect(toMinorUnits(actual.creditsPosted)).toBe(expected.creditsPosted);
      expect(toMinorUnits(actual.debitsPending)).toBe(expected.debitsPending);
      expect(toMinorUnits(actual.creditsPending)).toBe(expected.creditsPending);
      expect(balance(replayed.value, account.id, date)).toEqual(actual);
    }
  }
  expect(journal(replayed.value)).toEqual(journal(world.ledger));
}

describe('the ledger against a reference model', () => {
  it('agrees with the model on every result and balance over random sequences of accounts, transfers, holds, posts, voids, expiries, closings, linked chains and retries', () => {
    const setup = fc.array(fc.record({ type: fc.constant('account' as const), currency: fc.nat(CURRENCIES.length - 1), flag: fc.nat(2) }), {
      minLength: 2,
      maxLength: 6,
    });
    fc.assert(
      fc.property(setup, fc.array(opArbitrary, { minLength: 5, maxLength: 40, size: 'medium' }), (accounts, ops) => {
        run([...accounts, ...ops]);
      }),
      MODEL_RUN,
    );
  });
});
