import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney } from 'athlete-accelerator/core';
import { COHORT_REPORT_FORMAT, renderCohortReportHtml, runCohort, type CohortRecipient, type CohortReport } from 'athlete-accelerator/programme';
import { loadSampleData } from '../../examples/support/sample-data.js';
import { deepFreeze } from '../core/deepFreeze.js';

const usd = (amount: string) => ({ amount, currency: 'USD' });

function recipient(index: number, name = `Athlete ${String(index)}`): CohortRecipient {
  const id = `athlete-${String(index).padStart(4, '0')}`;
  return {
    athleteId: id,
    name,
    country: index % 2 === 0 ? 'KE' : 'BR',
    region: index % 2 === 0 ? 'africa' : 'latin-america-caribbean',
    sport: index % 3 === 0 ? 'rowing' : 'judo',
    gender: index % 2 === 0 ? 'female' : 'male',
    para: index % 5 === 0,
    careerStage: 'transitioning',
    rank: index,
    score: 90 - index / 100,
    breakdown: [{ criterion: 'motivation', label: 'Motivation', weight: 20, value: 0.9, points: 18, reason: 'Strong statement.' }],
    reasons: ['Ranked on score.'],
    package:
      index === 3
        ? { status: 'refused', code: 'insufficient-funds', message: 'The budget ran out before this package.' }
        : { status: 'issued', value: usd('10000.00'), credit: usd('5000.00'), creditSpendableUntil: '2028-01-10' },
    learning: { modules: 4, hours: 20, scheduledModules: index === 2 ? 3 : 4, scheduledHours: 18.5, completeBy: '2027-05-01', unscheduled: [], openGaps: [] },
    mentor:
      index === 4
        ? { status: 'unmatched', code: 'mentors-at-capacity', reason: 'Every compatible mentor is full.' }
        : {
            status: 'matched',
            mentorId: `mentor-${String(index % 3).padStart(3, '0')}`,
            mentorName: `Mentor ${String(index % 3)}`,
            mentorKind: 'executive',
            score: 0.61,
            breakdown: [{ criterion: 'language', weight: 0.3, value: 1, points: 0.3, reason: 'Both speak English.' }],
          },
  };
}

interface FixtureOptions {
  readonly recipients?: number;
  readonly mentors?: number;
  readonly hostile?: string;
}

