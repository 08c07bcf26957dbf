import { differenceInCalendarDays, parseISO, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cohortWeeks,
  defaultCurriculum,
  planLearningPath,
  scheduleCohort,
  type CohortCalendarInput,
  type CohortSchedule,
  type CurriculumInput,
  type LearnerInput,
  type LearningPath,
  type LearningPathInput,
  type ScheduleCohortOptions,
} from 'athlete-accelerator/curriculum';
import { PROPERTY_RUN, calendarArbitrary, curriculumArbitrary, deepFreeze, learnerArbitrary, referenceIsOpen, referenceWeekDays } from './arbitraries.js';

const COHORT = { start: '2027-01-11', end: '2027-06-25' };

function schedule(paths: readonly LearningPathInput[], calendar: CohortCalendarInput = COHORT, options?: ScheduleCohortOptions): CohortSchedule {
  const result = scheduleCohort(paths, calendar, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function plan(athlete: LearnerInput, curriculum: CurriculumInput = defaultCurriculum, options = {}): LearningPath {
  const result = planLearningPath(athlete, curriculum, options);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** Checks every promise of a schedule with date-fns and brute force, not with the scheduler's own code. */
function expectSoundSchedule(paths: readonly LearningPath[], calendar: { start: string; end: string; breaks?: { start: string; end: string }[] }, result: CohortSchedule, defaultHours = 5): void {
  const monday = startOfISOWeek(parseISO(calendar.start));
  const weekCount = Math.floor(differenceInCalendarDays(parseISO(calendar.end), monday) / 7) + 1;
  expect(result.weeks.length).toBe(weekCount);
  expect(result.athletes.length).toBe(paths.length);
  paths.forEach((path, index) => {
    const athlete = result.athletes[index];
    expect(athlete?.athleteId).toBe(path.athleteId);
    if (athlete === undefined) return;
    const quarters = Math.floor((path.availabilityHoursPerWeek ?? defaultHours) * 4 + 1e-9);
    expect(athlete.hoursPerWeek).toBe(quarters / 4);
    const isOpen = (day: string): boolean => referenceIsOpen(day, calendar, path.blackouts);
    const openDays = Array.from({ length: weekCount }, (_, week) => referenceWeekDays(calendar.start, week).filter(isOpen).length);

    // Every module is either placed or reported, never both.
    const placed = new Map(athlete.modules.map((module) => [module.moduleId, module]));
    const refused = new Map(athlete.unscheduled.map((module) => [module.moduleId, module]));
    expect(placed.size + refused.size).toBe(path.modules.length);
    for (const module of path.modules) expect(placed.has(module.moduleId) !== refused.has(module.moduleId)).toBe(true);

    const load = new Array<number>(weekCount).fill(0);
    for (const module of path.modules) {
      const scheduled = placed.get(module.moduleId);
      if (scheduled === undefined) {
        const reason = refused.get(module.moduleId);
        if (reason?.reason === 'prerequisite-not-scheduled') expect(refused.has(reason.prerequisiteId ?? '')).toBe(true);
        continue;
      }
      // Never before its prerequisites are complete.
      for (const prerequisite of module.prerequisites) {
        const before = placed.get(prerequisite);
        expect(before, `${module.moduleId} needs ${prerequisite}`).toBeDefined();
        expect(before?.lastWeek ?? Infinity).toBeLessThan(scheduled.firstWeek);
      }
      // All of its effort, within its weeks, never past the cohort end.
      const weeks = scheduled.allocations.map((allocation) => allocation.week);
      expect(weeks).toEqual([...weeks].sort((a, b) => a - b));
      expect(scheduled.firstWeek).toBe(weeks[0]);
      expect(scheduled.lastWeek).toBe(weeks[weeks.length - 1]);
      expect(scheduled.allocations.reduce((sum, allocation) => sum + allocation.hours, 0)).toBe(module.effortHours);
      for (const allocation of scheduled.allocations) {
        expect(allocation.week).toBeGreaterThanOrEqual(0);
        expect(allocation.week).toBeLessThan(weekCount);
        expect(allocation.hours).toBeGreaterThan(0);
        load[allocation.week] = (load[allocation.week] ?? 0) + allocation.hours;
      }
      expect(scheduled.start >= calendar.start && scheduled.end <= calendar.end).toBe(true);
      expect(isOpen(scheduled.start) && isOpen(scheduled.end)).toBe(true);
      // Live sessions at their fixed date (or week), on an open day, and attended.
      expect(scheduled.sessions.length).toBe(module.sessions.length);
      for (const session of module.sessions) {
        const attended = scheduled.sessions.find((entry) => entry.sessionId === session.id);
        expect(attended).toBeDefined();
        if (session.date !== undefined) {
          expect(attended?.date).toBe(session.date);
          expect(isOpen(session.date)).toBe(true);
          expect(attended?.week).toBe(Math.floor(differenceInCalendarDays(parseISO(session.date), monday) / 7));
        } else {
          expect(attended?.week).toBe(session.week);
          expect(openDays[session.week ?? -1] ?? 0).toBeGreaterThan(0);
        }
        expect(weeks).toContain(attended?.week);
      }
    }
    // Never over the weekly hours, and nothing in a week that is fully blacked out.
    load.forEach((hours, week) => {
      const capacity = Math.floor((quarters * (openDays[week] ?? 0)) / 7) / 4;
      expect(hours, `week ${week}`).toBeLessThanOrEqual(capacity);
      expect(hours).toBeLessThanOrEqual(athlete.hoursPerWeek);
      expect(athlete.weeks[week]?.plannedHours).toBe(hours);
      expect(athlete.weeks[week]?.openDays).toBe(openDays[week]);
      if (openDays[week] === 0) expect(hours).toBe(0);
    });
  });
}

describe('scheduleCohort', () => {
  it('places work week by week, skips a blacked-out week and starts a module the week after its prerequisite', () => {
    const result = schedule(
      [
        {
          athleteId: 'a-1',
          availabilityHoursPerWeek: 4,
          blackouts: [{ start: '2027-01-18', end: '2027-01-24' }],
          modules: [{ moduleId: 'basics', effortHours: 6 }, { moduleId: 'advanced', effortHours: 2, prerequisites: ['basics'] }],
        },
      ],
      { start: '2027-01-11', end: '2027-02-05' },
    );
    const athlete = result.athletes[0];
    expect(athlete?.modules.map((module) => [module.moduleId, module.allocations])).toEqual([
      ['basics', [{ week: 0, hours: 4 }, { week: 2, hours: 2 }]],
      ['advanced', [{ week: 3, hours: 2 }]],
    ]);
    expect(athlete?.weeks.map((week) => [week.openDays, week.capacityHours])).toEqual([
      [7, 4],
      [0, 0],
      [7, 4],
      [5, 2.75],
    ]);
    expect(athlete?.modules[0]).toMatchObject({ start: '2027-01-11', end: '2027-01-31' });
    expect(athlete?.completeBy).toBe('2027-02-05');
  });

  it('takes away 1/7 of a week for each blacked-out day, rounded down to a quarter hour', () => {
    const result = schedule([{ athleteId: 'a', availabilityHoursPerWeek: 10, blackouts: [{ start: '2027-01-13', end: '2027-01-15' }], modules: [{ moduleId: 'm', effortHours: 20 }] }]);
    expect(result.athletes[0]?.weeks[0]).toEqual({ week: 0, openDays: 4, capacityHours: 5.5, plannedHours: 5.5 });
    expect(result.athletes[0]?.modules[0]?.allocations).toEqual([{ week: 0, hours: 5.5 }, { week: 1, hours: 10 }, { week: 2, hours: 4.5 }]);
  });

  it('keeps live sessions on their dates, puts preparation before them and lists who attends', () => {
    const result = schedule([{ athleteId: 'a', availabilityHoursPerWeek: 6, modules: [{ moduleId: 'w', effortHours: 5, sessions: [{ id: 'day', hours: 3, date: '2027-02-03' }] }] }]);
    expect(result.athletes[0]?.modules[0]).toMatchObject({
      firstWeek: 3,
      lastWeek: 3,
      allocations: [{ week: 3, hours: 5 }],
      sessions: [{ sessionId: 'day', week: 3, date: '2027-02-03', hours: 3 }],
    });
    expect(result.sessions).toEqual([{ moduleId: 'w', sessionId: 'day', week: 3, date: '2027-02-03', attendees: ['a'] }]);
    const tight = schedule([{ athleteId: 'a', availabilityHoursPerWeek: 4, modules: [{ moduleId: 'w', effortHours: 6, sessions: [{ id: 'day', hours: 3, week: 3 }] }] }]);
    expect(tight.athletes[0]?.modules[0]?.allocations).toEqual([{ week: 2, hours: 2 }, { week: 3, hours: 4 }]);
  });

  it('reports each reason a module cannot be placed', () => {
    const result = schedule(
      [
        {
          athleteId: 'a',
          availabilityHoursPerWeek: 2,
          blackouts: [{ start: '2027-03-01', end: '2027-03-05' }],
          modules: [
            { moduleId: 'outside', effortHours: 1, sessions: [{ id: 's', hours: 1, date: '2027-07-01' }] },
            { moduleId: 'blacked-out', effortHours: 1, sessions: [{ id: 's', hours: 1, date: '2027-03-03' }] },
            { moduleId: 'too-long', effortHours: 2, sessions: [{ id: 's', hours: 2, date: '2027-03-06' }] },
            { moduleId: 'first', effortHours: 4 },
            { moduleId: 'early', effortHours: 1, prerequisites: ['first'], sessions: [{ id: 's', hours: 1, week: 1 }] },
            { moduleId: 'huge', effortHours: 100 },
            { moduleId: 'after-huge', effortHours: 1, prerequisites: ['huge'] },
          ],
        },
      ],
      { start: '2027-01-11', end: '2027-04-30' },
    );
    expect(result.athletes[0]?.unscheduled.map((module) => [module.moduleId, module.reason])).toEqual([
      ['outside', 'session-outside-cohort'],
      ['blacked-out', 'session-in-blackout'],
      ['too-long', 'session-over-weekly-hours'],
      ['early', 'session-before-prerequisites'],
      ['huge', 'past-cohort-end'],
      ['after-huge', 'prerequisite-not-scheduled'],
    ]);
    const unscheduled = result.athletes[0]?.unscheduled ?? [];
    expect(unscheduled[4]).toMatchObject({ hoursShort: 74.25 });
    expect(unscheduled[5]).toMatchObject({ prerequisiteId: 'huge', message: 'Its prerequisite "huge" could not be scheduled.' });
    expect(unscheduled[2]?.message).toBe('Its session "s" (2027-03-06) needs 2 hours but the athlete has 0.5 hours left that week.');
    expect(result.modulesUnscheduled).toBe(6);
    expect(result.modulesScheduled).toBe(1);
  });

  it('applies cohort breaks to everyone and uses the default weekly hours when a path has none', () => {
    const calendar = { start: '2027-01-11', end: '2027-02-07', breaks: [{ start: '2027-01-18', end: '2027-01-24', reason: 'holiday' }] };
    const result = schedule([{ athleteId: 'a', modules: [{ moduleId: 'm', effortHours: 12 }] }], calendar, { defaultHoursPerWeek: 6 });
    expect(result.athletes[0]?.hoursPerWeek).toBe(6);
    expect(result.athletes[0]?.modules[0]?.allocations).toEqual([{ week: 0, hours: 6 }, { week: 2, hours: 6 }]);
    expect(schedule([{ athleteId: 'a', modules: [{ moduleId: 'm', effortHours: 1 }] }]).athletes[0]?.hoursPerWeek).toBe(5);
  });

  it('schedules the sample cohort of 50 athletes soundly on the 4th edition calendar', () => {
    const sample = JSON.parse(readFileSync(join(import.meta.dirname, '../../data/sample/athletes.json'), 'utf8')) as LearnerInput[];
    const paths = sample.slice(0, 50).map((athlete) => plan(athlete));
    const result = schedule(paths);
    expectSoundSchedule(paths, COHORT, result);
    expect(result.modulesScheduled).toBeGreaterThan(result.modulesUnscheduled * 5);
    expect(result.sessions.length).toBeGreaterThan(10);
  });

  it('never breaks prerequisites, weekly hours, blackouts or the cohort end (random catalogues, athletes, calendars)', () => {
    fc.assert(
      fc.property(
        curriculumArbitrary(10),
        calendarArbitrary,
        fc.array(learnerArbitrary(), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 0, max: 4 }),
        (curriculum, calendar, learners, baselineLevel) => {
          const paths = learners.map((learner, index) => plan({ ...learner, id: `athlete-${index}` }, curriculum, { hoursBudget: 1000, goalLevel: 4, baselineLevel }));
          expectSoundSchedule(paths, calendar, schedule(paths, calendar));
        },
      ),
      { ...PROPERTY_RUN, numRuns: 120 },
    );
  });

  it('never breaks them on the default catalogue either', () => {
    fc.assert(
      fc.property(fc.array(learnerArbitrary(), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 9 }), (learners, defaultHours) => {
        const paths = learners.map((learner, index) => plan({ ...learner, id: `athlete-${index}` }, defaultCurriculum, { hoursBudget: 200 }));
        expectSoundSchedule(paths, COHORT, schedule(paths, COHORT, { defaultHoursPerWeek: defaultHours }), defaultHours);
      }),
      { ...PROPERTY_RUN, numRuns: 40 },
    );
  });

  it('does not mutate its inputs', () => {
    const paths = deepFreeze([plan({ id: 'a', goals: ['freight'], blackouts: [{ start: '2027-02-01', end: '2027-02-09' }] })]);
    const calendar = deepFreeze({ ...COHORT, breaks: [{ start: '2027-04-05', end: '2027-04-11' }] });
    const options = deepFreeze({ defaultHoursPerWeek: 4 });
    const copies = structuredClone({ paths, calendar, options });
    expect(scheduleCohort(paths, calendar, options).ok).toBe(true);
    expect({ paths, calendar, options }).toEqual(copies);
  });

  it('refuses bad paths, calendars and options with the code and path of each problem', () => {
    const outOfOrder = scheduleCohort(
      [
        { athleteId: 'a', modules: [{ moduleId: 'b', effortHours: 1, prerequisites: ['a1', 'zz'] }, { moduleId: 'a1', effortHours: 1 }] },
        { athleteId: 'a', modules: [{ moduleId: 'x', effortHours: 1 }, { moduleId: 'x', effortHours: 2, sessions: [{ id: 's', hours: 1 }] }] },
      ],
      COHORT,
    );
    expect(outOfOrder.ok).toBe(false);
    if (!outOfOrder.ok) {
      expect(outOfOrder.error.code).toBe('path-out-of-order');
      expect(outOfOrder.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
        ['path-out-of-order', ['paths', 0, 'modules', 0, 'prerequisites', 0]],
        ['unknown-prerequisite', ['paths', 0, 'modules', 0, 'prerequisites', 1]],
        ['duplicate-id', ['paths', 1, 'athleteId']],
        ['duplicate-id', ['paths', 1, 'modules', 1, 'moduleId']],
        ['invalid-session', ['paths', 1, 'modules', 1, 'sessions', 0]],
      ]);
    }
    const shapes = scheduleCohort(
      [{ athleteId: 'a', modules: [{ moduleId: 'm', effortHours: 0 }] }],
      { start: '2027-06-25', end: '2027-01-11' },
      { defaultHoursPerWeek: -2 },
    );
    expect(shapes.ok).toBe(false);
    if (!shapes.ok) {
      expect(shapes.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
        ['invalid-input', ['paths', 0, 'modules', 0, 'effortHours']],
        ['invalid-input', ['calendar', 'end']],
        ['invalid-input', ['options', 'defaultHoursPerWeek']],
      ]);
    }
    for (const [paths, calendar] of [
      [null, COHORT],
      [{}, COHORT],
      [[], null],
      [[], { start: '2027-02-30', end: '2027-03-01' }],
      [JSON.parse('[{"athleteId":"a","modules":[],"__proto__":{}}]') as unknown, COHORT],
    ] as const) {
      const result = scheduleCohort(paths as LearningPathInput[], calendar as CohortCalendarInput);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-input');
    }
  });
});

describe('cohortWeeks', () => {
  it('numbers the ISO weeks of a cohort from 0', () => {
    const weeks = cohortWeeks(COHORT);
    expect(weeks.ok && weeks.value.length).toBe(24);
    expect(weeks.ok && weeks.value[0]).toEqual({ week: 0, isoWeek: '2027-W02', start: '2027-01-11', end: '2027-01-17', first: '2027-01-11', last: '2027-01-17' });
    expect(weeks.ok && weeks.value[23]).toMatchObject({ isoWeek: '2027-W25', first: '2027-06-21', last: '2027-06-25' });
  });

  it('handles a cohort across the turn of an ISO year', () => {
    const weeks = cohortWeeks({ start: '2026-12-30', end: '2027-01-05' });
    expect(weeks.ok && weeks.value.map((week) => week.isoWeek)).toEqual(['2026-W53', '2027-W01']);
  });

  it('refuses a calendar that ends before it starts', () => {
    const weeks = cohortWeeks({ start: '2027-01-13', end: '2027-01-01' });
    expect(weeks.ok).toBe(false);
    if (!weeks.ok) expect([weeks.error.code, weeks.error.path]).toEqual(['invalid-input', ['calendar', 'end']]);
  });
});
