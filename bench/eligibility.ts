/**
 * Eligibility benchmark: one ≈30-node ruleset expressed in our rule language, in json-logic-js and in
 * json-rules-engine, evaluated over the same 100,000 seeded fact objects.
 *
 *   npx tsx bench/eligibility.ts            # print the figures
 *   npx tsx bench/eligibility.ts --write    # also write them into docs/performance.md ("## Eligibility")
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import jsonLogic, { type RulesLogic } from 'json-logic-js';
import { Engine, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { Bench } from 'tinybench';
import { compileRule, type CompiledRule, type Rule } from '../src/eligibility/index.js';

const FACT_COUNT = 100_000;
const SEED = 20_250_301;

// ---------------------------------------------------------------------------------------------------------
// Seeded data
// ---------------------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const COUNTRIES = ['KE', 'NG', 'GH', 'ZA', 'EG', 'MA', 'BR', 'AR', 'CO', 'MX', 'JM', 'US', 'CA', 'FR', 'DE', 'IT', 'ES', 'GB', 'PL', 'IN', 'CN', 'JP', 'KR', 'ID', 'PH', 'AU', 'NZ', 'FJ', 'TR', 'SA'];
const ELIGIBLE_COUNTRIES = ['KE', 'NG', 'GH', 'ZA', 'EG', 'MA', 'BR', 'AR', 'CO', 'MX', 'JM', 'IN', 'ID', 'PH', 'FJ', 'TR', 'SA', 'PL', 'CN', 'KR'];
const SPORTS = ['athletics', 'rowing', 'judo', 'swimming', 'football', 'boxing', 'fencing', 'esports', 'chess', 'cycling'];
const STAGES = ['idea', 'prototype', 'revenue', 'scaling', 'hobby'];
const LANGUAGES = ['en', 'fr', 'es', 'ar', 'pt', 'sw', 'zh', 'hi', 'de', 'ja'];

interface Facts {
  athlete: Record<string, unknown>;
  application: Record<string, unknown>;
}

function isoDate(random: () => number, fromYear: number, toYear: number): string {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A uniformly random day from `from` to `to` (both YYYY-MM-DD, inclusive). */
function isoDateWithin(random: () => number, from: string, to: string): string {
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + Math.floor(random() * (days + 1)) * 86_400_000).toISOString().slice(0, 10);
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

/**
 * Who the fact objects describe:
 * - `applicants`: an accelerator's applicant pool, people who mostly target the programme, so each
 *   condition holds for most of them (about one in five passes the whole rule);
 * - `population`: every field uniform at random, a screening of anyone (about 1 in 70 passes, and most
 *   fail one of the first conditions).
 */
export type Pool = 'applicants' | 'population';

