import { AcceleratorUsageError, type CalendarDate, type Money } from '../core/index.js';
import { addEffect, checkDateArgument, countUpTo, type Totals } from './accountTotals.js';
import { KIND_PLAIN, KIND_POST } from './checkTransfer.js';
import { PROGRAMME_ACCOUNTS, TRANSFER_CODES } from './chartOfAccounts.js';
import { messages } from './errors.js';
import { stateOf, type Ledger, type TransferRecord } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';
import { addToFigures, isPackageAccount, type ComponentFigures } from './packageValue.js';

/**
 * Options of {@link budgetReport}.
 *
 * @category Packages
 * @example
 * budgetReport(ledger, undefined, { budgetAccountId: 'programme-budget' }).funded //=> { amount: '500000.00', currency: 'USD' }
 */
export interface BudgetReportOptions {
  /** The budget account; default `programme-budget`. */
  readonly budgetAccountId?: string;
}

/**
 * One month of a budget report (`month` is `YYYY-MM`); flows within the month, balances at its end.
 *
 * @category Packages
 * @example
 * budgetReport(ledger).byMonth.find((month) => month.month === '2027-01')?.committed //=> { amount: '500000.00', currency: 'USD' }
 */
export interface BudgetMonth {
  readonly month: string;
  /** Put into the budget during the month. */
  readonly funded: Money;
  /** Granted to packages during the month. */
  readonly committed: Money;
  /** Package value used during the month (training delivered, credit spent, net of refunds). */
  readonly used: Money;
  /** Credit expired during the month. */
  readonly expired: Money;
  /** Granted to packages from the start to the end of the month. */
  readonly cumulativeCommitted: Money;
  /** Left in the budget at the end of the month (what can still be committed). */
  readonly remaining: Money;
}

/**
 * What `budgetReport` returns.
 *
 * @category Packages
 * @example
 * budgetReport(ledger).packagesIssued //=> 50
 */
export interface BudgetReport {
  readonly budgetAccountId: string;
  readonly currency: string;
  readonly asOf?: CalendarDate;
  /** Everything put into the budget. */
  readonly funded: Money;
  /** Everything granted to packages. */
  readonly committed: Money;
  /** Left to commit: `funded − committed − anything else taken out`. */
  readonly remaining: Money;
  /** How many athletes received a package. */
  readonly packagesIssued: number;
  /** Of the committed value: used, held by open holds, expired, and still available to athletes. */
  readonly used: Money;
  readonly held: Money;
  readonly expired: Money;
  readonly available: Money;
  /** Month by month, from the first month with budget activity to the month of `asOf` (or of the latest entry). */
  readonly byMonth: readonly BudgetMonth[];
}

