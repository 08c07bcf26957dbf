/**
 * selectRecipients on 10,000 candidates (the target: "well under a second"), with the time
 * split between validating the input, and scoring plus solving; quotas on two attributes (exact
 * minimum-cost flow) and on four (branch and bound). `npx tsx bench/selection.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAthletes, seededRandom, type AthleteInput } from '../src/core/index.js';
import { selectRecipients, type Quota } from '../src/eligibility/index.js';

const sample = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample', 'athletes.json'), 'utf8')) as AthleteInput[];
const random = seededRandom('bench/selection');
const candidates: AthleteInput[] = Array.from({ length: 10_000 }, (_, index) => ({
  ...(sample[index % sample.length] as AthleteInput),
  id: `candidate-${index}`,
  motivation: 1 + Math.floor(random() * 5),
}));
const regions = ['africa', 'asia', 'europe', 'latin-america-caribbean', 'oceania'];
const twoAttributes: Quota[] = [...regions.map((value): Quota => ({ attribute: 'region', value, min: 5 })), { attribute: 'gender', value: 'female', min: 25 }];
const fourAttributes: Quota[] = [...twoAttributes, { attribute: 'para', value: 'yes', min: 5 }, { attribute: 'careerStage', value: 'retired', max: 15 }];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}
function time(run: () => unknown, rounds = 7): number {
  run();
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const parse = time(() => parseAthletes(candidates));
const rows: [string, number, string][] = [['validate 10,000 athletes (parseAthletes)', parse, '']];
for (const [label, quotas] of [
  ['selectRecipients, 50 seats, quotas on 2 attributes', twoAttributes],
  ['selectRecipients, 50 seats, quotas on 4 attributes', fourAttributes],
] as const) {
  const result = selectRecipients(candidates, { seats: 50, asOf: '2026-12-01', quotas });
  if (!result.ok) throw new Error(result.error.message);
  const note = `${result.value.method}${result.value.proven ? ', proven optimal' : ', node limit reached'}`;
  rows.push([label, time(() => selectRecipients(candidates, { seats: 50, asOf: '2026-12-01', quotas }), 5), note]);
}
console.log('| task | median | |\n| --- | ---: | --- |');
for (const [label, ms, note] of rows) console.log(`| ${label} | ${ms.toFixed(0)} ms | ${note} |`);
console.log(`\nNode ${process.version}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1) ?? '?'}`);