/** Fact objects; about one in ten has one fact dropped, so some evaluations are `unknown`. */
export function generateFacts(count: number, seed: number, pool: Pool = 'applicants'): Facts[] {
  const random = mulberry32(seed);
  const chance = (p: number): boolean => random() < p;
  const integer = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const others = COUNTRIES.filter((code) => !ELIGIBLE_COUNTRIES.includes(code));
  const all: Facts[] = [];
  for (let i = 0; i < count; i += 1) {
    const languages = [pick(random, LANGUAGES)];
    if (random() < 0.5) languages.push(pick(random, LANGUAGES));
    if (pool === 'applicants' && chance(0.8)) languages.push(pick(random, ['en', 'fr', 'es']));
    const athlete: Record<string, unknown> =
      pool === 'applicants'
        ? {
            age: chance(0.9) ? integer(18, 45) : pick(random, [15, 16, 17, 46, 52, 60]),
            country: chance(0.85) ? pick(random, ELIGIBLE_COUNTRIES) : pick(random, others),
            sport: chance(0.95) ? pick(random, SPORTS.slice(0, 7)) : pick(random, ['esports', 'chess']),
            status: random() < 0.55 ? 'active' : 'retired',
            lastCompetedOn: chance(0.85) ? isoDate(random, 2017, 2024) : isoDate(random, 2008, 2016),
            sanctioned: random() < 0.03,
            olympian: random() < 0.4,
            worldChampionships: integer(0, 3),
            continentalMedals: integer(0, 4),
            hoursPerWeek: chance(0.85) ? integer(6, 20) : integer(0, 5),
            languages,
            venture: { stage: chance(0.92) ? pick(random, STAGES.slice(0, 4)) : 'hobby', plan: random() < 0.8 },
          }
        : {
            age: integer(15, 54),
            country: pick(random, COUNTRIES),
            sport: pick(random, SPORTS),
            status: random() < 0.55 ? 'active' : 'retired',
            lastCompetedOn: isoDate(random, 2008, 2025),
            sanctioned: random() < 0.03,
            olympian: random() < 0.3,
            worldChampionships: integer(0, 3),
            continentalMedals: integer(0, 4),
            hoursPerWeek: integer(0, 19),
            languages,
            venture: { stage: pick(random, STAGES), plan: random() < 0.7 },
          };
    const submittedOn =
      pool === 'applicants' && chance(0.92) ? isoDateWithin(random, '2024-06-01', '2025-03-31') : isoDate(random, 2024, 2025);
    const dropped = random() < 0.1 ? pick(random, ['age', 'country', 'lastCompetedOn', 'hoursPerWeek', 'languages']) : '';
    all.push({
      athlete: Object.fromEntries(Object.entries(athlete).filter(([key]) => key !== dropped)),
      application: { submittedOn },
    });
  }
  return all;
}

// ---------------------------------------------------------------------------------------------------------
// The ruleset, three times
// ---------------------------------------------------------------------------------------------------------

/** 31 nodes: 9 all/any/not, 22 comparisons (numbers, booleans, strings, `in`/`notIn` lists, `contains`, dates). */
export const ourRule: Rule = {
  id: 'eligible',
  all: [
    { fact: 'athlete.age', op: 'between', value: [18, 45] },
    { fact: 'athlete.country', op: 'in', value: ELIGIBLE_COUNTRIES },
    { fact: 'athlete.sport', op: 'notIn', value: ['esports', 'chess'] },
    { not: { fact: 'athlete.sanctioned', op: '==', value: true } },
    {
      any: [
        {
          all: [
            { fact: 'athlete.status', op: '==', value: 'active' },
            { fact: 'athlete.venture.plan', op: '==', value: true },
          ],
        },
        {
          all: [
            { fact: 'athlete.status', op: '==', value: 'retired' },
            { fact: 'athlete.lastCompetedOn', op: '>=', value: '2017-01-01' },
          ],
        },
      ],
    },
    {
      any: [
        { fact: 'athlete.olympian', op: '==', value: true },
        { fact: 'athlete.worldChampionships', op: '>=', value: 1 },
        { fact: 'athlete.continentalMedals', op: '>=', value: 2 },
      ],
    },
    { fact: 'athlete.hoursPerWeek', op: '>=', value: 6 },
    {
      any: [
        { fact: 'athlete.languages', op: 'contains', value: 'en' },
        { fact: 'athlete.languages', op: 'contains', value: 'fr' },
        { fact: 'athlete.languages', op: 'contains', value: 'es' },
      ],
    },
    { fact: 'athlete.venture.stage', op: 'in', value: ['idea', 'prototype', 'revenue', 'scaling'] },
    {
      any: [
        { fact: 'athlete.venture.stage', op: '!=', value: 'idea' },
        { fact: 'athlete.hoursPerWeek', op: '>=', value: 10 },
      ],
    },
    { fact: 'application.submittedOn', op: 'between', value: ['2024-06-01', '2025-03-31'] },
    { fact: 'athlete.lastCompetedOn', op: '<=', value: '2025-03-31' },
    { any: [{ fact: 'athlete.age', op: '<', value: 40 }, { fact: 'athlete.olympian', op: '==', value: true }] },
  ],
};

