import { AcceleratorUsageError } from '../core/index.js';
import type { Account } from './account.js';
import { messages } from './errors.js';
import type { Transfer } from './transfer.js';

/**
 * The state behind a {@link Ledger} handle: owned by the ledger, mutated in place by `post` (append to
 * the journal, add to running totals), never copied. The handle carries the version it was issued at;
 * every change bumps the state's version and issues a new handle, so an old handle is detected as stale
 * instead of silently reading a state it no longer describes.
 * @internal
 */

/** A hold still waiting to be posted or voided. @internal */
export const HOLD_OPEN = 0;
/** A hold posted (in full or in part). @internal */
export const HOLD_POSTED = 1;
/** A hold voided before its timeout. @internal */
export const HOLD_VOIDED = 2;
/** A hold released after its timeout (by `expireHolds` or a late void). @internal */
export const HOLD_EXPIRED = 3;

/** An account and its running totals, in minor units. @internal */
export interface AccountRecord {
  /** The account's canonical JSON form (replaced by its closed form when it is closed). */
  account: Account;
  readonly id: string;
  readonly currency: string;
  readonly scale: number;
  readonly debitsMustNotExceedCredits: boolean;
  readonly creditsMustNotExceedDebits: boolean;
  closed: boolean;
  debitsPosted: bigint;
  creditsPosted: bigint;
  debitsPending: bigint;
  creditsPending: bigint;
  /** Journal positions of the transfers that touch the account, in journal (and date) order. */
  readonly positions: number[];
}

/** A journal entry that creates (or closes) an account. @internal */
export interface AccountEntryRecord {
  readonly type: 'account';
  readonly account: Account;
  readonly record: AccountRecord;
}

/** A journal entry that is an accepted transfer, with what it did. @internal */
export interface TransferRecord {
  readonly type: 'transfer';
  /** The canonical JSON form, as the journal gives it (post/void amounts filled in). */
  readonly transfer: Transfer;
  readonly position: number;
  /** KIND_PLAIN, KIND_PENDING, KIND_POST or KIND_VOID. */
  readonly kind: number;
  /** Moved (plain, post), reserved (pending) or released (void), in minor units. */
  readonly amount: bigint;
  /** For a post or void: the hold's amount, which leaves `…Pending`. Otherwise 0. */
  readonly held: bigint;
  readonly debit: AccountRecord;
  readonly credit: AccountRecord;
  /** For a post or void: the hold it resolves. */
  readonly hold: TransferRecord | undefined;
  /** For a hold: HOLD_OPEN, HOLD_POSTED, HOLD_VOIDED or HOLD_EXPIRED. */
  status: number;
  /** For a hold: the post or void that resolved it. */
  resolution: TransferRecord | undefined;
}

/** What a ledger owns. @internal */
export interface LedgerState {
  version: number;
  readonly log: (AccountEntryRecord | TransferRecord)[];
  readonly accounts: Map<string, AccountRecord>;
  readonly accountList: AccountRecord[];
  readonly transfers: Map<string, TransferRecord>;
  readonly openHolds: Map<string, TransferRecord>;
  /** The latest transfer date in the journal, `''` before the first. */
  latestDate: string;
}

declare const LEDGER: unique symbol;

/**
 * A handle on a ledger: accounts, the journal of accepted transfers, and running balances.
 *
 * The ledger owns a mutable state; a handle is a small frozen value that names it at one version.
 * `post`, `addAccounts`, `closeAccount`, `expireHolds`, `expireCredit` and `issuePackage` append to the
 * state in place (no copy of the journal, so posting costs time linear in the transfers posted) and
 * return a new handle. **The handle you passed in is then stale**: using it again throws an
 * `AcceleratorUsageError` with code `stale-ledger`, rather than answering for a state that has moved
 * on. Always continue with the ledger a function returns. A call that fails as a whole (an
 * `invalid-input` batch, a refused package) changes nothing and leaves the input handle valid.
 *
 * To keep a snapshot or explore alternatives, fork with `cloneLedger` (or `replay` the journal): forks
 * share nothing.
 *
 * @category Ledger
 * @example
 * const created = createLedger();
 * if (created.ok) created.value.version //=> 0
 */
export interface Ledger {
  /** How many changes the ledger had seen when this handle was issued. */
  readonly version: number;
  readonly [LEDGER]: true;
}

const states = new WeakMap<Ledger, LedgerState>();

/** A fresh, empty state. @internal */
export function createState(): LedgerState {
  return {
    version: 0,
    log: [],
    accounts: new Map(),
    accountList: [],
    transfers: new Map(),
    openHolds: new Map(),
    latestDate: '',
  };
}

/** A handle on the state at its current version. @internal */
export function handleFor(state: LedgerState): Ledger {
  const handle = Object.freeze({ version: state.version }) as Ledger;
  states.set(handle, state);
  return handle;
}

/** Records a change: bumps the version and returns the handle to use next. @internal */
export function nextHandle(state: LedgerState): Ledger {
  state.version++;
  return handleFor(state);
}

/**
 * The state behind a handle; throws `stale-ledger` when the ledger changed since the handle was issued
 * and `invalid-ledger` for a value that is not a ledger handle.
 * @internal
 */
export function stateOf(ledger: Ledger): LedgerState {
  const state = typeof ledger === 'object' && (ledger as unknown) !== null ? states.get(ledger) : undefined;
  if (state === undefined) throw new AcceleratorUsageError({ code: 'invalid-ledger', message: messages.notALedger() });
  if (state.version !== ledger.version) throw new AcceleratorUsageError({ code: 'stale-ledger', message: messages.staleLedger() });
  return state;
}
