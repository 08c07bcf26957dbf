import type { AcceleratorError, Money } from '../core/index.js';

/**
 * The error codes of the ledger: a closed union, named after the rule that was broken (a new code is a
 * breaking change). Like TigerBeetle's `create_transfers`, `post` checks in a fixed, documented order
 * and reports the first rule a transfer breaks.
 *
 * First the batch as a whole:
 *
 * - `invalid-input`: the batch is malformed (not an array, a transfer that does not match
 *   `TransferSchema`, a linked chain left open at the end of the batch). Nothing is applied; `issues`
 *   lists every problem with its path (`[index, field, …]`).
 *
 * Then each transfer, in batch order:
 *
 * 1. `id-conflict`: a transfer with the same id is already in the ledger with different fields. The same
 *    id with identical fields is not an error: its result is `{ status: 'exists' }`. Checked first, so
 *    that a retry always gets the same answer whatever happened to the accounts since.
 * 2. `invalid-input`: the transfer is dated before the ledger's latest entry (path `['date']`): the
 *    journal is kept in date order so that balances as of a date and statements never change afterwards.
 * 3. `accounts-must-be-different`: the debit and the credit account are the same.
 * 4. `account-not-found`: the debit (then the credit) account does not exist.
 * 5. `currency-mismatch`: the two accounts and the transfer are not all on the same ledger (currency).
 * 6. `account-closed`: the debit (then the credit) account is closed. A void is still accepted, so a
 *    hold can always be released.
 * 7. `pending-not-found`: a post or void names no hold: no transfer has that `pendingId`, it is not
 *    `pending`, or it moves money between other accounts or for another `code`.
 * 8. `pending-already-resolved`: the hold was already posted or voided.
 * 9. `pending-expired`: the hold expired: a post dated after its `timeout`, or any post or void after
 *    the hold was released by expiry.
 * 10. `exceeds-pending-amount`: a post asks for more than is held, or a void names an amount other
 *     than the whole hold (a void always releases everything: to release part, post less).
 * 11. `insufficient-funds`: a no-overdraft flag would be broken (`debitsMustNotExceedCredits` on the
 *     debit account, then `creditsMustNotExceedDebits` on the credit account); pending amounts count
 *     against the flag. The error names the account (`accountId`) and the amount missing (`missing`).
 * 12. `linked-chain-failed`: another transfer of the same linked chain failed, so this one was not
 *     applied either (the one that failed carries its own code).
 *
 * @category Errors
 * @example
 * const code: LedgerErrorCode = 'insufficient-funds';
 * code //=> 'insufficient-funds'
 */
export type LedgerErrorCode =
  | 'invalid-input'
  | 'accounts-must-be-different'
  | 'account-not-found'
  | 'currency-mismatch'
  | 'account-closed'
  | 'id-conflict'
  | 'pending-not-found'
  | 'pending-already-resolved'
  | 'pending-expired'
  | 'exceeds-pending-amount'
  | 'insufficient-funds'
  | 'linked-chain-failed';

/**
 * Every {@link LedgerErrorCode}, as DESIGN.md lists them.
 *
 * @category Errors
 * @example
 * LEDGER_ERROR_CODES[0] //=> 'invalid-input'
 */
export const LEDGER_ERROR_CODES: readonly LedgerErrorCode[] = [
  'invalid-input',
  'accounts-must-be-different',
  'account-not-found',
  'currency-mismatch',
  'account-closed',
  'id-conflict',
  'pending-not-found',
  'pending-already-resolved',
  'pending-expired',
  'exceeds-pending-amount',
  'insufficient-funds',
  'linked-chain-failed',
];

/**
 * An error of the ledger: a {@link LedgerErrorCode}, a sentence a programme manager can read and, where
 * it helps, the account concerned and the amount missing (`insufficient-funds`), the path of the problem
 * and every issue found (`invalid-input`).
 *
 * @category Errors
 * @example
 * const error: LedgerError = {
 *   code: 'insufficient-funds',
 *   message: 'Account athlete-0001/trade-credit lacks 20.00 USD: ...',
 *   accountId: 'athlete-0001/trade-credit',
 *   missing: { amount: '20.00', currency: 'USD' },
 * };
 * error.missing?.amount //=> '20.00'
 */
export interface LedgerError extends AcceleratorError<LedgerErrorCode> {
  /** The account the error is about (`account-not-found`, `account-closed`, `insufficient-funds`). */
  readonly accountId?: string;
  /** For `insufficient-funds`: how much more the account would need for the transfer to pass. */
  readonly missing?: Money;
}

/**
 * The codes of the package functions (`issuePackage`, `createProgrammeLedger`): every
 * {@link LedgerErrorCode} plus `outside-issue-window`, a package issued on a date outside its
 * template's `issueWindow`.
 *
 * @category Errors
 * @example
 * const code: PackageErrorCode = 'outside-issue-window';
 * code //=> 'outside-issue-window'
 */
export type PackageErrorCode = LedgerErrorCode | 'outside-issue-window';

/**
 * An error of the package functions (see {@link PackageErrorCode}).
 *
 * @category Errors
 * @example
 * const error: PackageError = { code: 'outside-issue-window', message: 'Packages of package-2027 may be issued from 2027-01-11 to 2027-03-31, not on 2027-04-02.' };
 * error.code //=> 'outside-issue-window'
 */
