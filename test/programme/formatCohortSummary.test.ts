import { describe, expect, it } from 'vitest';
import { formatCohortSummary } from '../../src/programme/formatCohortSummary.js';
import type { CohortRecipient, CohortReport, CohortWarning } from '../../src/programme/cohortReport.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });

function recipient(index: number, mentor: CohortRecipient['mentor']): CohortRecipient {
  const id = `athlete-${String(index).padStart(4, '0')}`;
  return {
    athleteId: id,
    name: `Athlete ${index}`,
    country: 'KE',
    region: 'africa',
    sport: 'athletics',
    para: false,
    rank: index,
    score: 90 - index,
    breakdown: [],
    reasons: [],
    package: { status: 'issued', value: usd('10000.00'), credit: usd('5000.00') },
    learning: { modules: 3, hours: 20, scheduledModules: 3, scheduledHours: 20, unscheduled: [], openGaps: [] },
    mentor,
  };
}

const matched = (index: number, score: number): CohortRecipient =>
  recipient(index, { status: 'matched', mentorId: `mentor-${index}`, mentorName: `Mentor ${index}`, mentorKind: 'executive', score, breakdown: [] });

const warning = (stage: CohortWarning['stage'], n: number): CohortWarning => ({ stage, code: `code-${n}`, message: `${stage} warning number ${n}.` });

/** A small hand-made report: 12 matched recipients, one unmatched, a missed quota and warnings in two stages. */
function fixture(): CohortReport {
  const recipients = [
    ...Array.from({ length: 12 }, (_, i) => matched(i + 1, [0.5, 0.91, 0.72, 0.64, 0.91, 0.33, 0.8, 0.45, 0.77, 0.6, 0.58, 0.69][i] ?? 0)),
    recipient(13, { status: 'unmatched', code: 'mentors-at-capacity', reason: 'every compatible mentor is at capacity' }),
  ];
  return {
    format: 'athlete-accelerator/cohort-report@1',
    asOf: '2026-12-01',
    edition: {
      id: 'edition-9',
      name: 'Test Accelerator',
      number: 9,
      seats: 14,
      budget: usd('140000.00'),
      packageValue: usd('10000.00'),
      cohortStart: '2027-01-11',
      cohortEnd: '2027-06-25',
    },
    funnel: {
      applications: 1234,
      invalid: 4,
      eligible: 300,
      ineligible: 800,
      needsInformation: 130,
      selected: 13,
      waitlisted: 13,
      notSelected: 274,
      packagesIssued: 13,
      scheduled: 12,
      matched: 12,
    },
    eligibility: {
      asOf: '2026-12-01',
      params: {},
      ineligibleReasons: [],
      missingFacts: [],
      needsInformation: [],
      invalidApplications: [
        { index: 7, athleteId: 'athlete-9007', issues: [{ path: ['applications', 7, 'dateOfBirth'], message: 'Expected a calendar date.' }, { path: ['applications', 7, 'sport'], message: 'Required.' }] },
        { index: 8, issues: [{ path: ['applications', 8], message: 'Expected an object.' }] },
        { index: 9, issues: [{ path: ['applications', 9, 'id'], message: 'Required.' }] },
        { index: 10, issues: [{ path: ['applications', 10, 'id'], message: 'Required.' }] },
      ],
    },
    selection: {
      seats: 14,
      unfilledSeats: 1,
      totalScore: 1000,
      method: 'flow',
      proven: true,
      seed: 'selection',
      rubric: [],
      quotas: [
        { quota: { attribute: 'region', value: 'africa', min: 2 }, label: 'region = africa: at least 2', selected: 5, available: 40, met: true, shortBy: 0 },
        { quota: { attribute: 'para', value: 'yes', min: 6 }, label: 'para = yes: at least 6', selected: 3, available: 3, met: false, shortBy: 3 },
      ],
      waitlist: [],
      scoreDistribution: [],
      byRegion: [],
      bySport: [],
      byGender: [],
      byCareerStage: [],
      paraAthletes: 3,
    },
    packages: {
      issuedOn: '2027-01-11',
      template: { id: 'package', name: 'Package', value: usd('10000.00'), creditValidDays: 365, components: [] },
      issued: 13,
      refused: [],
      budget: { funded: usd('140000.00'), committed: usd('130000.00'), remaining: usd('10000.00'), serviceCommitted: usd('65000.00'), creditCommitted: usd('65000.00') },
      burnDown: [],
      journal: [],
    },
    learning: {
      calendar: { start: '2027-01-11', end: '2027-06-25', weeks: 24 },
      curriculumModules: 39,
      plannedHours: 260,
      modulesScheduled: 38,
      modulesUnscheduled: 1,
      unscheduledByReason: [],
      moduleDemand: [],
      hoursByWeek: [],
    },
    mentoring: {
      method: 'optimal',
      total: 7.9,
      averageScore: 0.658,
      matched: 12,
      unmatched: [{ athleteId: 'athlete-0013', name: 'Noor Haddad', code: 'mentors-at-capacity', reason: 'every compatible mentor is at capacity' }],
      mentorLoad: [
        { mentorId: 'mentor-a', name: 'A', kind: 'executive', assigned: 10, capacity: 10 },
        { mentorId: 'mentor-b', name: 'B', kind: 'ambassador', assigned: 2, capacity: 5 },
        { mentorId: 'mentor-c', name: 'C', kind: 'ambassador', assigned: 0, capacity: 3 },
      ],
      byKind: [
        { kind: 'ambassador', mentors: 2, capacity: 8, assigned: 2 },
        { kind: 'executive', mentors: 1, capacity: 10, assigned: 10 },
      ],
    },
    recipients,
    warnings: [
      warning('matching', 1),
      warning('selection', 1),
      ...Array.from({ length: 5 }, (_, i) => warning('learning', i + 1)),
      { stage: 'selection', code: 'long', message: `A long warning ${'that goes on and on '.repeat(8)}until it ends.` },
    ],
  };
}