/** A small hand-made report; typed as CohortReport so it follows the type as it changes. */
function fixture(options: FixtureOptions = {}): CohortReport {
  const hostile = options.hostile;
  const count = options.recipients ?? 5;
  const recipients = Array.from({ length: count }, (_, index) => recipient(index + 1, index === 0 && hostile !== undefined ? hostile : undefined));
  const mentorCount = options.mentors ?? 3;
  const mentorLoad = Array.from({ length: mentorCount }, (_, index) => ({
    mentorId: `mentor-${String(index).padStart(3, '0')}`,
    name: index === 0 && hostile !== undefined ? hostile : `Mentor ${String(index)}`,
    kind: index % 3 === 0 ? 'executive' : index % 3 === 1 ? 'ambassador' : 'global-team',
    assigned: index % 4,
    capacity: 3,
  }));
  const text = (plain: string): string => (hostile === undefined ? plain : `${plain} ${hostile}`);
  return {
    format: COHORT_REPORT_FORMAT,
    asOf: '2026-12-01',
    edition: {
      id: 'edition-4',
      name: text('Athlete Business Accelerator, 4th edition'),
      number: 4,
      seats: 5,
      budget: usd('1234567.89'),
      packageValue: usd('10000.00'),
      cohortStart: '2027-01-11',
      cohortEnd: '2027-06-25',
    },
    funnel: { applications: 120, invalid: 2, eligible: 40, ineligible: 60, needsInformation: 18, selected: count, waitlisted: 3, notSelected: 40 - count - 3, packagesIssued: count - 1, scheduled: count, matched: count - 1 },
    eligibility: {
      asOf: '2026-12-01',
      params: { minimumAge: 18, acceptedLanguages: ['en', 'fr'], note: text('a parameter') },
      ineligibleReasons: [{ value: text('Has competed at the Games or at world level'), count: 41 }, { value: 'Speaks one of the programme languages', count: 19 }],
      missingFacts: [{ value: text('athlete.venture.stage'), count: 12 }],
      needsInformation: [{ athleteId: text('athlete-0900'), name: text('Pending Person'), missing: [text('athlete.dateOfBirth')] }],
      invalidApplications: [{ index: 7, issues: [{ path: ['applications', 7, 'name'], message: text('Required.') }] }],
    },
    selection: {
      seats: 5,
      unfilledSeats: 0,
      totalScore: 431.2,
      method: 'flow',
      proven: true,
      seed: text('selection'),
      rubric: [{ criterion: text('motivation'), weight: 20 }],
      quotas: [
        { quota: { attribute: 'region', value: 'africa', min: 2 }, label: text('Africa: at least 2'), selected: 3, available: 10, met: true, shortBy: 0 },
        { quota: { attribute: 'gender', value: 'female', min: 6, max: 9 }, label: 'Women: at least 6', selected: 3, available: 3, met: false, shortBy: 3 },
      ],
      waitlist: [{ position: 1, athleteId: 'athlete-0100', name: text('Waiting Wanjiru'), country: 'KE', sport: 'athletics', score: 61.25 }],
      scoreDistribution: Array.from({ length: 10 }, (_, index) => ({ from: index * 10, to: index * 10 + 10, selected: index >= 8 ? 2 : 0, waitlisted: index === 7 ? 3 : 0, notSelected: index < 7 ? index : 0 })),
      byRegion: [{ value: text('africa'), count: 3 }, { value: 'latin-america-caribbean', count: 2 }],
      bySport: [{ value: 'judo', count: 3 }, { value: 'rowing', count: 2 }],
      byGender: [{ value: 'female', count: 3 }, { value: 'male', count: 2 }],
      byCareerStage: [{ value: 'transitioning', count: 5 }],
      paraAthletes: 1,
    },
    packages: {
      issuedOn: '2027-01-11',
      template: {
        id: 'package-2027',
        name: text('Athlete business package'),
        value: usd('10000.00'),
        creditValidDays: 365,
        components: [
          { id: 'logistics-training', name: text('Logistics training'), kind: 'service', value: usd('5000.00') },
          { id: 'trade-credit', name: 'Trade credit', kind: 'credit', value: usd('5000.00') },
        ],
      },
      issued: count - 1,
      refused: [{ athleteId: 'athlete-0003', code: 'insufficient-funds', message: text('The budget ran out.') }],
      budget: { funded: usd('1234567.89'), committed: usd('40000.00'), remaining: usd('1194567.89'), serviceCommitted: usd('20000.00'), creditCommitted: usd('20000.00') },
      burnDown: [
        { month: '2026-12', budgetRemaining: usd('1234567.89'), cumulativeCommitted: usd('0.00'), creditOpenIfUnspent: usd('0.00'), creditExpiring: usd('0.00') },
        { month: '2027-01', budgetRemaining: usd('1194567.89'), cumulativeCommitted: usd('40000.00'), creditOpenIfUnspent: usd('20000.00'), creditExpiring: usd('0.00') },
        { month: '2028-01', budgetRemaining: usd('1194567.89'), cumulativeCommitted: usd('40000.00'), creditOpenIfUnspent: usd('0.00'), creditExpiring: usd('20000.00') },
      ],
      journal: [],
    },
    learning: {
      calendar: { start: '2027-01-11', end: '2027-06-25', weeks: 24 },
      curriculumModules: 39,
      plannedHours: 92.5,
      modulesScheduled: 19,
      modulesUnscheduled: 1,
      unscheduledByReason: [{ value: text('session-in-blackout'), count: 1 }],
      moduleDemand: [{ moduleId: text('b2b-quotation-workshop'), title: text('Quotation workshop'), athletes: 4 }],
      hoursByWeek: [{ week: 0, start: '2027-01-11', hours: 40 }, { week: 1, start: '2027-01-18', hours: 52.5 }],
    },
    mentoring: {
      method: 'optimal',
      total: 2.44,
      averageScore: 0.61,
      matched: count - 1,
      unmatched: [{ athleteId: 'athlete-0004', name: text('Unmatched Umaru'), code: 'mentors-at-capacity', reason: text('Every compatible mentor is full.') }],
      mentorLoad,
      byKind: [
        { kind: text('executive'), mentors: 1, capacity: 3, assigned: 0 },
        { kind: 'ambassador', mentors: 1, capacity: 3, assigned: 1 },
      ],
    },
    recipients,
    warnings: [
      { stage: 'matching', code: 'mentors-at-capacity', message: text('No mentor left for athlete-0004.'), athleteId: 'athlete-0004' },
      { stage: 'learning', code: 'session-in-blackout', message: 'A session falls in a blackout.', athleteId: text('athlete-0002') },
      { stage: 'selection', code: 'quota-short', message: 'Women: short by 3.' },
    ],
  };
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:="[^"<]*")?)*)\s*(\/?)>/y;
const BAD_REFERENCE = /&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * A strict check of the markup this renderer writes: one doctype, every element closed in order
 * (void elements excepted, self-closing only inside SVG), attributes double-quoted, no raw `<`, `>` or
 * stray `&` in text, and the contents of `<style>` skipped. Returns the problems found.
 */
