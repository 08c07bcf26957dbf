import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli, sampleFiles, scratchDir, writeInput } from './cliHarness.js';

const { edition, athletes } = sampleFiles;
let dir: string;

interface Decision {
  athleteId: string;
  rank: number;
  status: string;
}
interface SelectOutput {
  eligible: number;
  selection: { selected: Decision[]; waitlist: Decision[]; quotas: { met: boolean; selected: number }[]; unfilledSeats: number };
}

beforeAll(async () => {
  await ensureCliBuilt();
  dir = scratchDir();
}, 120_000);

describe('athlete-accelerator select', () => {
  it('selects the seats asked for among the 399 eligible sample applicants, meeting a quota (JSON)', () => {
    const quotas = writeInput(dir, 'quotas.json', [{ attribute: 'para', value: 'yes', min: 6 }]);
    const run = runCli(['select', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--seats', '12', '--quotas', quotas, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as SelectOutput;
    expect(output.eligible).toBe(399);
    expect(output.selection.selected).toHaveLength(12);
    expect(output.selection.waitlist).toHaveLength(12);
    expect(output.selection.unfilledSeats).toBe(0);
    expect(output.selection.quotas).toEqual([expect.objectContaining({ met: true, selected: 6 })]);
  });

  it('prints the recipients, the waitlist and the edition\'s 50 seats by default (text)', () => {
    const run = runCli(['select', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--seed', 'draw-2']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('50 of 50 seats filled from 399 eligible candidates (1,200 applications)');
    expect(run.stdout).toMatch(/^Selected \(50\)$/m);
    expect(run.stdout).toMatch(/^Waitlist \(50\)$/m);
  });

  it('names the quotas file and the path of a bad quota, exit 1', () => {
    const quotas = writeInput(dir, 'bad-quotas.json', [{ attribute: 'region', value: 'africa', min: 2 }, { attribute: 'shoe-size', value: '44', min: 1 }]);
    const run = runCli(['select', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--quotas', quotas]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${quotas.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: \\[1\\]\\.attribute: `, 'm'));
    expect(run.stdout).toBe('');
  });

  it('exits 2 for a --seats that is not a whole number', () => {
    const run = runCli(['select', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--seats', 'ten']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--seats: 'ten' is not a whole number of at least 0.");
  });

  it('does not modify its input files', () => {
    const before = readFileSync(athletes, 'utf8');
    runCli(['select', '--edition', edition, '--applicants', athletes, '--as-of', '2026-12-01', '--seats', '3', '--json']);
    expect(readFileSync(athletes, 'utf8')).toBe(before);
  });
});
