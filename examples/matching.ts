/**
 * Mentor matching on the bundled sample data: the first 200 applicants are paired with the sample
 * mentors, optimally and then stably, and the report shows the best pairs with the criteria that made
 * them, each mentor's load and why anyone was left without a mentor.
 * Run with `npx tsx examples/matching.ts`.
 */
import { matchMentors, rematchMentors, type MentorMatching } from 'athlete-accelerator/matching';
import { loadSampleData } from './support/sample-data.js';

const asOf = '2027-01-11';
const { athletes, mentors } = loadSampleData();
const cohort = athletes.slice(0, 200);

function run(method: 'optimal' | 'stable'): MentorMatching {
  const result = matchMentors(cohort, mentors, { asOf, method });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const optimal = run('optimal');
const seats = mentors.reduce((sum, mentor) => sum + mentor.capacity, 0);
console.log(`Mentor matching on ${asOf}: ${cohort.length} athletes, ${mentors.length} mentors, ${seats} places`);
console.log(`  optimal: ${optimal.pairs.length} pairs, total score ${optimal.total.toFixed(3)}`);

console.log('\nTop 5 pairs and why:');
for (const pair of [...optimal.pairs].sort((a, b) => b.score - a.score || (a.athleteId < b.athleteId ? -1 : 1)).slice(0, 5)) {
  console.log(`  ${pair.athleteId} → ${pair.mentorId}  score ${pair.score.toFixed(3)}`);
  for (const line of pair.breakdown) {
    if (line.weight === 0) continue;
    console.log(`      ${line.criterion.padEnd(16)} ${line.points.toFixed(3).padStart(6)}  ${line.reason}`);
  }
}

console.log('\nMentor load (assigned / capacity), busiest first:');
for (const load of [...optimal.mentorLoad].sort((a, b) => b.capacity - a.capacity || (a.mentorId < b.mentorId ? -1 : 1)).slice(0, 10)) {
  console.log(`  ${load.mentorId}  ${load.assigned} / ${load.capacity}`);
}
const full = optimal.mentorLoad.filter((load) => load.assigned === load.capacity).length;
console.log(`  … ${full} of ${mentors.length} mentors are full`);

console.log('\nWhy athletes are unmatched:');
const reasons = new Map<string, number>();
for (const entry of optimal.unmatched) reasons.set(entry.code, (reasons.get(entry.code) ?? 0) + 1);
for (const [code, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${code}`);
for (const entry of optimal.unmatched.slice(0, 5)) console.log(`        e.g. ${entry.athleteId}: ${entry.reason}`);

const stable = run('stable');
console.log(`\nStable matching instead: ${stable.pairs.length} pairs, total score ${stable.total.toFixed(3)}`);
console.log('  no athlete and mentor would both rather be paired with each other;');
console.log(`  ${optimal.pairs.length - stable.pairs.length} fewer pairs and ${(optimal.total - stable.total).toFixed(3)} less total score than optimal`);

// Two months in, the busiest mentor leaves and three athletes leave the programme: re-match, moving as
// few of the existing pairs as possible.
const departing = [...optimal.mentorLoad].sort((a, b) => b.assigned - a.assigned || (a.mentorId < b.mentorId ? -1 : 1))[0]?.mentorId;
const leavers = new Set(optimal.pairs.slice(0, 3).map((pair) => pair.athleteId));
const later = rematchMentors(
  cohort.filter((athlete) => !leavers.has(athlete.id)),
  mentors.filter((mentor) => mentor.id !== departing),
  optimal.pairs.map(({ athleteId, mentorId }) => ({ athleteId, mentorId })),
  { asOf: '2027-03-08' },
);
if (!later.ok) throw new Error(later.error.message);
console.log(`\nRe-matching after ${departing ?? 'a mentor'} and ${leavers.size} athletes left:`);
console.log(`  ${later.value.kept.length} pairs kept, ${later.value.moved.length} moved, ${later.value.ended.length} ended, ${later.value.added.length} added`);
for (const move of later.value.moved.slice(0, 5)) console.log(`  ${move.athleteId}: ${move.fromMentorId} → ${move.toMentorId} (${move.reason})`);
for (const end of later.value.ended.slice(0, 5)) console.log(`  ${end.athleteId}: left ${end.fromMentorId} (${end.reason})`);

// The optimal re-match moves some pairs only to gain a little total score; accepting a small loss
// keeps them.
const gentle = rematchMentors(
  cohort.filter((athlete) => !leavers.has(athlete.id)),
  mentors.filter((mentor) => mentor.id !== departing),
  optimal.pairs.map(({ athleteId, mentorId }) => ({ athleteId, mentorId })),
  { asOf: '2027-03-08', maxLoss: 0.5 },
);
if (!gentle.ok) throw new Error(gentle.error.message);
console.log(
  `  accepting a loss of at most 0.5 points: ${gentle.value.moved.length} moved, ${gentle.value.kept.length} kept (loss ${gentle.value.loss.toFixed(3)})`,
);
