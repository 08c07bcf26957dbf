/**
 * The whole cohort on the bundled sample data, then a year of follow-up: `runCohort` decides who is
 * eligible, selects the 50 package recipients, issues their packages, plans and schedules their
 * learning and pairs them with mentors; the example follows one recipient through every stage, posts
 * spending on the ledger rebuilt from the report's journal, and compares illustrative follow-up outcomes
 * with the survey baselines the programme cites.
 * Run with `npx tsx examples/cohort.ts`.
 */
import { formatMoney } from 'athlete-accelerator/core';
import { availableBalance, budgetReport, packageAccountId, post, PROGRAMME_ACCOUNTS, replay, TRANSFER_CODES } from 'athlete-accelerator/accounting';
import { outcomeReport, recordOutcome, runCohort, type OutcomeEvent } from 'athlete-accelerator/programme';
import { loadSampleData } from './support/sample-data.js';

const { athletes, mentors, edition } = loadSampleData();
const run = runCohort({ edition, applications: athletes, mentors, asOf: '2026-12-01' });
if (!run.ok) throw new Error(`${run.error.message}\n${JSON.stringify(run.error.issues, null, 2)}`);
const report = run.value;
const { funnel } = report;

console.log(`${report.edition.name}, decided on ${report.asOf}`);
console.log(`  ${funnel.applications} applications → ${funnel.eligible} eligible, ${funnel.needsInformation} asked for more, ${funnel.ineligible} ineligible`);
console.log(`  ${funnel.selected} selected (${report.selection.method}, ${report.selection.proven ? 'optimal' : 'not proven optimal'}), ${funnel.waitlisted} on the waitlist`);
console.log(`  ${funnel.packagesIssued} packages: ${formatMoney(report.packages.budget.committed)} of ${formatMoney(report.packages.budget.funded)} committed`);
console.log(`  ${funnel.matched} athletes matched with a mentor (average pair score ${report.mentoring.averageScore.toFixed(3)})`);

// One recipient through every stage (the best-ranked one with modules to take).
const first = report.recipients.find((recipient) => recipient.learning.modules > 0) ?? report.recipients[0];
if (first === undefined) throw new Error('No recipient was selected.');
console.log(`\nRank ${first.rank}: ${first.name} (${first.sport}, ${first.country}), score ${first.score.toFixed(2)}`);
for (const line of first.breakdown) console.log(`  ${line.criterion.padEnd(20)} ${line.points.toFixed(2).padStart(6)}  ${line.reason}`);
if (first.package.status === 'issued') console.log(`  package ${formatMoney(first.package.value)}, of which ${formatMoney(first.package.credit)} credit spendable until ${first.package.creditSpendableUntil ?? '-'}`);
console.log(`  learning: ${first.learning.modules} modules, ${first.learning.hours} h, ${first.learning.scheduledModules} scheduled${first.learning.completeBy === undefined ? '' : `, complete by ${first.learning.completeBy}`}`);
if (first.mentor.status === 'matched') console.log(`  mentor: ${first.mentor.mentorName} (${first.mentor.mentorKind}), pair score ${first.mentor.score.toFixed(3)}`);

// The report's journal rebuilds the ledger; spending is posted on it like on any ledger.
const rebuilt = replay(report.packages.journal);
if (!rebuilt.ok) throw new Error(rebuilt.error.message);
const credit = packageAccountId(first.athleteId, 'trade-credit');
const spent = post(rebuilt.value, [
  { id: 'order-2001', debitAccountId: credit, creditAccountId: PROGRAMME_ACCOUNTS.settlement, amount: '1850.00', ledger: 'USD', code: TRANSFER_CODES.creditSpend, date: '2027-02-15', reference: 'samples from a supplier' },
]);
if (!spent.ok) throw new Error(spent.error.message);
console.log(`\nAfter a first order, ${first.athleteId} has ${formatMoney(availableBalance(spent.value.ledger, credit))} of credit left;`);
console.log(`the programme has used ${formatMoney(budgetReport(spent.value.ledger).used)} of the packages so far.`);

// Illustrative follow-up events for the first ten recipients (not sample data: made up for the example).
const kinds = ['venture-launched', 'employment', 'survey'] as const;
let events: OutcomeEvent[] = [];
report.recipients.slice(0, 10).forEach((recipient, index) => {
  const kind = kinds[index % kinds.length] ?? 'survey';
  const base = { id: `follow-up-${String(index + 1)}`, athleteId: recipient.athleteId, date: '2027-11-30' };
  const event =
    kind === 'venture-launched'
      ? { ...base, kind }
      : kind === 'employment'
        ? { ...base, kind, status: index % 2 === 0 ? 'seeking' : 'employed' }
        : { ...base, kind, believesTransferableSkills: index % 4 !== 0 };
  const recorded = recordOutcome(events, event);
  if (!recorded.ok) throw new Error(recorded.error.message);
  events = recorded.value;
});
const outcomes = outcomeReport(events, report, '2027-12-31');
if (!outcomes.ok) throw new Error(outcomes.error.message);
console.log(`\nOutcomes on ${outcomes.value.asOf} (${outcomes.value.followedUp} of ${outcomes.value.cohortSize} recipients followed up so far):`);
for (const measure of outcomes.value.measures) {
  const share = measure.share === null ? 'no data' : `${(measure.share * 100).toFixed(0)}% (${measure.count}/${measure.denominator})`;
  console.log(`  ${measure.label.padEnd(48)} ${share.padEnd(14)} baseline ${(measure.baseline * 100).toFixed(0)}%  ${measure.direction}`);
}
