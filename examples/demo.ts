/**
 * `npm run demo`: the cohort on the bundled sample data. Until the programme pipeline lands
 * (eligibility, selection, packages, paths and mentors end to end), it reports what the core
 * module already computes from the data: the applicant pool and its missing facts, the package and
 * its exact split, the budget, mentor capacity and the cohort calendar.
 */
import {
  allocate,
  daysBetween,
  formatMoney,
  fullYearsBetween,
  isoWeekOf,
  multiply,
  compare,
  type Athlete,
} from 'athlete-accelerator/core';
import { loadSampleData } from './support/sample-data.js';

const asOf = '2026-12-01';
const { athletes, mentors, edition } = loadSampleData();

const countBy = <T>(items: readonly T[], key: (item: T) => string): [string, number][] => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const line = (label: string, value: string | number): void => { console.log(`  ${label.padEnd(34)} ${value}`); };

console.log(`\n${edition.name} — sample cohort as of ${asOf}\n`);
console.log('Applicants');
line('applications received', athletes.length);
line('countries', new Set(athletes.map((a) => a.country)).size);
line('sports', new Set(athletes.map((a) => a.sport)).size);
line('para-athletes', athletes.filter((a) => a.para === true).length);
for (const [stage, count] of countBy(athletes, (a) => a.careerStage ?? '(not stated)')) line(`career stage: ${stage}`, count);
const ages = athletes.flatMap((a) => (a.dateOfBirth === undefined ? [] : [fullYearsBetween(a.dateOfBirth, asOf)]));
line('median age', ages.sort((a, b) => a - b)[Math.floor(ages.length / 2)] ?? '-');

console.log('\nFacts to ask applicants for (eligibility will need them)');
const facts: [string, (a: Athlete) => unknown][] = [
  ['date of birth', (a) => a.dateOfBirth],
  ['career stage', (a) => a.careerStage],
  ['competition record', (a) => a.participations],
  ['venture', (a) => a.venture],
  ['weekly availability', (a) => a.availabilityHoursPerWeek],
  ['skills self-assessment', (a) => a.skills],
  ['time zone', (a) => a.timeZone],
];
for (const [label, read] of facts) line(label, athletes.filter((a) => read(a) === undefined).length);

console.log('\nPackage and budget');
const template = edition.packageTemplate;
const parts = allocate(template.value, template.components.map((c) => c.weight));
if (!parts.ok) throw new Error(parts.error.message);
template.components.forEach((component, index) => {
  const part = parts.value[index];
  if (part !== undefined) line(`${component.name} (${component.kind})`, formatMoney(part));
});
const committed = multiply(template.value, edition.seats);
line(`${edition.seats} packages`, formatMoney(committed));
line('budget', formatMoney(edition.budget));
line('budget covers every package', compare(committed, edition.budget) <= 0 ? 'yes' : 'no');

console.log('\nMentors');
for (const [kind, count] of countBy(mentors, (m) => m.kind)) line(kind, count);
const capacity = mentors.reduce((sum, m) => sum + m.capacity, 0);
line('total capacity (athletes)', `${capacity} for ${edition.seats} seats`);

console.log('\nCohort calendar');
const { cohortStart, cohortEnd } = edition.dates;
const first = isoWeekOf(cohortStart);
const last = isoWeekOf(cohortEnd);
line('runs', `${cohortStart} to ${cohortEnd} (${daysBetween(cohortStart, cohortEnd) + 1} days)`);
line('ISO weeks', `${first.year}-W${first.week} to ${last.year}-W${last.week}`);
console.log('');
