import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { err, ok, type Result } from '../core/index.js';
import { inputFailure, type CliFailure } from './cliFailure.js';
import { EXIT } from './io.js';

/** The line and column (both from 1) of a character offset in a text. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < text.length; index++) {
    if (text.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Node's JSON.parse message without its "in JSON at position N" tail, and where that position is. */
function describeSyntaxError(text: string, message: string): string {
  const match = /\s*(?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?/.exec(message);
  if (match === null) return `not valid JSON: ${message}`;
  const { line, column } = lineAndColumn(text, Number(match[1]));
  const reason = message.replace(match[0], '').trim();
  return `not valid JSON at line ${line}, column ${column}: ${reason}`;
}

function describeReadError(thrown: unknown): string {
  const code = (thrown as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return thrown instanceof Error ? thrown.message : String(thrown);
}

/**
 * Reads and parses a JSON file named on the command line. A file that cannot be read is a usage error
 * (exit 2: the command line names the wrong file); a file that is not JSON is a content error (exit 1)
 * whose message names the file and the line and column of the problem.
 */
export function readJsonFile(file: string, cwd: string): Result<unknown, CliFailure> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch (thrown) {
    return err({ exitCode: EXIT.usage, lines: [`${file}: cannot read the file: ${describeReadError(thrown)}.`] });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (thrown) {
    const message = thrown instanceof Error ? thrown.message : String(thrown);
    return err(inputFailure([`${file}: ${describeSyntaxError(text, message)}`]));
  }
}

/** Reads a JSON file that must hold an array, with a message naming the file when it does not. */
export function readJsonArrayFile(file: string, cwd: string, what: string): Result<readonly unknown[], CliFailure> {
  const read = readJsonFile(file, cwd);
  if (!read.ok) return read;
  if (!Array.isArray(read.value)) return err(inputFailure([`${file}: (root): Expected an array of ${what}, found ${describeJsonType(read.value)}.`]));
  return ok(read.value as readonly unknown[]);
}

/** "an object", "a string", … for messages. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}
