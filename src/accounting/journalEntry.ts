import { z } from 'zod';
import { AccountSchema } from './account.js';
import { TransferSchema } from './transfer.js';

/**
 * The zod schema of one journal entry: an account entry (`{ type: 'account', account }`: an account
 * created or, repeated with `flags.closed: true`, closed) or an accepted transfer
 * (`{ type: 'transfer', transfer }`). The journal is the ordered list of entries; it is the ledger's
 * whole truth: balances, holds and statements are derived from it, and `replay` rebuilds them from it
 * alone.
 *
 * Transfers appear in their canonical form: `amount` written with exactly the currency's digits and
 * filled in for a post or void that omitted it (the amount actually posted or released), only flags
 * that are true, and no `linked` flag (a chain is a property of the request that carried it; once
 * accepted, its transfers stand on their own).
 *
 * @category Ledger
 * @example
 * JournalEntrySchema.safeParse({ type: 'account', account: { id: 'programme-budget', ledger: 'USD', code: 'programme-budget' } }).success //=> true
 */
export const JournalEntrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('account'), account: AccountSchema }),
  z.strictObject({ type: z.literal('transfer'), transfer: TransferSchema }),
]);

/**
 * One journal entry (see {@link JournalEntrySchema}).
 *
 * @category Ledger
 * @example
 * const entry: JournalEntry = { type: 'account', account: { id: 'expired-credit', ledger: 'USD', code: 'expired-credit' } };
 * entry.type //=> 'account'
 */
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
