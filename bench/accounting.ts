/**
 * The ledger's cost: posting 10k, 100k and 1M transfers across 10,000 accounts (time per transfer should
 * stay flat: posting is linear, the journal is never copied), the ledger's overhead against the bare
 * decimal.js additions the same transfers need (each transfer: parse its amount, add it to one account's
 * debits and another's credits), and `replay` of the 1M-entry journal after a JSON round trip.
 *
 * `npx tsx bench/accounting.ts` (add `--quick` to stop at 100k).
 */
import Decimal from 'decimal.js';
import { createLedger, journal, post, replay, trialBalance, type Account, type Ledger, type Transfer } from '../src/accounting/index.js';
import { seededRandom } from '../src/core/index.js';

const ACCOUNTS = 10_000;
const BATCH = 8_000;
const quick = process.argv.includes('--quick');
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
const gc = (globalThis as { gc?: () => void }).gc;

const accounts: Account[] = Array.from({ length: ACCOUNTS }, (_, index) => ({ id: `account-${index}`, ledger: 'USD', code: 'athlete-credit' }));

function makeTransfers(count: number): Transfer[] {
  const random = seededRandom(`bench/accounting/${count}`);
  const transfers: Transfer[] = new Array<Transfer>(count);
  const day = new Date(Date.UTC(2027, 0, 1));
  for (let index = 0; index < count; index++) {
    if (index % 5_000 === 0 && index > 0) day.setUTCDate(day.getUTCDate() + 1);
    const debit = Math.floor(random() * ACCOUNTS);
    let credit = Math.floor(random() * ACCOUNTS);
    if (credit === debit) credit = (credit + 1) % ACCOUNTS;
    const cents = 1 + Math.floor(random() * 1_000_000);
    transfers[index] = {
      id: `transfer-${index}`,
      debitAccountId: `account-${debit}`,
      creditAccountId: `account-${credit}`,
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
      ledger: 'USD',
      code: 'credit-spend',
      date: day.toISOString().slice(0, 10),
    };
  }
  return transfers;
}

function emptyLedger(): Ledger {
  const created = createLedger(accounts);
  if (!created.ok) throw new Error(created.error.message);
  return created.value;
}

/** Posts every transfer, in batches, into a ledger that already holds the accounts. */
function postAll(start: Ledger, transfers: readonly Transfer[]): Ledger {
  let ledger = start;
  for (let first = 0; first < transfers.length; first += BATCH) {
    const posted = post(ledger, transfers.slice(first, first + BATCH));
    if (!posted.ok) throw new Error(posted.error.message);
    ledger = posted.value.ledger;
  }
  return ledger;
}

const accountIndex = new Map<string, number>(accounts.map((account, position) => [account.id, position]));

/** What the same transfers need at the least: parse each amount, add it to two running balances. */
function decimalAdditions(transfers: readonly Transfer[]): Decimal {
  const debits = Array.from({ length: ACCOUNTS }, () => new Decimal(0));
  const credits = Array.from({ length: ACCOUNTS }, () => new Decimal(0));
  for (const transfer of transfers) {
    const amount = new Decimal(transfer.amount ?? '0');
    const debit = accountIndex.get(transfer.debitAccountId) as number;
    const credit = accountIndex.get(transfer.creditAccountId) as number;
    debits[debit] = (debits[debit] as Decimal).plus(amount);
    credits[credit] = (credits[credit] as Decimal).plus(amount);
  }
  return (debits[0] as Decimal).plus(credits[0] as Decimal);
}

/** The fastest of `runs` timings of `run` (each given a fresh input from `prepare`, untimed). */
function best<I, T>(runs: number, prepare: () => I, run: (input: I) => T): { ms: number; value: T } {
  let fastest: { ms: number; value: T } | undefined;
  for (let attempt = 0; attempt < runs; attempt++) {
    const input = prepare();
    gc?.();
    const start = performance.now();
    const value = run(input);
    const ms = performance.now() - start;
    if (fastest === undefined || ms < fastest.ms) fastest = { ms, value };
  }
  return fastest as { ms: number; value: T };
}

const rows: { transfers: string; post: string; perTransfer: string; decimal: string; ratio: string }[] = [];
const started = performance.now();
let largest: Ledger | undefined;
for (const size of sizes) {
  const transfers = makeTransfers(size);
  const runs = size >= 1_000_000 ? 1 : size >= 100_000 ? 3 : 5;
  const posted = best(runs, emptyLedger, (start) => postAll(start, transfers));
  const bare = best(runs, () => undefined, () => decimalAdditions(transfers));
  rows.push({
    transfers: size.toLocaleString('en-US'),
    post: `${posted.ms.toFixed(0)} ms`,
    perTransfer: `${((posted.ms * 1000) / size).toFixed(2)} µs`,
    decimal: `${bare.ms.toFixed(0)} ms`,
    ratio: `${(posted.ms / bare.ms).toFixed(2)}x`,
  });
  largest = posted.value;
}
console.log(`post(): ${ACCOUNTS.toLocaleString('en-US')} accounts, batches of ${BATCH.toLocaleString('en-US')}, vs bare decimal.js additions`);
console.table(rows);

if (largest !== undefined) {
  const entries = journal(largest);
  const stored = JSON.stringify(entries);
  const parsed = JSON.parse(stored) as typeof entries;
  const replayed = best(1, () => parsed, (input) => replay(input));
  if (!replayed.value.ok) throw new Error(replayed.value.error.message);
  const same = JSON.stringify(trialBalance(replayed.value.value, 'USD')) === JSON.stringify(trialBalance(largest, 'USD'));
  console.log(
    `replay(): ${entries.length.toLocaleString('en-US')} journal entries (${(stored.length / 1e6).toFixed(0)} MB of JSON) in ${(replayed.ms / 1000).toFixed(2)} s; same trial balance: ${same}`,
  );
}
console.log(`(whole run ${((performance.now() - started) / 1000).toFixed(0)} s; Node ${process.version})`);
