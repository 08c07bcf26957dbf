import type { JournalEntry } from './journalEntry.js';
import { stateOf, type Ledger } from './ledgerState.js';

/**
 * The journal of a ledger: its entries in order (account entries and accepted transfers), as plain
 * JSON to store anywhere. `replay` rebuilds the same ledger from it alone; appending only the entries
 * added since the last save is enough to persist a ledger (`journal(ledger).slice(saved)`).
 *
 * The array is fresh (O(entries) to build); the entries themselves are frozen and shared with the ledger.
 *
 * @category Ledger
 * @example
 * journal(ledger)[0] //=> { type: 'account', account: { id: 'programme-funding', ledger: 'USD', code: 'programme-funding', … } }
 */
export function journal(ledger: Ledger): JournalEntry[] {
  const log = stateOf(ledger).log;
  const entries = new Array<JournalEntry>(log.length);
  for (let index = 0; index < log.length; index++) {
    const item = log[index];
    if (item === undefined) continue;
    entries[index] = item.type === 'account' ? { type: 'account', account: item.account } : { type: 'transfer', transfer: item.transfer };
  }
  return entries;
}

/**
 * How many entries the journal holds (to persist only what is new since a save).
 *
 * @category Ledger
 * @example
 * journalLength(ledger) //=> 54
 */
export function journalLength(ledger: Ledger): number {
  return stateOf(ledger).log.length;
}
