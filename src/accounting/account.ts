import { z } from 'zod';
import { CurrencyCodeSchema, IdSchema, KeySchema } from '../core/index.js';
import { messages } from './errors.js';

/**
 * The flags of an account, an object of booleans phrased as rules (absent means `false`):
 *
 * - `debitsMustNotExceedCredits`: refuse a transfer that would take `debitsPosted + debitsPending`
 *   above `creditsPosted` (a credit balance that may not go below zero: an athlete's credit, the
 *   programme budget);
 * - `creditsMustNotExceedDebits`: the mirror rule for accounts whose balance is a debit (a funding
 *   source that may receive back at most what it gave);
 * - `closed`: the account takes no new transfers (holds on it may still be voided or expire).
 *
 * The two balance rules exclude each other. As in TigerBeetle, pending amounts count against them: a
 * hold reserves funds.
 *
 * @category Ledger
 * @example
 * AccountFlagsSchema.parse({ debitsMustNotExceedCredits: true }) //=> { debitsMustNotExceedCredits: true }
 */
export const AccountFlagsSchema = z.strictObject({
  debitsMustNotExceedCredits: z.boolean().optional(),
  creditsMustNotExceedDebits: z.boolean().optional(),
  closed: z.boolean().optional(),
});

/**
 * The flags of an account (see {@link AccountFlagsSchema}).
 *
 * @category Ledger
 * @example
 * const flags: AccountFlags = { debitsMustNotExceedCredits: true };
 * flags.closed //=> undefined (not closed)
 */
export type AccountFlags = z.infer<typeof AccountFlagsSchema>;

/**
 * The zod schema of an account, modelled on TigerBeetle's: `{ id, ledger, code, owner?, flags? }`.
 * `ledger` is the ISO 4217 currency the account holds (`"USD"`); `code` says what the account is for
 * (`"programme-budget"`, `"athlete-credit"`); `owner` is who it belongs to (an athlete's id), if anyone.
 * Balances are not fields: they are derived from the transfers.
 *
 * @category Ledger
 * @example
 * AccountSchema.safeParse({ id: 'programme-budget', ledger: 'USD', code: 'programme-budget', flags: { debitsMustNotExceedCredits: true } }).success //=> true
 */
export const AccountSchema = z
  .strictObject({
    id: IdSchema.describe('Unique among accounts, e.g. "programme-budget" or "athlete-0001/trade-credit".'),
    ledger: CurrencyCodeSchema.describe('The currency of the account (ISO 4217 or registered), e.g. "USD".'),
    code: KeySchema.describe('What the account is for, e.g. "athlete-credit".'),
    owner: IdSchema.optional().describe('Who the account belongs to, e.g. an athlete id.'),
    flags: AccountFlagsSchema.optional(),
  })
  .superRefine((account, context) => {
    if (account.flags?.debitsMustNotExceedCredits === true && account.flags.creditsMustNotExceedDebits === true) {
      context.addIssue({ code: 'custom', path: ['flags'], message: messages.accountsConflictFlags() });
    }
  });

/**
 * An account as JSON (see {@link AccountSchema}).
 *
 * @category Ledger
 * @example
 * const account: Account = { id: 'athlete-0001/trade-credit', ledger: 'USD', code: 'athlete-credit', owner: 'athlete-0001', flags: { debitsMustNotExceedCredits: true } };
 * account.ledger //=> 'USD'
 */
export type Account = z.infer<typeof AccountSchema>;

/**
 * The canonical stored form of a valid account: fields in a fixed order, only flags that are `true`,
 * no `flags` object when none is.
 * @internal
 */
export function normalizeAccount(account: Account): Account {
  const flags = account.flags;
  const stored: { -readonly [K in keyof Account]: Account[K] } = { id: account.id, ledger: account.ledger, code: account.code };
  if (account.owner !== undefined) stored.owner = account.owner;
  if (flags !== undefined) {
    const kept: { -readonly [K in keyof AccountFlags]: AccountFlags[K] } = {};
    if (flags.debitsMustNotExceedCredits === true) kept.debitsMustNotExceedCredits = true;
    if (flags.creditsMustNotExceedDebits === true) kept.creditsMustNotExceedDebits = true;
    if (flags.closed === true) kept.closed = true;
    if (Object.keys(kept).length > 0) stored.flags = kept;
  }
  return stored;
}

/**
 * The first field in which two normalized accounts differ, or `undefined` when they are the same.
 * @internal
 */
export function accountDifference(a: Account, b: Account): string | undefined {
  if (a.ledger !== b.ledger) return 'ledger';
  if (a.code !== b.code) return 'code';
  if (a.owner !== b.owner) return 'owner';
  if ((a.flags?.debitsMustNotExceedCredits ?? false) !== (b.flags?.debitsMustNotExceedCredits ?? false)) return 'flags.debitsMustNotExceedCredits';
  if ((a.flags?.creditsMustNotExceedDebits ?? false) !== (b.flags?.creditsMustNotExceedDebits ?? false)) return 'flags.creditsMustNotExceedDebits';
  if ((a.flags?.closed ?? false) !== (b.flags?.closed ?? false)) return 'flags.closed';
  return undefined;
}
