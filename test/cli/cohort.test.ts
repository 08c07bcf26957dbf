import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, readSampleList, runCli, sampleFiles, scratchDir, writeInput } from './cliHarness.js';

const { edition, athletes, mentors } = sampleFiles;
const sampleAthletes = readSampleList('athletes');
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = scratchDir();
}, 120_000);

describe('athlete-accelerator cohort', () => {
  it('runs the sample cohort: writes the JSON and HTML reports, prints the summary and progress, exit 0', () => {
    const out = join(dir, 'report');
    const run = runCli(['cohort', '--edition', edition, '--applicants', athletes, '--mentors', mentors, '--as-of', '2026-12-01', '--out', out]);
    expect(run.status).toBe(0);
    const json = readFileSync(join(out, 'cohort-report.json'), 'utf8');
    expect(json.endsWith('}\n')).toBe(true);
    const report = JSON.parse(json) as { format: string; funnel: Record<string, number> };
    expect(report.format).toBe('athlete-accelerator/cohort-report@1');
    expect(report.funnel).toMatchObject({ applications: 1200, eligible: 399, ineligible: 560, needsInformation: 241, selected: 50, packagesIssued: 50 });
    expect(readFileSync(join(out, 'cohort-report.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toMatch(/^Athlete Business Accelerator, 4th edition \(edition-4\)\nas of 2026-12-01;/);
    expect(run.stdout).toMatch(/^ {2}eligible +399$/m);
    expect(run.stdout).toContain(`Wrote ${join(out, 'cohort-report.json')} and ${join(out, 'cohort-report.html')}`);
    const progress = run.stderr.trimEnd().split('\n');
    expect(progress[0]).toBe('[1/6] eligibility: checking 1,200 applications');
    expect(progress.at(-1)).toMatch(/^\[6\/6\] report: /);
    expect(progress.every((line) => /^\[\d\/6\] [a-z]+: /.test(line))).toBe(true);
  });

  it('writes nothing on stderr with --quiet, and the same report for the same input', () => {
    const first = join(dir, 'first');
    writeInput(dir, 'few.json', sampleAthletes.slice(0, 150));
    const args = ['cohort', '--edition', edition, '--applicants', 'few.json', '--mentors', mentors, '--as-of', '2026-12-01', '--quiet'];
    const run = runCli([...args, '--out', first], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(runCli([...args, '-q', '--out', 'second'], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'second', 'cohort-report.json'), 'utf8')).toBe(readFileSync(join(first, 'cohort-report.json'), 'utf8'));
  });

  it('still writes the report when an application is invalid, lists its problems with file and path, and exits 1', () => {
    writeInput(dir, 'with-invalid.json', [{ ...sampleAthletes[0], dateOfBirth: 'yesterday' }, ...sampleAthletes.slice(1, 120)]);
    const run = runCli(['cohort', '--edition', edition, '--applicants', 'with-invalid.json', '--mentors', mentors, '--as-of', '2026-12-01', '--out', 'invalid', '-q'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^with-invalid\.json: \[0\]\.dateOfBirth: .+\n$/);
    expect(existsSync(join(dir, 'invalid', 'cohort-report.json'))).toBe(true);
    expect(run.stdout).toMatch(/^ {2}invalid +1$/m);
  });

  it('names the file and path of a bad mentor and exits 1 without writing a report', () => {
    const bad = writeInput(dir, 'bad-mentors.json', [{ id: 'mentor-x', name: 'X', kind: 'wizard', languages: ['en'], capacity: 1 }]);
    const run = runCli(['cohort', '--edition', edition, '--applicants', athletes, '--mentors', bad, '--as-of', '2026-12-01', '--out', join(dir, 'none'), '-q']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad}: [0].kind: `);
    expect(existsSync(join(dir, 'none'))).toBe(false);
  });

  it('reports a stage that fails as a whole, with the file and path of its problem, exit 1', () => {
    const base = JSON.parse(readFileSync(edition, 'utf8')) as Record<string, unknown>;
    writeInput(dir, 'bad-rules.json', { ...base, rules: { all: [{ predicate: 'unknownThing', args: {} }] } });
    const run = runCli(['cohort', '--edition', 'bad-rules.json', '--applicants', athletes, '--mentors', mentors, '--as-of', '2026-12-01', '--out', 'stage', '-q'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      'athlete-accelerator: the eligibility stage failed:\nbad-rules.json: rules.all[0].predicate: No predicate named "unknownThing" is registered.\n',
    );
    expect(existsSync(join(dir, 'stage'))).toBe(false);
  });

  it('exits 2 without the required --mentors', () => {
    const run = runCli(['cohort', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('missing the required option --mentors FILE');
  });
});
