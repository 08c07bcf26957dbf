import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendProgressEvent,
  defaultCurriculum,
  isTimestamp,
  progress,
  type CurriculumInput,
  type Progress,
  type ProgressEvent,
} from 'athlete-accelerator/curriculum';
import { PROPERTY_RUN, deepFreeze } from './arbitraries.js';

function replay(events: readonly ProgressEvent[], asOf = '2027-06-25', curriculum: CurriculumInput = defaultCurriculum): Progress {
  const result = progress(events, curriculum, asOf);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const event = (type: 'enrolled' | 'started' | 'completed', moduleId: string, at: string, athleteId = 'a-1'): ProgressEvent => ({ type, athleteId, moduleId, at });
const assessed = (moduleId: string, at: string, score: number, athleteId = 'a-1'): ProgressEvent => ({ type: 'assessed', athleteId, moduleId, at, score });

describe('progress', () => {
  it('rebuilds a module\'s status, times and scores by replay', () => {
    const report = replay([
      event('enrolled', 'log-shipping-modes', '2027-01-11'),
      event('started', 'log-shipping-modes', '2027-01-12T08:00:00Z'),
      assessed('log-shipping-modes', '2027-01-20T16:00:00Z', 64),
      assessed('log-shipping-modes', '2027-01-27T16:00:00Z', 88),
      assessed('log-shipping-modes', '2027-01-28T16:00:00Z', 75),
      event('completed', 'log-shipping-modes', '2027-01-27T17:00:00Z'),
    ]);
    expect(report.athletes[0]?.modules).toEqual([
      {
        moduleId: 'log-shipping-modes',
        track: 'logistics',
        status: 'completed',
        enrolledAt: '2027-01-11',
        startedAt: '2027-01-12T08:00:00Z',
        completedAt: '2027-01-27T17:00:00Z',
        score: 75,
        bestScore: 88,
        assessments: 3,
        achieved: true,
      },
    ]);
    expect(report.athletes[0]?.competencies).toEqual({ 'shipping-modes': 2 });
    expect(report.eventsApplied).toBe(6);
  });

  it('counts a module with an assessment as achieved only when the best score reaches the pass mark', () => {
    const failed = replay([event('completed', 'log-shipping-modes', '2027-02-01'), assessed('log-shipping-modes', '2027-02-01', 69.5)]);
    expect(failed.athletes[0]?.modules[0]).toMatchObject({ status: 'completed', achieved: false });
    expect(failed.athletes[0]?.competencies).toEqual({});
    const workshop = replay([event('completed', 'ops-brand-strategy-workshop', '2027-02-17')]);
    expect(workshop.athletes[0]?.modules[0]?.achieved).toBe(true);
  });

  it('moves a status forward only, whatever order the events arrive in', () => {
    const report = replay([event('completed', 'b2b-incoterms', '2027-02-01'), event('started', 'b2b-incoterms', '2027-02-02'), event('enrolled', 'b2b-incoterms', '2027-02-03')]);
    expect(report.athletes[0]?.modules[0]).toMatchObject({ status: 'completed', enrolledAt: '2027-02-03', startedAt: '2027-02-02', completedAt: '2027-02-01' });
    const started = replay([event('enrolled', 'b2b-incoterms', '2027-02-01'), assessed('b2b-incoterms', '2027-02-02', 40)]);
    expect(started.athletes[0]?.modules[0]?.status).toBe('in-progress');
  });

  it('replays only events up to asOf: a date covers its whole day in UTC, an instant covers up to itself', () => {
    const events = [
      event('enrolled', 'b2b-incoterms', '2027-02-01'),
      event('started', 'b2b-incoterms', '2027-02-01T23:59:59Z'),
      event('completed', 'b2b-incoterms', '2027-02-02T00:30:00+01:00'),
      event('enrolled', 'log-freight', '2027-02-02T00:00:00Z'),
    ];
    expect(replay(events, '2027-02-01')).toMatchObject({ eventsApplied: 3, eventsAfterAsOf: 1 });
    expect(replay(events, '2027-02-01T23:59:59Z').eventsApplied).toBe(3);
    expect(replay(events, '2027-02-01T23:59:58Z').eventsApplied).toBe(2);
    expect(replay(events, '2027-01-31').athletes).toEqual([]);
  });

  it('completes a track when its required modules and electives are achieved', () => {
    const done = (moduleId: string, at: string): ProgressEvent[] => [event('completed', moduleId, at), assessed(moduleId, at, 90)];
    const events = [
      ...done('log-shipping-modes', '2027-01-20'),
      ...done('log-freight', '2027-02-10'),
      ...done('log-fulfilment', '2027-03-01'),
    ];
    const partial = replay(events).athletes[0]?.tracks.find((track) => track.track === 'logistics');
    expect(partial).toEqual({ track: 'logistics', completed: false, missingModules: [], electivesRequired: 2, electivesAchieved: 1, percentComplete: 75 });
    const full = replay([...events, ...done('log-returns', '2027-03-10')]).athletes[0];
    expect(full?.tracks.find((track) => track.track === 'logistics')).toMatchObject({ completed: true, percentComplete: 100 });
    expect(full?.tracksCompleted).toEqual(['logistics']);
    expect(full?.percentComplete).toBe(100);
    expect(full?.achievedHours).toBe(17);
  });

  it('requires every module of a track that has no completion criteria', () => {
    const curriculum = structuredClone(defaultCurriculum) as CurriculumInput & { tracks: { completion?: unknown }[] };
    for (const track of curriculum.tracks) delete track.completion;
    const report = replay([event('completed', 'ops-brand-strategy-workshop', '2027-02-17')], '2027-06-25', curriculum);
    expect(report.athletes[0]?.tracks.find((track) => track.track === 'operations')).toMatchObject({ completed: false, electivesRequired: 0, percentComplete: 16.7 });
  });

  it('reports the share of enrolled effort achieved', () => {
    const report = replay([event('enrolled', 'b2b-incoterms', '2027-01-11'), event('enrolled', 'log-shipping-modes', '2027-01-11'), event('completed', 'log-shipping-modes', '2027-01-15'), assessed('log-shipping-modes', '2027-01-15', 80)]);
    expect(report.athletes[0]).toMatchObject({ enrolledHours: 9, achievedHours: 4, percentComplete: 44.4 });
  });

  it('gives the same progress however events with distinct timestamps are shuffled', () => {
    fc.assert(
      fc.property(eventLogArbitrary(true), (events) => {
        const ordered = replay(events);
        fc.assert(
          fc.property(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), (shuffled) => {
            expect(replay(shuffled)).toEqual(ordered);
          }),
          { seed: 7, numRuns: 5 },
        );
      }),
      { ...PROPERTY_RUN, numRuns: 60 },
    );
  });

  it('gives the same progress for any order even when timestamps tie, and sorting by time first changes nothing', () => {
    fc.assert(
      fc.property(eventLogArbitrary(false), fc.integer(), (events, seed) => {
        const sorted = [...events].sort((a, b) => Date.parse(a.at.length === 10 ? `${a.at}T00:00:00Z` : a.at) - Date.parse(b.at.length === 10 ? `${b.at}T00:00:00Z` : b.at));
        const shuffled = fc.sample(fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }), { seed, numRuns: 1 })[0] ?? events;
        expect(replay(shuffled)).toEqual(replay(sorted));
      }),
      PROPERTY_RUN,
    );
  });

  it('takes the latest score by timestamp, not by position in the log', () => {
    const later = assessed('b2b-incoterms', '2027-02-02', 50);
    const earlier = assessed('b2b-incoterms', '2027-02-01', 95);
    expect(replay([later, earlier]).athletes[0]?.modules[0]).toMatchObject({ score: 50, bestScore: 95 });
  });

  it('does not mutate its inputs', () => {
    const events = deepFreeze([event('enrolled', 'b2b-incoterms', '2027-01-11'), assessed('b2b-incoterms', '2027-01-20', 80), event('completed', 'b2b-incoterms', '2027-01-20')]);
    const copy = structuredClone(events);
    expect(progress(events, defaultCurriculum, '2027-06-25').ok).toBe(true);
    expect(events).toEqual(copy);
  });

  it('refuses bad events, an unknown module, a bad asOf or a bad curriculum with codes and paths', () => {
    const result = progress(
      [
        event('enrolled', 'b2b-incoterms', '2027-01-11'),
        { type: 'assessed', athleteId: 'a-1', moduleId: 'b2b-incoterms', at: '2027-01-12' } as unknown as ProgressEvent,
        event('started', 'b2b-incoterms', '2027-01-12T10:00:00'),
      ],
      defaultCurriculum,
      'yesterday',
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.issues?.map((issue) => [issue.code, issue.path])).toEqual([
        ['invalid-input', ['events', 1, 'score']],
        ['invalid-input', ['events', 2, 'at']],
        ['invalid-input', ['asOf']],
      ]);
    }
    const unknown = progress([event('enrolled', 'b2b-incoterms', '2027-01-11'), event('enrolled', 'underwater-welding', '2027-01-11')], defaultCurriculum, '2027-02-01');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect([unknown.error.code, unknown.error.path]).toEqual(['unknown-module', ['events', 1, 'moduleId']]);
    const badCurriculum = progress([], { id: 'c', title: 'T', tracks: [], modules: [{ id: 'x' }] } as unknown as CurriculumInput, '2027-02-01');
    expect(badCurriculum.ok).toBe(false);
    if (!badCurriculum.ok) expect(badCurriculum.error.path?.slice(0, 3)).toEqual(['curriculum', 'modules', 0]);
    for (const bad of [null, {}, 'events', [null], [{ type: 'graduated', athleteId: 'a', moduleId: 'b2b-incoterms', at: '2027-01-01' }]]) {
      const refused = progress(bad as unknown as ProgressEvent[], defaultCurriculum, '2027-02-01');
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect([refused.error.code, refused.error.path?.[0]]).toEqual(['invalid-input', 'events']);
    }
  });
});

