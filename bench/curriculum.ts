/**
 * The curriculum at scale: a generated catalogue of 10,000 modules is validated and planned for an
 * athlete (the target: well under a second), and a cohort of 50 sample athletes is planned and
 * scheduled on the 4th edition's calendar, then its progress replayed.
 * `npx tsx bench/curriculum.ts`
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { seededRandom, STANDARD_COMPETENCIES, TRACKS } from '../src/core/index.js';
import {
  defaultCurriculum,
  planLearningPath,
  progress,
  scheduleCohort,
  validateCurriculum,
  type CurriculumInput,
  type CurriculumModuleInput,
  type LearnerInput,
  type LearningPath,
  type ProgressEvent,
} from '../src/curriculum/index.js';

/**
 * 10,000 modules in the five tracks, teaching 100 competencies (the 20 standard ones and 80 more) at
 * levels 1–4; each module requires up to three of the 200 modules before it (a DAG with a long critical
 * path), listed in shuffled catalogue order; one in ten is a live workshop with a session in a cohort week.
 */
function generateCatalogue(size: number, seed: string): CurriculumInput {
  const random = seededRandom(seed);
  const pick = (count: number): number => Math.floor(random() * count);
  const competencies = [...Object.values(STANDARD_COMPETENCIES).flat(), ...Array.from({ length: 80 }, (_, index) => `skill-${index}`)];
  const modules: CurriculumModuleInput[] = Array.from({ length: size }, (_, index) => {
    const prerequisites = new Set<string>();
    for (let count = pick(4); count > 0 && index > 0; count--) prerequisites.add(`m-${Math.max(0, index - 1 - pick(200))}`);
    const live = pick(10) === 0;
    const effortHours = 1 + pick(32) / 4;
    return {
      id: `m-${index}`,
      title: `Generated module ${index}`,
      summary: 'A generated module for benchmarking.',
      track: TRACKS[pick(TRACKS.length)] ?? 'operations',
      format: live ? 'live-workshop' : 'self-paced',
      effortHours,
      competencies: [{ competency: competencies[pick(competencies.length)] ?? 'brand', level: 1 + pick(4) }],
      prerequisites: [...prerequisites],
      delivery: { mode: 'online', languages: ['en', 'fr', 'es'] },
      sessions: live ? [{ id: 'session', hours: 1, week: pick(24) }] : [],
    };
  });
  for (let index = modules.length - 1; index > 0; index--) {
    const other = pick(index + 1);
    [modules[index], modules[other]] = [modules[other] as CurriculumModuleInput, modules[index] as CurriculumModuleInput];
  }
  return { id: 'generated', title: 'Generated catalogue', tracks: TRACKS.map((id) => ({ id, title: id })), modules };
}

const big = generateCatalogue(10_000, 'bench/curriculum');
const validated = validateCurriculum(big);
if (!validated.ok) throw new Error(validated.error.message);
const bigCurriculum = validated.value;
const ambitious: LearnerInput = {
  id: 'athlete-bench',
  languages: ['en'],
  goals: ['incoterms', 'freight', 'brand', 'skill-3', 'skill-42'],
};
const bigPlan = planLearningPath(ambitious, bigCurriculum, { hoursBudget: 2000, goalLevel: 4 });
if (!bigPlan.ok) throw new Error(bigPlan.error.message);

const athletes = (JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'sample', 'athletes.json'), 'utf8')) as LearnerInput[]).slice(0, 50);
const calendar = { start: '2027-01-11', end: '2027-06-25' };
const planAll = (curriculum: CurriculumInput): LearningPath[] =>
  athletes.map((athlete) => {
    const path = planLearningPath(athlete, curriculum);
    if (!path.ok) throw new Error(path.error.message);
    return path.value;
  });
const paths = planAll(defaultCurriculum);
const bigPaths = athletes.map((athlete) => {
  const path = planLearningPath(athlete, bigCurriculum, { hoursBudget: 300 });
  if (!path.ok) throw new Error(path.error.message);
  return path.value;
});
const cohort = scheduleCohort(paths, calendar);
if (!cohort.ok) throw new Error(cohort.error.message);
const events: ProgressEvent[] = cohort.value.athletes.flatMap((athlete) =>
  athlete.modules.flatMap((module): ProgressEvent[] => [
    { type: 'enrolled', athleteId: athlete.athleteId, moduleId: module.moduleId, at: calendar.start },
    { type: 'started', athleteId: athlete.athleteId, moduleId: module.moduleId, at: module.start },
    { type: 'assessed', athleteId: athlete.athleteId, moduleId: module.moduleId, at: `${module.end}T12:00:00Z`, score: 80 },
    { type: 'completed', athleteId: athlete.athleteId, moduleId: module.moduleId, at: `${module.end}T18:00:00Z` },
  ]),
);

console.log(`generated catalogue: ${bigCurriculum.modules.length} modules, ${bigCurriculum.modules.reduce((n, m) => n + m.prerequisites.length, 0)} prerequisite edges`);
console.log(`plan on it: ${bigPlan.value.modules.length} modules, ${bigPlan.value.totalHours} h, ${bigPlan.value.credited.length} credited, ${bigPlan.value.shortfalls.length} shortfalls`);
console.log(`cohort: ${paths.length} athletes, ${cohort.value.modulesScheduled} modules scheduled, ${cohort.value.modulesUnscheduled} not; ${events.length} progress events`);

const bench = new Bench({ time: 2000, iterations: 10, warmupIterations: 2, warmupTime: 0 });
bench
  .add('validateCurriculum: 10,000 modules', () => validateCurriculum(big))
  .add('planLearningPath: 10,000-module catalogue, validated first', () => planLearningPath(ambitious, big, { hoursBudget: 2000, goalLevel: 4 }))
  .add('planLearningPath: 10,000-module catalogue already validated', () => planLearningPath(ambitious, bigCurriculum, { hoursBudget: 2000, goalLevel: 4 }))
  .add('planLearningPath: 50 sample athletes, default catalogue', () => planAll(defaultCurriculum))
  .add('scheduleCohort: 50 athletes, default catalogue, 24 weeks', () => scheduleCohort(paths, calendar))
  .add('scheduleCohort: 50 athletes, paths from the 10,000-module catalogue', () => scheduleCohort(bigPaths, calendar))
  .add(`progress: replay ${events.length} events of 50 athletes`, () => progress(events, defaultCurriculum, '2027-06-25'));

const loadAtStart = loadavg()[0] ?? 0;
await bench.run();
console.table(
  bench.tasks.map((task) => {
    const result = task.result;
    if (result.state !== 'completed') return { task: task.name, 'median (ms)': result.state, 'mean (ms)': '', 'p99 (ms)': '', samples: 0 };
    return {
      task: task.name,
      'median (ms)': result.latency.p50.toFixed(2),
      'mean (ms)': result.latency.mean.toFixed(2),
      'p99 (ms)': result.latency.p99.toFixed(2),
      samples: result.latency.samplesCount,
    };
  }),
);
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} CPUs, load average ${loadAtStart.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
);
