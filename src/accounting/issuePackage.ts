import { z } from 'zod';
import {
  IdSchema,
  PackageTemplateSchema,
  addDays,
  allocate,
  toMinorUnits,
  type CalendarDate,
  type Issue,
  type Money,
  type Result,
} from '../core/index.js';
import type { Account } from './account.js';
import { checkAccounts } from './addAccounts.js';
import { applyAccount, unapplyAccount } from './applyAccount.js';
import { applyBatch } from './applyBatch.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { invalid } from './checkBatch.js';
import { checkTransfer, type CheckedTransfer } from './checkTransfer.js';
import { ACCOUNT_CODES, PROGRAMME_ACCOUNTS, TRANSFER_CODES, packageAccountId } from './chartOfAccounts.js';
import { derivedId } from './derivedId.js';
import { messages, type PackageError } from './errors.js';
import { nextHandle, stateOf, type AccountRecord, type Ledger } from './ledgerState.js';
import { formatMinorUnits } from './minorUnits.js';
import { parseInput } from './parseInput.js';
import type { Transfer } from './transfer.js';

/**
 * A package template as JSON (see core's `PackageTemplateSchema`).
 *
 * @category Packages
 * @example
 * const template: PackageTemplateInput = fourthEditionPackage;
 * template.value //=> { amount: '10000.00', currency: 'USD' }
 */
export type PackageTemplateInput = z.input<typeof PackageTemplateSchema>;

/**
 * Options of {@link issuePackage}.
 *
 * @category Packages
 * @example
 * issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-11', { budgetAccountId: 'regional-budget' }).ok //=> true
 */
export interface IssuePackageOptions {
  /** The account packages are issued from; default `programme-budget`. */
  readonly budgetAccountId?: string;
}

/**
 * One component of an issued package.
 *
 * @category Packages
 * @example
 * const issued = issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-11');
 * if (issued.ok) issued.value.components[3]
 * //=> { componentId: 'trade-credit', name: 'Trade credit', kind: 'credit', accountId: 'athlete-0001/trade-credit',
 * //     value: { amount: '5000.00', currency: 'USD' }, spendableUntil: '2028-01-10' }
 */
export interface IssuedComponent {
  readonly componentId: string;
  readonly name: string;
  readonly kind: 'service' | 'credit';
  /** The athlete's account that holds it (`<athleteId>/<componentId>`). */
  readonly accountId: string;
  /** Its share of the package value (the shares add up to the value exactly). */
  readonly value: Money;
  /** For credit: the last date it may be spent (issue date + `creditValidDays` − 1). */
  readonly spendableUntil?: CalendarDate;
}

/**
 * What `issuePackage` returns.
 *
 * @category Packages
 * @example
 * const issued = issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-11');
 * if (issued.ok) issued.value.status //=> 'created' (or 'exists' when retried)
 */
export interface IssuedPackage {
  readonly ledger: Ledger;
  readonly athleteId: string;
  readonly templateId: string;
  readonly date: CalendarDate;
  /** `exists` when this package had already been issued identically (a safe retry); nothing changed. */
  readonly status: 'created' | 'exists';
  readonly components: readonly IssuedComponent[];
  /** The grants, as recorded in the journal (one per component with a value above zero). */
  readonly transfers: readonly Transfer[];
}

/**
 * Issues a business package to an athlete from the programme budget.
 *
 * The template's value is split across its components by weight with core's `allocate` (largest
 * remainder, so the parts add up to the value exactly, to the minor unit). Each component gets an account
 * owned by the athlete, `<athleteId>/<componentId>` with `debitsMustNotExceedCredits` — `package-service`
 * for in-kind training, `athlete-credit` for spendable trade credit — and one grant from the budget
 * (`package-service-grant` or `package-credit-grant`, id `<accountId>:issued`). The accounts and grants
 * are applied as one linked chain: all or nothing.
 *
 * Refusals (nothing changes, the ledger passed in stays usable): `invalid-input` (a malformed template,
 * athlete id or date), `outside-issue-window`, `account-not-found` (no budget account),
 * `currency-mismatch` (template and budget in different currencies), `insufficient-funds` on the budget
 * account with the amount missing for the whole package, `id-conflict` (the athlete already has a
 * different package in this ledger). Issuing the same package again answers `status: 'exists'`.
 *
 * @category Packages
 * @example
 * const issued = issuePackage(ledger, fourthEditionPackage, 'athlete-0001', '2027-01-11');
 * if (issued.ok) issued.value.components.map((part) => `${part.componentId} ${part.value.amount}`)
 * //=> ['logistics-training 2000.00', 'operations-training 1500.00', 'sourcing-training 1500.00', 'trade-credit 5000.00']
 */
