import { z } from 'zod';
import { IdSchema, KeySchema, addDays, type CalendarDate, type Result } from '../core/index.js';
import { applyBatch } from './applyBatch.js';
import { invalid } from './checkBatch.js';
import { KIND_PLAIN, checkTransfer, type CheckedTransfer } from './checkTransfer.js';
import { ACCOUNT_CODES, PROGRAMME_ACCOUNTS, TRANSFER_CODES } from './chartOfAccounts.js';
import { derivedId } from './derivedId.js';
import { messages, type LedgerError } from './errors.js';
import { checkWriteDate } from './expireHolds.js';
import { nextHandle, stateOf, type AccountRecord, type Ledger, type LedgerState, type TransferRecord } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';
import { parseInput } from './parseInput.js';
import type { Transfer } from './transfer.js';

/**
 * The zod schema of an {@link ExpireCreditPolicy}.
 *
 * @category Holds
 * @example
 * ExpireCreditPolicySchema.safeParse({ validDays: 365 }).success //=> true
 */
export const ExpireCreditPolicySchema = z.strictObject({
  validDays: z.number().int().min(1).max(36500).describe('Days a grant may be spent, counting its own date.'),
  expiredAccountId: IdSchema.optional().describe('Where expired credit goes; default "expired-credit".'),
  accountCode: KeySchema.optional().describe('Which accounts hold expiring credit; default "athlete-credit".'),
  grantCode: KeySchema.optional().describe('Which credits are grants that expire; default "package-credit-grant".'),
  code: KeySchema.optional().describe('The code of the expiry transfers; default "credit-expiry".'),
});

/**
 * How credit expires: each grant (a credit with code `grantCode` to an account with code
 * `accountCode`) may be spent for `validDays` days counting its own date (granted on 2027-01-11 with
 * 365 days: spendable through 2028-01-10), then what is left of it moves to `expiredAccountId`.
 * Spending uses the grants that expire first (first in, first out); refunds give back to them; held
 * credit is reserved and does not expire while the hold is open.
 *
 * @category Holds
 * @example
 * const policy: ExpireCreditPolicy = { validDays: fourthEditionPackage.creditValidDays };
 * policy.validDays //=> 365
 */
export type ExpireCreditPolicy = z.input<typeof ExpireCreditPolicySchema>;

/**
 * What `expireCredit` returns: the ledger to use next and the expiry transfers recorded.
 *
 * @category Holds
 * @example
 * const result = expireCredit(ledger, '2028-01-11', { validDays: 365 });
 * if (result.ok) result.value.expired[0]?.code //=> 'credit-expiry'
 */
export interface ExpireCreditResult {
  readonly ledger: Ledger;
  readonly expired: readonly Transfer[];
}

/**
 * How much of an account's credit is past its expiry at `asOf` and still unused: grants whose last day
 * is before `asOf`, less what was consumed (debits posted and pending, earlier expiries included, net of
 * credits that are not grants) — consumption takes the earliest-expiring grants first — and never more
 * than is available.
 */
function expiringUnits(state: LedgerState, account: AccountRecord, asOf: string, validDays: number, grantCode: string): bigint {
  let grants = 0n;
  let lapsed = 0n;
  for (const position of account.positions) {
    const record = state.log[position] as TransferRecord;
    if (record.credit !== account || record.kind !== KIND_PLAIN || record.transfer.code !== grantCode) continue;
    grants += record.amount;
    if (addDays(record.transfer.date, validDays - 1) < asOf) lapsed += record.amount;
  }
  const otherCredits = account.creditsPosted - grants;
  const consumed = account.debitsPosted + account.debitsPending - otherCredits;
  const due = lapsed - (consumed > 0n ? consumed : 0n);
  const available = account.creditsPosted - account.debitsPosted - account.debitsPending;
  const units = due < available ? due : available;
  return units > 0n ? units : 0n;
}

/**
 * Moves unused credit past its expiry (see {@link ExpireCreditPolicy}) to the expired-credit account: one
 * transfer per account, dated `asOf`, code `credit-expiry`, id `<accountId>:expired:<asOf>`. Running it
 * again for the same date expires nothing twice. All the expiries are applied as one linked chain.
 *
 * Fails with `invalid-input` (malformed `asOf` or policy, or `asOf` before the latest entry),
 * `account-not-found` (no expired-credit account) or the error of a refused expiry (`currency-mismatch`
 * when the expired-credit account is in another currency, `account-closed`); nothing changes then.
 * Closed credit accounts are skipped. On success the ledger passed in becomes stale (see {@link Ledger}).
 *
 * @category Holds
 * @example
 * const result = expireCredit(ledger, '2028-01-11', { validDays: 365 });
 * if (result.ok) result.value.expired.map((t) => `${t.debitAccountId} ${t.amount}`) //=> ['athlete-0001/trade-credit 3750.00', …]
 */
export function expireCredit(ledger: Ledger, asOf: CalendarDate, policy: ExpireCreditPolicy): Result<ExpireCreditResult, LedgerError> {
  const state = stateOf(ledger);
  const date = checkWriteDate(asOf, state.latestDate);
  if (!date.ok) return date;
  const parsed = parseInput(ExpireCreditPolicySchema, policy, 'policy');
  if (!parsed.ok) return invalid('policy', parsed.issues.map((issue) => ({ path: ['policy', ...issue.path], message: issue.message })));
  const {
    validDays,
    expiredAccountId = PROGRAMME_ACCOUNTS.expiredCredit,
    accountCode = ACCOUNT_CODES.athleteCredit,
    grantCode = TRANSFER_CODES.creditGrant,
    code = TRANSFER_CODES.creditExpiry,
  } = parsed.value;
  const target = state.accounts.get(expiredAccountId);
  if (target === undefined) {
    return { ok: false, error: { code: 'account-not-found', message: messages.accountNotFound(expiredAccountId, 'the'), accountId: expiredAccountId } };
  }
  const expiries: CheckedTransfer[] = [];
  for (const account of state.accountList) {
    if (account.account.code !== accountCode || account.closed || account === target) continue;
    const units = expiringUnits(state, account, date.value, validDays, grantCode);
    if (units === 0n) continue;
    const checked = checkTransfer({
      id: derivedId(account.id, `expired:${date.value}`, (id) => state.transfers.has(id)),
      debitAccountId: account.id,
      creditAccountId: target.id,
      amount: formatMinorUnits(units, account.scale),
      ledger: account.currency,
      code,
      date: date.value,
      flags: { linked: true },
    });
    if (checked !== undefined) expiries.push(checked);
  }
  const last = expiries[expiries.length - 1];
  if (last !== undefined) expiries[expiries.length - 1] = { ...last, linked: false };
  const results = applyBatch(state, expiries);
  const failed = results.find((result) => 'error' in result && result.error.code !== 'linked-chain-failed');
  if (failed !== undefined && 'error' in failed) return { ok: false, error: failed.error };
  const expired = expiries.map((expiry) => state.transfers.get(expiry.transfer.id)?.transfer as Transfer);
  return { ok: true, value: { ledger: nextHandle(state), expired } };
}