describe('appendProgressEvent', () => {
  it('returns a new log with the event appended and leaves the old one alone', () => {
    const log = deepFreeze([event('enrolled', 'b2b-incoterms', '2027-01-11')]);
    const next = appendProgressEvent(log, assessed('b2b-incoterms', '2027-01-20T09:00:00Z', 77));
    expect(next.ok && next.value.length).toBe(2);
    expect(log.length).toBe(1);
  });

  it('refuses a malformed event or log with the path of the problem', () => {
    const bad = appendProgressEvent([], { type: 'assessed', athleteId: 'a', moduleId: 'm', at: '2027-01-20', score: 101 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect([bad.error.code, bad.error.path]).toEqual(['invalid-input', ['event', 'score']]);
    const notALog = appendProgressEvent('log' as unknown as ProgressEvent[], event('enrolled', 'm', '2027-01-20'));
    expect(notALog.ok).toBe(false);
    if (!notALog.ok) expect(notALog.error.path).toEqual(['events']);
  });
});

describe('isTimestamp', () => {
  it('accepts dates and zoned date-times only', () => {
    expect(['2027-02-03', '2027-02-03T09:30:00Z', '2027-02-03T09:30Z', '2027-02-03T10:30:00.123+01:00'].map(isTimestamp)).toEqual([true, true, true, true]);
    expect(['2027-02-30', '2027-02-03T09:30:00', '2027-02-03 09:30:00Z', '2027-02-03T24:00:00Z', 20270203, null].map(isTimestamp)).toEqual([false, false, false, false, false, false]);
  });
});

/** Random logs over two athletes and a few modules; `distinct` gives every event its own instant. */
function eventLogArbitrary(distinct: boolean): fc.Arbitrary<ProgressEvent[]> {
  const modules = ['b2b-incoterms', 'log-shipping-modes', 'log-freight', 'ops-brand-strategy-workshop', 'log-fulfilment'] as const;
  const spec = fc.record({
    type: fc.constantFrom('enrolled', 'started', 'completed', 'assessed' as const),
    athleteId: fc.constantFrom('a-1', 'a-2'),
    moduleId: fc.constantFrom(...modules),
    score: fc.integer({ min: 40, max: 100 }),
    minute: fc.integer({ min: 0, max: distinct ? 500_000 : 30 }),
    asDate: fc.boolean(),
  });
  const list = distinct ? fc.uniqueArray(spec, { maxLength: 25, selector: (entry) => entry.minute }) : fc.array(spec, { maxLength: 25 });
  return list.map((entries) =>
    entries.map(({ type, athleteId, moduleId, score, minute, asDate }): ProgressEvent => {
      const instant = new Date(Date.UTC(2027, 0, 11) + minute * (distinct ? 60_000 : 86_400_000 / 2));
      const at = !distinct && asDate ? instant.toISOString().slice(0, 10) : instant.toISOString().replace('.000Z', 'Z');
      return type === 'assessed' ? { type, athleteId, moduleId, at, score } : { type, athleteId, moduleId, at };
    }),
  );
}
