import type { Account } from './account.js';
import { stateOf, type Ledger } from './ledgerState.js';

/**
 * The account with this id, or `undefined` (TigerBeetle's `lookup_accounts`). The account is the
 * ledger's frozen record: a closed account shows `flags.closed: true`.
 *
 * @category Ledger
 * @example
 * findAccount(ledger, 'programme-budget')?.code //=> 'programme-budget'
 * findAccount(ledger, 'nobody') //=> undefined
 */
export function findAccount(ledger: Ledger, accountId: string): Account | undefined {
  return stateOf(ledger).accounts.get(accountId)?.account;
}

/**
 * Which accounts `listAccounts` returns; every given field must match.
 *
 * @category Ledger
 * @example
 * const options: ListAccountsOptions = { code: 'athlete-credit', ledger: 'USD' };
 * listAccounts(ledger, options).length //=> 50
 */
export interface ListAccountsOptions {
  /** Only accounts with this purpose, e.g. `"athlete-credit"`. */
  readonly code?: string;
  /** Only accounts of this owner, e.g. an athlete id. */
  readonly owner?: string;
  /** Only accounts in this currency. */
  readonly ledger?: string;
}

/**
 * The ledger's accounts in the order they were created, optionally filtered.
 *
 * @category Ledger
 * @example
 * listAccounts(ledger, { owner: 'athlete-0001' }).map((account) => account.id)
 * //=> ['athlete-0001/logistics-training', 'athlete-0001/operations-training', 'athlete-0001/sourcing-training', 'athlete-0001/trade-credit']
 */
export function listAccounts(ledger: Ledger, options: ListAccountsOptions = {}): Account[] {
  const accounts: Account[] = [];
  for (const record of stateOf(ledger).accountList) {
    const account = record.account;
    if (options.code !== undefined && account.code !== options.code) continue;
    if (options.owner !== undefined && account.owner !== options.owner) continue;
    if (options.ledger !== undefined && account.ledger !== options.ledger) continue;
    accounts.push(account);
  }
  return accounts;
}
