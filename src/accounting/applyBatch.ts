import { applyTransfer, isRefusal, unapplyTransfer } from './applyTransfer.js';
import type { CheckedTransfer } from './checkTransfer.js';
import { messages, type LedgerError } from './errors.js';
import type { LedgerState, TransferRecord } from './ledgerState.js';

/**
 * What happened to one transfer of a batch: `created`, `exists` (the same id with identical fields was
 * already in the ledger, so nothing changed: a safe retry), or refused with an `error` whose `code` is a
 * {@link LedgerErrorCode}.
 *
 * @category Ledger
 * @example
 * const result: TransferResult = { id: 't-1', status: 'created' };
 * 'status' in result ? result.status : result.error.code //=> 'created'
 */
export type TransferResult =
  | { readonly id: string; readonly status: 'created' | 'exists' }
  | { readonly id: string; readonly error: LedgerError };

/**
 * Applies checked transfers in order, honouring linked chains: a chain (transfers flagged `linked` up to
 * and including the first one that is not) is applied member by member, each seeing the effect of the
 * ones before; if one is refused, the members already applied are undone, the one refused keeps its
 * error and the others get `linked-chain-failed`. `exists` counts as success inside a chain, so a
 * retried chain answers `exists` for every member.
 * @internal
 */
export function applyBatch(state: LedgerState, checked: readonly CheckedTransfer[]): TransferResult[] {
  const results: TransferResult[] = new Array<TransferResult>(checked.length);
  let index = 0;
  while (index < checked.length) {
    let end = index;
    while (end < checked.length - 1 && (checked[end] as CheckedTransfer).linked) end++;
    if (end === index) {
      const item = checked[index] as CheckedTransfer;
      results[index] = resultOf(item.transfer.id, applyTransfer(state, item));
      index++;
      continue;
    }
    const latestDate = state.latestDate;
    const applied: TransferRecord[] = [];
    let failedAt = -1;
    let failure: LedgerError | undefined;
    for (let member = index; member <= end; member++) {
      const item = checked[member] as CheckedTransfer;
      const outcome = applyTransfer(state, item);
      if (isRefusal(outcome)) {
        failedAt = member;
        failure = outcome;
        break;
      }
      if (outcome !== 'exists') applied.push(outcome);
      results[member] = resultOf(item.transfer.id, outcome);
    }
    if (failure !== undefined) {
      for (let undo = applied.length - 1; undo >= 0; undo--) unapplyTransfer(state, applied[undo] as TransferRecord);
      state.latestDate = latestDate;
      const failedId = (checked[failedAt] as CheckedTransfer).transfer.id;
      for (let member = index; member <= end; member++) {
        const id = (checked[member] as CheckedTransfer).transfer.id;
        results[member] =
          member === failedAt ? { id, error: failure } : { id, error: { code: 'linked-chain-failed', message: messages.linkedChainFailed(failedId) } };
      }
    }
    index = end + 1;
  }
  return results;
}

const CREATED = 'created';
const EXISTS = 'exists';

function resultOf(id: string, outcome: TransferRecord | 'exists' | LedgerError): TransferResult {
  if (outcome === 'exists') return { id, status: EXISTS };
  if (isRefusal(outcome)) return { id, error: outcome };
  return { id, status: CREATED };
}
