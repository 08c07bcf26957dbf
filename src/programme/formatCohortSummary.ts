import { formatMoney, formatPath, type Money } from '../core/index.js';
import { checkCohortReport } from './checkCohortReport.js';
import type { CohortRecipient, CohortReport, CohortWarning } from './cohortReport.js';
import type { CohortStage } from './errors.js';

/**
 * Options of {@link formatCohortSummary}.
 *
 * @category Cohort
 * @example
 * const options: FormatCohortSummaryOptions = { width: 100 };
 * options.width //=> 100
 */
export interface FormatCohortSummaryOptions {
  /** The widest a line may be, in characters (long names are cut with "…", warnings wrap); default 80, at least 40. */
  readonly width?: number;
}

const STAGES: readonly CohortStage[] = ['input', 'eligibility', 'selection', 'packages', 'learning', 'matching', 'report'];
const TOP_MATCHES = 10;
const WARNINGS_PER_STAGE = 3;
const INVALID_SHOWN = 3;

/** A count with thousands separators, the same on every machine: `1,200`. */
function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function plural(value: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count(value)} ${value === 1 ? singular : pluralForm}`;
}

function money(value: Money): string {
  return formatMoney(value);
}

/** Cuts a text to `max` characters, ending it with "…" when cut. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Wraps a text at spaces into lines of at most `width` characters, each after `indent` (the first after `first`). */
function wrap(text: string, width: number, first: string, indent: string): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (!empty && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent;
      empty = true;
    }
    line += empty ? fit(word, width - line.length) : ` ${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}

/** Label-value rows with the values aligned to the right in one column. */
function figures(rows: readonly (readonly [string, string])[]): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  return rows.map(([label, value]) => `  ${label.padEnd(labelWidth)}  ${value.padStart(valueWidth)}`);
}

function funnelSection(report: CohortReport): string[] {
  const { funnel } = report;
  return [
    'Funnel',
    ...figures([
      ['applications', count(funnel.applications)],
      ['invalid', count(funnel.invalid)],
      ['eligible', count(funnel.eligible)],
      ['ineligible', count(funnel.ineligible)],
      ['needs information', count(funnel.needsInformation)],
      ['selected', count(funnel.selected)],
      ['waitlisted', count(funnel.waitlisted)],
      ['not selected', count(funnel.notSelected)],
      ['packages issued', count(funnel.packagesIssued)],
      ['scheduled', count(funnel.scheduled)],
      ['mentor matched', count(funnel.matched)],
    ]),
  ];
}

function invalidSection(report: CohortReport, width: number): string[] {
  const invalid = report.eligibility.invalidApplications;
  if (invalid.length === 0) return [];
  const lines = ['', `Invalid applications (${count(invalid.length)})`];
  for (const application of invalid.slice(0, INVALID_SHOWN)) {
    const first = application.issues[0];
    const where = first === undefined ? `applications[${application.index}]` : formatPath(first.path);
    const who = application.athleteId === undefined ? '' : ` (${application.athleteId})`;
    const more = application.issues.length > 1 ? ` (and ${plural(application.issues.length - 1, 'more problem')})` : '';
    lines.push(...wrap(`${where}${who}: ${first?.message ?? 'not a valid application.'}${more}`, width, '  - ', '    '));
  }
  if (invalid.length > INVALID_SHOWN) lines.push(`  … and ${count(invalid.length - INVALID_SHOWN)} more`);
  return lines;
}

function budgetSection(report: CohortReport): string[] {
  const { budget, refused } = report.packages;
  const lines = [
    '',
    'Budget',
    ...figures([
      ['funded', money(budget.funded)],
      ['committed', money(budget.committed)],
      ['remaining', money(budget.remaining)],
    ]),
    `  committed as services ${money(budget.serviceCommitted)}, as credit ${money(budget.creditCommitted)}`,
  ];
  if (refused.length > 0) lines.push(`  ${plural(refused.length, 'package')} refused (see the warnings)`);
  return lines;
}