function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const counts = new Map<string, number>();
  if (!html.startsWith('<!DOCTYPE html>')) problems.push('no doctype');
  let position = html.indexOf('>') + 1;
  const checkText = (text: string, at: number): void => {
    if (text.includes('>')) problems.push(`raw > in text at ${String(at)}`);
    if (BAD_REFERENCE.test(text)) problems.push(`stray & in text at ${String(at)}: ${text.slice(0, 60)}`);
  };
  while (position < html.length) {
    const next = html.indexOf('<', position);
    const end = next === -1 ? html.length : next;
    checkText(html.slice(position, end), position);
    if (next === -1) break;
    TAG.lastIndex = next;
    const match = TAG.exec(html);
    if (match === null) {
      problems.push(`not a tag at ${String(next)}: ${html.slice(next, next + 40)}`);
      position = next + 1;
      continue;
    }
    const [whole, closing, rawName, attributes, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (BAD_REFERENCE.test(attributes!)) problems.push(`stray & in attributes of <${name}>`);
    position = next + whole.length;
    if (closing === '/') {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? 'nothing'}> at ${String(next)}`);
      continue;
    }
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (selfClosing === '/') {
      if (!stack.includes('svg')) problems.push(`self-closing <${name}/> outside SVG`);
      continue;
    }
    if (VOID_ELEMENTS.has(name)) continue;
    if (name === 'style') {
      const close = html.indexOf('</style>', position);
      if (close === -1) problems.push('unclosed <style>');
      position = close === -1 ? html.length : close + '</style>'.length;
      continue;
    }
    stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' > ')}`);
  for (const element of ['html', 'head', 'body', 'title', 'main']) {
    if (counts.get(element) !== 1 && !(element === 'title' && (counts.get(element) ?? 0) >= 1)) problems.push(`${String(counts.get(element) ?? 0)} <${element}> elements`);
  }
  return problems;
}

