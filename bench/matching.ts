/**
 * Matching kernels against their peers, side by side in one run, on identical seeded matrices:
 *
 * 1. `solveAssignment` vs the npm packages `linear-sum-assignment` and `munkres-js` at 500x500
 *    (uniform random costs; every solver must reach the same optimum).
 * 2. `solveAssignment` vs SciPy's `linear_sum_assignment` (C++) at 2000x2000, when `/usr/bin/python3`
 *    has SciPy: the same matrix goes to Python through a binary file under bench/.scratch/ and only the
 *    solve is timed there (best of a few runs, `time.perf_counter`). Skipped when SciPy is absent.
 * 3. `assignWithCapacities` at 10,000 athletes x 1,000 mentors with capacity 10 (random scores): time
 *    and memory, plus a case with too few places (500 mentors), which takes the exact re-solve path.
 * 4. `matchMentors` at 10,000 athletes x 1,000 mentors with capacity 10, on synthetic profiles drawn
 *    with `seededRandom` from the sample data's pools: total time, the split between validating and
 *    scoring (timed through the internal `scoreMentorPairs`, the first half of `matchMentors`) and
 *    solving (`assignWithCapacities` on that score matrix), and peak memory; five runs, CPU time,
 *    median and best.
 *
 * `npx tsx bench/matching.ts` (add `--quick` to skip the 500x500 munkres-js run, which takes minutes).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { linearSumAssignment } from 'linear-sum-assignment';
import { Bench } from 'tinybench';
import { STANDARD_COMPETENCIES, seededRandom } from '../src/core/index.js';
import type { AthleteInput, MentorInput } from '../src/core/index.js';
import { assignWithCapacities, matchMentors, solveAssignment } from '../src/matching/index.js';
import { scoreMentorPairs } from '../src/matching/matchMentors.js';

const require = createRequire(import.meta.url);
const munkres = require('munkres-js') as (matrix: number[][]) => [number, number][];
const quick = process.argv.includes('--quick');
const onlyMentors = process.argv.includes('--mentors-only');
const gc = (globalThis as { gc?: () => void }).gc;

/** mulberry32: a tiny seeded PRNG, so every run (and SciPy) sees the same matrices. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomMatrix(rows: number, cols: number, seed: number): Float64Array {
  const next = mulberry32(seed);
  const data = new Float64Array(rows * cols);
  for (let k = 0; k < data.length; k++) data[k] = next();
  return data;
}

function nested(rows: number, cols: number, data: Float64Array): number[][] {
  return Array.from({ length: rows }, (_, i) => Array.from(data.subarray(i * cols, (i + 1) * cols)));
}

function totalOf(pairs: Iterable<readonly [number, number]>, cols: number, data: Float64Array): number {
  let total = 0;
  for (const [i, j] of pairs) total += data[i * cols + j]!;
  return total;
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

function latency(bench: Bench, name: string): Timing {
  const result = bench.getTask(name)?.result;
  if (result?.state !== 'completed') throw new Error(`${name} did not complete`);
  return { median: result.latency.p50, min: result.latency.min };
}

function combineRounds(list: readonly Timing[]): Timing {
  const medians = list.map((t) => t.median).sort((a, b) => a - b);
  return { median: medians[medians.length >> 1]!, min: Math.min(...list.map((t) => t.min)) };
}

function show(t: Timing): string {
  return `${fmt(t.median)} (best ${fmt(t.min)})`;
}

function ratio(peer: Timing, ours: Timing): string {
  const faster = (a: number, b: number): string => (a >= b ? `${(a / b).toFixed(1)}x faster` : `${(b / a).toFixed(2)}x the time`);
  return `${faster(peer.median, ours.median)} (best: ${faster(peer.min, ours.min)})`;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`;
}

function sameOptimum(name: string, total: number, reference: number): void {
  const ok = Math.abs(total - reference) <= 1e-9 * Math.max(1, Math.abs(reference));
  console.log(`  ${name.padEnd(34)} total ${total.toFixed(9)} ${ok ? '(same optimum)' : '(DIFFERENT OPTIMUM!)'}`);
  if (!ok) process.exitCode = 1;
}

const rows: { comparison: string; ours: string; peer: string; ratio: string }[] = [];
console.log(`Node ${process.version}, ${process.platform}/${process.arch}; load average at start ${loadavg()[0]?.toFixed(1) ?? '?'}`);

// ---------------------------------------------------------------------------------------------------
// 1. 500 x 500 against the npm peers
if (!onlyMentors) {
  const n = 500;
  const data = randomMatrix(n, n, 500);
  const matrix = nested(n, n, data);
  const ours = solveAssignment({ rows: n, cols: n, data });
  if (!ours.ok) throw new Error(ours.error.message);
  console.log(`\n500 x 500, uniform random costs (seed 500)`);
  sameOptimum('solveAssignment', ours.value.total, ours.value.total);
  const lsa = linearSumAssignment(matrix, { maximaze: false });
  sameOptimum('linear-sum-assignment', totalOf(Array.from(lsa.rowAssignments, (j, i) => [i, j] as const), n, data), ours.value.total);

  // The machine is shared: rounds alternate between the solvers so load changes hit both alike; each
  // figure is the median over rounds of the per-round median (best: the fastest sample seen).
  const rounds: Timing[][] = [[], [], []];
  for (let round = 0; round < 7; round++) {
    const bench = new Bench({ time: 400, iterations: 5, warmupIterations: 2 });
    bench
      .add('solveAssignment (Float64Array)', () => {
        solveAssignment({ rows: n, cols: n, data });
      })
      .add('solveAssignment (number[][])', () => {
        solveAssignment(matrix);
      })
      .add('linear-sum-assignment', () => {
        linearSumAssignment(matrix, { maximaze: false });
      });
    await bench.run();
    rounds[0]!.push(latency(bench, 'solveAssignment (Float64Array)'));
    rounds[1]!.push(latency(bench, 'solveAssignment (number[][])'));
    rounds[2]!.push(latency(bench, 'linear-sum-assignment'));
  }
  const [mine, mineNested, peer] = rounds.map(combineRounds) as [Timing, Timing, Timing];
  rows.push({ comparison: '500x500 vs linear-sum-assignment', ours: show(mine), peer: show(peer), ratio: ratio(peer, mine) });
  rows.push({ comparison: '500x500 (number[][] input) vs linear-sum-assignment', ours: show(mineNested), peer: show(peer), ratio: ratio(peer, mineNested) });

  if (!quick) {
    // munkres-js is O(n^3) on arrays of arrays: a single timed run (after checking its optimum).
    const start = performance.now();
    const pairs = munkres(matrix);
    const elapsed = performance.now() - start;
    sameOptimum('munkres-js', totalOf(pairs, n, data), ours.value.total);
    rows.push({ comparison: '500x500 vs munkres-js (1 run)', ours: show(mine), peer: fmt(elapsed), ratio: `${(elapsed / mine.median).toFixed(0)}x faster` });
  }
}

// ---------------------------------------------------------------------------------------------------
// 2. 2000 x 2000 against SciPy
if (!onlyMentors) {
  const n = 2000;
  const data = randomMatrix(n, n, 2000);
  const bench = new Bench({ time: 0, iterations: 5, warmupIterations: 1 });
  let total = 0;
  bench.add('solveAssignment 2000', () => {
    const r = solveAssignment({ rows: n, cols: n, data });
    if (r.ok) total = r.value.total;
  });
  await bench.run();
  const mine = latency(bench, 'solveAssignment 2000');
  console.log(`\n2000 x 2000, uniform random costs (seed 2000): solveAssignment median ${show(mine)} of 5`);
  const probe = spawnSync('/usr/bin/python3', ['-c', 'import scipy, numpy'], { encoding: 'utf8' });
  if (probe.status !== 0) {
    console.log('  SciPy not available to /usr/bin/python3: skipped (apt-get install python3-scipy to compare).');
    rows.push({ comparison: '2000x2000 vs SciPy linear_sum_assignment', ours: show(mine), peer: 'skipped', ratio: '-' });
  } else {
    const scratch = join(import.meta.dirname, '.scratch');
    mkdirSync(scratch, { recursive: true });
    const file = join(scratch, `lsap-${n}.f64`);
    writeFileSync(file, new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    const script = [
      'import json, sys, time, numpy as np',
      'from scipy.optimize import linear_sum_assignment',
      `c = np.fromfile(sys.argv[1], dtype='<f8').reshape(${n}, ${n})`,
      'times = []',
      'for _ in range(5):',
      '    t = time.perf_counter(); r, k = linear_sum_assignment(c); times.append(time.perf_counter() - t)',
      'import scipy',
      'times.sort()',
      'print(json.dumps({"min": times[0] * 1000, "median": times[len(times) // 2] * 1000, "total": float(c[r, k].sum()), "version": scipy.__version__}))',
    ].join('\n');
    const run = spawnSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    const scipy = JSON.parse(run.stdout) as { min: number; median: number; total: number; version: string };
    sameOptimum(`SciPy ${scipy.version}`, scipy.total, total);
    console.log(`  SciPy linear_sum_assignment: median ${show(scipy)} of 5`);
    rows.push({ comparison: `2000x2000 vs SciPy ${scipy.version} linear_sum_assignment`, ours: show(mine), peer: show(scipy), ratio: ratio(scipy, mine) });
  }
}

// ---------------------------------------------------------------------------------------------------
// 3. Many-to-one: 10,000 athletes x 1,000 mentors, capacity 10
for (const mentors of onlyMentors ? [] : [1000, 500]) {
  const athletes = 10_000;
  const data = randomMatrix(athletes, mentors, 10_000 + mentors);
  const capacities = new Int32Array(mentors).fill(10);
  gc?.();
  const before = process.memoryUsage();
  const rssBefore = process.resourceUsage().maxRSS;
  const times: number[] = [];
  let placed = 0;
  let total = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const r = assignWithCapacities({ rows: athletes, cols: mentors, data }, capacities);
    times.push(performance.now() - start);
    if (!r.ok) throw new Error(r.error.message);
    placed = r.value.rowToCol.filter((j) => j >= 0).length;
    total = r.value.total;
  }
  const peakRss = process.resourceUsage().maxRSS;
  const inputMb = data.byteLength / 1e6;
  const label = `${athletes.toLocaleString('en')} x ${mentors.toLocaleString('en')}, capacity 10`;
  console.log(`\nassignWithCapacities ${label}: ${placed} placed, total score ${total.toFixed(3)}`);
  console.log(`  runs ${times.map(fmt).join(', ')}`);
  console.log(
    `  memory: input matrix ${inputMb.toFixed(0)} MB; peak RSS ${(peakRss / 1024).toFixed(0)} MB (was ${(rssBefore / 1024).toFixed(0)} MB; heap ${(before.heapUsed / 1e6).toFixed(0)} MB before)`,
  );
  rows.push({
    comparison: `assignWithCapacities ${label} (median of 3)`,
    ours: fmt([...times].sort((a, b) => a - b)[1]!),
    peer: `peak RSS ${(peakRss / 1024).toFixed(0)} MB`,
    ratio: '-',
  });
}

// ---------------------------------------------------------------------------------------------------
// 4. matchMentors: 10,000 athletes x 1,000 mentors, capacity 10, from profiles
{
  const { athletes, mentors } = syntheticProfiles(10_000, 1_000, 'bench/matchMentors/v1');
  const asOf = '2027-01-11';
  gc?.();
  const rssBefore = process.resourceUsage().maxRSS;
  // Wall-clock time, and the process's CPU time (user + system), which other jobs on a shared machine
  // do not inflate; the code timed is single-threaded, so on an idle machine the two agree.
  const totals: number[] = [];
  const scoring: number[] = [];
  const solving: number[] = [];
  const cpu = { totals: [] as number[], scoring: [] as number[], solving: [] as number[] };
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  let placed = 0;
  let total = 0;
  for (let run = 0; run < 5; run++) {
    gc?.();
    let start = performance.now();
    let cpuStart = process.cpuUsage();
    const r = matchMentors(athletes, mentors, { asOf });
    totals.push(performance.now() - start);
    cpu.totals.push(cpuMs(cpuStart));
    if (!r.ok) throw new Error(r.error.message);
    placed = r.value.pairs.length;
    total = r.value.total;
    gc?.();
    start = performance.now();
    cpuStart = process.cpuUsage();
    const scored = scoreMentorPairs(athletes, mentors, { asOf });
    scoring.push(performance.now() - start);
    cpu.scoring.push(cpuMs(cpuStart));
    if (!scored.ok) throw new Error(scored.error.message);
    const { data, capacities } = scored.value;
    start = performance.now();
    cpuStart = process.cpuUsage();
    const solved = assignWithCapacities({ rows: athletes.length, cols: mentors.length, data }, capacities);
    solving.push(performance.now() - start);
    cpu.solving.push(cpuMs(cpuStart));
    if (!solved.ok) throw new Error(solved.error.message);
    if (Math.abs(solved.value.total - total) > 1e-9 * Math.max(1, Math.abs(total))) throw new Error('matchMentors and its pieces disagree');
  }
  const peakRss = process.resourceUsage().maxRSS;
  const median = (list: readonly number[]): number => [...list].sort((a, b) => a - b)[list.length >> 1]!;
  console.log(`\nmatchMentors 10,000 athletes x 1,000 mentors, capacity 10: ${placed} placed, total score ${total.toFixed(6)}`);
  console.log(`  matchMentors runs ${totals.map(fmt).join(', ')} (CPU ${cpu.totals.map(fmt).join(', ')})`);
  console.log(`  validate + score (scoreMentorPairs) runs ${scoring.map(fmt).join(', ')} (CPU ${cpu.scoring.map(fmt).join(', ')})`);
  console.log(`  solve (assignWithCapacities on the scores) runs ${solving.map(fmt).join(', ')} (CPU ${cpu.solving.map(fmt).join(', ')})`);
  console.log(`  memory: score matrix ${((athletes.length * mentors.length * 8) / 1e6).toFixed(0)} MB; peak RSS ${(peakRss / 1024).toFixed(0)} MB (was ${(rssBefore / 1024).toFixed(0)} MB with the profiles built)`);
  const best = (list: readonly number[]): number => Math.min(...list);
  // Each round times the three back to back, so a round's ratio is less exposed to the machine's load
  // changing between rounds than a ratio of medians.
  const perRound = cpu.totals.map((t, k) => t / (cpu.scoring[k] as number));
  const solveShare = cpu.solving.map((t, k) => t / (cpu.scoring[k] as number));
  console.log(`  total / scoring, round by round: ${perRound.map((r) => r.toFixed(2)).join(', ')}; solve / scoring: ${solveShare.map((r) => r.toFixed(2)).join(', ')}`);
  rows.push({
    comparison: 'matchMentors 10,000 x 1,000, capacity 10 (median of 5, CPU time; best in parentheses)',
    ours: `${fmt(median(cpu.totals))} (${fmt(best(cpu.totals))}): score ${fmt(median(cpu.scoring))} (${fmt(best(cpu.scoring))}) + solve ${fmt(median(cpu.solving))} (${fmt(best(cpu.solving))})`,
    peer: `peak RSS ${(peakRss / 1024).toFixed(0)} MB`,
    ratio: `total / scoring ${median(perRound).toFixed(2)} (median of the rounds; medians' ratio ${(median(cpu.totals) / median(cpu.scoring)).toFixed(2)})`,
  });
}

console.log(`\nSummary (medians, best in parentheses; load average at end ${loadavg()[0]?.toFixed(1) ?? '?'})`);
console.table(rows);

/**
 * Synthetic profiles for the matchMentors case, drawn with `seededRandom` (the same every run) from the
 * bundled sample data, so languages, time zones, sports, ventures and kinds keep the sample's mix
 * (78% of athletes speak English, as every sample mentor does): each athlete copies the languages,
 * time zone, sport, venture, interests and skills of a random sample applicant and draws 2–5 goals;
 * each mentor copies the kind, languages, time zone, sport and sectors of a random sample mentor, draws
 * 3–6 areas of expertise at levels 1–4, takes 10 athletes and, one in twenty, declares a conflict of
 * interest with a random athlete.
 */
