import { toJsonSchema } from '../core/index.js';
import { AccountSchema } from './account.js';
import { ExpireCreditPolicySchema } from './expireCredit.js';
import { JournalEntrySchema } from './journalEntry.js';
import { TransferSchema } from './transfer.js';

/**
 * The public shapes of the accounting module by name, for tools that list or print schemas.
 *
 * @category Ledger
 * @example
 * Object.keys(accountingSchemas) //=> ['Account', 'Transfer', 'JournalEntry', 'ExpireCreditPolicy']
 */
export const accountingSchemas = {
  Account: AccountSchema,
  Transfer: TransferSchema,
  JournalEntry: JournalEntrySchema,
  ExpireCreditPolicy: ExpireCreditPolicySchema,
} as const;

/**
 * The JSON Schemas (draft 2020-12, input side) of the accounting module's shapes, built with core's
 * `toJsonSchema`: to validate accounts, transfers and stored journals in another language, or to
 * generate a database schema. Cross-field rules (one mode flag, amount digits per currency, timeout
 * not before the date) are checked by the zod schemas only.
 *
 * @category Ledger
 * @example
 * accountingJsonSchemas().Transfer.required
 * //=> ['id', 'debitAccountId', 'creditAccountId', 'ledger', 'code', 'date']
 */
export function accountingJsonSchemas(): Record<keyof typeof accountingSchemas, Record<string, unknown>> {
  return {
    Account: toJsonSchema(AccountSchema),
    Transfer: toJsonSchema(TransferSchema),
    JournalEntry: toJsonSchema(JournalEntrySchema),
    ExpireCreditPolicy: toJsonSchema(ExpireCreditPolicySchema),
  };
}
