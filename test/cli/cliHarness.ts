import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild } from '../../tsup.config.js';

/**
 * Runs the BUILT command line (dist/cli/main.js) the way a user does. The suite runs before
 * `npm run build` in CI, so the first test file to need the binary builds it (the CLI's tsup config
 * only: one bundled ESM file, well under a second) when it is missing or older than any source file.
 */
export const root = join(import.meta.dirname, '..', '..');
export const cliPath = join(root, 'dist', 'cli', 'main.js');
export const sample = join(root, 'data', 'sample');
/** The bundled sample files the commands are run on. */
export const sampleFiles = { edition: join(sample, 'edition.json'), athletes: join(sample, 'athletes.json'), mentors: join(sample, 'mentors.json') } as const;

/** A bundled sample list, parsed, for tests that write edited copies of it. */
export function readSampleList(name: 'athletes' | 'mentors'): Record<string, unknown>[] {
  return JSON.parse(readFileSync(sampleFiles[name], 'utf8')) as Record<string, unknown>[];
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Builds dist/cli/main.js unless it is newer than every file under src/ and tsup.config.ts. */
export async function ensureCliBuilt(): Promise<void> {
  const sources = Math.max(newestSource(join(root, 'src')), statSync(join(root, 'tsup.config.ts')).mtimeMs);
  if (existsSync(cliPath) && statSync(cliPath).mtimeMs >= sources) return;
  // Test files run in parallel: each builds into its own folder and renames the result into place,
  // which replaces the file atomically, so no run ever sees half a file.
  const outDir = join(root, 'dist', `.cli-build-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    await build({ ...cliBuild, outDir, config: false, silent: true });
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    renameSync(join(outDir, 'main.js'), cliPath);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** What a run of the command line gave. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/main.js ...args` in `cwd`, without colour. */
export function runCli(args: readonly string[], cwd: string = root, env: Readonly<Record<string, string>> = {}): CliRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A fresh scratch folder for one test file's input and output files. */
export function scratchDir(): string {
  return mkdtempSync(join(tmpdir(), 'athlete-accelerator-cli-'));
}

/** Writes a file into a folder (JSON values are stringified; strings are written as they are). */
export function writeInput(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  return path;
}
