import { AcceleratorUsageError, type CalendarDate } from '../core/index.js';
import { checkDateArgument, toAccountBalance, totalsAsOf, type AccountBalance, type Totals } from './accountTotals.js';
import { messages } from './errors.js';
import { stateOf, type Ledger } from './ledgerState.js';
import { formatMinorUnits, scaleOf } from './minorUnits.js';

/**
 * One account on a trial balance.
 *
 * @category Statements
 * @example
 * trialBalance(ledger, 'USD').accounts[0]?.accountId //=> 'programme-funding'
 */
export interface TrialBalanceLine {
  readonly accountId: string;
  readonly code: string;
  readonly owner?: string;
  readonly balance: AccountBalance;
}

/**
 * Every account of one currency with its balances, and their totals. In a double-entry ledger total
 * debits equal total credits, posted and pending alike, so `balanced` is always true: it is there to be
 * checked (after a replay from storage, say), not because it can fail in normal use.
 *
 * @category Statements
 * @example
 * const trial: TrialBalance = trialBalance(ledger, 'USD');
 * trial.balanced //=> true
 */
export interface TrialBalance {
  readonly currency: string;
  readonly asOf?: CalendarDate;
  readonly accounts: readonly TrialBalanceLine[];
  readonly totals: AccountBalance;
  readonly balanced: boolean;
}

/**
 * The trial balance of one ledger (currency), now or at the end of `asOf`. Throws an
 * `AcceleratorUsageError` for an unknown currency or a malformed date.
 *
 * @category Statements
 * @example
 * const trial = trialBalance(ledger, 'USD');
 * trial.balanced //=> true
 * trial.totals.debitsPosted.amount === trial.totals.creditsPosted.amount //=> true
 */
export function trialBalance(ledger: Ledger, currency: string, asOf?: CalendarDate): TrialBalance {
  const state = stateOf(ledger);
  const date = checkDateArgument(asOf, 'asOf');
  const given: unknown = currency;
  const scale = typeof given === 'string' ? scaleOf(given) : undefined;
  if (scale === undefined) throw new AcceleratorUsageError({ code: 'invalid-input', message: messages.unknownCurrency(String(given)), path: ['currency'] });
  const sum: Totals = { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n };
  const accounts: TrialBalanceLine[] = [];
  for (const record of state.accountList) {
    if (record.currency !== currency) continue;
    const totals = totalsAsOf(state, record, date);
    sum.debitsPosted += totals.debitsPosted;
    sum.creditsPosted += totals.creditsPosted;
    sum.debitsPending += totals.debitsPending;
    sum.creditsPending += totals.creditsPending;
    const owner = record.account.owner;
    accounts.push({ accountId: record.id, code: record.account.code, ...(owner === undefined ? {} : { owner }), balance: toAccountBalance(totals, record) });
  }
  const money = (units: bigint): { amount: string; currency: string } => ({ amount: formatMinorUnits(units, scale), currency });
  return {
    currency,
    ...(date === undefined ? {} : { asOf: date }),
    accounts,
    totals: {
      debitsPosted: money(sum.debitsPosted),
      creditsPosted: money(sum.creditsPosted),
      debitsPending: money(sum.debitsPending),
      creditsPending: money(sum.creditsPending),
    },
    balanced: sum.debitsPosted === sum.creditsPosted && sum.debitsPending === sum.creditsPending,
  };
}