/** Resource URLs, scripts, handlers and embeds: anything that would run code or reach the network. */
function networkOrScript(html: string): string[] {
  const found: string[] = [];
  for (const pattern of [/<script/i, /<link/i, /<img/i, /<iframe/i, /<object/i, /\son[a-z]+=/i, /(?:src|href)="(?!#)/i, /url\((?!#)/i, /@import/i, /https?:\/\//i]) {
    const match = pattern.exec(html);
    if (match !== null) found.push(match[0]);
  }
  return found;
}

describe('renderCohortReportHtml on a hand-made report', () => {
  const report = deepFreeze(fixture());
  const html = renderCohortReportHtml(report);

  it('writes one well-formed HTML5 document: every element closed in order, one html, head and body', () => {
    expect(markupProblems(html)).toEqual([]);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
  });

  it('is self-contained: no script, no external resource, no event handler', () => {
    expect(networkOrScript(html)).toEqual([]);
    expect(html).toContain('<style>');
    expect(html).toContain('@media print');
    expect(html).toContain('@media (max-width:640px)');
  });

  it('shows the key figures: applications, eligible, selected of seats, budget committed of funded, matched', () => {
    expect(html).toContain('<h1>Athlete Business Accelerator, 4th edition</h1>');
    expect(html).toContain('<p class="card-label">Applications</p><p class="card-figure">120</p>');
    expect(html).toContain('<p class="card-label">Eligible</p><p class="card-figure">40</p>');
    expect(html).toContain('<p class="card-figure">5 <small>/ 5</small></p>');
    expect(html).toContain('<p class="card-figure">$40,000.00</p>');
    expect(html).toContain('of $1,234,567.89 funded');
    expect(html).toContain('<p class="card-figure">4 <small>/ 5</small></p>');
  });

  it('formats money with its exact digits through formatMoney, in the locale asked for', () => {
    expect(html).toContain(formatMoney(usd('1194567.89')));
    const german = renderCohortReportHtml(report, { locale: 'de-DE' });
    expect(german).toContain(formatMoney(usd('1234567.89'), { locale: 'de-DE' }));
    expect(german).toContain('1.234.567,89');
  });

  it('lists every recipient, every quota label and highlights a missed quota with words, not colour only', () => {
    for (const line of report.recipients) expect(html).toContain(line.name);
    for (const quota of report.selection.quotas) expect(html).toContain(quota.label);
    expect(html).toContain('<tr class="short">');
    expect(html).toContain('✗ Short by 3');
    expect(html).toContain('✓ Met');
  });

  it('draws the funnel, burn-down, mentor load, score, region and weekly-hours charts as accessible SVG', () => {
    const charts = [...html.matchAll(/<svg class="chart" id="([^"]+)"[^>]*>/g)];
    for (const name of ['funnel', 'burn-down', 'mentor-kinds', 'mentor-utilisation', 'mentor-load', 'scores', 'regions', 'hours-by-week', 'module-demand']) {
      expect(charts.some((chart) => chart[1]!.startsWith(`cr-${name}-`))).toBe(true);
    }
    for (const [tag, id] of charts) {
      expect(tag).toContain('role="img"');
      expect(tag).toContain(`aria-labelledby="${id!}-title ${id!}-desc"`);
      expect(html).toContain(`<title id="${id!}-title">`);
      expect(html).toContain(`<desc id="${id!}-desc">`);
    }
    expect(new Set(charts.map((chart) => chart[1])).size).toBe(charts.length);
  });

  it('gives every table a caption and scoped headers', () => {
    const tables = html.split('<table').length - 1;
    expect(tables).toBeGreaterThan(8);
    expect(html.split('<caption>').length - 1).toBe(tables);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });

  it('groups warnings by stage, in pipeline order', () => {
    const stages = [...html.matchAll(/<h3>(Selection|Learning|Mentor matching) <span class="badge warn">/g)].map((match) => match[1]);
    expect(stages).toEqual(['Selection', 'Learning', 'Mentor matching']);
  });

  it('is deterministic: the same report, or its JSON round trip, gives the identical string', () => {
    expect(renderCohortReportHtml(report)).toBe(html);
    expect(renderCohortReportHtml(JSON.parse(JSON.stringify(report)) as CohortReport)).toBe(html);
  });

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(report)) as CohortReport;
    renderCohortReportHtml(copy, { maxTableRows: 1, maxMentorBars: 1 });
    expect(copy).toEqual(report);
  });
});

/** Characters that matter to HTML, mixed with ordinary and astral ones. */
const MARKUP_CHARACTERS = fc.constantFrom('<', '>', '&', '"', "'", '/', '=', ';', '#', ' ', 'a', 'Z', 'é', '–', '𝄞', '\u0000', '\n');

describe('renderCohortReportHtml and hostile text', () => {
  const hostile = '<script>alert("x")</script>&\'';
  const escaped = '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;';
  const html = renderCohortReportHtml(fixture({ hostile }));

  it('renders names, reasons, ids, labels and messages as text, never as markup', () => {
    expect(html).not.toContain('<script');
    expect(html).not.toContain(hostile);
    expect(html.split(escaped).length - 1).toBeGreaterThan(20);
    expect(markupProblems(html)).toEqual([]);
    expect(networkOrScript(html)).toEqual([]);
  });

  it('keeps the markup well-formed whatever text the report carries (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: MARKUP_CHARACTERS, maxLength: 40 })), (text) => {
        const rendered = renderCohortReportHtml(fixture({ hostile: text }));
        expect(markupProblems(rendered)).toEqual([]);
        expect(rendered).not.toMatch(/<script/i);
        expect(rendered).not.toContain('\u0000');
      }),
      { numRuns: 60, seed: 20261201 },
    );
  });

  it('replaces a NUL, which HTML forbids, with U+FFFD', () => {
    const rendered = renderCohortReportHtml(fixture({ hostile: 'a\u0000b' }));
    expect(rendered).not.toContain('\u0000');
    expect(rendered).toContain('a\uFFFDb');
  });

  it('escapes the title option too', () => {
    const titled = renderCohortReportHtml(fixture(), { title: hostile });
    expect(titled).toContain(`<title>${escaped}</title>`);
    expect(markupProblems(titled)).toEqual([]);
  });
});

