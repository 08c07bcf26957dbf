import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDARD_COMPETENCIES, TRACKS } from 'athlete-accelerator/core';
import {
  curriculumJsonSchema,
  curriculumSchemas,
  defaultCurriculum,
  validateCurriculum,
  type CurriculumInput,
  type CurriculumIssue,
  type CurriculumModuleInput,
} from 'athlete-accelerator/curriculum';
import { COMPETENCY_POOL, PROPERTY_RUN, curriculumArbitrary, deepFreeze, graphArbitrary, referenceCyclicGroups } from './arbitraries.js';

const online = { mode: 'online' as const, languages: ['en'] };

function module(id: string, extra: Partial<CurriculumModuleInput> = {}): CurriculumModuleInput {
  return {
    id,
    title: id,
    summary: '',
    track: 'ops',
    format: 'self-paced',
    effortHours: 2,
    competencies: [{ competency: 'brand', level: 2 }],
    delivery: online,
    ...extra,
  };
}

function catalogue(modules: CurriculumModuleInput[], extra: Partial<CurriculumInput> = {}): CurriculumInput {
  return { id: 'c', title: 'Training', tracks: [{ id: 'ops', title: 'Operations' }], modules, ...extra };
}

function issuesOf(input: unknown): CurriculumIssue[] {
  const result = validateCurriculum(input as CurriculumInput);
  return result.ok ? [] : [...(result.error.issues ?? [])];
}

function codesAndPaths(input: unknown): [string, readonly (string | number)[]][] {
  return issuesOf(input).map((issue) => [issue.code, issue.path]);
}

describe('the default catalogue', () => {
  it('validates', () => {
    const result = validateCurriculum(defaultCurriculum);
    expect(result.ok).toBe(true);
  });

  it('declares exactly the five tracks of the programme', () => {
    expect(defaultCurriculum.tracks.map((track) => track.id)).toEqual([...TRACKS]);
  });

  it('teaches every standard competency, to level 3, within its own track', () => {
    for (const track of TRACKS) {
      for (const competency of STANDARD_COMPETENCIES[track]) {
        const teachers = defaultCurriculum.modules.filter((m) => m.competencies.some((outcome) => outcome.competency === competency));
        expect(teachers.length, competency).toBeGreaterThan(0);
        expect(Math.max(...teachers.flatMap((m) => m.competencies.filter((o) => o.competency === competency).map((o) => o.level)))).toBe(3);
        expect(teachers.some((m) => m.track === track), competency).toBe(true);
      }
    }
  });

  it('names only standard competencies', () => {
    const standard = new Set(Object.values(STANDARD_COMPETENCIES).flat());
    for (const m of defaultCurriculum.modules) for (const outcome of m.competencies) expect(standard.has(outcome.competency), outcome.competency).toBe(true);
  });

  it('makes export pricing require Incoterms and finance basics', () => {
    const pricing = defaultCurriculum.modules.find((m) => m.id === 'b2b-pricing-and-quotations');
    expect(pricing?.prerequisites).toEqual(['b2b-incoterms', 'ops-finance-basics']);
  });

  it('has live workshops on fixed dates inside the 4th edition cohort', () => {
    const dated = defaultCurriculum.modules.flatMap((m) => m.sessions.flatMap((s) => (s.date === undefined ? [] : [s.date])));
    expect(dated.length).toBeGreaterThan(5);
    for (const date of dated) {
      expect(date >= '2027-01-11' && date <= '2027-06-25').toBe(true);
    }
  });

  it('is deeply frozen', () => {
    expect(Object.isFrozen(defaultCurriculum)).toBe(true);
    expect(Object.isFrozen(defaultCurriculum.modules[0]?.competencies)).toBe(true);
  });
});