const GRANT_CODES: ReadonlySet<string> = new Set([TRANSFER_CODES.serviceGrant, TRANSFER_CODES.creditGrant]);

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${String(year + 1).padStart(4, '0')}-01` : `${month.slice(0, 4)}-${String(number + 1).padStart(2, '0')}`;
}

interface MonthFlows {
  funded: bigint;
  committed: bigint;
  used: bigint;
  expired: bigint;
  remaining: bigint | undefined;
}

/**
 * The programme's budget at a glance, now or at the end of `asOf`: funded, committed to packages and
 * remaining; of the committed value, how much athletes used, hold, let expire or still have; the number
 * of packages; and a month-by-month burn-down. Throws an `AcceleratorUsageError` when the budget account
 * does not exist or `asOf` is malformed.
 *
 * @category Packages
 * @example
 * const report = budgetReport(ledger, '2027-03-31');
 * `${report.committed.amount} of ${report.funded.amount}` //=> '500000.00 of 500000.00'
 */
export function budgetReport(ledger: Ledger, asOf?: CalendarDate, options: BudgetReportOptions = {}): BudgetReport {
  const state = stateOf(ledger);
  const date = checkDateArgument(asOf, 'asOf');
  const budgetId = options.budgetAccountId ?? PROGRAMME_ACCOUNTS.budget;
  const budget = state.accounts.get(budgetId);
  if (budget === undefined) throw new AcceleratorUsageError({ code: 'account-not-found', message: messages.accountNotFound(budgetId, 'the'), path: ['budgetAccountId'] });
  const { scale, currency } = budget;
  const money = (units: bigint): Money => ({ amount: formatMinorUnits(units, scale), currency });
  const months = new Map<string, MonthFlows>();
  const flowsOf = (month: string): MonthFlows => {
    let flows = months.get(month);
    if (flows === undefined) {
      flows = { funded: 0n, committed: 0n, used: 0n, expired: 0n, remaining: undefined };
      months.set(month, flows);
    }
    return flows;
  };

  const totals: Totals = { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n };
  let funded = 0n;
  let committed = 0n;
  const owners = new Set<string>();
  const budgetCount = date === undefined ? budget.positions.length : countUpTo(state, budget, date);
  for (let index = 0; index < budgetCount; index++) {
    const record = state.log[budget.positions[index] as number] as TransferRecord;
    const flows = flowsOf(record.transfer.date.slice(0, 7));
    addEffect(totals, record, budget, 1n);
    const posted = record.kind === KIND_PLAIN || record.kind === KIND_POST;
    if (record.credit === budget) {
      // A grant coming back (its reversal) uncommits; anything else coming in funds. Holds count once posted.
      if (posted && GRANT_CODES.has(record.transfer.code)) flows.committed -= record.amount;
      else if (posted) flows.funded += record.amount;
    } else if (record.kind === KIND_PLAIN && GRANT_CODES.has(record.transfer.code)) {
      flows.committed += record.amount;
      const owner = record.credit.account.owner;
      if (owner !== undefined) owners.add(owner);
    }
    flows.remaining = totals.creditsPosted - totals.debitsPosted - totals.debitsPending;
  }
  for (const flows of months.values()) {
    committed += flows.committed;
    funded += flows.funded;
  }

  const figures: ComponentFigures = { granted: 0n, used: 0n, held: 0n, expired: 0n, remaining: 0n };
  for (const account of state.accountList) {
    if (!isPackageAccount(account) || account.currency !== currency) continue;
    const count = date === undefined ? account.positions.length : countUpTo(state, account, date);
    for (let index = 0; index < count; index++) {
      const record = state.log[account.positions[index] as number] as TransferRecord;
      const before = { used: figures.used, expired: figures.expired };
      addToFigures(figures, record, account);
      if (figures.used !== before.used || figures.expired !== before.expired) {
        const flows = flowsOf(record.transfer.date.slice(0, 7));
        flows.used += figures.used - before.used;
        flows.expired += figures.expired - before.expired;
      }
    }
  }
  figures.remaining = figures.granted - figures.used - figures.held - figures.expired;

  const byMonth: BudgetMonth[] = [];
  const keys = [...months.keys()].sort();
  const firstMonth = keys[0];
  if (firstMonth !== undefined) {
    const lastMonth = (date ?? state.latestDate).slice(0, 7);
    let cumulative = 0n;
    let remaining = 0n;
    for (let month = firstMonth; month <= lastMonth; month = nextMonth(month)) {
      const flows = months.get(month);
      cumulative += flows?.committed ?? 0n;
      if (flows?.remaining !== undefined) remaining = flows.remaining;
      byMonth.push({
        month,
        funded: money(flows?.funded ?? 0n),
        committed: money(flows?.committed ?? 0n),
        used: money(flows?.used ?? 0n),
        expired: money(flows?.expired ?? 0n),
        cumulativeCommitted: money(cumulative),
        remaining: money(remaining),
      });
    }
  }
  return {
    budgetAccountId: budgetId,
    currency,
    ...(date === undefined ? {} : { asOf: date }),
    funded: money(funded),
    committed: money(committed),
    remaining: money(totals.creditsPosted - totals.debitsPosted - totals.debitsPending),
    packagesIssued: owners.size,
    used: money(figures.used),
    held: money(figures.held),
    expired: money(figures.expired),
    available: money(figures.remaining),
    byMonth,
  };
}
