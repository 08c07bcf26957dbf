import { EditionSchema, type CalendarDate, type EditionInput, type Result } from '../core/index.js';
import { applyBatch } from './applyBatch.js';
import { invalid } from './checkBatch.js';
import { checkTransfer } from './checkTransfer.js';
import { derivedId } from './derivedId.js';
import { PROGRAMME_ACCOUNTS, TRANSFER_CODES, programmeAccounts } from './chartOfAccounts.js';
import { createLedger } from './createLedger.js';
import { messages, type PackageError } from './errors.js';
import { isValidCalendarDate } from './calendarDateCheck.js';
import { nextHandle, stateOf, type Ledger } from './ledgerState.js';
import { parseInput } from './parseInput.js';

/**
 * Options of {@link createProgrammeLedger}.
 *
 * @category Packages
 * @example
 * createProgrammeLedger(fourthEdition, { fundedOn: '2026-10-01' }).ok //=> true
 */
export interface CreateProgrammeLedgerOptions {
  /** The date the budget is funded; default the edition's `applicationsOpen`. */
  readonly fundedOn?: CalendarDate;
}

/**
 * Opens the ledger of an edition: the programme accounts of the chart (funding, budget, partner
 * settlement, expired credit) in the edition's currency, and one `budget-funding` transfer of the whole
 * budget from `programme-funding` to `programme-budget` (id `<editionId>:budget-funding`). Packages are
 * then issued from the budget with `issuePackage`; more funding is another transfer from
 * `programme-funding`.
 *
 * Fails with `invalid-input` for an edition that does not match `EditionSchema`.
 *
 * @category Packages
 * @example
 * const opened = createProgrammeLedger(fourthEdition);
 * if (opened.ok) availableBalance(opened.value, 'programme-budget') //=> { amount: '500000.00', currency: 'USD' }
 */
export function createProgrammeLedger(edition: EditionInput, options: CreateProgrammeLedgerOptions = {}): Result<Ledger, PackageError> {
  const parsed = parseInput(EditionSchema, edition, 'edition');
  if (!parsed.ok) return invalid('edition', parsed.issues);
  const { budget, dates, id } = parsed.value;
  if (budget.amount.startsWith('-')) return invalid('edition', [{ path: ['budget', 'amount'], message: 'The budget may not be negative.' }]);
  const fundedOn = options.fundedOn ?? dates.applicationsOpen;
  if (!isValidCalendarDate(fundedOn)) return invalid('options', [{ path: ['fundedOn'], message: messages.badDate('fundedOn', fundedOn) }]);
  const created = createLedger(programmeAccounts(budget.currency));
  if (!created.ok) return created;
  const state = stateOf(created.value);
  const checked = checkTransfer({
    id: derivedId(id, 'budget-funding'),
    debitAccountId: PROGRAMME_ACCOUNTS.funding,
    creditAccountId: PROGRAMME_ACCOUNTS.budget,
    amount: budget.amount,
    ledger: budget.currency,
    code: TRANSFER_CODES.budgetFunding,
    date: fundedOn,
    reference: id,
  });
  // A zero budget needs no funding transfer (a transfer always moves a positive amount).
  if (checked !== undefined) applyBatch(state, [checked]);
  else if (!/^0+(?:\.0+)?$/.test(budget.amount)) throw new Error('createProgrammeLedger: the funding transfer could not be built.');
  return { ok: true, value: nextHandle(state) };
}
