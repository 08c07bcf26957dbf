import type { Transfer } from './transfer.js';
import { stateOf, type Ledger } from './ledgerState.js';

/**
 * The accepted transfer with this id, in its journal form, or `undefined` (TigerBeetle's
 * `lookup_transfers`).
 *
 * @category Ledger
 * @example
 * findTransfer(ledger, 'order-1001-hold')?.flags //=> { pending: true }
 */
export function findTransfer(ledger: Ledger, transferId: string): Transfer | undefined {
  return stateOf(ledger).transfers.get(transferId)?.transfer;
}
