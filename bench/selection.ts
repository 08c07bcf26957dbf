/**
 * selectRecipients on 10,000 candidates (the target: "well under a second"), with the time
 * split between validating the input (the fast path, and zod's parse for comparison), scoring, and
 * solving; quotas on two attributes (exact minimum-cost flow) and on four (branch and bound, bounded
 * by a Lagrangian relaxation of the flow). `npx tsx bench/selection.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AthleteSchema, parseAthletes, parseWith, seededRandom, type Athlete, type AthleteInput } from '../src/core/index.js';
import { scoreCandidates, selectRecipients, type Quota } from '../src/eligibility/index.js';

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
/** Median wall-clock and CPU time (user + system) of `run`, after a warm-up: CPU time is steadier on a shared machine. */
function time(run: () => unknown, rounds = 7): Timing {
  run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = performance.now();
    const used = process.cpuUsage();
    run();
    const spent = process.cpuUsage(used);
    wall.push(performance.now() - start);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
interface Timing {
  readonly wall: number;
  readonly cpu: number;
}

const parse = time(() => parseAthletes(candidates));
const zodList = z.array(AthleteSchema);
const zodOnly = time(() => parseWith(zodList, candidates, 'list of athletes'), 5);
const parsed = parseAthletes(candidates);
if (!parsed.ok) throw new Error(parsed.error.message);
const athletes: Athlete[] = parsed.value;
const scoring = time(() => scoreCandidates(athletes, { asOf: '2026-12-01' }), 5);
const rows: [string, Timing, string][] = [
  ['validate 10,000 athletes (parseAthletes)', parse, 'plain JSON read without zod, same output'],
  ['the same through zod alone (parseWith, AthleteSchema)', zodOnly, 'for comparison: the path errors take'],
  ['score 10,000 athletes (scoreCandidates, 4th edition rubric)', scoring, ''],
];
for (const [label, quotas] of [
  ['selectRecipients, 50 seats, quotas on 2 attributes', twoAttributes],
  ['selectRecipients, 50 seats, quotas on 4 attributes', fourAttributes],
] as const) {
  const result = selectRecipients(candidates, { seats: 50, asOf: '2026-12-01', quotas });
  if (!result.ok) throw new Error(result.error.message);
  const note = `${result.value.method}${result.value.proven ? ', proven optimal' : ', node limit reached'}`;
  rows.push([label, time(() => selectRecipients(candidates, { seats: 50, asOf: '2026-12-01', quotas }), 5), note]);
}
console.log('| task | median | CPU time | |\n| --- | ---: | ---: | --- |');
for (const [label, { wall, cpu }, note] of rows) console.log(`| ${label} | ${wall.toFixed(0)} ms | ${cpu.toFixed(0)} ms | ${note} |`);
console.log(`\nNode ${process.version}, load average ${(await import('node:os')).loadavg()[0]?.toFixed(1) ?? '?'}`);
