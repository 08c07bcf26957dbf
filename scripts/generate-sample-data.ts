/**
 * Generates the bundled sample data under data/sample/ from a fixed seed: ~1,200 applicants across
 * many sports and countries (some facts deliberately missing, some applicants deliberately
 * ineligible), 60 mentors of the three kinds, and the 4th edition. Run `npm run sample-data`; the
 * output is byte-identical on every run, and a test checks that the committed files still match
 * (`--out DIR` writes elsewhere; `--applicants N --mentors N` change the pool's size).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  addDays,
  fourthEdition,
  parseAthletes,
  parseEdition,
  parseMentors,
  seededRandom,
  STANDARD_COMPETENCIES,
  type AthleteInput,
  type MentorInput,
} from 'athlete-accelerator/core';
import { NAME_POOLS, SAMPLE_COUNTRIES, type SampleCountry } from './sample-countries.js';

export const SAMPLE_SEED = 'athlete-accelerator/sample/v1';
/** `--applicants N` and `--mentors N` make a larger (or smaller) pool from the same generator, e.g. for scale runs. */
function countFlag(flag: string, fallback: number): number {
  const at = process.argv.indexOf(flag);
  const value = at === -1 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1 || value > 1_000_000) throw new Error(`${flag} takes a whole number from 1 to 1,000,000.`);
  return value;
}
const APPLICANTS = countFlag('--applicants', 1200);
const MENTORS = countFlag('--mentors', 60);
const AS_OF = '2026-12-01';

const SPORTS = [
  'athletics', 'swimming', 'cycling', 'rowing', 'judo', 'fencing', 'gymnastics', 'basketball', 'football',
  'volleyball', 'handball', 'tennis', 'table-tennis', 'badminton', 'boxing', 'wrestling', 'weightlifting',
  'taekwondo', 'sailing', 'canoe', 'triathlon', 'hockey', 'rugby-sevens', 'archery', 'shooting', 'equestrian',
  'alpine-skiing', 'speed-skating', 'biathlon', 'surfing', 'skateboarding', 'sport-climbing',
];
const WINTER_SPORTS = new Set(['alpine-skiing', 'speed-skating', 'biathlon']);
const PARA_SPORTS = [
  'para-athletics', 'para-swimming', 'wheelchair-basketball', 'para-cycling', 'boccia', 'goalball',
  'sitting-volleyball', 'wheelchair-tennis', 'para-powerlifting',
];
const SECTORS = [
  'sports-nutrition', 'sportswear', 'sports-equipment', 'fitness-coaching', 'wellness', 'outdoor-gear',
  'food-and-beverage', 'beauty', 'home-goods', 'education', 'event-services', 'adaptive-equipment',
];
const COMPETENCIES = Object.values(STANDARD_COMPETENCIES).flat();

const random = seededRandom(SAMPLE_SEED);
const chance = (p: number): boolean => random() < p;
const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}
function weighted<T>(items: readonly (readonly [T, number])[]): T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  let ticket = random() * total;
  for (const [item, weight] of items) {
    ticket -= weight;
    if (ticket < 0) return item;
  }
  return (items.at(-1) as readonly [T, number])[0];
}
function sample<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
}
const countryWeights = SAMPLE_COUNTRIES.map((country) => [country, country.weight] as const);
const nameFor = (country: SampleCountry): string =>
  `${pick(NAME_POOLS[country.names].given)} ${pick(NAME_POOLS[country.names].family)}`;

function languagesFor(country: SampleCountry): string[] {
  const [first, ...others] = country.languages as [string, ...string[]];
  const spoken = [first, ...others.filter(() => chance(0.6))];
  if (!spoken.includes('en') && chance(0.5)) spoken.push('en');
  if (chance(0.08)) spoken.push(pick(['es', 'fr', 'zh', 'ar', 'pt', 'de']));
  return [...new Set(spoken)];
}

