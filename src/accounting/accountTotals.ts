import { AcceleratorUsageError, type Money } from '../core/index.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { KIND_PENDING, KIND_PLAIN, KIND_POST } from './checkTransfer.js';
import { messages } from './errors.js';
import type { AccountRecord, LedgerState, TransferRecord } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';

/**
 * The four balances of an account, TigerBeetle's: posted and pending debits and credits, each Money.
 *
 * @category Ledger
 * @example
 * const b: AccountBalance = {
 *   debitsPosted: { amount: '0.00', currency: 'USD' }, creditsPosted: { amount: '5000.00', currency: 'USD' },
 *   debitsPending: { amount: '300.00', currency: 'USD' }, creditsPending: { amount: '0.00', currency: 'USD' },
 * };
 */
export interface AccountBalance {
  readonly debitsPosted: Money;
  readonly creditsPosted: Money;
  readonly debitsPending: Money;
  readonly creditsPending: Money;
}

/** The four balances in minor units. @internal */
export interface Totals {
  debitsPosted: bigint;
  creditsPosted: bigint;
  debitsPending: bigint;
  creditsPending: bigint;
}

/** Adds (`sign` 1) or removes (`sign` -1) the effect of a transfer on one of its accounts. @internal */
export function addEffect(totals: Totals, transfer: TransferRecord, account: AccountRecord, sign: 1n | -1n): void {
  const onDebit = transfer.debit === account;
  const amount = transfer.amount * sign;
  if (transfer.kind === KIND_PLAIN) {
    if (onDebit) totals.debitsPosted += amount;
    else totals.creditsPosted += amount;
  } else if (transfer.kind === KIND_PENDING) {
    if (onDebit) totals.debitsPending += amount;
    else totals.creditsPending += amount;
  } else {
    const held = transfer.held * sign;
    if (onDebit) totals.debitsPending -= held;
    else totals.creditsPending -= held;
    if (transfer.kind === KIND_POST) {
      if (onDebit) totals.debitsPosted += amount;
      else totals.creditsPosted += amount;
    }
  }
}

/** The date of the transfer at a journal position. @internal */
export function dateAt(state: LedgerState, position: number): string {
  return (state.log[position] as TransferRecord).transfer.date;
}

/**
 * How many of the account's transfers are dated on or before `date` (or strictly before it when
 * `inclusive` is false): a binary search, since the journal is in date order.
 * @internal
 */
export function countUpTo(state: LedgerState, account: AccountRecord, date: string, inclusive = true): number {
  const positions = account.positions;
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const at = dateAt(state, positions[middle] as number);
    if (inclusive ? at <= date : at < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The account's totals after its first `count` transfers, replaying the shorter side: forward from zero,
 * or back from the running totals.
 * @internal
 */
export function totalsAtCount(state: LedgerState, account: AccountRecord, count: number): Totals {
  const positions = account.positions;
  if (count <= positions.length - count) {
    const totals: Totals = { debitsPosted: 0n, creditsPosted: 0n, debitsPending: 0n, creditsPending: 0n };
    for (let index = 0; index < count; index++) addEffect(totals, state.log[positions[index] as number] as TransferRecord, account, 1n);
    return totals;
  }
  const totals: Totals = {
    debitsPosted: account.debitsPosted,
    creditsPosted: account.creditsPosted,
    debitsPending: account.debitsPending,
    creditsPending: account.creditsPending,
  };
  for (let index = positions.length - 1; index >= count; index--) addEffect(totals, state.log[positions[index] as number] as TransferRecord, account, -1n);
  return totals;
}

/**
 * The account's totals at the end of `asOf` (now when omitted). The current totals are running sums, so
 * the common case is O(1); for a past date the transfers on one side of the date are replayed.
 * @internal
 */
export function totalsAsOf(state: LedgerState, account: AccountRecord, asOf: string | undefined): Totals {
  if (asOf === undefined || asOf >= state.latestDate) return totalsAtCount(state, account, account.positions.length);
  return totalsAtCount(state, account, countUpTo(state, account, asOf));
}

/** Totals as Money. @internal */
export function toAccountBalance(totals: Totals, account: AccountRecord): AccountBalance {
  const { scale, currency } = account;
  return {
    debitsPosted: { amount: formatMinorUnits(totals.debitsPosted, scale), currency },
    creditsPosted: { amount: formatMinorUnits(totals.creditsPosted, scale), currency },
    debitsPending: { amount: formatMinorUnits(totals.debitsPending, scale), currency },
    creditsPending: { amount: formatMinorUnits(totals.creditsPending, scale), currency },
  };
}

/** The record of an account a read names; throws `account-not-found` for an unknown id. @internal */
export function accountFor(state: LedgerState, accountId: string): AccountRecord {
  const given: unknown = accountId;
  const record = typeof given === 'string' ? state.accounts.get(given) : undefined;
  if (record === undefined) {
    throw new AcceleratorUsageError({ code: 'account-not-found', message: messages.accountNotFound(String(given), 'the'), path: ['accountId'] });
  }
  return record;
}

/** Checks an optional date argument of a read; throws `invalid-input` naming it. @internal */
export function checkDateArgument(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (!isValidCalendarDate(value)) throw new AcceleratorUsageError({ code: 'invalid-input', message: messages.badDate(name, value), path: [name] });
  return value;
}