export function issuePackage(
  ledger: Ledger,
  template: PackageTemplateInput,
  athlete: string | { readonly id: string },
  date: CalendarDate,
  options: IssuePackageOptions = {},
): Result<IssuedPackage, PackageError> {
  const state = stateOf(ledger);
  const parsedTemplate = parseInput(PackageTemplateSchema, template, 'package template');
  const athleteId: unknown = typeof athlete === 'string' ? athlete : (athlete as { readonly id?: unknown } | null)?.id;
  const parsedAthlete = parseInput(IdSchema, athleteId, 'athlete id');
  const issues: Issue[] = [];
  if (!parsedTemplate.ok) for (const issue of parsedTemplate.issues) issues.push({ path: ['template', ...issue.path], message: issue.message });
  if (!parsedAthlete.ok) issues.push({ path: ['athlete'], message: parsedAthlete.issues[0]?.message ?? 'Expected an athlete id.' });
  if (!isValidCalendarDate(date)) issues.push({ path: ['date'], message: messages.badDate('date', date) });
  if (!parsedTemplate.ok || !parsedAthlete.ok || issues.length > 0) return invalid('package issue', issues);
  const spec = parsedTemplate.value;
  const who = parsedAthlete.value;

  if (spec.value.amount.startsWith('-')) return invalid('package issue', [{ path: ['template', 'value', 'amount'], message: 'A package value may not be negative.' }]);
  const window = spec.issueWindow;
  if (window !== undefined && (date < window.start || date > window.end)) {
    return { ok: false, error: { code: 'outside-issue-window', message: messages.outsideIssueWindow(spec.id, window.start, window.end, date), path: ['date'] } };
  }
  const budgetId = options.budgetAccountId ?? PROGRAMME_ACCOUNTS.budget;
  const budget = state.accounts.get(budgetId);
  if (budget === undefined) {
    return { ok: false, error: { code: 'account-not-found', message: messages.accountNotFound(budgetId, 'the'), accountId: budgetId } };
  }
  const currency = spec.value.currency;
  if (budget.currency !== currency) {
    return { ok: false, error: { code: 'currency-mismatch', message: messages.currencyMismatch(currency, budget.currency, budget.currency) } };
  }
  const shares = allocate(spec.value, spec.components.map((component) => component.weight));
  if (!shares.ok) return invalid('package template', [{ path: ['template', 'components'], message: shares.error.message }]);

  const accounts: Account[] = [];
  const components: IssuedComponent[] = [];
  const grants: CheckedTransfer[] = [];
  const tooLong: Issue[] = [];
  spec.components.forEach((component, index) => {
    const accountId = packageAccountId(who, component.id);
    if (accountId.length > 128) tooLong.push({ path: ['athlete'], message: messages.idTooLong(accountId) });
    const isCredit = component.kind === 'credit';
    const value = shares.value[index] as Money;
    accounts.push({
      id: accountId,
      ledger: currency,
      code: isCredit ? ACCOUNT_CODES.athleteCredit : ACCOUNT_CODES.packageService,
      owner: who,
      flags: { debitsMustNotExceedCredits: true },
    });
    components.push({
      componentId: component.id,
      name: component.name,
      kind: component.kind,
      accountId,
      value,
      ...(isCredit ? { spendableUntil: addDays(date, spec.creditValidDays - 1) } : {}),
    });
    const checked = checkTransfer({
      id: derivedId(accountId, 'issued'),
      debitAccountId: budgetId,
      creditAccountId: accountId,
      amount: value.amount,
      ledger: currency,
      code: isCredit ? TRANSFER_CODES.creditGrant : TRANSFER_CODES.serviceGrant,
      date,
      reference: spec.id,
      flags: { linked: true },
    });
    if (checked !== undefined) grants.push(checked);
  });
  if (tooLong.length > 0) return invalid('package issue', tooLong.slice(0, 1));
  const last = grants[grants.length - 1];
  if (last !== undefined) grants[grants.length - 1] = { ...last, linked: false };

  const checkedAccounts = checkAccounts(state.accounts, accounts);
  if (!checkedAccounts.ok) return checkedAccounts;
  const availableBefore = budget.creditsPosted - budget.debitsPosted - budget.debitsPending;
  const added: AccountRecord[] = [];
  for (const account of checkedAccounts.value) {
    if (applyAccount(state, account, false) === 'created') added.push(state.accounts.get(account.id) as AccountRecord);
  }
  const results = applyBatch(state, grants);
  const failed = results.find((result) => 'error' in result && result.error.code !== 'linked-chain-failed');
  if (failed !== undefined && 'error' in failed) {
    for (let index = added.length - 1; index >= 0; index--) unapplyAccount(state, added[index] as AccountRecord);
    const error = failed.error;
    if (error.code === 'insufficient-funds' && error.accountId === budget.id) {
      const missing = toMinorUnits(spec.value) - availableBefore;
      const missingText = formatMinorUnits(missing, budget.scale);
      return {
        ok: false,
        error: {
          ...error,
          message: messages.budgetShort(budget.id, `${missingText} ${currency}`, `${spec.value.amount} ${currency}`, `${formatMinorUnits(availableBefore, budget.scale)} ${currency}`),
          missing: { amount: missingText, currency },
        },
      };
    }
    return { ok: false, error };
  }
  const created = added.length > 0 || results.some((result) => 'status' in result && result.status === 'created');
  const transfers = grants.map((grant) => state.transfers.get(grant.transfer.id)?.transfer as Transfer);
  return {
    ok: true,
    value: { ledger: nextHandle(state), athleteId: who, templateId: spec.id, date, status: created ? 'created' : 'exists', components, transfers },
  };
}