function syntheticProfiles(athleteCount: number, mentorCount: number, seed: string): { athletes: AthleteInput[]; mentors: MentorInput[] } {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const some = <T>(items: readonly T[], low: number, high: number): T[] => {
    const pool = [...items];
    const count = low + Math.floor(random() * (high - low + 1));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
    return chosen;
  };
  const sample = join(import.meta.dirname, '..', 'data', 'sample');
  const sampleAthletes = JSON.parse(readFileSync(join(sample, 'athletes.json'), 'utf8')) as AthleteInput[];
  const sampleMentors = JSON.parse(readFileSync(join(sample, 'mentors.json'), 'utf8')) as MentorInput[];
  const competencies = Object.values(STANDARD_COMPETENCIES).flat();
  const athleteId = (i: number): string => `athlete-${String(i).padStart(5, '0')}`;
  const athletes: AthleteInput[] = [];
  for (let i = 0; i < athleteCount; i++) {
    const model = pick(sampleAthletes);
    athletes.push({
      id: athleteId(i),
      name: `Athlete ${i}`,
      sport: model.sport,
      country: model.country,
      languages: model.languages,
      ...(model.timeZone === undefined ? {} : { timeZone: model.timeZone }),
      ...(model.venture === undefined ? {} : { venture: model.venture }),
      ...(model.interests === undefined ? {} : { interests: model.interests }),
      ...(model.skills === undefined ? {} : { skills: model.skills }),
      goals: some(competencies, 2, 5),
    });
  }
  const mentors: MentorInput[] = [];
  for (let j = 0; j < mentorCount; j++) {
    const model = pick(sampleMentors);
    const conflicts = random() < 0.05 ? [athleteId(Math.floor(random() * athleteCount))] : [];
    mentors.push({
      id: `mentor-${String(j).padStart(4, '0')}`,
      name: `Mentor ${j}`,
      kind: model.kind,
      expertise: Object.fromEntries(some(competencies, 3, 6).map((c) => [c, 1 + Math.floor(random() * 4)])),
      languages: model.languages,
      timeZone: model.timeZone,
      capacity: 10,
      ...(model.sectors === undefined ? {} : { sectors: model.sectors }),
      ...(model.sport === undefined ? {} : { sport: model.sport }),
      ...(conflicts.length > 0 ? { conflicts } : {}),
    });
  }
  return { athletes, mentors };
}
