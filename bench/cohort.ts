/**
 * `runCohort` at scale: 20,000 applicants and 1,000 mentors from the sample-data generator (same seed,
 * larger pool), once with the 4th edition as it is (50 seats) and once with 1,000 seats and a budget to
 * match. Prints the total time, each stage's share (timed with the caller's clock in `onProgress`) and
 * the peak heap. The pool is generated under bench/.scratch/ on first use.
 *
 * `npx tsx bench/cohort.ts` (`--applicants N --mentors N` to change the size).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { fourthEdition, multiply } from '../src/core/index.js';
import { renderCohortReportHtml, runCohort, type CohortStage, type RunCohortInput } from '../src/programme/index.js';

const flag = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const applicants = flag('--applicants', 20_000);
const mentorCount = flag('--mentors', 1_000);
const dir = join(import.meta.dirname, '.scratch', `cohort-${String(applicants)}x${String(mentorCount)}`);
if (!existsSync(join(dir, 'athletes.json'))) {
  const made = spawnSync('npx', ['tsx', 'scripts/generate-sample-data.ts', '--applicants', String(applicants), '--mentors', String(mentorCount), '--out', dir], { stdio: 'inherit' });
  if (made.status !== 0) throw new Error('Could not generate the scale data.');
}
const athletes = JSON.parse(readFileSync(join(dir, 'athletes.json'), 'utf8')) as unknown[];
const mentors = JSON.parse(readFileSync(join(dir, 'mentors.json'), 'utf8')) as unknown[];

function run(label: string, edition: RunCohortInput['edition']): void {
  const started = new Map<CohortStage, number>();
  const took = new Map<CohortStage, number>();
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const t0 = performance.now();
  const result = runCohort({
    edition,
    applications: athletes,
    mentors,
    asOf: '2026-12-01',
    options: {
      onProgress: (event) => {
        heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
        if (event.status === 'start') started.set(event.stage, performance.now());
        else took.set(event.stage, performance.now() - (started.get(event.stage) ?? t0));
      },
    },
  });
  const total = performance.now() - t0;
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value;
  const json = JSON.stringify(report);
  const renderStart = performance.now();
  const html = renderCohortReportHtml(report);
  const renderTime = performance.now() - renderStart;
  console.log(`\n${label}: ${String(report.funnel.applications)} applications, ${String(mentors.length)} mentors, ${String(report.edition.seats)} seats`);
  console.log(`  funnel: ${String(report.funnel.eligible)} eligible, ${String(report.funnel.selected)} selected, ${String(report.funnel.packagesIssued)} packages, ${String(report.funnel.matched)} matched; ${String(report.warnings.length)} warnings`);
  console.log(`  total ${(total / 1000).toFixed(2)} s; report ${(json.length / 1e6).toFixed(1)} MB; heap +${((heapPeak - heapBefore) / 1e6).toFixed(0)} MB at stage boundaries`);
  let staged = 0;
  for (const [stage, ms] of took) {
    staged += ms;
    console.log(`  ${stage.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
  }
  console.log(`  ${'input'.padEnd(12)} ${((total - staged) / 1000).toFixed(2).padStart(7)} s  ${((100 * (total - staged)) / total).toFixed(1).padStart(5)}%  (validating the edition, mentors, curriculum, options)`);
  console.log(`  then renderCohortReportHtml: ${(renderTime / 1000).toFixed(2)} s, ${(html.length / 1e3).toFixed(0)} kB`);
}

console.log(`load average ${loadavg().map((value) => value.toFixed(1)).join(' ')}`);
run('4th edition (50 seats)', fourthEdition);
run('1,000 seats', { ...fourthEdition, seats: 1000, budget: multiply(fourthEdition.packageTemplate.value, 1000) });