describe('validateCurriculum', () => {
  it('returns a frozen copy with defaults filled in, and reuses it without validating again', () => {
    const input = catalogue([module('a')]);
    const result = validateCurriculum(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).not.toBe(input);
    expect(result.value.modules[0]?.prerequisites).toEqual([]);
    expect(Object.isFrozen(result.value.modules[0])).toBe(true);
    const again = validateCurriculum(result.value);
    expect(again.ok && again.value).toBe(result.value);
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(catalogue([module('a'), module('b', { prerequisites: ['a'] })]));
    const copy = structuredClone(input);
    expect(validateCurriculum(input).ok).toBe(true);
    expect(input).toEqual(copy);
  });

  it('reports an effort of zero or less with its path', () => {
    expect(codesAndPaths(catalogue([module('a', { effortHours: 0 }), module('b', { effortHours: -3 })]))).toEqual([
      ['invalid-effort', ['modules', 0, 'effortHours']],
      ['invalid-effort', ['modules', 1, 'effortHours']],
    ]);
  });

  it('reports an effort that is not in quarter hours', () => {
    expect(codesAndPaths(catalogue([module('a', { effortHours: 1.1 })]))).toEqual([['invalid-effort', ['modules', 0, 'effortHours']]]);
  });

  it('reports competency levels out of range', () => {
    const input = catalogue([module('a', { competencies: [{ competency: 'brand', level: 5 }, { competency: 'freight', level: 0 }] })]);
    expect(codesAndPaths(input)).toEqual([
      ['level-out-of-range', ['modules', 0, 'competencies', 0, 'level']],
      ['level-out-of-range', ['modules', 0, 'competencies', 1, 'level']],
    ]);
  });

  it('reports duplicate module and track ids at the later entry', () => {
    const input = catalogue([module('a'), module('a')], {
      tracks: [
        { id: 'ops', title: 'Operations' },
        { id: 'ops', title: 'Again' },
      ],
    });
    expect(codesAndPaths(input)).toEqual([
      ['duplicate-id', ['tracks', 1, 'id']],
      ['duplicate-id', ['modules', 1, 'id']],
    ]);
  });

  it('reports unknown tracks and unknown prerequisites', () => {
    const input = catalogue([module('a', { track: 'cooking' }), module('b', { prerequisites: ['a', 'ghost'] })]);
    expect(codesAndPaths(input)).toEqual([
      ['unknown-track', ['modules', 0, 'track']],
      ['unknown-prerequisite', ['modules', 1, 'prerequisites', 1]],
    ]);
  });

  it('reports a prerequisite cycle as a path a → b → c → a', () => {
    const input = catalogue([module('a', { prerequisites: ['b'] }), module('b', { prerequisites: ['c'] }), module('c', { prerequisites: ['a'] })]);
    const issues = issuesOf(input);
    expect(issues).toEqual([
      {
        code: 'prerequisite-cycle',
        path: ['modules', 0, 'prerequisites', 0],
        message: 'The prerequisites form a cycle: a → b → c → a.',
        cycle: ['a', 'b', 'c', 'a'],
      },
    ]);
  });

  it('reports a module that requires itself as a cycle of one', () => {
    expect(issuesOf(catalogue([module('a', { prerequisites: ['a'] })]))[0]?.cycle).toEqual(['a', 'a']);
  });

  it('reports one cycle per tangle of modules, and every tangle', () => {
    const input = catalogue([
      module('a', { prerequisites: ['b'] }),
      module('b', { prerequisites: ['a'] }),
      module('c'),
      module('d', { prerequisites: ['e', 'c'] }),
      module('e', { prerequisites: ['d'] }),
    ]);
    expect(issuesOf(input).map((issue) => issue.cycle)).toEqual([
      ['a', 'b', 'a'],
      ['d', 'e', 'd'],
    ]);
  });

  it('reports every kind of problem at once, even a cycle through a module with a broken effort', () => {
    const input = catalogue([
      module('a', { effortHours: 0, prerequisites: ['b'] }),
      module('b', { prerequisites: ['a', 'nowhere'], competencies: [{ competency: 'brand', level: 9 }] }),
      module('b', { track: 'cooking' }),
    ]);
    const result = validateCurriculum(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-effort');
    expect(result.error.path).toEqual(['modules', 0, 'effortHours']);
    expect(result.error.message).toMatch(/^modules\[0\]\.effortHours: .*and 5 more problems/);
    expect(codesAndPaths(input)).toEqual([
      ['invalid-effort', ['modules', 0, 'effortHours']],
      ['level-out-of-range', ['modules', 1, 'competencies', 0, 'level']],
      ['unknown-prerequisite', ['modules', 1, 'prerequisites', 1]],
      ['duplicate-id', ['modules', 2, 'id']],
      ['unknown-track', ['modules', 2, 'track']],
      ['prerequisite-cycle', ['modules', 0, 'prerequisites', 0]],
    ]);
  });

  it('checks sessions: not on self-paced modules, exactly one of date or week, within the effort', () => {
    const input = catalogue([
      module('a', { sessions: [{ id: 's', hours: 1, date: '2027-02-01' }] }),
      module('b', { format: 'live-workshop', sessions: [{ id: 's', hours: 1 }, { id: 't', hours: 1, date: '2027-02-01', week: 2 }] }),
      module('c', { format: 'live-workshop', effortHours: 2, sessions: [{ id: 's', hours: 1.5, week: 1 }, { id: 's', hours: 1, week: 2 }] }),
    ]);
    expect(codesAndPaths(input)).toEqual([
      ['invalid-session', ['modules', 0, 'sessions']],
      ['invalid-session', ['modules', 1, 'sessions', 0]],
      ['invalid-session', ['modules', 1, 'sessions', 1]],
      ['duplicate-id', ['modules', 2, 'sessions', 1, 'id']],
      ['invalid-session', ['modules', 2, 'sessions']],
    ]);
  });

  it('checks completion criteria: known modules of the same track, electives the track can offer', () => {
    const input = catalogue([module('a'), module('b', { track: 'other' })], {
      tracks: [
        { id: 'ops', title: 'Operations', completion: { requiredModules: ['a', 'b', 'zz'], electives: 1 } },
        { id: 'other', title: 'Other' },
      ],
    });
    expect(codesAndPaths(input)).toEqual([
      ['invalid-completion', ['tracks', 0, 'completion', 'requiredModules', 1]],
      ['unknown-module', ['tracks', 0, 'completion', 'requiredModules', 2]],
      ['invalid-completion', ['tracks', 0, 'completion', 'electives']],
    ]);
  });

  it('refuses hostile keys, non-objects and wrong shapes without throwing', () => {
    expect(codesAndPaths(JSON.parse('{"id":"c","title":"T","tracks":[],"modules":[{"__proto__":{"x":1}}]}'))).toEqual([
      ['invalid-input', ['modules', 0, '__proto__']],
    ]);
    for (const bad of [null, undefined, 42, 'curriculum', [], () => 1]) {
      const result = validateCurriculum(bad as unknown as CurriculumInput);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
    expect(codesAndPaths({ id: 'c', title: 'T', tracks: 'none', modules: [{ id: 'a' }] })[0]).toEqual(['invalid-input', ['tracks']]);
    expect(codesAndPaths({ id: 'c', title: 'T', tracks: [], modules: [], extra: true })).toEqual([['invalid-input', []]]);
  });

  it('finds a cycle exactly when the prerequisites have one (checked against brute force)', () => {
    fc.assert(
      fc.property(graphArbitrary(7), (graph) => {
        const input = catalogue(graph.map((targets, index) => module(`m${index}`, { prerequisites: targets.map((target) => `m${target}`) })));
        const cycles = issuesOf(input).filter((issue) => issue.code === 'prerequisite-cycle');
        const groups = referenceCyclicGroups(graph);
        expect(cycles.length).toBe(groups.length);
        cycles.forEach((issue, position) => {
          const cycle = (issue.cycle ?? []).map((id) => Number(id.slice(1)));
          expect(cycle[0]).toBe(cycle[cycle.length - 1]);
          for (let step = 0; step + 1 < cycle.length; step++) expect(graph[cycle[step] as number]).toContain(cycle[step + 1]);
          expect(new Set(cycle.slice(0, -1)).size).toBe(cycle.length - 1);
          expect(groups[position]).toContain(cycle[0]);
          expect(issue.path).toEqual(['modules', cycle[0], 'prerequisites', graph[cycle[0] as number]?.indexOf(cycle[1] as number)]);
        });
      }),
      PROPERTY_RUN,
    );
  });

  it('reports every injected problem at once, each with its code and path', () => {
    const faults = ['effort', 'level', 'prerequisite', 'track', 'duplicate', 'self'] as const;
    fc.assert(
      fc.property(
        curriculumArbitrary(10),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...faults)), { minLength: 1, maxLength: 5 }),
        (valid, picks) => {
          const input = structuredClone(valid);
          const modules = input.modules;
          const size = modules.length;
          const expected: [string, (string | number)[]][] = [];
          const faulted = new Set<number>();
          for (const [pick, fault] of picks) {
            const index = pick % size;
            if (fault === 'duplicate') {
              // A new module at the end that reuses an existing id.
              modules.push({ ...structuredClone(modules[index] as CurriculumModuleInput), prerequisites: [] });
              expected.push(['duplicate-id', ['modules', modules.length - 1, 'id']]);
              continue;
            }
            if (faulted.has(index)) continue;
            faulted.add(index);
            const target = modules[index] as CurriculumModuleInput;
            target.prerequisites = [...(target.prerequisites ?? [])];
            if (fault === 'effort') {
              target.effortHours = -1;
              expected.push(['invalid-effort', ['modules', index, 'effortHours']]);
            } else if (fault === 'level') {
              target.competencies = [{ competency: COMPETENCY_POOL[0], level: 7 }];
              expected.push(['level-out-of-range', ['modules', index, 'competencies', 0, 'level']]);
            } else if (fault === 'prerequisite') {
              target.prerequisites = [...target.prerequisites, 'ghost-module'];
              expected.push(['unknown-prerequisite', ['modules', index, 'prerequisites', target.prerequisites.length - 1]]);
            } else if (fault === 'track') {
              target.track = 'knitting';
              expected.push(['unknown-track', ['modules', index, 'track']]);
            } else {
              target.prerequisites = [...target.prerequisites, target.id];
              expected.push(['prerequisite-cycle', ['modules', index, 'prerequisites', target.prerequisites.length - 1]]);
            }
          }
          const found = codesAndPaths(input);
          for (const problem of expected) expect(found).toContainEqual(problem);
          expect(found.length).toBeGreaterThanOrEqual(expected.length);
        },
      ),
      PROPERTY_RUN,
    );
  });

  it('accepts every generated acyclic catalogue', () => {
    fc.assert(
      fc.property(curriculumArbitrary(12), (input) => {
        expect(codesAndPaths(input)).toEqual([]);
      }),
      PROPERTY_RUN,
    );
  });

  it('validates a chain of 20,000 prerequisites without overflowing the stack', () => {
    const size = 20_000;
    const modules = Array.from({ length: size }, (_, index) => module(`m${index}`, { prerequisites: index === 0 ? [`m${size - 1}`] : [`m${index - 1}`] }));
    const issues = issuesOf(catalogue(modules));
    expect(issues.map((issue) => issue.code)).toEqual(['prerequisite-cycle']);
    expect(issues[0]?.cycle?.length).toBe(size + 1);
  });
});

describe('curriculum JSON Schema', () => {
  it('describes the document and its required fields', () => {
    const schema = curriculumJsonSchema();
    expect(schema['required']).toEqual(['id', 'title', 'tracks', 'modules']);
    expect(JSON.stringify(schema)).toContain('live-workshop');
  });

  it('lists the public shapes by name', () => {
    expect(Object.keys(curriculumSchemas)).toEqual(['Curriculum', 'CurriculumModule', 'Track', 'Learner', 'LearningPath', 'CohortCalendar', 'ProgressEvent']);
  });
});
