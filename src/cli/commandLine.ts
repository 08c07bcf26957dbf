import { parseArgs } from 'node:util';
import { err, ok, type Result } from '../core/index.js';
import { usageFailure, type CliFailure } from './cliFailure.js';
import type { Command, Invocation, OptionSpec } from './command.js';
import { suggestName } from './suggestName.js';

/** A value that looks like an option rather than the value of one (a negative number is a value). */
const looksLikeOption = (value: string): boolean => value.startsWith('-') && !/^-\d/.test(value);

function unknownOption(command: Command, rawName: string): CliFailure {
  const typed = rawName.replace(/^-+/, '');
  const suggestion = rawName.startsWith('--') ? suggestName(typed, command.options.map((option) => option.name)) : undefined;
  return usageFailure(
    `unknown option '${rawName}' for '${command.name}'${suggestion === undefined ? '' : ` (did you mean '--${suggestion}'?)`}.`,
    command.name,
  );
}

function missingValue(command: Command, spec: OptionSpec): CliFailure {
  return usageFailure(`the option '--${spec.name}' needs a value: --${spec.name} ${spec.value ?? 'VALUE'}.`, command.name);
}

/**
 * Reads a command's arguments with Node's `util.parseArgs` and checks them strictly: unknown options,
 * a string option without a value, a value given to a flag, unexpected positional arguments and missing
 * required options are usage errors with a message that says which. `--help` is answered before the
 * required options are checked (`{ help: true }`), so `check --help` needs nothing else.
 */
export function parseCommandLine(command: Command, args: readonly string[]): Result<Invocation & { readonly help: boolean }, CliFailure> {
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const option of command.options) config[option.name] = option.short === undefined ? { type: option.type } : { type: option.type, short: option.short };
  const specs = new Map<string, OptionSpec>(command.options.map((option) => [option.name, option]));
  for (const option of command.options) if (option.short !== undefined) specs.set(option.short, option);
  const problems: CliFailure[] = [];
  const refused = new Set<string>();
  // `--edition --applicants a.json`: parseArgs would take `--applicants` as the edition. Report the
  // missing value and drop the option, so the rest of the line is read as the user meant it.
  const kept: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--') {
      kept.push(...args.slice(index));
      break;
    }
    const spec = /^--[^=]+$/.test(arg) ? specs.get(arg.slice(2)) : /^-[^-]$/.test(arg) ? specs.get(arg.slice(1)) : undefined;
    const next = args[index + 1];
    if (spec?.type === 'string' && next !== undefined && looksLikeOption(next)) {
      problems.push(missingValue(command, spec));
      refused.add(spec.name);
      continue;
    }
    kept.push(arg);
  }
  const parsed = parseArgs({ args: kept, options: config, strict: false, allowPositionals: true, tokens: true });
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  let help = false;
  let afterUnknownOption = false;
  for (const token of parsed.tokens) {
    if (token.kind === 'positional') {
      // `--asof 2026-12-01`: the word after an unknown option is its value, not an argument of its own.
      if (!afterUnknownOption) positionals.push(token.value);
      afterUnknownOption = false;
      continue;
    }
    afterUnknownOption = false;
    if (token.kind !== 'option') continue;
    const spec = specs.get(token.name);
    if (spec === undefined) {
      problems.push(unknownOption(command, token.rawName));
      afterUnknownOption = token.value === undefined;
      continue;
    }
    if (spec.name === 'help') help = true;
    if (spec.type === 'boolean') {
      if (token.value !== undefined) problems.push(usageFailure(`the option '--${spec.name}' takes no value (got '${token.rawName}=${token.value}').`, command.name));
      else values[spec.name] = true;
      continue;
    }
    if (token.value === undefined) {
      problems.push(missingValue(command, spec));
      refused.add(spec.name);
      continue;
    }
    values[spec.name] = token.value;
  }
  if (help) return ok({ values, positionals, help: true });
  const limit = command.positionals?.max ?? 0;
  if (positionals.length > limit) {
    const extra = positionals.slice(limit).map((value) => `'${value}'`).join(', ');
    problems.push(usageFailure(`unexpected argument${positionals.length - limit === 1 ? '' : 's'} ${extra} for '${command.name}'.`, command.name));
  }
  for (const option of command.options) {
    if (option.required === true && values[option.name] === undefined && !refused.has(option.name)) {
      problems.push(usageFailure(`missing the required option --${option.name} ${option.value ?? 'VALUE'}.`, command.name));
    }
  }
  const [first] = problems;
  if (first !== undefined) {
    // Every problem on its own line, then one pointer to the help.
    const lines = problems.map((problem) => problem.lines[0] ?? '');
    return err({ exitCode: first.exitCode, lines: [...lines, ...first.lines.slice(1)] });
  }
  return ok({ values, positionals, help: false });
}
