import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const examples = readdirSync(join(root, 'examples')).filter((file) => file.endsWith('.ts')).sort();

function runTsx(args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('examples', () => {
  it('has examples to run', () => {
    expect(examples).toContain('demo.ts');
    expect(examples).toContain('core.ts');
  });

  it.concurrent.each(examples)('examples/%s runs to completion and prints a report', async (file) => {
    const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', join('examples', file)], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim().length).toBeGreaterThan(0);
  });

  it('the demo runs the whole cohort and writes the JSON and HTML reports', () => {
    const out = mkdtempSync(join(tmpdir(), 'demo-'));
    try {
      const run = runTsx(['examples/demo.ts', '--out', out]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/applications\s+1,200/);
      expect(run.stdout).toMatch(/eligible\s+399/);
      expect(run.stdout).toMatch(/selected\s+50/);
      expect(run.stdout).toMatch(/committed\s+\$500,000\.00/);
      const report = JSON.parse(readFileSync(join(out, 'cohort-report.json'), 'utf8')) as { funnel: { selected: number; packagesIssued: number } };
      expect(report.funnel).toMatchObject({ selected: 50, packagesIssued: 50 });
      const html = readFileSync(join(out, 'cohort-report.html'), 'utf8');
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain('$500,000.00');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('bundled sample data', () => {
  it('is exactly what the seeded generator produces', () => {
    const out = mkdtempSync(join(tmpdir(), 'sample-'));
    try {
      const run = runTsx(['scripts/generate-sample-data.ts', '--out', out]);
      expect(run.status).toBe(0);
      for (const file of ['athletes.json', 'mentors.json', 'edition.json']) {
        expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(root, 'data', 'sample', file), 'utf8'));
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
