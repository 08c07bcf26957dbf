import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, root, runCli } from './cliHarness.js';

const COMMANDS = ['check', 'select', 'match', 'cohort', 'schema'];

beforeAll(ensureCliBuilt, 120_000);

describe('athlete-accelerator help and version', () => {
  it('prints the program help with every command and the exit codes, exit 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: athlete-accelerator <command> \[options\]/);
    for (const command of COMMANDS) expect(run.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(run.stdout).toContain('Exit codes: 0 success; 1');
    expect(run.stderr).toBe('');
    expect(runCli(['-h']).stdout).toBe(run.stdout);
  });

  it.each(COMMANDS)('prints the help of %s with its usage, options and an example, exit 0', (command) => {
    const run = runCli([command, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: athlete-accelerator ${command}`));
    expect(run.stdout).toContain('Options:');
    expect(run.stdout).toContain('-h, --help');
    expect(run.stdout).toMatch(new RegExp(`^Examples?:\\n  # .+\\n  athlete-accelerator ${command}`, 'm'));
  });

  it('gives the same command help for -h and for `help COMMAND`', () => {
    const long = runCli(['match', '--help']).stdout;
    expect(runCli(['match', '-h']).stdout).toBe(long);
    expect(runCli(['help', 'match']).stdout).toBe(long);
  });

  it('answers --help before checking the other options', () => {
    const run = runCli(['check', '--as-of', 'not-a-date', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: athlete-accelerator check/);
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${version}\n`);
  });

  it('shows the help on stderr and exits 2 when no command is given', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: athlete-accelerator <command>/);
  });

  it('refuses an unknown command with exit 2 and suggests the closest one', () => {
    const run = runCli(['chek']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("unknown command 'chek' (did you mean 'check'?)");
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(runCli(['--frobnicate']).stderr).toContain("unknown option '--frobnicate'");
    expect(runCli(['help', 'nope']).status).toBe(2);
  });
});
