import type { CalendarDate, Money } from '../core/index.js';
import { checkDateArgument, countUpTo } from './accountTotals.js';
import { KIND_PENDING, KIND_POST, KIND_PLAIN } from './checkTransfer.js';
import { ACCOUNT_CODES, TRANSFER_CODES } from './chartOfAccounts.js';
import { stateOf, type AccountRecord, type Ledger, type LedgerState, type TransferRecord } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';

/**
 * Where a package component's value stands. Always `remaining = granted − used − held − expired`. Reversals
 * (transfers back with the original's code) net out: a refund lowers `used`, a grant taken back lowers
 * `granted`.
 *
 * @category Packages
 * @example
 * packageValue(ledger, 'athlete-0001').components[3]
 * //=> { componentId: 'trade-credit', accountId: 'athlete-0001/trade-credit', kind: 'credit', granted: { amount: '5000.00', … },
 * //     used: { amount: '1450.00', … }, held: { amount: '0.00', … }, remaining: { amount: '3550.00', … }, expired: { amount: '0.00', … } }
 */
export interface ComponentValue {
  readonly componentId: string;
  readonly accountId: string;
  readonly kind: 'service' | 'credit';
  /** Granted by the package. */
  readonly granted: Money;
  /** Delivered (training) or spent (credit), net of refunds. */
  readonly used: Money;
  /** Reserved by holds not yet posted or voided. */
  readonly held: Money;
  /** Still available. */
  readonly remaining: Money;
  /** Expired unused (`expireCredit`). */
  readonly expired: Money;
}

/**
 * The same five figures for a whole package.
 *
 * @category Packages
 * @example
 * packageValue(ledger, 'athlete-0001').total?.granted //=> { amount: '10000.00', currency: 'USD' }
 */
export interface PackageTotals {
  readonly granted: Money;
  readonly used: Money;
  readonly held: Money;
  readonly remaining: Money;
  readonly expired: Money;
}

/**
 * What `packageValue` returns.
 *
 * @category Packages
 * @example
 * packageValue(ledger, 'nobody') //=> { athleteId: 'nobody', components: [] }
 */
export interface PackageValue {
  readonly athleteId: string;
  readonly asOf?: CalendarDate;
  /** One per component account the athlete owns, in the order they were opened. */
  readonly components: readonly ComponentValue[];
  /** The sum over components; absent when the athlete has no package. */
  readonly total?: PackageTotals;
}

/** The five figures of a package account, in minor units. @internal */
export interface ComponentFigures {
  granted: bigint;
  used: bigint;
  held: bigint;
  expired: bigint;
  remaining: bigint;
}

const GRANT_CODES: ReadonlySet<string> = new Set([TRANSFER_CODES.serviceGrant, TRANSFER_CODES.creditGrant]);

/** Adds one transfer's effect on a package account to its figures. @internal */
export function addToFigures(figures: ComponentFigures, record: TransferRecord, account: AccountRecord): void {
  const onDebit = record.debit === account;
  const code = record.transfer.code;
  if (record.kind === KIND_PENDING) {
    if (onDebit) figures.held += record.amount;
    return;
  }
  if (record.kind !== KIND_PLAIN) {
    if (onDebit) figures.held -= record.held;
    if (record.kind !== KIND_POST) return;
  }
  // A transfer out of the package is usage, an expiry, or a grant taken back (its reversal); a transfer
  // in is a grant, an expiry reversed, or a refund of usage.
  const sign = onDebit ? 1n : -1n;
  if (GRANT_CODES.has(code)) figures.granted -= sign * record.amount;
  else if (code === TRANSFER_CODES.creditExpiry) figures.expired += sign * record.amount;
  else figures.used += sign * record.amount;
}

/** Whether an account holds a package component. @internal */
export function isPackageAccount(record: AccountRecord): boolean {
  return record.account.code === ACCOUNT_CODES.packageService || record.account.code === ACCOUNT_CODES.athleteCredit;
}

/** The figures of a package account at the end of `asOf` (now when omitted). @internal */
export function figuresOf(state: LedgerState, account: AccountRecord, asOf: string | undefined): ComponentFigures {
  const figures: ComponentFigures = { granted: 0n, used: 0n, held: 0n, expired: 0n, remaining: 0n };
  const count = asOf === undefined ? account.positions.length : countUpTo(state, account, asOf);
  for (let index = 0; index < count; index++) addToFigures(figures, state.log[account.positions[index] as number] as TransferRecord, account);
  figures.remaining = figures.granted - figures.used - figures.held - figures.expired;
  return figures;
}

/**
 * What an athlete's package is worth now or at the end of `asOf`, per component and in total: granted,
 * used (training delivered, credit spent, net of refunds), held (reserved by open holds), expired and
 * remaining. Components are the `package-service` and `athlete-credit` accounts the athlete owns. An
 * athlete without a package gets no components and no total. Throws an `AcceleratorUsageError` for a
 * malformed `asOf`.
 *
 * @category Packages
 * @example
 * packageValue(ledger, 'athlete-0001').total?.remaining //=> { amount: '9450.00', currency: 'USD' }
 */
export function packageValue(ledger: Ledger, athleteId: string, asOf?: CalendarDate): PackageValue {
  const state = stateOf(ledger);
  const date = checkDateArgument(asOf, 'asOf');
  const components: ComponentValue[] = [];
  const sum: ComponentFigures = { granted: 0n, used: 0n, held: 0n, expired: 0n, remaining: 0n };
  let unit: AccountRecord | undefined;
  for (const account of state.accountList) {
    if (account.account.owner !== athleteId || !isPackageAccount(account)) continue;
    unit ??= account;
    const figures = figuresOf(state, account, date);
    const money = (units: bigint): Money => ({ amount: formatMinorUnits(units, account.scale), currency: account.currency });
    components.push({
      componentId: account.id.slice(account.id.lastIndexOf('/') + 1),
      accountId: account.id,
      kind: account.account.code === ACCOUNT_CODES.athleteCredit ? 'credit' : 'service',
      granted: money(figures.granted),
      used: money(figures.used),
      held: money(figures.held),
      remaining: money(figures.remaining),
      expired: money(figures.expired),
    });
    sum.granted += figures.granted;
    sum.used += figures.used;
    sum.held += figures.held;
    sum.expired += figures.expired;
    sum.remaining += figures.remaining;
  }
  const base = { athleteId, ...(date === undefined ? {} : { asOf: date }), components };
  if (unit === undefined) return base;
  const { scale, currency } = unit;
  const money = (units: bigint): Money => ({ amount: formatMinorUnits(units, scale), currency });
  return {
    ...base,
    total: { granted: money(sum.granted), used: money(sum.used), held: money(sum.held), remaining: money(sum.remaining), expired: money(sum.expired) },
  };
}