function athlete(index: number): AthleteInput {
  const country = weighted(countryWeights);
  const para = chance(0.12);
  const careerStage = weighted([['active', 20], ['dual-career', 30], ['transitioning', 25], ['retired', 25]] as const);
  const age = Math.min(46, Math.max(16, Math.round(22 + random() * 10 + random() * 10 - 2)));
  const dateOfBirth = addDays(AS_OF, -(age * 365 + between(0, 364)));
  const result: AthleteInput = {
    id: `athlete-${String(index).padStart(4, '0')}`,
    name: nameFor(country),
    sport: para ? pick(PARA_SPORTS) : pick(SPORTS),
    country: country.code,
    languages: languagesFor(country),
  };
  if (para) result.para = true;
  if (!chance(0.04)) result.gender = weighted([['female', 48], ['male', 48], ['non-binary', 2], ['undisclosed', 2]] as const);
  if (!chance(0.05)) result.timeZone = country.timeZone;
  if (!chance(0.06)) result.dateOfBirth = dateOfBirth;
  if (!chance(0.03)) result.careerStage = careerStage;
  if ((careerStage === 'retired' || careerStage === 'transitioning') && !chance(0.1)) {
    const yearsAgo = careerStage === 'retired' ? between(1, 14) : between(0, 2);
    result.retiredOn = addDays(AS_OF, -(yearsAgo * 365 + between(0, 364)));
  }
  const firstYear = Number(dateOfBirth.slice(0, 4)) + between(16, 22);
  const participations: NonNullable<AthleteInput['participations']> = [];
  const elite = chance(0.82);
  for (let count = between(1, 4); count > 0; count--) {
    const event = elite
      ? weighted([[para ? 'paralympic-games' : 'olympic-games', 35], ['world-championships', 45], ['youth-olympic-games', 8], ['continental-championships', 12]] as const)
      : weighted([['continental-championships', 60], ['national-championships', 40]] as const);
    const raw = Math.min(2026, firstYear + between(0, 12));
    // Games are held every four years: summer in 2000, 2004, …, 2024; winter in 2002, …, 2026.
    const winter = WINTER_SPORTS.has(result.sport);
    const year = event.endsWith('games') ? raw - ((raw - (winter ? 2002 : 2000)) % 4 + 4) % 4 : raw;
    const medal = chance(0.15) ? pick(['gold', 'silver', 'bronze'] as const) : undefined;
    participations.push(medal === undefined ? { event, year } : { event, year, medal });
  }
  if (!chance(0.04)) result.participations = participations.sort((a, b) => a.year - b.year);
  if (chance(0.88)) {
    const stage = weighted([['idea', 30], ['plan', 25], ['pre-revenue', 20], ['revenue', 18], ['exporting', 7]] as const);
    const venture: NonNullable<AthleteInput['venture']> = { stage, sector: pick(SECTORS), hasBusinessPlan: stage !== 'idea' && chance(0.8) };
    if (stage === 'revenue' || stage === 'exporting') {
      venture.employees = between(1, 25);
      venture.annualRevenue = { amount: `${between(5, 400) * 1000}.00`, currency: 'USD' };
    }
    if (stage === 'exporting') venture.exportMarkets = sample(SAMPLE_COUNTRIES.map((c) => c.code), between(1, 4));
    result.venture = venture;
  }
  if (!chance(0.08)) {
    const base = result.venture?.stage === 'exporting' ? 2 : result.venture?.stage === 'revenue' ? 1 : 0;
    result.skills = Object.fromEntries(COMPETENCIES.map((competency) => [competency, Math.min(4, base + weighted([[0, 35], [1, 35], [2, 20], [3, 8], [4, 2]] as const))]));
  }
  result.goals = sample(COMPETENCIES, between(2, 5));
  result.interests = sample(SECTORS, between(1, 3));
  if (!chance(0.07)) result.availabilityHoursPerWeek = between(2, 15);
  if (careerStage === 'active' || careerStage === 'dual-career') {
    const blackouts: NonNullable<AthleteInput['blackouts']> = [];
    for (let count = between(0, 3); count > 0; count--) {
      const start = addDays('2027-01-11', between(0, 150));
      blackouts.push({ start, end: addDays(start, between(3, 16)), reason: pick(['competition', 'training camp', 'qualification event']) });
    }
    if (blackouts.length > 0) result.blackouts = blackouts.sort((a, b) => (a.start < b.start ? -1 : 1));
  }
  if (!chance(0.1)) result.motivation = weighted([[1, 5], [2, 12], [3, 33], [4, 32], [5, 18]] as const);
  result.appliedOn = addDays('2026-09-01', between(0, 90));
  return result;
}

function mentor(index: number): MentorInput {
  const kind = index <= 20 ? 'executive' : index <= 45 ? 'global-team' : 'ambassador';
  const country = kind === 'ambassador' ? weighted(countryWeights) : weighted([...countryWeights, [SAMPLE_COUNTRIES.find((c) => c.code === 'CN') as SampleCountry, 25]]);
  const languages = languagesFor(country);
  if (!languages.includes('en')) languages.push('en');
  const expertise = Object.fromEntries(sample(COMPETENCIES, between(3, 7)).map((competency) => [competency, between(2, 4)]));
  const result: MentorInput = {
    id: `mentor-${String(index).padStart(3, '0')}`,
    name: nameFor(country),
    kind,
    organisation: kind === 'ambassador' ? 'Athlete ambassadors' : kind === 'executive' ? 'Partner leadership' : pick(['Global sourcing team', 'B2B export team', 'Logistics team', 'Seller success team']),
    expertise,
    sectors: sample(SECTORS, between(1, 4)),
    languages,
    timeZone: country.timeZone,
    country: country.code,
    capacity: kind === 'executive' ? between(1, 3) : kind === 'global-team' ? between(2, 5) : between(2, 4),
  };
  if (kind === 'ambassador') result.sport = pick(SPORTS);
  if (chance(0.15)) result.conflicts = [`athlete-${String(between(1, APPLICANTS)).padStart(4, '0')}`];
  return result;
}

const athletes = Array.from({ length: APPLICANTS }, (_, index) => athlete(index + 1));
const mentors = Array.from({ length: MENTORS }, (_, index) => mentor(index + 1));

for (const [name, result] of [
  ['athletes', parseAthletes(athletes)],
  ['mentors', parseMentors(mentors)],
  ['edition', parseEdition(fourthEdition)],
] as const) {
  if (!result.ok) throw new Error(`Generated ${name} do not validate: ${result.error.message}`);
}

const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sample') : (process.argv[outFlag + 1] ?? '.');
mkdirSync(outDir, { recursive: true });
/** One record per line: small files, readable diffs. */
const writeList = (file: string, items: readonly unknown[]): void => { writeFileSync(join(outDir, file), `[\n${items.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`); };
const write = (file: string, value: unknown): void => { writeFileSync(join(outDir, file), `${JSON.stringify(value, null, 2)}\n`); };
writeList('athletes.json', athletes);
writeList('mentors.json', mentors);
write('edition.json', fourthEdition);
console.log(`Wrote ${athletes.length} athletes, ${mentors.length} mentors and the edition to ${outDir}`);
