import { applySteps } from './replay.js';
import { createState, handleFor, stateOf, type Ledger } from './ledgerState.js';

/**
 * An independent copy of a ledger, to keep a snapshot or try something out: changes to either never
 * reach the other. It costs one pass over the journal (the entries themselves are immutable and shared).
 *
 * @category Ledger
 * @example
 * const what = cloneLedger(ledger);
 * post(what, [spend]); // `ledger` itself is untouched and still usable
 */
export function cloneLedger(ledger: Ledger): Ledger {
  const state = stateOf(ledger);
  const steps = state.log.map((item) =>
    item.type === 'account'
      ? { account: item.account }
      : { checked: { transfer: item.transfer, amount: item.amount, kind: item.kind, linked: false, scale: item.debit.scale } },
  );
  const copy = applySteps(createState(), steps);
  if (!copy.ok) throw new Error(`cloneLedger: the ledger could not be copied (${copy.error.message}).`);
  return handleFor(copy.value);
}