function quotaSection(report: CohortReport, width: number): string[] {
  const { quotas, seats, unfilledSeats } = report.selection;
  const missed = quotas.filter((quota) => !quota.met).length;
  const lines = ['', `Selection: ${count(seats - unfilledSeats)} of ${plural(seats, 'seat')} filled${unfilledSeats > 0 ? ` (${count(unfilledSeats)} UNFILLED)` : ''}`];
  if (quotas.length === 0) return [...lines, '  no quotas'];
  lines.push(`Quotas (${count(quotas.length)}, ${missed === 0 ? 'all met' : `${count(missed)} MISSED`})`);
  const figuresWidth = Math.max(...quotas.map((quota) => `${count(quota.selected)} of ${count(quota.available)}`.length));
  const shortWidth = Math.max(...quotas.map((quota) => (quota.met ? 0 : `, short by ${count(quota.shortBy)}`.length)));
  // "  MISSED  " before the label; "  12 of 100" and ", short by 3" after it.
  const labelWidth = Math.min(Math.max(...quotas.map((quota) => quota.label.length)), Math.max(8, width - 12 - figuresWidth - shortWidth));
  lines.push(`  ${'status'.padEnd(6)}  ${'quota'.padEnd(labelWidth)}  selected of available`);
  for (const quota of quotas) {
    const status = quota.met ? 'met' : 'MISSED';
    const short = quota.met ? '' : `, short by ${count(quota.shortBy)}`;
    const figures = `${count(quota.selected)} of ${count(quota.available)}`.padStart(figuresWidth);
    lines.push(`  ${status.padEnd(6)}  ${fit(quota.label, labelWidth).padEnd(labelWidth)}  ${figures}${short}`);
  }
  return lines;
}

type Matched = CohortRecipient & { readonly mentor: Extract<CohortRecipient['mentor'], { status: 'matched' }> };

function matchesSection(report: CohortReport, width: number): string[] {
  const matched = report.recipients.filter((recipient): recipient is Matched => recipient.mentor.status === 'matched');
  if (matched.length === 0) return ['', 'Top matches', '  no athlete was matched with a mentor'];
  const top = [...matched]
    .sort((a, b) => b.mentor.score - a.mentor.score || (a.athleteId < b.athleteId ? -1 : a.athleteId > b.athleteId ? 1 : 0))
    .slice(0, TOP_MATCHES);
  const rows = top.map((recipient) => [
    `${recipient.name} (${recipient.athleteId})`,
    `${recipient.mentor.mentorName} (${recipient.mentor.mentorKind})`,
    recipient.mentor.score.toFixed(3),
  ]);
  // Two spaces of indent, two gaps of two, five characters of score: the rest is shared by the names.
  const room = Math.max(20, width - 11);
  const athleteWidth = Math.min(Math.max('athlete'.length, ...rows.map((row) => row[0]?.length ?? 0)), Math.ceil(room / 2));
  const mentorWidth = Math.min(Math.max('mentor'.length, ...rows.map((row) => row[1]?.length ?? 0)), room - athleteWidth);
  const line = (athlete: string, mentor: string, score: string): string =>
    `  ${fit(athlete, athleteWidth).padEnd(athleteWidth)}  ${fit(mentor, mentorWidth).padEnd(mentorWidth)}  ${score.padStart(5)}`;
  return [
    '',
    `Top matches (${count(top.length)} of ${count(matched.length)})`,
    line('athlete', 'mentor', 'score'),
    ...rows.map(([athlete = '', mentor = '', score = '']) => line(athlete, mentor, score)),
  ];
}

