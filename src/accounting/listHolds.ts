import type { Transfer } from './transfer.js';
import { stateOf, type Ledger } from './ledgerState.js';

/**
 * The holds not yet posted, voided or expired, in the order they were made; only those touching
 * `accountId` when it is given.
 *
 * @category Ledger
 * @example
 * listHolds(ledger, 'athlete-0001/trade-credit').map((hold) => hold.amount) //=> ['300.00']
 */
export function listHolds(ledger: Ledger, accountId?: string): Transfer[] {
  const holds = [...stateOf(ledger).openHolds.values()]
    .filter((hold) => accountId === undefined || hold.debit.id === accountId || hold.credit.id === accountId)
    .sort((a, b) => a.position - b.position);
  return holds.map((hold) => hold.transfer);
}
