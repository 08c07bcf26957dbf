import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_COMPETENCIES, TRACKS, parseAthletes } from 'athlete-accelerator/core';
import {
  defaultCurriculum,
  learningPathJsonSchema,
  planLearningPath,
  validateCurriculum,
  type Curriculum,
  type CurriculumInput,
  type LearnerInput,
  type LearningPath,
  type PlanLearningPathOptions,
} from 'athlete-accelerator/curriculum';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROPERTY_RUN, curriculumArbitrary, deepFreeze, learnerArbitrary } from './arbitraries.js';

function plan(athlete: LearnerInput, curriculum: CurriculumInput = defaultCurriculum, options?: PlanLearningPathOptions): LearningPath {
  const result = planLearningPath(athlete, curriculum, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const ids = (path: LearningPath): string[] => path.modules.map((module) => module.moduleId);

/** Checks everything a path promises, against the catalogue it was planned from. */
function expectSoundPath(path: LearningPath, curriculum: Curriculum, athlete: LearnerInput, budget: number): void {
  const byId = new Map(curriculum.modules.map((module) => [module.id, module]));
  const position = new Map(ids(path).map((id, index) => [id, index]));
  expect(position.size).toBe(path.modules.length);
  const credited = new Set(path.credited.map((module) => module.moduleId));
  const skills = athlete.skills ?? {};
  for (const entry of path.credited) {
    for (const outcome of byId.get(entry.moduleId)?.competencies ?? []) expect(skills[outcome.competency] ?? 0).toBeGreaterThanOrEqual(outcome.level);
  }
  let total = 0;
  path.modules.forEach((entry, index) => {
    const module = byId.get(entry.moduleId);
    expect(module).toBeDefined();
    if (module === undefined) return;
    total += module.effortHours;
    expect(entry.effortHours).toBe(module.effortHours);
    // Closed under prerequisites, in topological order (prerequisites earlier, or credited).
    for (const prerequisite of module.prerequisites) {
      const at = position.get(prerequisite);
      if (at === undefined) expect(credited.has(prerequisite), `${entry.moduleId} needs ${prerequisite}`).toBe(true);
      else expect(at).toBeLessThan(index);
    }
    expect(entry.prerequisites).toEqual(module.prerequisites.filter((id) => position.has(id)));
    // Every module says why it is there, truthfully.
    expect(entry.reasons.length).toBeGreaterThan(0);
    for (const reason of entry.reasons) {
      if (reason.kind === 'prerequisite-of') {
        expect(position.get(reason.moduleId) ?? -1).toBeGreaterThan(index);
        expect(byId.get(reason.moduleId)?.prerequisites).toContain(entry.moduleId);
      } else {
        expect(module.competencies.some((outcome) => outcome.competency === reason.competency && outcome.level >= reason.to)).toBe(true);
        expect(reason.to).toBeGreaterThan(reason.from);
      }
    }
    if (athlete.languages !== undefined) expect(module.delivery.languages.some((language) => athlete.languages?.includes(language))).toBe(true);
  });
  expect(path.totalHours).toBe(total);
  expect(total).toBeLessThanOrEqual(budget);
  for (const gap of path.gaps) {
    expect(gap.status === 'closed').toBe(gap.reached >= gap.target);
    if (gap.status !== 'closed') expect(path.shortfalls.some((shortfall) => shortfall.competency === gap.competency)).toBe(true);
    const best = Math.max(gap.current, ...path.modules.flatMap((entry) => byId.get(entry.moduleId)?.competencies.filter((o) => o.competency === gap.competency).map((o) => o.level) ?? []));
    expect(gap.reached).toBe(best);
  }
}

describe('planLearningPath', () => {
  it('pulls in every prerequisite of a goal, in order, and credits what the athlete already knows', () => {
    const path = plan({ id: 'athlete-0001', skills: { 'finance-basics': 2 }, goals: ['pricing-and-quotations'] }, defaultCurriculum, { baselineLevel: 0 });
    expect(ids(path)).toEqual(['b2b-incoterms', 'b2b-pricing-and-quotations', 'log-shipping-modes', 'log-freight', 'b2b-quotation-workshop']);
    expect(path.credited.map((module) => module.moduleId)).toEqual(['ops-finance-basics']);
    expect(path.modules[4]?.reasons).toEqual([{ kind: 'closes-gap', competency: 'pricing-and-quotations', from: 0, to: 3 }]);
    expect(path.modules[0]?.reasons).toEqual([
      { kind: 'prerequisite-of', moduleId: 'b2b-pricing-and-quotations' },
      { kind: 'prerequisite-of', moduleId: 'log-freight' },
    ]);
    expect(path.gaps).toEqual([{ competency: 'pricing-and-quotations', current: 0, target: 3, goal: true, reached: 3, status: 'closed' }]);
    expect(path.totalHours).toBe(25);
  });

  it('treats an athlete with no self-assessment as level 0 everywhere and gives them the basics of every track', () => {
    const path = plan({ id: 'athlete-new' }, defaultCurriculum, { hoursBudget: 1000 });
    const competencies = Object.values(STANDARD_COMPETENCIES).flat();
    expect(path.gaps.map((gap) => gap.competency).sort()).toEqual([...competencies].sort());
    for (const gap of path.gaps) {
      expect(gap.current).toBe(0);
      expect(gap.target).toBe(1);
      expect(gap.status).toBe('closed');
    }
    expect(path.credited).toEqual([]);
    expect(new Set(path.modules.map((module) => module.track))).toEqual(new Set(TRACKS));
  });

  it('puts the first goal first and plans nothing for competencies already at target', () => {
    const path = plan({ id: 'a', goals: ['brand', 'freight'], skills: { brand: 1 } }, defaultCurriculum, { baselineLevel: 0 });
    expect(ids(path)[0]).toBe('ops-brand-foundations');
    expect(path.gaps.map((gap) => gap.competency)).toEqual(['brand', 'freight']);
    const done = plan({ id: 'a', goals: ['brand'], skills: { brand: 3 } }, defaultCurriculum, { baselineLevel: 0 });
    expect(done.modules).toEqual([]);
    expect(done.gaps).toEqual([]);
  });

  it('honours explicit targets over goals and the baseline', () => {
    const path = plan({ id: 'a', goals: ['brand'] }, defaultCurriculum, { baselineLevel: 0, targets: { brand: 2, incoterms: 3 } });
    expect(path.gaps.map((gap) => [gap.competency, gap.target, gap.goal])).toEqual([
      ['brand', 2, true],
      ['incoterms', 3, false],
    ]);
  });

  it('closes a gap in part when the full target does not fit the budget, and says why', () => {
    const path = plan({ id: 'a', goals: ['incoterms'] }, defaultCurriculum, { baselineLevel: 0, hoursBudget: 6 });
    expect(ids(path)).toEqual(['b2b-incoterms']);
    expect(path.gaps[0]).toMatchObject({ competency: 'incoterms', reached: 2, status: 'partly-closed' });
    expect(path.shortfalls).toEqual([
      {
        competency: 'incoterms',
        current: 0,
        target: 3,
        reached: 2,
        reason: 'over-budget',
        moduleId: 'b2b-incoterms-in-practice',
        hoursNeeded: 13,
        hoursLeft: 6,
        message: expect.stringContaining('13 hours') as string,
      },
    ]);
  });

  it('reports an empty budget as a shortfall of every gap', () => {
    const path = plan({ id: 'a', goals: ['brand'] }, defaultCurriculum, { hoursBudget: 0, baselineLevel: 0 });
    expect(path.modules).toEqual([]);
    expect(path.shortfalls.map((s) => [s.competency, s.reason, s.reached])).toEqual([['brand', 'over-budget', 0]]);
  });

  it('reports goals the catalogue does not teach, or not to the target level', () => {
    const path = plan({ id: 'a', goals: ['underwater-welding', 'brand'] }, defaultCurriculum, { baselineLevel: 0, goalLevel: 4 });
    expect(path.shortfalls.map((s) => [s.competency, s.reason, s.reached])).toEqual([
      ['underwater-welding', 'not-taught', 0],
      ['brand', 'level-not-taught', 3],
    ]);
    expect(path.gaps.map((gap) => gap.status)).toEqual(['open', 'partly-closed']);
  });

  it('leaves out modules not taught in a language the athlete speaks, or in an excluded mode', () => {
    const german = plan({ id: 'a', languages: ['de'], goals: ['brand'] }, defaultCurriculum, { baselineLevel: 0 });
    expect(german.modules).toEqual([]);
    expect(german.shortfalls[0]).toMatchObject({ competency: 'brand', reason: 'language', moduleId: 'ops-brand-strategy-workshop' });
    const chinese = plan({ id: 'a', languages: ['zh'], goals: ['brand'] }, defaultCurriculum, { baselineLevel: 0 });
    expect(ids(chinese)).toEqual(['ops-brand-foundations']);
    expect(chinese.shortfalls[0]).toMatchObject({ reason: 'language', reached: 2 });
    const anyLanguage = plan({ id: 'a', languages: ['de'], goals: ['brand'] }, defaultCurriculum, { baselineLevel: 0, checkLanguages: false });
    expect(anyLanguage.gaps[0]?.status).toBe('closed');
    const remote = plan({ id: 'a', goals: ['fulfilment'] }, defaultCurriculum, { baselineLevel: 0, deliveryModes: ['online'] });
    expect(remote.shortfalls[0]).toMatchObject({ reason: 'delivery-mode', moduleId: 'log-fulfilment-centre-visit', reached: 2 });
  });

  it('can plan without crediting prior learning', () => {
    const path = plan({ id: 'a', skills: { 'finance-basics': 2 }, goals: ['trade-payments'] }, defaultCurriculum, { baselineLevel: 0, creditPriorLearning: false });
    expect(ids(path)).toContain('ops-finance-basics');
    expect(path.credited).toEqual([]);
  });

  it('carries the athlete\'s availability and blackouts for scheduling', () => {
    const path = plan({ id: 'a', availabilityHoursPerWeek: 7, blackouts: [{ start: '2027-02-01', end: '2027-02-10', reason: 'world cup' }] });
    expect(path.availabilityHoursPerWeek).toBe(7);
    expect(path.blackouts).toEqual([{ start: '2027-02-01', end: '2027-02-10', reason: 'world cup' }]);
  });

  it('plans a sound path for every athlete of the sample data', () => {
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/sample/athletes.json'), 'utf8')) as unknown[];
    const athletes = parseAthletes(sample.filter((_, index) => index % 12 === 0));
    expect(athletes.ok).toBe(true);
    if (!athletes.ok) return;
    for (const athlete of athletes.value) {
      const result = planLearningPath(athlete, defaultCurriculum);
      expect(result.ok).toBe(true);
      if (result.ok) expectSoundPath(result.value, defaultCurriculum, athlete, 120);
    }
  });

  it('gives a path closed under prerequisites, in topological order, within budget, every module explained (default catalogue)', () => {
    fc.assert(
      fc.property(learnerArbitrary(), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 4 }), (athlete, budget, baselineLevel) => {
        const path = plan(athlete, defaultCurriculum, { hoursBudget: budget, baselineLevel });
        expectSoundPath(path, defaultCurriculum, athlete, budget);
      }),
      { ...PROPERTY_RUN, numRuns: 100 },
    );
  });

  it('gives a sound path on random catalogues, the same every time', () => {
    fc.assert(
      fc.property(curriculumArbitrary(12), learnerArbitrary(), fc.integer({ min: 0, max: 40 }), (input, athlete, budget) => {
        const curriculum = validateCurriculum(input);
        expect(curriculum.ok).toBe(true);
        if (!curriculum.ok) return;
        const path = plan(athlete, input, { hoursBudget: budget, goalLevel: 4 });
        expectSoundPath(path, curriculum.value, athlete, budget);
        expect(plan(athlete, structuredClone(input), { hoursBudget: budget, goalLevel: 4 })).toEqual(path);
      }),
      PROPERTY_RUN,
    );
  });

  it('does not mutate its inputs', () => {
    const athlete = deepFreeze({ id: 'a', skills: { brand: 1 }, goals: ['brand', 'freight'], blackouts: [{ start: '2027-02-01', end: '2027-02-03' }] });
    const options = deepFreeze({ hoursBudget: 50, targets: { incoterms: 2 }, deliveryModes: ['online' as const] });
    const curriculum = deepFreeze(structuredClone(defaultCurriculum));
    const copies = structuredClone({ athlete, options, curriculum });
    const path = planLearningPath(athlete, curriculum, options);
    expect(path.ok).toBe(true);
    expect({ athlete, options, curriculum }).toEqual(copies);
    if (path.ok) expect(path.value.blackouts[0]).not.toBe(athlete.blackouts[0]);
  });

  it('refuses a bad athlete, curriculum or options with the code and path of each problem', () => {
    const badAthlete = planLearningPath({ id: '', skills: { brand: 7 }, goals: 'brand' } as unknown as LearnerInput, defaultCurriculum);
    expect(badAthlete.ok).toBe(false);
    if (!badAthlete.ok) {
      expect(badAthlete.error.code).toBe('invalid-input');
      expect(new Set(badAthlete.error.issues?.map((issue) => issue.path.join('.')))).toEqual(new Set(['athlete.id', 'athlete.skills.brand', 'athlete.goals']));
    }
    const badOptions = planLearningPath({ id: 'a' }, defaultCurriculum, { hoursBudget: -1, goalLevel: 9, colour: 'red' } as unknown as PlanLearningPathOptions);
    expect(badOptions.ok).toBe(false);
    if (!badOptions.ok) {
      expect(badOptions.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
        ['invalid-input', ['options', 'hoursBudget']],
        ['invalid-input', ['options', 'goalLevel']],
        ['invalid-input', ['options']],
      ]);
    }
    const cyclic = structuredClone(defaultCurriculum) as CurriculumInput & { modules: { prerequisites: string[] }[] };
    cyclic.modules[0]?.prerequisites.push('ops-business-setup-clinic');
    const badCurriculum = planLearningPath({ id: 'a' }, cyclic);
    expect(badCurriculum.ok).toBe(false);
    if (!badCurriculum.ok) {
      expect(badCurriculum.error.code).toBe('prerequisite-cycle');
      expect(badCurriculum.error.path).toEqual(['curriculum', 'modules', 0, 'prerequisites', 0]);
      expect(badCurriculum.error.issues?.[0]?.cycle).toEqual(['ops-business-setup', 'ops-business-setup-clinic', 'ops-business-setup']);
    }
    for (const bad of [null, 42, 'athlete', [], JSON.parse('{"id":"a","__proto__":{"x":1}}') as unknown]) {
      const result = planLearningPath(bad as LearnerInput, defaultCurriculum);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.path?.[0]).toBe('athlete');
    }
  });

  it('publishes the JSON Schema of a learning path', () => {
    expect(learningPathJsonSchema()['required']).toEqual(['athleteId', 'modules']);
  });
});
