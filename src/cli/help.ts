import type { Command, OptionSpec } from './command.js';

const PROGRAM = 'athlete-accelerator';

function optionLabel(option: OptionSpec): string {
  const long = `--${option.name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
  return option.short === undefined ? `    ${long}` : `-${option.short}, ${long}`;
}

function columns(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** The `--help` text of one command: synopsis, description, options, examples. */
export function formatCommandHelp(command: Command): string {
  const required = command.options.filter((option) => option.required === true);
  const optional = command.options.filter((option) => option.required !== true);
  const lines = [`Usage: ${PROGRAM} ${command.usage}`, '', ...command.description, ''];
  if (required.length > 0) lines.push('Required:', ...columns(required.map((option) => [optionLabel(option), option.description])), '');
  lines.push('Options:', ...columns(optional.map((option) => [optionLabel(option), option.description])), '');
  lines.push(command.examples.length === 1 ? 'Example:' : 'Examples:');
  for (const example of command.examples) lines.push(`  # ${example.comment}`, `  ${PROGRAM} ${example.line}`);
  return `${lines.join('\n')}\n`;
}

/** The program's `--help` text: synopsis, commands, global options, exit codes. */
export function formatProgramHelp(commands: readonly Command[]): string {
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    '',
    'Run the athlete business accelerator on JSON files: check eligibility, select package recipients,',
    'match mentors, or run a whole cohort and write its report.',
    '',
    'Commands:',
    ...columns(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    ...columns([
      ['-h, --help', 'Show this help, or a command\'s help after its name.'],
      ['    --version', 'Print the version and exit.'],
    ]),
    '',
    'Exit codes: 0 success; 1 a problem in an input file or a failed stage; 2 a usage error',
    '(unknown command or option, missing option, unreadable file).',
    '',
    `Run '${PROGRAM} <command> --help' for a command's options and an example.`,
    '',
  ].join('\n');
}