function section(summary: string, heading: string): string[] {
  const lines = summary.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line === '');
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('formatCohortSummary', () => {
  it('starts with the edition and the date', () => {
    const lines = formatCohortSummary(fixture()).split('\n');
    expect(lines[0]).toBe('Test Accelerator (edition-9)');
    expect(lines[1]).toBe('as of 2026-12-01; cohort 2027-01-11 to 2027-06-25; 14 seats of $10,000.00');
  });

  it('shows every step of the funnel with its count, thousands separated', () => {
    const funnel = section(formatCohortSummary(fixture()), 'Funnel');
    expect(funnel).toContain('  applications       1,234');
    expect(funnel).toContain('  needs information    130');
    expect(funnel).toContain('  mentor matched        12');
    expect(funnel).toHaveLength(12);
  });

  it('shows the budget funded, committed and remaining with formatMoney', () => {
    const budget = section(formatCohortSummary(fixture()), 'Budget');
    expect(budget).toEqual([
      'Budget',
      '  funded     $140,000.00',
      '  committed  $130,000.00',
      '  remaining   $10,000.00',
      '  committed as services $65,000.00, as credit $65,000.00',
    ]);
  });

  it('flags a missed quota and unfilled seats', () => {
    const summary = formatCohortSummary(fixture());
    expect(summary).toContain('Selection: 13 of 14 seats filled (1 UNFILLED)');
    const quotas = section(summary, 'Quotas');
    expect(quotas[0]).toBe('Quotas (2, 1 MISSED)');
    expect(quotas.find((line) => line.includes('africa'))).toMatch(/^ {2}met {5}region = africa: at least 2 +5 of 40$/);
    expect(quotas.find((line) => line.includes('para'))).toMatch(/^ {2}MISSED {2}para = yes: at least 6 +3 of 3, short by 3$/);
  });

  it('lists the ten best matches by score, ties by athlete id', () => {
    const matches = section(formatCohortSummary(fixture()), 'Top matches');
    expect(matches[0]).toBe('Top matches (10 of 12)');
    expect(matches[1]).toMatch(/^ {2}athlete +mentor +score$/);
    const rows = matches.slice(2);
    expect(rows).toHaveLength(10);
    expect(rows.map((row) => /\(athlete-(\d{4})\)/.exec(row)?.[1])).toEqual(['0002', '0005', '0007', '0009', '0003', '0012', '0004', '0010', '0011', '0001']);
    expect(rows[0]).toMatch(/^ {2}Athlete 2 \(athlete-0002\) +Mentor 2 \(executive\) +0\.910$/);
  });

  it('summarises the mentors\' load, by kind, and who has no mentor', () => {
    const load = section(formatCohortSummary(fixture()), 'Mentor load');
    expect(load).toEqual([
      'Mentor load (optimal matching, average score 0.658)',
      '  12 of 18 places used across 3 mentors: 1 at capacity, 1 without an athlete',
      '  ambassador  2 mentors  2 of 8 places',
      '  executive   1 mentor   10 of 10 places',
      '  1 recipient without a mentor: 1 mentors-at-capacity',
    ]);
  });

  it('groups warnings by stage in pipeline order, the first three of each with a count', () => {
    const summary = formatCohortSummary(fixture());
    const warnings = summary.slice(summary.indexOf('Warnings (8)')).trimEnd().split('\n');
    expect(warnings.filter((line) => /^ {2}\S/.test(line))).toEqual(['  selection (2)', '  learning (5)', '  matching (1)']);
    expect(warnings).toContain('    - learning warning number 3.');
    expect(warnings).not.toContain('    - learning warning number 4.');
    expect(warnings).toContain('    … and 2 more');
  });

  it('lists the first invalid applications with the path of their first problem', () => {
    const invalid = section(formatCohortSummary(fixture()), 'Invalid applications');
    expect(invalid).toEqual([
      'Invalid applications (4)',
      '  - applications[7].dateOfBirth (athlete-9007): Expected a calendar date. (and 1',
      '    more problem)',
      '  - applications[8]: Expected an object.',
      '  - applications[9].id: Required.',
      '  … and 1 more',
    ]);
  });

  it('keeps every line within the width, wrapping warnings and cutting long names', () => {
    const report = fixture();
    const long = { ...report, recipients: report.recipients.map((r) => ({ ...r, name: `${r.name} With A Very Long Family Name Indeed` })) };
    for (const width of [40, 60, 80, 120]) {
      const lines = formatCohortSummary(long, { width }).split('\n');
      for (const line of lines) expect(line.length, `${width}: ${line}`).toBeLessThanOrEqual(width);
    }
    expect(formatCohortSummary(long, { width: 60 })).toContain('…');
  });

  it('has no colour codes, ends with a newline and is the same on every call', () => {
    const summary = formatCohortSummary(fixture());
    expect(summary).not.toContain('\u001b[');
    expect(summary.endsWith('\n')).toBe(true);
    expect(formatCohortSummary(fixture())).toBe(summary);
  });

  it('does not mutate the report', () => {
    const report = fixture();
    const before = JSON.stringify(report);
    formatCohortSummary(report, { width: 50 });
    expect(JSON.stringify(report)).toBe(before);
  });

  it('says so when there are no warnings and no matches', () => {
    const report = fixture();
    const bare: CohortReport = { ...report, warnings: [], recipients: report.recipients.filter((r) => r.mentor.status !== 'matched') };
    const summary = formatCohortSummary(bare);
    expect(summary).toContain('Warnings: none');
    expect(summary).toContain('  no athlete was matched with a mentor');
  });
});

describe('formatCohortSummary on something that is not a cohort report', () => {
  it('throws a usage error naming report.format, not a TypeError', () => {
    for (const value of [undefined, null, {}, { format: 'athlete-accelerator/cohort-report@0', edition: {} }]) {
      expect(() => formatCohortSummary(value as CohortReport)).toThrow(expect.objectContaining({ name: 'AcceleratorUsageError', code: 'invalid-input', path: ['report', 'format'] }));
    }
  });
});