export interface PackageError extends AcceleratorError<PackageErrorCode> {
  readonly accountId?: string;
  readonly missing?: Money;
}

function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * The readable sentences of the accounting module, in one place. Functions, so each message can name
 * the values involved.
 * @internal
 */
export const messages = {
  invalidBatch: (what: string, count: number, firstProblems: string): string =>
    `The ${what} is not valid: ${count === 1 ? 'one problem' : `${count} problems`} (${firstProblems}).`,
  notArray: (what: string): string => `Expected ${what} to be an array.`,
  chainOpen: (): string => 'The last transfer of a batch may not be linked: its chain would never close.',
  dateRegresses: (date: string, latest: string): string =>
    `The transfer is dated ${date}, before the ledger's latest entry (${latest}); the journal is kept in date order.`,
  idConflict: (id: string, field: string): string =>
    `A transfer with id ${id} already exists with a different ${field}; a retry must repeat the transfer exactly, a new transfer needs a new id.`,
  accountIdConflict: (id: string, field: string): string =>
    `An account with id ${id} already exists with a different ${field}.`,
  accountsMustBeDifferent: (id: string): string =>
    `The transfer debits and credits the same account (${id}); money must move between two accounts.`,
  accountNotFound: (id: string, side: 'debit' | 'credit' | 'the'): string =>
    side === 'the' ? `There is no account ${id}.` : `The ${side} account ${id} does not exist.`,
  currencyMismatch: (transferLedger: string, debitLedger: string, creditLedger: string): string =>
    debitLedger !== creditLedger
      ? `The debit account is in ${debitLedger} but the credit account is in ${creditLedger}; a transfer moves money within one currency.`
      : `The transfer is in ${transferLedger} but its accounts are in ${debitLedger}.`,
  accountClosed: (id: string): string => `Account ${id} is closed and takes no new transfers.`,
  pendingNotFound: (pendingId: string): string => `There is no hold ${pendingId}.`,
  notAHold: (pendingId: string): string => `Transfer ${pendingId} is not a hold (it was not posted as pending).`,
  holdDiffers: (pendingId: string, field: string): string =>
    `Hold ${pendingId} has a different ${field}: a post or void must name the hold's own accounts, currency and code.`,
  pendingAlreadyResolved: (pendingId: string, how: 'posted' | 'voided'): string =>
    `Hold ${pendingId} was already ${how}; a hold resolves once.`,
  pendingExpired: (pendingId: string, timeout: string): string =>
    `Hold ${pendingId} expired: it could be posted until ${timeout}.`,
  pendingReleasedByExpiry: (pendingId: string): string => `Hold ${pendingId} expired and was released.`,
  exceedsPendingAmount: (pendingId: string, asked: string, held: string): string =>
    `The post asks for ${asked} but hold ${pendingId} holds only ${held}.`,
  voidAmountDiffers: (pendingId: string, asked: string, held: string): string =>
    `A void releases the whole hold ${pendingId} (${held}), not ${asked}; to release part of it, post less.`,
  insufficientFunds: (accountId: string, missing: string, rule: 'debits' | 'credits'): string =>
    rule === 'debits'
      ? `Account ${accountId} lacks ${missing}: the transfer would take its debits (pending included) above its credits.`
      : `Account ${accountId} lacks ${missing}: the transfer would take its credits (pending included) above its debits.`,
  linkedChainFailed: (failedId: string): string =>
    `Not applied: transfer ${failedId} of the same linked chain failed, and a chain succeeds or fails as a whole.`,
  replayFailed: (index: number, message: string): string => `Journal entry ${index} cannot be replayed: ${message}`,
  replayDuplicate: (index: number, id: string): string => `Journal entry ${index} repeats transfer ${id}.`,
  accountsConflictFlags: (): string =>
    'An account may not have both debitsMustNotExceedCredits and creditsMustNotExceedDebits.',
  accountClosedAlready: (id: string): string => `Account ${id} is already closed.`,
  outsideIssueWindow: (templateId: string, start: string, end: string, date: string): string =>
    `Packages of ${templateId} may be issued from ${start} to ${end}, not on ${date}.`,
  budgetShort: (accountId: string, missing: string, value: string, available: string): string =>
    `The budget account ${accountId} lacks ${missing}: a package of ${value} needs more than the ${available} still available.`,
  idTooLong: (id: string): string => `The derived id ${id.slice(0, 40)}… is longer than 128 characters; use a shorter athlete id.`,
  asOfBeforeLatest: (asOf: string, latest: string): string =>
    `asOf ${asOf} is before the ledger's latest entry (${latest}); expiry is recorded in date order.`,
  staleLedger: (): string =>
    'This ledger handle is stale: the ledger was changed through another handle (post, addAccounts, … consume their input). Use the ledger they returned, or cloneLedger() to fork.',
  notALedger: (): string => 'Expected a ledger created by createLedger, replay or cloneLedger.',
  badDate: (what: string, value: unknown): string =>
    `Expected ${what} to be a calendar date written YYYY-MM-DD, got ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value}.`,
  badRange: (from: string, to: string): string => `The period ends (${to}) before it starts (${from}).`,
  unknownCurrency: (code: string): string => `Unknown currency ${JSON.stringify(code.slice(0, 20))}.`,
  holdsCount: (count: number): string => `${count} ${plural(count, 'hold', 'holds')}`,
} as const;
