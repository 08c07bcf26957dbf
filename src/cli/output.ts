import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, ok, type Result } from '../core/index.js';
import type { CliFailure } from './cliFailure.js';
import { EXIT, type Io } from './io.js';

/** Prints a value as JSON on stdout: two-space indentation and a final newline. */
export function printJson(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}

/** Prints lines on stdout, each ended with a newline. */
export function printLines(io: Io, lines: readonly string[]): void {
  if (lines.length > 0) io.out(`${lines.join('\n')}\n`);
}

/** Writes a text file into a directory (created when missing) and returns the path written. */
export function writeOutputFile(io: Io, directory: string, name: string, text: string): Result<string, CliFailure> {
  const target = join(directory, name);
  try {
    mkdirSync(resolve(io.cwd, directory), { recursive: true });
    writeFileSync(resolve(io.cwd, target), text, 'utf8');
    return ok(target);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return err({ exitCode: EXIT.failure, lines: [`${target}: cannot write the file: ${reason}`] });
  }
}

/** A count with thousands separators, the same on every machine: 1,200. */
export function formatCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "1 application", "2 applications". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}
