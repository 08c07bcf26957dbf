/**
 * The package ledger on the bundled sample data: open the 4th edition's ledger, issue 50 packages of
 * USD 10,000 (the 51st is refused: the budget is spent), then follow one athlete's trade credit through
 * orders, a hold settled for less, a hold that expires, training delivered and credit that lapses a year
 * later — and print the statement, the package's value and the budget's burn-down.
 *
 * Run it with `npx tsx examples/accounting.ts`.
 */
import { formatMoney, subtract, type Money } from 'athlete-accelerator/core';
import {
  budgetReport,
  createProgrammeLedger,
  expireCredit,
  expireHolds,
  issuePackage,
  journal,
  packageAccountId,
  packageValue,
  post,
  PROGRAMME_ACCOUNTS,
  replay,
  statement,
  TRANSFER_CODES,
  trialBalance,
  type Ledger,
  type Transfer,
} from 'athlete-accelerator/accounting';
import { loadSampleData } from './support/sample-data.js';

const { athletes, edition } = loadSampleData();
const usd = (m: Money): string => formatMoney(m);
const row = (...cells: string[]): void => {
  console.log(`  ${cells.map((cell, index) => (index === 0 ? cell.padEnd(36) : cell.padStart(14))).join('')}`);
};

function check<T>(result: { ok: true; value: T } | { ok: false; error: { message: string } }): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

// 1. The edition's ledger: programme accounts, and the whole budget moved from funding to the budget.
let ledger: Ledger = check(createProgrammeLedger(edition));
console.log(`\n${edition.name}: the package ledger\n`);

// 2. Packages. Selection belongs to the eligibility module; here the 50 most motivated applicants
//    (ties by id) stand in for the recipients.
const recipients = [...athletes]
  .sort((a, b) => (b.motivation ?? 0) - (a.motivation ?? 0) || a.id.localeCompare(b.id))
  .slice(0, edition.seats + 1);
for (const athlete of recipients.slice(0, edition.seats)) {
  ledger = check(issuePackage(ledger, edition.packageTemplate, athlete, '2027-01-11')).ledger;
}
const extra = recipients[edition.seats];
if (extra !== undefined) {
  const refused = issuePackage(ledger, edition.packageTemplate, extra, '2027-01-12');
  if (!refused.ok) console.log(`Package ${edition.seats + 1} refused (${refused.error.code}): ${refused.error.message}\n`);
}

// 3. One athlete's trade credit, through the spring.
const athlete = recipients[0];
if (athlete === undefined) throw new Error('The sample data has no athletes.');
const credit = packageAccountId(athlete.id, 'trade-credit');
const logistics = packageAccountId(athlete.id, 'logistics-training');
const order = (id: string, amount: string, date: string, extra: Partial<Transfer> = {}): Transfer => ({
  id,
  debitAccountId: credit,
  creditAccountId: PROGRAMME_ACCOUNTS.settlement,
  amount,
  ledger: 'USD',
  code: TRANSFER_CODES.creditSpend,
  date,
  reference: id.replace(/-(hold|settled)$/, ''),
  ...extra,
});
const spring = check(
  post(ledger, [
    order('order-1001', '1200.00', '2027-02-01'),
    order('order-1002-hold', '300.00', '2027-02-03', { flags: { pending: true }, timeout: '2027-02-17' }),
    order('order-1003-hold', '800.00', '2027-02-04', { flags: { pending: true }, timeout: '2027-02-07' }),
    { ...order('order-1002-settled', '250.00', '2027-02-10'), flags: { postPending: true }, pendingId: 'order-1002-hold' },
    { id: 'logistics-module-1', debitAccountId: logistics, creditAccountId: PROGRAMME_ACCOUNTS.settlement, amount: '500.00', ledger: 'USD', code: TRANSFER_CODES.serviceDelivery, date: '2027-02-10' },
    order('order-1004', '4000.00', '2027-02-10'),
  ]),
);
ledger = spring.ledger;
for (const result of spring.results) {
  if ('error' in result) console.log(`Transfer ${result.id} refused (${result.error.code}): ${result.error.message}`);
}
const released = check(expireHolds(ledger, '2027-02-11'));
ledger = released.ledger;
for (const expiry of released.expired) console.log(`Hold ${expiry.pendingId ?? ''} expired: ${expiry.amount ?? ''} USD released.`);

// 4. A year on, unused credit lapses.
const lapsed = check(expireCredit(ledger, '2028-01-11', { validDays: edition.packageTemplate.creditValidDays }));
ledger = lapsed.ledger;

// 5. The athlete's statement, and what the package is worth.
const sheet = statement(ledger, credit, '2027-01-01', '2028-12-31');
console.log(`\nStatement of ${credit} (${athlete.name})`);
row('date / reference or code', 'kind', 'debit', 'credit', 'available');
const available = (b: typeof sheet.opening): string => usd(subtract(subtract(b.creditsPosted, b.debitsPosted), b.debitsPending));
row('opening', '', '', '', available(sheet.opening));
for (const line of sheet.lines) {
  const amount = usd(line.amount);
  row(`${line.date} ${line.reference ?? line.code}`, line.kind, line.side === 'debit' ? amount : '', line.side === 'credit' ? amount : '', available(line.balance));
}
row('closing', '', '', '', available(sheet.closing));

console.log(`\nPackage value of ${athlete.name}`);
row('component', 'granted', 'used', 'held', 'expired', 'remaining');
const value = packageValue(ledger, athlete.id);
for (const part of value.components) row(part.componentId, usd(part.granted), usd(part.used), usd(part.held), usd(part.expired), usd(part.remaining));
if (value.total !== undefined) {
  const { granted, used, held, expired, remaining } = value.total;
  row('total', usd(granted), usd(used), usd(held), usd(expired), usd(remaining));
}

// 6. The programme's budget, month by month.
const report = budgetReport(ledger);
console.log(`\nBudget: ${usd(report.funded)} funded, ${usd(report.committed)} committed to ${report.packagesIssued} packages, ${usd(report.remaining)} left`);
console.log(`Of the packages: ${usd(report.used)} used, ${usd(report.held)} held, ${usd(report.expired)} expired, ${usd(report.available)} still available`);
row('month', 'committed', 'used', 'expired', 'budget left');
for (const month of report.byMonth) {
  if (month.committed.amount === '0.00' && month.used.amount === '0.00' && month.expired.amount === '0.00' && month.funded.amount === '0.00') continue;
  row(month.month, usd(month.committed), usd(month.used), usd(month.expired), usd(month.remaining));
}

// 7. The journal is the whole truth: store it as JSON, replay it, get the same books.
const stored = JSON.stringify(journal(ledger));
const rebuilt = check(replay(JSON.parse(stored) as ReturnType<typeof journal>));
const same = JSON.stringify(trialBalance(rebuilt, 'USD')) === JSON.stringify(trialBalance(ledger, 'USD'));
console.log(`\nJournal: ${journal(ledger).length} entries, ${(stored.length / 1024).toFixed(0)} KiB of JSON; replayed, the trial balance is ${same ? 'identical' : 'DIFFERENT'} and ${trialBalance(rebuilt, 'USD').balanced ? 'balanced' : 'NOT balanced'}.`);
