import type { Money } from '../core/index.js';
import { KIND_PENDING, KIND_PLAIN, KIND_POST, KIND_VOID, withAmount, type CheckedTransfer } from './checkTransfer.js';
import { messages, type LedgerError } from './errors.js';
import {
  HOLD_EXPIRED,
  HOLD_OPEN,
  HOLD_POSTED,
  HOLD_VOIDED,
  type AccountRecord,
  type LedgerState,
  type TransferRecord,
} from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';

/**
 * The ledger's kernel: applies one checked transfer to the state, or says why not, in the documented
 * order of `LedgerErrorCode`. Every check runs before the first write, so a refused transfer leaves no
 * trace; `unapplyTransfer` undoes an applied one (for linked chains).
 * @internal
 */

/** The outcome of applying a transfer: its record, `'exists'` (idempotent repeat) or why it was refused. @internal */
export type TransferOutcome = TransferRecord | 'exists' | LedgerError;

/** Whether an outcome is a refusal. @internal */
export function isRefusal(outcome: TransferOutcome): outcome is LedgerError {
  return typeof outcome === 'object' && !('type' in outcome);
}

function moneyOf(units: bigint, account: AccountRecord): Money {
  return { amount: formatMinorUnits(units, account.scale), currency: account.currency };
}

function describe(units: bigint, account: AccountRecord): string {
  return `${formatMinorUnits(units, account.scale)} ${account.currency}`;
}

/** The first field in which a repeated transfer differs from the one recorded, if any. */
function transferDifference(existing: TransferRecord, checked: CheckedTransfer): string | undefined {
  const a = existing.transfer;
  const b = checked.transfer;
  if (existing.kind !== checked.kind) return 'flags';
  if (a.debitAccountId !== b.debitAccountId) return 'debitAccountId';
  if (a.creditAccountId !== b.creditAccountId) return 'creditAccountId';
  if (a.ledger !== b.ledger) return 'ledger';
  if (checked.amount === undefined ? existing.amount !== existing.held : checked.amount !== existing.amount) return 'amount';
  if (a.code !== b.code) return 'code';
  if (a.date !== b.date) return 'date';
  if (a.pendingId !== b.pendingId) return 'pendingId';
  if (a.timeout !== b.timeout) return 'timeout';
  if (a.reference !== b.reference) return 'reference';
  return undefined;
}

function refuse(code: LedgerError['code'], message: string, accountId?: string): LedgerError {
  return accountId === undefined ? { code, message } : { code, message, accountId };
}

function append(state: LedgerState, record: TransferRecord): TransferRecord {
  Object.freeze(record.transfer);
  state.log.push(record);
  record.debit.positions.push(record.position);
  record.credit.positions.push(record.position);
  state.transfers.set(record.transfer.id, record);
  if (record.transfer.date > state.latestDate) state.latestDate = record.transfer.date;
  return record;
}

/**
 * Applies one transfer. The caller has checked its shape (`checkTransfer`).
 * @internal
 */
export function applyTransfer(state: LedgerState, checked: CheckedTransfer): TransferOutcome {
  const transfer = checked.transfer;
  const existing = state.transfers.get(transfer.id);
  if (existing !== undefined) {
    const field = transferDifference(existing, checked);
    return field === undefined ? 'exists' : refuse('id-conflict', messages.idConflict(transfer.id, field));
  }
  if (transfer.date < state.latestDate) {
    const message = messages.dateRegresses(transfer.date, state.latestDate);
    return { code: 'invalid-input', message, path: ['date'], issues: [{ path: ['date'], message }] };
  }
  if (transfer.debitAccountId === transfer.creditAccountId) {
    return refuse('accounts-must-be-different', messages.accountsMustBeDifferent(transfer.debitAccountId));
  }
  const debit = state.accounts.get(transfer.debitAccountId);
  if (debit === undefined) return refuse('account-not-found', messages.accountNotFound(transfer.debitAccountId, 'debit'), transfer.debitAccountId);
  const credit = state.accounts.get(transfer.creditAccountId);
  if (credit === undefined) return refuse('account-not-found', messages.accountNotFound(transfer.creditAccountId, 'credit'), transfer.creditAccountId);
  if (debit.currency !== transfer.ledger || credit.currency !== transfer.ledger) {
    return refuse('currency-mismatch', messages.currencyMismatch(transfer.ledger, debit.currency, credit.currency));
  }
  const kind = checked.kind;
  if (kind !== KIND_VOID) {
    if (debit.closed) return refuse('account-closed', messages.accountClosed(debit.id), debit.id);
    if (credit.closed) return refuse('account-closed', messages.accountClosed(credit.id), credit.id);
  }
  if (kind === KIND_POST || kind === KIND_VOID) return resolveHold(state, checked, debit, credit);

  const amount = checked.amount ?? 0n;
  if (debit.debitsMustNotExceedCredits) {
    const debits = debit.debitsPending + debit.debitsPosted + amount;
    if (debits > debit.creditsPosted) return insufficientFunds(debit, debits - debit.creditsPosted, 'debits');
  }
  if (credit.creditsMustNotExceedDebits) {
    const credits = credit.creditsPending + credit.creditsPosted + amount;
    if (credits > credit.debitsPosted) return insufficientFunds(credit, credits - credit.debitsPosted, 'credits');
  }
  if (kind === KIND_PENDING) {
    debit.debitsPending += amount;
    credit.creditsPending += amount;
  } else {
    debit.debitsPosted += amount;
    credit.creditsPosted += amount;
  }
  const record: TransferRecord = {
    type: 'transfer',
    transfer,
    position: state.log.length,
    kind,
    amount,
    held: 0n,
    debit,
    credit,
    hold: undefined,
    status: HOLD_OPEN,
    resolution: undefined,
  };
  if (kind === KIND_PENDING) state.openHolds.set(transfer.id, record);
  return append(state, record);
}

