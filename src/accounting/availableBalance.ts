import type { CalendarDate, Money } from '../core/index.js';
import { accountFor, checkDateArgument, totalsAsOf } from './accountTotals.js';
import { stateOf, type Ledger } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';

/**
 * What an account can still give: for an account whose balance is a credit (the usual case, and any
 * account with `debitsMustNotExceedCredits`) `creditsPosted − debitsPosted − debitsPending`; for an
 * account with `creditsMustNotExceedDebits`, `debitsPosted − creditsPosted − creditsPending`. Holds
 * count against it: this is the most a new transfer can take without `insufficient-funds`. It may be
 * negative for an account without a no-overdraft flag. Throws like {@link balance} on misuse.
 *
 * @category Ledger
 * @example
 * availableBalance(ledger, 'athlete-0001/trade-credit') //=> { amount: '3500.00', currency: 'USD' }
 */
export function availableBalance(ledger: Ledger, accountId: string, asOf?: CalendarDate): Money {
  const state = stateOf(ledger);
  const account = accountFor(state, accountId);
  const totals = totalsAsOf(state, account, checkDateArgument(asOf, 'asOf'));
  const units = account.creditsMustNotExceedDebits
    ? totals.debitsPosted - totals.creditsPosted - totals.creditsPending
    : totals.creditsPosted - totals.debitsPosted - totals.debitsPending;
  return { amount: formatMinorUnits(units, account.scale), currency: account.currency };
}
