import { isSafeKey } from '../core/index.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { formatMinorUnits, isCanonicalAmount, parseMinorUnits, scaleOf } from './minorUnits.js';
import type { Transfer, TransferFlags } from './transfer.js';

/**
 * The fast validator of the transfers `post` and `replay` receive: it accepts exactly what
 * `TransferSchema` accepts (a property test holds it to that) without zod's per-field overhead, and
 * produces the transfer's canonical stored form in the same pass. When it refuses a transfer, the
 * caller runs the zod schema on it to name every problem with its path.
 * @internal
 */

/** A transfer that moves money at once. @internal */
export const KIND_PLAIN = 0;
/** A hold (`flags.pending`). @internal */
export const KIND_PENDING = 1;
/** A post of a hold (`flags.postPending`). @internal */
export const KIND_POST = 2;
/** A void of a hold (`flags.voidPending`). @internal */
export const KIND_VOID = 3;

/** A transfer that passed the schema: its canonical form and what the kernel needs. @internal */
export interface CheckedTransfer {
  /** The canonical form: amount with exactly the currency's digits, only true flags, no `linked`. */
  readonly transfer: Transfer;
  /** The amount in minor units, or `undefined` for a post or void that omits it. */
  readonly amount: bigint | undefined;
  readonly kind: number;
  readonly linked: boolean;
  readonly scale: number;
}

const FLAGS_PENDING: TransferFlags = Object.freeze({ pending: true });
const FLAGS_POST: TransferFlags = Object.freeze({ postPending: true });
const FLAGS_VOID: TransferFlags = Object.freeze({ voidPending: true });

const ID = /^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/;
const KEY = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;
const CURRENCY = /^[A-Z][A-Z0-9]{2,9}$/;

const TRANSFER_KEYS = new Set([
  'id', 'debitAccountId', 'creditAccountId', 'amount', 'ledger', 'code', 'date', 'flags', 'pendingId', 'timeout', 'reference',
]);
const FLAG_KEYS = new Set(['pending', 'postPending', 'voidPending', 'linked']);

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 128 && ID.test(value) && isSafeKey(value);
}

function isKey(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= 64 && KEY.test(value) && isSafeKey(value);
}

function isObjectRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function hasOnlyKeys(value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean {
  for (const key in value) if (!allowed.has(key)) return false;
  return true;
}

function optionalBoolean(value: unknown): boolean | undefined | null {
  if (value === undefined || typeof value === 'boolean') return value;
  return null;
}

/**
 * Checks one transfer as `TransferSchema` would; returns its canonical form, or `undefined` when the
 * schema would refuse it.
 * @internal
 */
export function checkTransfer(value: unknown): CheckedTransfer | undefined {
  if (!isObjectRecord(value) || !hasOnlyKeys(value, TRANSFER_KEYS)) return undefined;
  const { id, debitAccountId, creditAccountId, amount, ledger, code, date, flags, pendingId, timeout, reference } = value;
  if (!isId(id) || !isId(debitAccountId) || !isId(creditAccountId)) return undefined;
  if (typeof ledger !== 'string' || !CURRENCY.test(ledger)) return undefined;
  const scale = scaleOf(ledger);
  if (scale === undefined || !isKey(code) || !isValidCalendarDate(date)) return undefined;
  let pending = false;
  let postPending = false;
  let voidPending = false;
  let linked = false;
  if (flags !== undefined) {
    if (!isObjectRecord(flags) || !hasOnlyKeys(flags, FLAG_KEYS)) return undefined;
    const p = optionalBoolean(flags.pending);
    const post = optionalBoolean(flags.postPending);
    const voids = optionalBoolean(flags.voidPending);
    const link = optionalBoolean(flags.linked);
    if (p === null || post === null || voids === null || link === null) return undefined;
    pending = p === true;
    postPending = post === true;
    voidPending = voids === true;
    linked = link === true;
    if (Number(pending) + Number(postPending) + Number(voidPending) > 1) return undefined;
  }
  const resolves = postPending || voidPending;
  if (pendingId !== undefined && (!isId(pendingId) || !resolves || pendingId === id)) return undefined;
  if (resolves && pendingId === undefined) return undefined;
  if (timeout !== undefined && (!isValidCalendarDate(timeout) || !pending || timeout < date)) return undefined;
  if (reference !== undefined && (typeof reference !== 'string' || reference.length < 1 || reference.length > 256)) return undefined;
  let units: bigint | undefined;
  let amountText: string | undefined;
  if (amount === undefined) {
    if (!resolves) return undefined;
  } else {
    if (typeof amount !== 'string') return undefined;
    units = parseMinorUnits(amount, scale);
    if (units === undefined || units === 0n) return undefined;
    amountText = isCanonicalAmount(amount, scale) ? amount : formatMinorUnits(units, scale);
  }
  const kind = pending ? KIND_PENDING : postPending ? KIND_POST : voidPending ? KIND_VOID : KIND_PLAIN;
  const transfer: Transfer =
    amountText === undefined
      ? { id, debitAccountId, creditAccountId, ledger, code, date }
      : { id, debitAccountId, creditAccountId, amount: amountText, ledger, code, date };
  if (kind !== KIND_PLAIN) transfer.flags = kind === KIND_PENDING ? FLAGS_PENDING : kind === KIND_POST ? FLAGS_POST : FLAGS_VOID;
  if (pendingId !== undefined) transfer.pendingId = pendingId;
  if (timeout !== undefined) transfer.timeout = timeout;
  if (reference !== undefined) transfer.reference = reference;
  return { transfer, amount: units, kind, linked, scale };
}

/**
 * The canonical form of a post or void that omitted its amount, with the amount it actually moved
 * filled in (field order kept).
 * @internal
 */
export function withAmount(transfer: Transfer, amount: string): Transfer {
  const filled: Transfer = {
    id: transfer.id,
    debitAccountId: transfer.debitAccountId,
    creditAccountId: transfer.creditAccountId,
    amount,
    ledger: transfer.ledger,
    code: transfer.code,
    date: transfer.date,
  };
  if (transfer.flags !== undefined) filled.flags = transfer.flags;
  if (transfer.pendingId !== undefined) filled.pendingId = transfer.pendingId;
  if (transfer.timeout !== undefined) filled.timeout = transfer.timeout;
  if (transfer.reference !== undefined) filled.reference = transfer.reference;
  return filled;
}
