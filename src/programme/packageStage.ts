import { add, addMonths, allocate, compare, ok, subtract, zero, type Athlete, type CalendarDate, type Money, type Result } from '../core/index.js';
import { budgetReport, createProgrammeLedger, issuePackage, journal, type IssuedPackage, type Ledger } from '../accounting/index.js';
import type { BurnDownMonth, CohortPackages, CohortWarning } from './cohortReport.js';
import { stageFailed, type ProgrammeError } from './errors.js';
import type { CohortInput } from './runCohortInput.js';

/** What the package stage hands on. */
export interface PackageStage {
  readonly ledger: Ledger;
  readonly issued: ReadonlyMap<string, IssuedPackage>;
  readonly refused: ReadonlyMap<string, { readonly code: string; readonly message: string }>;
  readonly summary: CohortPackages;
  readonly warnings: readonly CohortWarning[];
}

/** The default issue date: the cohort start, or the start of the package's issue window if later. */
export function defaultIssueDate(input: CohortInput): CalendarDate {
  const { cohortStart } = input.edition.dates;
  const windowStart = input.edition.packageTemplate.issueWindow?.start;
  return windowStart !== undefined && windowStart > cohortStart ? windowStart : cohortStart;
}

const monthOf = (date: CalendarDate): string => date.slice(0, 7);

/** The month after a `YYYY-MM` month. */
const nextMonth = (month: string): string => monthOf(addMonths(`${month}-01`, 1));

/**
 * Month by month from the budget's funding to the month after the last credit expires: budget
 * remaining, value committed so far, and recipients' credit still open at the month's end if none of it
 * is spent.
 */
function burnDown(fundedOn: CalendarDate, funded: Money, packages: readonly IssuedPackage[]): BurnDownMonth[] {
  const currency = funded.currency;
  let last = monthOf(fundedOn);
  for (const issued of packages) {
    for (const component of issued.components) {
      const end = component.spendableUntil ?? issued.date;
      if (monthOf(end) > last) last = monthOf(end);
    }
  }
  last = nextMonth(last);
  const months: BurnDownMonth[] = [];
  for (let month = monthOf(fundedOn); month <= last && months.length < 600; month = nextMonth(month)) {
    let committed = zero(currency);
    let open = zero(currency);
    let expiring = zero(currency);
    for (const issued of packages) {
      if (monthOf(issued.date) > month) continue;
      for (const component of issued.components) {
        committed = add(committed, component.value);
        if (component.kind !== 'credit' || component.spendableUntil === undefined) continue;
        const expiresIn = monthOf(component.spendableUntil);
        if (expiresIn > month) open = add(open, component.value);
        else if (expiresIn === month) expiring = add(expiring, component.value);
      }
    }
    months.push({ month, budgetRemaining: subtract(funded, committed), cumulativeCommitted: committed, creditOpenIfUnspent: open, creditExpiring: expiring });
  }
  return months;
}

/**
 * Opens the edition's ledger, funds the budget and issues a package to each recipient in rank order.
 * A package the budget or the issue window refuses is a warning and a `refused` line, not an error.
 */
export function runPackages(input: CohortInput, recipients: readonly Athlete[]): Result<PackageStage, ProgrammeError> {
  const opened = createProgrammeLedger(input.edition);
  if (!opened.ok) return stageFailed('packages', opened.error);
  let ledger = opened.value;
  const issueOn = input.issueOn ?? defaultIssueDate(input);
  const issued = new Map<string, IssuedPackage>();
  const refused = new Map<string, { code: string; message: string }>();
  const warnings: CohortWarning[] = [];
  for (const athlete of recipients) {
    const result = issuePackage(ledger, input.edition.packageTemplate, athlete.id, issueOn);
    if (result.ok) {
      ledger = result.value.ledger;
      issued.set(athlete.id, result.value);
    } else {
      refused.set(athlete.id, { code: result.error.code, message: result.error.message });
      warnings.push({ stage: 'packages', code: result.error.code, message: `No package for ${athlete.name} (${athlete.id}): ${result.error.message}`, athleteId: athlete.id });
    }
  }
  const template = input.edition.packageTemplate;
  const parts = allocate(template.value, template.components.map((component) => component.weight));
  if (!parts.ok) return stageFailed('packages', parts.error);
  const budget = budgetReport(ledger);
  const currency = template.value.currency;
  let service = zero(currency);
  let credit = zero(currency);
  for (const pack of issued.values()) {
    for (const component of pack.components) {
      if (component.kind === 'credit') credit = add(credit, component.value);
      else service = add(service, component.value);
    }
  }
  if (compare(add(service, credit), budget.committed) !== 0) {
    warnings.push({ stage: 'packages', code: 'budget-mismatch', message: `The packages add up to ${add(service, credit).amount} but the budget records ${budget.committed.amount} committed.` });
  }
  return ok({
    ledger,
    issued,
    refused,
    warnings,
    summary: {
      issuedOn: issueOn,
      template: {
        id: template.id,
        name: template.name,
        value: template.value,
        creditValidDays: template.creditValidDays,
        components: template.components.map((component, index) => ({ id: component.id, name: component.name, kind: component.kind, value: parts.value[index] ?? zero(currency) })),
      },
      issued: issued.size,
      refused: [...refused].map(([athleteId, refusal]) => ({ athleteId, ...refusal })),
      budget: { funded: budget.funded, committed: budget.committed, remaining: budget.remaining, serviceCommitted: service, creditCommitted: credit },
      burnDown: burnDown(input.edition.dates.applicationsOpen, budget.funded, [...issued.values()]),
      journal: journal(ledger),
    },
  });
}