const v = (name: string): RulesLogic => ({ var: name });

/** The same rule in json-logic-js (strict equality; dates compare as strings). */
export const jsonLogicRule: RulesLogic = {
  and: [
    { '<=': [18, v('athlete.age'), 45] },
    { in: [v('athlete.country'), ELIGIBLE_COUNTRIES] },
    { '!': { in: [v('athlete.sport'), ['esports', 'chess']] } },
    { '!': { '===': [v('athlete.sanctioned'), true] } },
    {
      or: [
        { and: [{ '===': [v('athlete.status'), 'active'] }, { '===': [v('athlete.venture.plan'), true] }] },
        { and: [{ '===': [v('athlete.status'), 'retired'] }, { '>=': [v('athlete.lastCompetedOn'), '2017-01-01'] }] },
      ],
    },
    {
      or: [
        { '===': [v('athlete.olympian'), true] },
        { '>=': [v('athlete.worldChampionships'), 1] },
        { '>=': [v('athlete.continentalMedals'), 2] },
      ],
    },
    { '>=': [v('athlete.hoursPerWeek'), 6] },
    { or: [{ in: ['en', v('athlete.languages')] }, { in: ['fr', v('athlete.languages')] }, { in: ['es', v('athlete.languages')] }] },
    { in: [v('athlete.venture.stage'), ['idea', 'prototype', 'revenue', 'scaling']] },
    { or: [{ '!==': [v('athlete.venture.stage'), 'idea'] }, { '>=': [v('athlete.hoursPerWeek'), 10] }] },
    { '<=': ['2024-06-01', v('application.submittedOn'), '2025-03-31'] },
    { '<=': [v('athlete.lastCompetedOn'), '2025-03-31'] },
    { or: [{ '<': [v('athlete.age'), 40] }, { '===': [v('athlete.olympian'), true] }] },
  ],
};

const athlete = (path: string, operator: string, value: unknown): TopLevelCondition =>
  ({ fact: 'athlete', path: `$.${path}`, operator, value }) as unknown as TopLevelCondition;

/** The same rule in json-rules-engine (dates through two small custom operators). */
export const jsonRulesEngineRule: RuleProperties = {
  event: { type: 'eligible' },
  conditions: {
    all: [
      athlete('age', 'greaterThanInclusive', 18),
      athlete('age', 'lessThanInclusive', 45),
      athlete('country', 'in', ELIGIBLE_COUNTRIES),
      athlete('sport', 'notIn', ['esports', 'chess']),
      { not: athlete('sanctioned', 'equal', true) },
      {
        any: [
          { all: [athlete('status', 'equal', 'active'), athlete('venture.plan', 'equal', true)] },
          { all: [athlete('status', 'equal', 'retired'), athlete('lastCompetedOn', 'dateOnOrAfter', '2017-01-01')] },
        ],
      },
      {
        any: [
          athlete('olympian', 'equal', true),
          athlete('worldChampionships', 'greaterThanInclusive', 1),
          athlete('continentalMedals', 'greaterThanInclusive', 2),
        ],
      },
      athlete('hoursPerWeek', 'greaterThanInclusive', 6),
      {
        any: [
          athlete('languages', 'contains', 'en'),
          athlete('languages', 'contains', 'fr'),
          athlete('languages', 'contains', 'es'),
        ],
      },
      athlete('venture.stage', 'in', ['idea', 'prototype', 'revenue', 'scaling']),
      { any: [athlete('venture.stage', 'notEqual', 'idea'), athlete('hoursPerWeek', 'greaterThanInclusive', 10)] },
      { fact: 'application', path: '$.submittedOn', operator: 'dateBetween', value: ['2024-06-01', '2025-03-31'] },
      athlete('lastCompetedOn', 'dateOnOrBefore', '2025-03-31'),
      { any: [athlete('age', 'lessThan', 40), athlete('olympian', 'equal', true)] },
    ],
  },
};

