import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeReport, recordOutcome, SURVEY_BASELINES, type OutcomeEvent, type OutcomeCohort } from 'athlete-accelerator/programme';

const cohort: OutcomeCohort = { recipients: ['a-1', 'a-2', 'a-3', 'a-4'].map((athleteId) => ({ athleteId })) };

const events: OutcomeEvent[] = [
  { id: 'e-1', athleteId: 'a-1', date: '2027-03-01', kind: 'employment', status: 'seeking' },
  { id: 'e-2', athleteId: 'a-1', date: '2027-06-01', kind: 'employment', status: 'employed', role: 'Export manager' },
  { id: 'e-3', athleteId: 'a-2', date: '2027-04-10', kind: 'venture-launched', sector: 'sportswear' },
  { id: 'e-4', athleteId: 'a-2', date: '2027-09-01', kind: 'first-export-order', market: 'DE', value: { amount: '1200.00', currency: 'USD' } },
  { id: 'e-5', athleteId: 'a-2', date: '2027-12-31', kind: 'revenue-band', year: 2027, band: '10k-50k' },
  { id: 'e-6', athleteId: 'a-3', date: '2027-05-01', kind: 'employment', status: 'seeking' },
  { id: 'e-7', athleteId: 'a-3', date: '2027-05-01', kind: 'survey', believesTransferableSkills: true },
  { id: 'e-8', athleteId: 'a-1', date: '2027-05-01', kind: 'survey', believesTransferableSkills: false },
  { id: 'e-9', athleteId: 'z-9', date: '2027-05-01', kind: 'venture-launched' },
  { id: 'e-10', athleteId: 'a-4', date: '2028-02-01', kind: 'venture-launched' },
];

describe('recordOutcome', () => {
  it('appends a valid event to a new list and leaves the old one alone', () => {
    const first = recordOutcome([], events[0]);
    expect(first.ok && first.value).toEqual([events[0]]);
    const before: OutcomeEvent[] = [events[0] as OutcomeEvent];
    const second = recordOutcome(before, events[1]);
    expect(second.ok && second.value).toHaveLength(2);
    expect(before).toHaveLength(1);
  });

  it('treats the same event recorded twice as a no-op, and a different one with the same id as a conflict', () => {
    const list = [events[0] as OutcomeEvent];
    const again = recordOutcome(list, { ...events[0] });
    expect(again.ok && again.value).toEqual(list);
    const conflict = recordOutcome(list, { ...events[0], status: 'employed' });
    expect(!conflict.ok && conflict.error).toMatchObject({ code: 'duplicate-outcome', path: ['event', 'id'] });
  });

  it('refuses a malformed event with the path of every problem', () => {
    const bad = recordOutcome([], { id: 'e-1', athleteId: 'a-1', date: '2027-02-30', kind: 'revenue-band', year: 2027, band: 'lots' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('invalid-input');
      expect(bad.error.issues?.map((issue) => issue.path.join('.'))).toEqual(expect.arrayContaining(['event.date', 'event.band']));
    }
    const unknownKind = recordOutcome([], { id: 'e-1', athleteId: 'a-1', date: '2027-02-03', kind: 'medal' });
    expect(!unknownKind.ok && unknownKind.error.issues?.[0]?.path).toEqual(['event', 'kind']);
    const hostile = recordOutcome([], JSON.parse('{"__proto__": {"x": 1}, "id": "e", "athleteId": "a", "date": "2027-01-01", "kind": "survey", "believesTransferableSkills": true}'));
    expect(hostile.ok).toBe(false);
    expect(({} as { x?: number }).x).toBeUndefined();
  });
});

describe('outcomeReport', () => {
  const result = outcomeReport(events, cohort, '2027-12-31');
  const report = result.ok ? result.value : undefined;

  it('compares the cohort with the survey baselines, showing numerators and denominators', () => {
    expect(report?.cohortSize).toBe(4);
    expect(report?.followedUp).toBe(3);
    expect(report?.measures.map((m) => [m.id, m.count, m.denominator, m.baseline])).toEqual([
      ['struggledToSecureCareer', 1, 3, 0.63],
      ['believedTransferableSkills', 1, 2, 0.76],
      ['ranOwnVenture', 1, 3, 0.52],
    ]);
    const struggled = report?.measures[0];
    expect(struggled?.share).toBeCloseTo(1 / 3, 10);
    expect(struggled?.difference).toBe(-29.67);
    expect(struggled?.direction).toBe('better');
    expect(report?.measures[1]?.direction).toBe('worse');
  });

  it('follows each athlete\'s latest status and first milestones', () => {
    const [a1, a2, a3, a4] = report?.athletes ?? [];
    expect(a1).toMatchObject({ athleteId: 'a-1', employment: { status: 'employed', since: '2027-06-01' }, believesTransferableSkills: false });
    expect(a2).toMatchObject({ ventureLaunchedOn: '2027-04-10', firstExportOrderOn: '2027-09-01', latestRevenueBand: { year: 2027, band: '10k-50k' } });
    expect(a3).toMatchObject({ employment: { status: 'seeking' }, believesTransferableSkills: true });
    expect(a4).toEqual({ athleteId: 'a-4', followedUp: false });
    expect(report?.milestones).toEqual({ venturesLaunched: 1, firstExportOrders: 1, employed: 1, revenueBands: [{ value: '10k-50k', count: 1 }] });
  });

  it('lists events outside the cohort or after asOf instead of counting them', () => {
    expect(report?.ignored).toEqual([
      { eventId: 'e-10', reason: 'after-as-of' },
      { eventId: 'e-9', reason: 'not-in-cohort' },
    ]);
  });

  it('uses the edition\'s baselines when the cohort report has them, and says no-data for an empty denominator', () => {
    const custom = outcomeReport([], { ...cohort, edition: { baselines: { struggledToSecureCareer: 0.5, believedTransferableSkills: 0.5, ranOwnVenture: 0.5 } } }, '2027-12-31');
    expect(custom.ok && custom.value.measures.map((m) => [m.baseline, m.share, m.direction])).toEqual([
      [0.5, null, 'no-data'],
      [0.5, null, 'no-data'],
      [0.5, null, 'no-data'],
    ]);
    expect(SURVEY_BASELINES).toEqual({ struggledToSecureCareer: 0.63, believedTransferableSkills: 0.76, ranOwnVenture: 0.52 });
  });

  it('refuses bad input with paths', () => {
    const bad = outcomeReport([{ id: 'e', kind: 'survey' }], { recipients: 'all' } as never, 'soon');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues?.map((issue) => issue.path[0])).toEqual(expect.arrayContaining(['events', 'asOf', 'cohort']));
  });

  it('does not depend on the order events were recorded in, and keeps shares within their denominators', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: 0 }), fc.constantFrom('2027-01-01', '2027-06-01', '2027-12-31', '2028-12-31'), (subset, asOf) => {
        const forward = outcomeReport(subset, cohort, asOf);
        const backward = outcomeReport([...subset].reverse(), cohort, asOf);
        expect(forward).toEqual(backward);
        if (!forward.ok) return;
        for (const m of forward.value.measures) {
          expect(m.count).toBeLessThanOrEqual(m.denominator);
          expect(m.denominator).toBeLessThanOrEqual(forward.value.cohortSize);
          if (m.share !== null) expect(m.share).toBeGreaterThanOrEqual(0);
        }
        expect(forward.value.athletes.filter((a) => a.followedUp)).toHaveLength(forward.value.followedUp);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
