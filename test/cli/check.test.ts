import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, readSampleList, runCli, sampleFiles, scratchDir, writeInput } from './cliHarness.js';

const { edition, athletes } = sampleFiles;
const sampleAthletes = readSampleList('athletes');
let dir: string;

beforeAll(async () => {
  await ensureCliBuilt();
  dir = scratchDir();
}, 120_000);

describe('athlete-accelerator check', () => {
  it('decides the 1,200 sample applications: 399 eligible, 560 ineligible, 241 needs information (JSON)', () => {
    const run = runCli(['check', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as { summary: Record<string, number>; results: { athleteId: string; decision: string; missing: string[] }[] };
    expect(output.summary).toEqual({ applications: 1200, eligible: 399, ineligible: 560, needsInformation: 241, invalid: 0 });
    expect(output.results).toHaveLength(1200);
    expect(output.results.filter((result) => result.decision === 'needs-information').every((result) => result.missing.length > 0)).toBe(true);
  });

  it('prints a table with one line per applicant and the counts (text)', () => {
    const run = runCli(['check', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Eligibility on 2026-12-01: Athlete Business Accelerator, 4th edition (edition-4)');
    expect(lines[2]).toMatch(/^athlete +name +decision +why$/);
    expect(lines.filter((line) => /^athlete-\d{4} /.test(line))).toHaveLength(1200);
    expect(lines.at(-1)).toBe('1,200 applications: 399 eligible, 560 ineligible, 241 needs information, 0 invalid');
    expect(run.stdout).not.toContain('\u001b[');
  });

  it('names the file and the JSON path of a bad field, still checks the others, and exits 1', () => {
    const applicants = writeInput(dir, 'applicants.json', [sampleAthletes[0], { ...sampleAthletes[1], dateOfBirth: '1990-02-30' }, sampleAthletes[2]]);
    const run = runCli(['check', '--edition', edition, '--applicants', applicants, '--as-of', '2026-12-01', '--json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escape(applicants)}: \\[1\\]\\.dateOfBirth: .+`, 'm'));
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    const output = JSON.parse(run.stdout) as { summary: { invalid: number; applications: number }; invalid: { index: number }[] };
    expect(output.summary).toMatchObject({ applications: 3, invalid: 1 });
    expect(output.invalid[0]?.index).toBe(1);
  });

  it('writes paths relative to how the file was named on the command line', () => {
    writeInput(dir, 'applicants-relative.json', [{ ...sampleAthletes[0], languages: 'en' }]);
    const run = runCli(['check', '--edition', edition, '--applicants', 'applicants-relative.json', '--as-of', '2026-12-01'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^applicants-relative\.json: \[0\]\.languages: /m);
  });

  it('reports a bad field of the edition with its path and exits 1', () => {
    const bad = JSON.parse(readFileSync(edition, 'utf8')) as Record<string, unknown>;
    const badEdition = writeInput(dir, 'edition-bad.json', { ...bad, seats: 'fifty' });
    const run = runCli(['check', '--edition', badEdition, '--applicants', athletes, '--as-of', '2026-12-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escape(badEdition)}: seats: `, 'm'));
    expect(run.stdout).toBe('');
  });

  it('names the file, line and column of a JSON syntax error and exits 1', () => {
    const broken = writeInput(dir, 'broken.json', '[\n  {"id": "a-1",}\n]\n');
    const run = runCli(['check', '--edition', edition, '--applicants', broken, '--as-of', '2026-12-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${escape(broken)}: not valid JSON at line 2, column \\d+: .+\\n$`));
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses an applicants file that is not an array, exit 1', () => {
    const object = writeInput(dir, 'object.json', { athletes: [] });
    const run = runCli(['check', '--edition', edition, '--applicants', object, '--as-of', '2026-12-01']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${object}: (root): Expected an array of applications, found an object.`);
  });

  it('exits 2 for a file that does not exist, naming it', () => {
    const run = runCli(['check', '--edition', edition, '--applicants', join(dir, 'missing.json'), '--as-of', '2026-12-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${join(dir, 'missing.json')}: cannot read the file: no such file.\n`);
  });

  it('exits 2 for an unknown option and suggests the closest one', () => {
    const run = runCli(['check', '--edition', edition, '--applicants', athletes, '--asof', '2026-12-01']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown option '--asof' for 'check' (did you mean '--as-of'?)");
    expect(run.stderr).toContain('missing the required option --as-of DATE');
    expect(run.stderr).toContain("Run 'athlete-accelerator check --help' for usage.");
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a missing required option, an option without a value, a value given to a flag and a bad date', () => {
    const missing = runCli(['check', '--edition', edition, '--as-of', '2026-12-01']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing the required option --applicants FILE');
    const noValue = runCli(['check', '--edition', '--applicants', athletes, '--as-of', '2026-12-01']);
    expect(noValue.status).toBe(2);
    expect(noValue.stderr).toBe(
      "athlete-accelerator: the option '--edition' needs a value: --edition FILE.\nRun 'athlete-accelerator check --help' for usage.\n",
    );
    const last = runCli(['check', '--applicants', athletes, '--as-of', '2026-12-01', '--edition']);
    expect(last.status).toBe(2);
    expect(last.stderr).toContain("the option '--edition' needs a value");
    const flagValue = runCli(['check', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--json=yes']);
    expect(flagValue.status).toBe(2);
    expect(flagValue.stderr).toContain("the option '--json' takes no value");
    const badDate = runCli(['check', '--edition', edition, '--applicants', athletes, '--as-of', '2026-02-30']);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain("--as-of: '2026-02-30' is not a calendar date written YYYY-MM-DD.");
    const positional = runCli(['check', 'extra', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01']);
    expect(positional.status).toBe(2);
    expect(positional.stderr).toContain("unexpected argument 'extra' for 'check'");
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