describe('renderCohortReportHtml at scale', () => {
  const big = fixture({ recipients: 2000, mentors: 1000 });
  const html = renderCohortReportHtml(big);

  it('caps long tables with a note and stays a few hundred kilobytes for 2,000 recipients and 1,000 mentors', () => {
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain('Showing 200 of 2,000 recipients; the JSON report has them all.');
    expect(html).toContain('athlete-0200<');
    expect(html).not.toContain('athlete-0201<');
    expect(html.length).toBeGreaterThan(50_000);
    expect(html.length).toBeLessThan(600_000);
  });

  it('shows many mentors compactly: a utilisation histogram and the busiest mentors, not one bar each', () => {
    expect(html).not.toContain('id="cr-mentor-load-');
    expect(html).toContain('id="cr-mentor-utilisation-');
    expect(html).toContain('Busiest mentors (1,000 mentors in all)');
    expect(html).toContain('Showing 15 of 1,000 mentors');
    expect(html).toContain('id="cr-mentor-grid-');
  });

  it('takes its limits from the options, ignoring ones that are not positive numbers', () => {
    const short = renderCohortReportHtml(big, { maxTableRows: 10, maxMentorBars: 2000 });
    expect(short).toContain('Showing 10 of 2,000 recipients');
    expect(short).toContain('id="cr-mentor-load-');
    expect(short.length).toBeLessThan(1_000_000);
    expect(renderCohortReportHtml(big, { maxTableRows: 0, maxMentorBars: Number.NaN })).toBe(html);
  });
});

describe('renderCohortReportHtml on an empty cohort', () => {
  it('renders a well-formed document when nothing was selected, scheduled or matched', () => {
    const base = fixture({ recipients: 0, mentors: 0 });
    const empty: CohortReport = {
      ...base,
      funnel: { ...base.funnel, eligible: 0, selected: 0, waitlisted: 0, notSelected: 0, packagesIssued: 0, scheduled: 0, matched: 0 },
      eligibility: { ...base.eligibility, ineligibleReasons: [], missingFacts: [], needsInformation: [], invalidApplications: [], params: {} },
      selection: { ...base.selection, quotas: [], waitlist: [], byRegion: [], bySport: [], byGender: [], byCareerStage: [], scoreDistribution: [] },
      packages: { ...base.packages, burnDown: [], refused: [] },
      learning: { ...base.learning, moduleDemand: [], hoursByWeek: [], unscheduledByReason: [] },
      mentoring: { ...base.mentoring, unmatched: [], byKind: [] },
      warnings: [],
    };
    const html = renderCohortReportHtml(empty);
    expect(markupProblems(html)).toEqual([]);
    expect(html).toContain('nobody was selected.');
    expect(html).toContain('No budget activity to chart.');
    expect(html).toContain('no warnings: nothing needs attention.');
  });
});

describe('renderCohortReportHtml on the sample cohort', () => {
  const { athletes, mentors, edition } = loadSampleData();
  const result = runCohort({ edition, applications: athletes, mentors, asOf: '2026-12-01' });
  if (!result.ok) throw new Error(result.error.message);
  const report = result.value;
  const html = renderCohortReportHtml(report);

  it('renders the real report as a well-formed, self-contained document', () => {
    expect(markupProblems(html)).toEqual([]);
    expect(networkOrScript(html)).toEqual([]);
    expect(renderCohortReportHtml(report)).toBe(html);
  });

  it('contains the applications and selected counts, the budget committed, every recipient and every quota', () => {
    const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    expect(html).toContain(`<p class="card-figure">${report.funnel.applications.toLocaleString('en-US')}</p>`);
    expect(html).toContain(`<p class="card-figure">${String(report.funnel.selected)} <small>/ ${String(report.selection.seats)}</small></p>`);
    expect(html).toContain(formatMoney(report.packages.budget.committed));
    for (const line of report.recipients) expect(html).toContain(escape(line.name));
    for (const quota of report.selection.quotas) expect(html).toContain(escape(quota.label));
    expect(html.length).toBeLessThan(400_000);
  });
});

describe('renderCohortReportHtml on something that is not a cohort report', () => {
  it('throws a usage error naming report.format, not a TypeError', () => {
    for (const value of [undefined, null, {}, { format: 'athlete-accelerator/cohort-report@0' }, JSON.parse('{"funnel": {}}')]) {
      expect(() => renderCohortReportHtml(value as CohortReport)).toThrow(expect.objectContaining({ name: 'AcceleratorUsageError', code: 'invalid-input', path: ['report', 'format'] }));
    }
    expect(() => renderCohortReportHtml({ format: 'x' } as never)).toThrow(/takes a cohort report from runCohort \(format "athlete-accelerator\/cohort-report@1"\); got format "x"/);
    expect(COHORT_REPORT_FORMAT).toBe('athlete-accelerator/cohort-report@1');
  });
});