function mentorSection(report: CohortReport): string[] {
  const { mentorLoad, byKind, unmatched, averageScore, method } = report.mentoring;
  const capacity = mentorLoad.reduce((sum, load) => sum + load.capacity, 0);
  const assigned = mentorLoad.reduce((sum, load) => sum + load.assigned, 0);
  const full = mentorLoad.filter((load) => load.capacity > 0 && load.assigned >= load.capacity).length;
  const idle = mentorLoad.filter((load) => load.assigned === 0).length;
  const lines = [
    '',
    `Mentor load (${method} matching, average score ${averageScore.toFixed(3)})`,
    `  ${count(assigned)} of ${count(capacity)} places used across ${plural(mentorLoad.length, 'mentor')}: ${count(full)} at capacity, ${count(idle)} without an athlete`,
  ];
  if (byKind.length > 0) {
    const kindWidth = Math.max(...byKind.map((kind) => kind.kind.length));
    const mentorsWidth = Math.max(...byKind.map((kind) => plural(kind.mentors, 'mentor').length));
    for (const kind of byKind) {
      lines.push(`  ${kind.kind.padEnd(kindWidth)}  ${plural(kind.mentors, 'mentor').padEnd(mentorsWidth)}  ${count(kind.assigned)} of ${count(kind.capacity)} places`);
    }
  }
  if (unmatched.length > 0) {
    const byCode = new Map<string, number>();
    for (const athlete of unmatched) byCode.set(athlete.code, (byCode.get(athlete.code) ?? 0) + 1);
    const reasons = [...byCode].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1)).map(([code, n]) => `${count(n)} ${code}`);
    lines.push(`  ${plural(unmatched.length, 'recipient')} without a mentor: ${reasons.join(', ')}`);
  }
  return lines;
}

function warningsSection(warnings: readonly CohortWarning[], width: number): string[] {
  if (warnings.length === 0) return ['', 'Warnings: none'];
  const lines = ['', `Warnings (${count(warnings.length)})`];
  const stages = [...STAGES, ...new Set(warnings.map((warning) => warning.stage).filter((stage) => !STAGES.includes(stage)))];
  for (const stage of stages) {
    const mine = warnings.filter((warning) => warning.stage === stage);
    if (mine.length === 0) continue;
    lines.push(`  ${stage} (${count(mine.length)})`);
    for (const warning of mine.slice(0, WARNINGS_PER_STAGE)) lines.push(...wrap(warning.message, width, '    - ', '      '));
    if (mine.length > WARNINGS_PER_STAGE) lines.push(`    … and ${count(mine.length - WARNINGS_PER_STAGE)} more`);
  }
  return lines;
}

/**
 * A plain-text summary of a cohort report for a terminal: the edition and date, the funnel with counts,
 * the budget, the selection's quotas (missed ones flagged `MISSED`), the ten best mentor matches, the
 * mentors' load and the warnings grouped by stage (the first three of each, with a count). No colour
 * codes; lines fit `options.width`. The same report gives the same text.
 *
 * Throws an `AcceleratorUsageError` (code `invalid-input`, path `report.format`) for a value that is not a
 * report of the `COHORT_REPORT_FORMAT` format.
 *
 * @category Cohort
 * @example
 * const run = runCohort({ edition: fourthEdition, applications: athletes, mentors, asOf: '2026-12-01' });
 * const summary = run.ok ? formatCohortSummary(run.value, { width: 100 }) : '';
 * summary.split('\n')[0] //=> 'Athlete Business Accelerator, 4th edition (edition-4)'
 */
export function formatCohortSummary(report: CohortReport, options: FormatCohortSummaryOptions = {}): string {
  checkCohortReport(report, 'formatCohortSummary');
  const width = Math.max(40, Math.floor(options.width ?? 80));
  const { edition } = report;
  const lines = [
    ...wrap(`${edition.name} (${edition.id})`, width, '', ''),
    ...wrap(
      `as of ${report.asOf}; cohort ${edition.cohortStart} to ${edition.cohortEnd}; ${plural(edition.seats, 'seat')} of ${money(edition.packageValue)}`,
      width,
      '',
      '',
    ),
    '',
    ...funnelSection(report),
    ...invalidSection(report, width),
    ...budgetSection(report),
    ...quotaSection(report, width),
    ...matchesSection(report, width),
    ...mentorSection(report),
    ...warningsSection(report.warnings, width),
  ];
  // Prose lines longer than the width wrap under their own indent (tables are already cut to fit).
  const fitted = lines.flatMap((line) => {
    if (line.length <= width) return [line.trimEnd()];
    const indent = /^ */.exec(line)?.[0] ?? '';
    return wrap(line.trim(), width, indent, `${indent}  `);
  });
  return `${fitted.join('\n')}\n`;
}
