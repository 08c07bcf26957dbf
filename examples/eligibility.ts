/**
 * Eligibility and selection on the bundled sample data: check 1,200 applications against the 4th
 * edition, list what to ask the applicants who need to supply more information, then select the 50
 * package recipients under regional and gender quotas. Run with `npx tsx examples/eligibility.ts`.
 */
import { checkApplicants, selectRecipients, type Quota } from 'athlete-accelerator/eligibility';
import { loadSampleData } from './support/sample-data.js';

const asOf = '2026-12-01';
const { athletes, edition } = loadSampleData();

const checked = checkApplicants(athletes, edition, asOf);
if (!checked.ok) throw new Error(checked.error.message);
const { results } = checked.value;

const count = (decision: string): number => results.filter((result) => result.decision === decision).length;
console.log(`${edition.name}: ${athletes.length} applications checked on ${asOf}`);
console.log(`  eligible ${count('eligible')}, ineligible ${count('ineligible')}, needs information ${count('needs-information')}`);

const whyNot = new Map<string, number>();
for (const result of results) {
  if (result.decision !== 'ineligible') continue;
  for (const reason of result.reasons) whyNot.set(reason.description, (whyNot.get(reason.description) ?? 0) + 1);
}
console.log('\nWhy applicants were ineligible (an applicant may fail several rules):');
for (const [reason, n] of [...whyNot].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${reason}`);

const toAsk = new Map<string, number>();
for (const result of results) for (const fact of result.missing) toAsk.set(fact, (toAsk.get(fact) ?? 0) + 1);
console.log('\nFacts to ask for, to decide the remaining applications:');
for (const [fact, n] of [...toAsk].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${fact}`);

const eligibleIds = new Set(results.filter((result) => result.decision === 'eligible').map((result) => result.athleteId));
const minimumPerRegion = Number(results[0]?.params.seatsPerRegionMinimum ?? 0);
const quotas: Quota[] = [
  ...['africa', 'asia', 'europe', 'latin-america-caribbean', 'oceania'].map((value): Quota => ({ attribute: 'region', value, min: minimumPerRegion })),
  { attribute: 'gender', value: 'female', min: Math.ceil(edition.seats / 2) },
];
const selection = selectRecipients(athletes.filter((athlete) => eligibleIds.has(athlete.id)), { seats: edition.seats, asOf, quotas, seed: edition.id });
if (!selection.ok) throw new Error(selection.error.message);
const { selected, waitlist, quotas: outcomes, method, proven } = selection.value;

console.log(`\nSelected ${selected.length} of ${eligibleIds.size} eligible applicants (${method}, ${proven ? 'proven optimal' : 'not proven optimal'}):`);
for (const outcome of outcomes) {
  console.log(`  ${outcome.quota.attribute} ${outcome.quota.value}: ${outcome.selected} selected (min ${outcome.quota.min ?? 0})${outcome.met ? '' : `, short by ${outcome.shortBy}`}`);
}
console.log('\nTop five:');
for (const decision of selected.slice(0, 5)) {
  const best = [...decision.breakdown].sort((a, b) => b.points - a.points)[0];
  console.log(`  #${decision.rank} ${decision.athleteId} score ${decision.score.toFixed(2)} — strongest: ${best?.criterion ?? '-'} (${best?.reason ?? ''})`);
}
const aheadOfScore = selected.filter((decision) => decision.rank > selected.length);
console.log(`\n${aheadOfScore.length} recipients were selected ahead of higher scores to meet a quota, e.g.:`);
for (const decision of aheadOfScore.slice(0, 3)) console.log(`  #${decision.rank} ${decision.athleteId}: ${decision.reasons.join('; ')}`);
console.log(`\nWaitlist: ${waitlist.slice(0, 5).map((decision) => `${String(decision.waitlistPosition)}. ${decision.athleteId}`).join(', ')}, …`);
