/**
 * The core module in one page: exact money, calendar dates, results and validation at the boundary.
 * Run it with `npx tsx examples/core.ts`.
 */
import {
  add,
  addWeeks,
  allocate,
  formatMoney,
  formatPath,
  fullYearsBetween,
  isoWeekOf,
  money,
  parseAthlete,
  parseMoney,
  sumMoney,
} from 'athlete-accelerator/core';

// Money is exact: 0.1 + 0.2 is 0.3, and a package splits into parts that always add up.
const credit = add(money('0.10', 'USD'), money('0.20', 'USD'));
console.log('0.10 + 0.20 =', credit.amount);

const split = allocate(money('10000', 'USD'), [20, 15, 15, 50]);
if (split.ok) console.log('package split:', split.value.map((part) => formatMoney(part)).join(' + '));

const thirds = allocate(money('100', 'JPY'), [1, 1, 1]);
if (thirds.ok) console.log('100 yen in thirds:', thirds.value.map((part) => part.amount).join(', '));

// Mixing currencies in data is an error value, never a silent sum.
const mixed = sumMoney([money('5', 'EUR'), money('5', 'USD')], 'EUR');
if (!mixed.ok) console.log(`refused: ${mixed.error.code} at ${formatPath(mixed.error.path ?? [])}`);

// Untrusted JSON goes through a parse function that names the path of every problem.
const bad = parseMoney({ amount: '12.345', currency: 'USD' });
if (!bad.ok) console.log(`refused: ${bad.error.code} — ${bad.error.message}`);

const application = parseAthlete({
  id: 'athlete-demo',
  name: 'Amina Kamau',
  sport: 'athletics',
  country: 'KE',
  languages: ['en', 'sw'],
  dateOfBirth: '1996-07-20',
  careerStage: 'transitioning',
});
if (application.ok) {
  const athlete = application.value;
  console.log(`${athlete.name} is ${fullYearsBetween(athlete.dateOfBirth ?? '', '2027-01-11')} at the cohort start`);
}

const broken = parseAthlete({ id: 'x', name: '', sport: 'Athletics', country: 'Kenya', languages: 'en' });
if (!broken.ok) for (const issue of broken.error.issues ?? []) console.log(`  ${formatPath(issue.path)}: ${issue.message}`);

// Calendar dates are YYYY-MM-DD strings; arithmetic uses date-fns under the hood.
const week = isoWeekOf(addWeeks('2027-01-11', 3));
console.log(`three weeks into the cohort is ISO week ${week.year}-W${week.week}`);