/** A dotted-path resolver for json-rules-engine, instead of its default JSONPath (fairer, and faster). */
function resolvePath(value: object, path: string): unknown {
  let at: unknown = value;
  for (const key of path.slice(2).split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}

function makeEngine(): Engine {
  const engine = new Engine([jsonRulesEngineRule], { allowUndefinedFacts: true, pathResolver: resolvePath });
  const isString = (value: unknown): boolean => typeof value === 'string';
  engine.addOperator<string, string>('dateOnOrAfter', (a, b) => isString(a) && a >= b);
  engine.addOperator<string, string>('dateOnOrBefore', (a, b) => isString(a) && a <= b);
  engine.addOperator<string, [string, string]>('dateBetween', (a, [low, high]) => isString(a) && low <= a && a <= high);
  return engine;
}

// ---------------------------------------------------------------------------------------------------------
// Runs
// ---------------------------------------------------------------------------------------------------------

function evaluateAll(compiled: CompiledRule, facts: readonly Facts[], trace: boolean): number {
  let passed = 0;
  const options = { trace };
  for (const one of facts) {
    const result = compiled.evaluate(one, options);
    if (result.ok && result.value.outcome === 'pass') passed += 1;
  }
  return passed;
}

function jsonLogicAll(facts: readonly Facts[]): number {
  let passed = 0;
  for (const one of facts) if (jsonLogic.apply(jsonLogicRule, one)) passed += 1;
  return passed;
}

/** json-rules-engine is asynchronous: run batches of 1,000 concurrently, awaiting each batch. */
async function jsonRulesEngineAll(engine: Engine, facts: readonly Facts[]): Promise<number> {
  let passed = 0;
  for (let start = 0; start < facts.length; start += 1_000) {
    const batch = facts.slice(start, start + 1_000);
    const results = await Promise.all(batch.map((one) => engine.run(one as unknown as Record<string, unknown>)));
    for (const result of results) if (result.events.length > 0) passed += 1;
  }
  return passed;
}

interface Agreement {
  readonly checked: number;
  readonly disagreements: number;
  readonly unknown: number;
  readonly passed: number;
}

/** Pass/fail of json-rules-engine for every fact object, in batches (this run also warms it up). */
async function jsonRulesEngineOutcomes(engine: Engine, facts: readonly Facts[]): Promise<boolean[]> {
  const outcomes: boolean[] = [];
  for (let start = 0; start < facts.length; start += 1_000) {
    const batch = facts.slice(start, start + 1_000);
    const results = await Promise.all(batch.map((one) => engine.run(one as unknown as Record<string, unknown>)));
    for (const result of results) outcomes.push(result.events.length > 0);
  }
  return outcomes;
}

async function checkAgreement(compiled: CompiledRule, engine: Engine, facts: readonly Facts[]): Promise<Agreement> {
  const rules = await jsonRulesEngineOutcomes(engine, facts);
  let checked = 0;
  let disagreements = 0;
  let unknown = 0;
  let passed = 0;
  facts.forEach((one, i) => {
    const ours = compiled.evaluate(one, { trace: false });
    if (!ours.ok) throw new Error(ours.error.message);
    if (ours.value.outcome === 'unknown') unknown += 1;
    if (ours.value.outcome === 'pass') passed += 1;
    if (ours.value.missing.length > 0) return;
    checked += 1;
    const pass = ours.value.outcome === 'pass';
    const logic = Boolean(jsonLogic.apply(jsonLogicRule, one));
    if (logic !== pass || rules[i] !== pass) disagreements += 1;
  });
  return { checked, disagreements, unknown, passed };
}

function countNodes(rule: Rule): number {
  if ('all' in rule) return 1 + rule.all.reduce((sum, child) => sum + countNodes(child), 0);
  if ('any' in rule) return 1 + rule.any.reduce((sum, child) => sum + countNodes(child), 0);
  if ('not' in rule) return 1 + countNodes(rule.not);
  return 1;
}

const format = (n: number): string => Math.round(n).toLocaleString('en-US');

const ROUNDS = 5;

/**
 * The benchmark clock: this process's CPU time in milliseconds (all its threads, so garbage collection and
 * compilation count), rather than wall time, so that other processes on a shared machine do not skew
 * the figures.
 */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1_000;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * Throughput (evaluations per second) of synchronous tasks that each evaluate `count` fact objects per
 * iteration. The tasks run in several rounds, one after the other in each round, and each figure is the
 * median over rounds: on a shared machine, load that comes and goes then hits every task alike.
 */
async function measure(tasks: Readonly<Record<string, () => void>>, count: number): Promise<Map<string, number>> {
  const samples = new Map<string, number[]>();
  for (let round = 0; round < ROUNDS; round += 1) {
    const bench = new Bench({ name: `round ${round + 1}`, time: 0, iterations: 4, warmupIterations: 1, now: cpuNow });
    for (const [name, task] of Object.entries(tasks)) bench.add(name, task);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!('latency' in result)) throw new Error(`task ${task.name} did not complete`);
      const list = samples.get(task.name) ?? [];
      list.push(count / (result.latency.mean / 1_000));
      samples.set(task.name, list);
    }
  }
  return new Map([...samples].map(([name, list]) => [name, median(list)]));
}

