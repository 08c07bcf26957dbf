import { AcceleratorUsageError, type CalendarDate, type Money } from '../core/index.js';
import type { Account } from './account.js';
import {
  accountFor,
  addEffect,
  checkDateArgument,
  countUpTo,
  toAccountBalance,
  totalsAtCount,
  type AccountBalance,
} from './accountTotals.js';
import { KIND_PENDING, KIND_PLAIN, KIND_POST } from './checkTransfer.js';
import { messages } from './errors.js';
import { stateOf, type Ledger, type TransferRecord } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';

/**
 * What a statement line records: money `posted` at once, a hold made (`pending`), a hold posted
 * (`post-pending`, the amount posted), voided (`void-pending`, the amount released) or released after
 * its timeout (`expired`).
 *
 * @category Statements
 * @example
 * const kind: StatementLineKind = 'post-pending';
 * kind //=> 'post-pending'
 */
export type StatementLineKind = 'posted' | 'pending' | 'post-pending' | 'void-pending' | 'expired';

/**
 * One transfer on a statement, seen from the account: which side it is on, the other account, the
 * amount and the account's balances after it.
 *
 * @category Statements
 * @example
 * statement(ledger, 'athlete-0001/trade-credit', '2027-02-01', '2027-02-01').lines[0]
 * //=> { date: '2027-02-01', transferId: 'order-1001', kind: 'posted', side: 'debit', counterpartyId: 'partner-settlement',
 * //     amount: { amount: '1200.00', currency: 'USD' }, code: 'credit-spend', reference: 'order-1001', balance: { … } }
 */
export interface StatementLine {
  readonly date: CalendarDate;
  readonly transferId: string;
  readonly kind: StatementLineKind;
  /** `debit` when the transfer debits this account, `credit` when it credits it. */
  readonly side: 'debit' | 'credit';
  readonly counterpartyId: string;
  /** Posted, held or released, as `kind` says. */
  readonly amount: Money;
  readonly code: string;
  readonly reference?: string;
  /** For `post-pending`, `void-pending` and `expired`: the hold resolved. */
  readonly pendingId?: string;
  /** The account's balances after this line. */
  readonly balance: AccountBalance;
}

/**
 * An account's statement for a period: balances at the opening (end of the day before `from`) and the
 * closing (end of `to`), and every transfer dated within the period, in journal order.
 *
 * @category Statements
 * @example
 * const s: Statement = statement(ledger, 'programme-budget', '2027-01-01', '2027-01-31');
 * s.closing.debitsPosted.amount //=> '500000.00'
 */
export interface Statement {
  readonly account: Account;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly opening: AccountBalance;
  readonly closing: AccountBalance;
  readonly lines: readonly StatementLine[];
}

function kindOf(record: TransferRecord): StatementLineKind {
  if (record.kind === KIND_PLAIN) return 'posted';
  if (record.kind === KIND_PENDING) return 'pending';
  if (record.kind === KIND_POST) return 'post-pending';
  const timeout = record.hold?.transfer.timeout;
  return timeout !== undefined && record.transfer.date > timeout ? 'expired' : 'void-pending';
}

/**
 * The statement of an account from `from` to `to` (both included). Opening and closing balances agree
 * with `balance(ledger, accountId, date)`, and each line's balance is the previous one plus that line.
 * Throws an `AcceleratorUsageError` for an unknown account or malformed dates, like `balance`.
 *
 * @category Statements
 * @example
 * const s = statement(ledger, 'athlete-0001/trade-credit', '2027-01-01', '2027-03-31');
 * s.lines.map((line) => `${line.date} ${line.kind} ${line.side} ${line.amount.amount}`)
 * //=> ['2027-01-11 posted credit 5000.00', '2027-02-03 pending debit 300.00', '2027-02-10 post-pending debit 250.00']
 */
export function statement(ledger: Ledger, accountId: string, from: CalendarDate, to: CalendarDate): Statement {
  const state = stateOf(ledger);
  const account = accountFor(state, accountId);
  const start = checkDateArgument(from, 'from') as string;
  const end = checkDateArgument(to, 'to') as string;
  if (end < start) throw new AcceleratorUsageError({ code: 'invalid-input', message: messages.badRange(start, end), path: ['to'] });
  const first = countUpTo(state, account, start, false);
  const last = countUpTo(state, account, end, true);
  const running = totalsAtCount(state, account, first);
  const opening = toAccountBalance(running, account);
  const lines: StatementLine[] = [];
  for (let index = first; index < last; index++) {
    const record = state.log[account.positions[index] as number] as TransferRecord;
    addEffect(running, record, account, 1n);
    const transfer = record.transfer;
    const onDebit = record.debit === account;
    const line: StatementLine = {
      date: transfer.date,
      transferId: transfer.id,
      kind: kindOf(record),
      side: onDebit ? 'debit' : 'credit',
      counterpartyId: onDebit ? record.credit.id : record.debit.id,
      amount: { amount: formatMinorUnits(record.amount, account.scale), currency: account.currency },
      code: transfer.code,
      ...(transfer.reference === undefined ? {} : { reference: transfer.reference }),
      ...(transfer.pendingId === undefined ? {} : { pendingId: transfer.pendingId }),
      balance: toAccountBalance(running, account),
    };
    lines.push(line);
  }
  return { account: account.account, from: start, to: end, opening, closing: toAccountBalance(running, account), lines };
}
