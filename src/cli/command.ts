import type { ExitCode, Io } from './io.js';

/** One option of a command, as `util.parseArgs` reads it and as `--help` shows it. */
export interface OptionSpec {
  /** The long name, without dashes: `as-of`. */
  readonly name: string;
  readonly short?: string;
  /** `string` options take a value (`--seats 50` or `--seats=50`); `boolean` ones are flags. */
  readonly type: 'string' | 'boolean';
  /** The placeholder of the value in help: `FILE`, `DATE`, `N`. */
  readonly value?: string;
  readonly required?: boolean;
  /** One sentence for `--help`. */
  readonly description: string;
}

/** The parsed command line of one command: option values by long name, and positional arguments. */
export interface Invocation {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

/** A command of the program: what `--help` shows and the function that runs it. */
export interface Command {
  readonly name: string;
  /** One line for the program's command list. */
  readonly summary: string;
  /** The synopsis after the program name: `check --edition FILE --applicants FILE --as-of DATE [--json]`. */
  readonly usage: string;
  /** Lines shown under the synopsis in `--help` (an empty string separates paragraphs). */
  readonly description: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Positional arguments the command accepts (most take none). */
  readonly positionals?: { readonly name: string; readonly max: number };
  /** Example command lines, each with a comment line. */
  readonly examples: readonly { readonly comment: string; readonly line: string }[];
  readonly run: (invocation: Invocation, io: Io) => ExitCode;
}

/** The `--help` option every command has. */
export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', type: 'boolean', description: 'Show this help and exit.' };

/** A string option's value (after the command line was checked, a required one is always there). */
export function stringValue(invocation: Invocation, name: string): string | undefined {
  const value = invocation.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A required string option's value; the command line was checked first, so a missing one is a bug. */
export function requiredValue(invocation: Invocation, name: string): string {
  const value = stringValue(invocation, name);
  if (value === undefined) throw new Error(`The option --${name} was not checked as required.`);
  return value;
}

/** Whether a flag was given. */
export function flagValue(invocation: Invocation, name: string): boolean {
  return invocation.values[name] === true;
}