function insufficientFunds(account: AccountRecord, missing: bigint, rule: 'debits' | 'credits'): LedgerError {
  return {
    code: 'insufficient-funds',
    message: messages.insufficientFunds(account.id, describe(missing, account), rule),
    accountId: account.id,
    missing: moneyOf(missing, account),
  };
}

function resolveHold(state: LedgerState, checked: CheckedTransfer, debit: AccountRecord, credit: AccountRecord): TransferOutcome {
  const transfer = checked.transfer;
  const pendingId = transfer.pendingId ?? '';
  const hold = state.transfers.get(pendingId);
  if (hold === undefined) return refuse('pending-not-found', messages.pendingNotFound(pendingId));
  if (hold.kind !== KIND_PENDING) return refuse('pending-not-found', messages.notAHold(pendingId));
  if (hold.debit !== debit) return refuse('pending-not-found', messages.holdDiffers(pendingId, 'debit account'));
  if (hold.credit !== credit) return refuse('pending-not-found', messages.holdDiffers(pendingId, 'credit account'));
  if (hold.transfer.code !== transfer.code) return refuse('pending-not-found', messages.holdDiffers(pendingId, 'code'));
  if (hold.status === HOLD_POSTED) return refuse('pending-already-resolved', messages.pendingAlreadyResolved(pendingId, 'posted'));
  if (hold.status === HOLD_VOIDED) return refuse('pending-already-resolved', messages.pendingAlreadyResolved(pendingId, 'voided'));
  if (hold.status === HOLD_EXPIRED) return refuse('pending-expired', messages.pendingReleasedByExpiry(pendingId));
  const timeout = hold.transfer.timeout;
  const late = timeout !== undefined && transfer.date > timeout;
  const isPost = checked.kind === KIND_POST;
  if (isPost && late) return refuse('pending-expired', messages.pendingExpired(pendingId, timeout));
  const held = hold.amount;
  let amount = held;
  if (checked.amount !== undefined) {
    if (isPost && checked.amount > held) {
      return refuse('exceeds-pending-amount', messages.exceedsPendingAmount(pendingId, describe(checked.amount, debit), describe(held, debit)));
    }
    if (!isPost && checked.amount !== held) {
      return refuse('exceeds-pending-amount', messages.voidAmountDiffers(pendingId, describe(checked.amount, debit), describe(held, debit)));
    }
    amount = checked.amount;
  }
  debit.debitsPending -= held;
  credit.creditsPending -= held;
  if (isPost) {
    debit.debitsPosted += amount;
    credit.creditsPosted += amount;
  }
  const record: TransferRecord = {
    type: 'transfer',
    transfer: checked.amount === undefined ? withAmount(transfer, formatMinorUnits(amount, debit.scale)) : transfer,
    position: state.log.length,
    kind: checked.kind,
    amount,
    held,
    debit,
    credit,
    hold,
    status: HOLD_OPEN,
    resolution: undefined,
  };
  hold.status = isPost ? HOLD_POSTED : late ? HOLD_EXPIRED : HOLD_VOIDED;
  hold.resolution = record;
  state.openHolds.delete(pendingId);
  return append(state, record);
}

/**
 * Undoes the last applied transfer (it must be the journal's last entry). The caller restores
 * `latestDate`.
 * @internal
 */
export function unapplyTransfer(state: LedgerState, record: TransferRecord): void {
  state.log.pop();
  record.debit.positions.pop();
  record.credit.positions.pop();
  state.transfers.delete(record.transfer.id);
  const { debit, credit, amount } = record;
  if (record.kind === KIND_PLAIN) {
    debit.debitsPosted -= amount;
    credit.creditsPosted -= amount;
  } else if (record.kind === KIND_PENDING) {
    debit.debitsPending -= amount;
    credit.creditsPending -= amount;
    state.openHolds.delete(record.transfer.id);
  } else {
    const hold = record.hold;
    debit.debitsPending += record.held;
    credit.creditsPending += record.held;
    if (record.kind === KIND_POST) {
      debit.debitsPosted -= amount;
      credit.creditsPosted -= amount;
    }
    if (hold !== undefined) {
      hold.status = HOLD_OPEN;
      hold.resolution = undefined;
      state.openHolds.set(hold.transfer.id, hold);
    }
  }
}