function syncTasks(compiled: CompiledRule, facts: readonly Facts[]): Record<string, () => void> {
  return {
    'compiled, trace off': () => {
      evaluateAll(compiled, facts, false);
    },
    'compiled, full trace': () => {
      evaluateAll(compiled, facts, true);
    },
    'json-logic-js': () => {
      jsonLogicAll(facts);
    },
  };
}

export async function runEligibilityBench(): Promise<string> {
  const load = loadavg()[0]!.toFixed(1);
  const facts = generateFacts(FACT_COUNT, SEED, 'applicants');
  const population = generateFacts(FACT_COUNT, SEED, 'population');
  const compiledResult = compileRule(ourRule);
  if (!compiledResult.ok) throw new Error(compiledResult.error.message);
  const compiled = compiledResult.value;
  const engine = makeEngine();
  console.error('checking that the three engines agree (json-rules-engine takes a while)…');

  const agreement = await checkAgreement(compiled, engine, facts);
  if (agreement.disagreements > 0) {
    throw new Error(`the engines disagree on ${agreement.disagreements} of ${agreement.checked} fact objects`);
  }
  const populationPasses = population.filter((one) => {
    const result = compiled.evaluate(one, { trace: false });
    return result.ok && result.value.outcome === 'pass';
  }).length;

  const main = await measure(syncTasks(compiled, facts), FACT_COUNT);
  const screening = await measure(syncTasks(compiled, population), FACT_COUNT);

  // One timed pass: the agreement check above already ran json-rules-engine over every fact object.
  const slow = new Bench({ name: 'eligibility (json-rules-engine)', time: 0, iterations: 1, warmup: false, now: cpuNow });
  slow.add('json-rules-engine', async () => {
    await jsonRulesEngineAll(engine, facts);
  });
  await slow.run();
  const slowResult = slow.tasks[0]?.result;
  if (!slowResult || !('latency' in slowResult)) throw new Error('json-rules-engine did not complete');
  const rules = FACT_COUNT / (slowResult.latency.mean / 1_000);

  const rate = (figures: Map<string, number>, name: string): number => figures.get(name) ?? Number.NaN;
  const off = rate(main, 'compiled, trace off');
  const on = rate(main, 'compiled, full trace');
  const logic = rate(main, 'json-logic-js');
  const offPopulation = rate(screening, 'compiled, trace off');
  const onPopulation = rate(screening, 'compiled, full trace');
  const logicPopulation = rate(screening, 'json-logic-js');
  const ratio = (n: number): string => `${n.toFixed(2)}×`;
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const percent = (n: number): string => `${((100 * n) / FACT_COUNT).toFixed(1)}%`;

  return [
    '## Eligibility',
    '',
    'Command: `npx tsx bench/eligibility.ts --write` (tinybench 6 timed with the process\'s CPU time, so that other',
    'processes on a shared machine do not skew the figures; one iteration evaluates all fact objects; the',
    `synchronous engines run in ${ROUNDS} interleaved rounds and each figure is the median round).`,
    '',
    `One ruleset of ${countNodes(ourRule)} nodes (nested all/any/not, number and boolean comparisons, \`in\`/\`notIn\` lists,`,
    '`contains`, ISO-date comparisons and `between`) written in our rule language, in json-logic-js and in',
    `json-rules-engine, evaluated over the same ${format(FACT_COUNT)} seeded fact objects (mulberry32, seed ${SEED};`,
    'about one in ten has a fact removed). json-rules-engine is asynchronous: it runs batches of 1,000 with',
    '`Promise.all`, awaiting each batch, and uses a plain dotted-path resolver instead of its default JSONPath.',
    '',
    `The fact objects describe an applicant pool: each condition holds for most applicants and ${percent(agreement.passed)}`,
    `pass the whole rule (${percent(agreement.unknown)} are \`unknown\` for us). On the ${format(agreement.checked)} fact objects where no fact`,
    'is missing, the three engines agree on pass/fail for every one.',
    '',
    '| engine | evaluations / s |',
    '| --- | ---: |',
    `| compiled rule, trace off | ${format(off)} |`,
    `| compiled rule, full trace | ${format(on)} |`,
    `| json-logic-js | ${format(logic)} |`,
    `| json-rules-engine | ${format(rules)} |`,
    '',
    '| ratio | measured | target | |',
    '| --- | ---: | ---: | --- |',
    `| trace off vs json-logic-js | ${ratio(off / logic)} | ≥ 2× | ${verdict(off / logic >= 2)} |`,
    `| trace off vs json-rules-engine | ${ratio(off / rules)} | ≥ 20× | ${verdict(off / rules >= 20)} |`,
    `| full trace slowdown vs trace off | ${ratio(off / on)} | ≤ 3× | ${verdict(off / on <= 3)} |`,
    '',
    `The ratios depend on the data. Over a uniform random population instead (${percent(populationPasses)} pass; most fail one of the`,
    'first conditions, where both json-logic-js and our evaluator without trace stop, while the trace still',
    `evaluates every node): trace off ${format(offPopulation)}/s, full trace ${format(onPopulation)}/s, json-logic-js ${format(logicPopulation)}/s —`,
    `${ratio(offPopulation / logicPopulation)} json-logic-js, and the full trace ${ratio(offPopulation / onPopulation)} slower than without.`,
    '',
    `Measured on Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, load average ${load} at the start.`,
    'Absolute figures vary with the machine; the targets constrain the ratios, which are measured side by side in one run.',
    '',
  ].join('\n');
}

/** Replaces the "## Eligibility" section of docs/performance.md (or appends it), leaving other sections intact. */
function writeSection(section: string): void {
  const file = new URL('../docs/performance.md', import.meta.url);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Performance\n\nFigures from `npm run bench`, with the command that produced each.\n';
  }
  const start = text.search(/^## Eligibility[ \t]*$/m);
  if (start === -1) {
    text = `${text.trimEnd()}\n\n${section}`;
  } else {
    const rest = text.slice(start + 1);
    const next = rest.search(/^## /m);
    const end = next === -1 ? text.length : start + 1 + next;
    text = `${text.slice(0, start)}${section}${next === -1 ? '' : '\n'}${text.slice(end)}`;
  }
  writeFileSync(file, `${text.trimEnd()}\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const section = await runEligibilityBench();
  console.log(section);
  if (process.argv.includes('--write')) writeSection(section);
}
