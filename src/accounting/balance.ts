import type { CalendarDate } from '../core/index.js';
import { accountFor, checkDateArgument, toAccountBalance, totalsAsOf, type AccountBalance } from './accountTotals.js';
import { stateOf, type Ledger } from './ledgerState.js';

/**
 * The balances of an account: `{ debitsPosted, creditsPosted, debitsPending, creditsPending }`, each
 * Money, now or at the end of `asOf` (transfers dated on or before it). Without `asOf` it reads running
 * totals (constant time); for a past date it replays the shorter side of that account's history.
 *
 * Reads take arguments the program controls, so misuse throws: an `AcceleratorUsageError` with code
 * `account-not-found` for an id the ledger does not hold (check with `findAccount` first when the id
 * comes from outside) or `invalid-input` for a malformed `asOf`.
 *
 * @category Ledger
 * @example
 * balance(ledger, 'athlete-0001/trade-credit')
 * //=> { debitsPosted: { amount: '1200.00', currency: 'USD' }, creditsPosted: { amount: '5000.00', currency: 'USD' },
 * //     debitsPending: { amount: '300.00', currency: 'USD' }, creditsPending: { amount: '0.00', currency: 'USD' } }
 */
export function balance(ledger: Ledger, accountId: string, asOf?: CalendarDate): AccountBalance {
  const state = stateOf(ledger);
  const account = accountFor(state, accountId);
  return toAccountBalance(totalsAsOf(state, account, checkDateArgument(asOf, 'asOf')), account);
}
