import type { Issue, Result } from '../core/index.js';
import { AccountSchema, normalizeAccount, type Account } from './account.js';
import { applyAccount } from './applyAccount.js';
import { applyTransfer, isRefusal } from './applyTransfer.js';
import { invalid } from './checkBatch.js';
import { checkTransfer, type CheckedTransfer } from './checkTransfer.js';
import { messages, type LedgerError } from './errors.js';
import { JournalEntrySchema, type JournalEntry } from './journalEntry.js';
import { createState, handleFor, type Ledger, type LedgerState } from './ledgerState.js';
import { parseInput } from './parseInput.js';

type Step = { readonly account: Account } | { readonly checked: CheckedTransfer };

/** Checks one stored entry quickly; `undefined` when the schema must be asked. */
function checkEntry(entry: unknown): Step | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const record = entry as Record<string, unknown>;
  let keys = 0;
  for (const key in record) {
    if (key !== 'type' && key !== record.type) return undefined;
    keys++;
  }
  if (keys !== 2) return undefined;
  if (record.type === 'transfer') {
    const checked = checkTransfer(record.transfer);
    return checked === undefined ? undefined : { checked };
  }
  if (record.type === 'account') {
    const parsed = AccountSchema.safeParse(record.account);
    return parsed.success ? { account: normalizeAccount(parsed.data) } : undefined;
  }
  return undefined;
}

/**
 * Applies journal steps to a fresh state; the first entry that does not apply stops the replay with its
 * code and the entry's index at the front of its path.
 * @internal
 */
export function applySteps(state: LedgerState, steps: readonly Step[]): Result<LedgerState, LedgerError> {
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index] as Step;
    if ('account' in step) {
      const outcome = applyAccount(state, step.account, true);
      if (outcome === 'exists') return fail(index, 'id-conflict', messages.replayDuplicate(index, step.account.id), []);
      if (typeof outcome === 'object') return fail(index, outcome.code, messages.replayFailed(index, outcome.message), outcome.path ?? []);
      continue;
    }
    const outcome = applyTransfer(state, step.checked);
    if (outcome === 'exists') return fail(index, 'id-conflict', messages.replayDuplicate(index, step.checked.transfer.id), ['transfer', 'id']);
    if (isRefusal(outcome)) return fail(index, outcome.code, messages.replayFailed(index, outcome.message), ['transfer', ...(outcome.path ?? [])], outcome);
  }
  return { ok: true, value: state };
}

function fail(index: number, code: LedgerError['code'], message: string, path: readonly (string | number)[], cause?: LedgerError): Result<never, LedgerError> {
  const where = [index, ...path];
  const error: LedgerError = { code, message, path: where, issues: [{ path: where, message }] };
  return { ok: false, error: cause?.accountId === undefined ? error : { ...error, accountId: cause.accountId, ...(cause.missing === undefined ? {} : { missing: cause.missing }) } };
}

/**
 * Rebuilds a ledger from a journal alone (as `journal` returns it, or as read back from storage with
 * `JSON.parse`): every entry is validated (`invalid-input` names the path of every malformed one) and
 * applied again with every rule of `post`, so a journal that was tampered with, reordered or cut inside a
 * linked chain is refused with the code of the first rule broken and the entry's index at the front of
 * its `path`. The rebuilt ledger's balances, holds and statements equal the original's. It shares
 * nothing with any other ledger; the input is not modified.
 *
 * @category Ledger
 * @example
 * const stored = JSON.stringify(journal(ledger));
 * const again = replay(JSON.parse(stored));
 * if (again.ok) balance(again.value, 'programme-budget') //=> the same as balance(ledger, 'programme-budget')
 */
export function replay(entries: readonly JournalEntry[]): Result<Ledger, LedgerError> {
  if (!Array.isArray(entries)) return invalid('journal', [{ path: [], message: messages.notArray('the journal') }]);
  const list = entries as readonly unknown[];
  const steps: Step[] = new Array<Step>(list.length);
  let issues: Issue[] | undefined;
  for (let index = 0; index < list.length; index++) {
    let step: Step | undefined;
    try {
      step = checkEntry(list[index]);
    } catch {
      step = undefined;
    }
    if (step !== undefined) {
      steps[index] = step;
      continue;
    }
    const parsed = parseInput(JournalEntrySchema, list[index], 'journal entry');
    issues ??= [];
    if (parsed.ok) issues.push({ path: [index], message: 'The entry was refused by the ledger\'s checks.' });
    else for (const issue of parsed.issues) issues.push({ path: [index, ...issue.path], message: issue.message });
  }
  if (issues !== undefined) return invalid('journal', issues);
  const rebuilt = applySteps(createState(), steps);
  return rebuilt.ok ? { ok: true, value: handleFor(rebuilt.value) } : rebuilt;
}
