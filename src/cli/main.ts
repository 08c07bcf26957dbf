#!/usr/bin/env node
import { checkCommand } from './checkCommand.js';
import { reportFailure, usageFailure } from './cliFailure.js';
import { cohortCommand } from './cohortCommand.js';
import type { Command } from './command.js';
import { parseCommandLine } from './commandLine.js';
import { formatCommandHelp, formatProgramHelp } from './help.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { matchCommand } from './matchCommand.js';
import { schemaCommand } from './schemaCommand.js';
import { selectCommand } from './selectCommand.js';
import { suggestName } from './suggestName.js';
import { colourAllowed } from './terminal.js';
import { packageVersion } from './version.js';

/** The commands, in the order the program's help lists them. */
const commands: readonly Command[] = [checkCommand, selectCommand, matchCommand, cohortCommand, schemaCommand];

/**
 * Runs the program on its arguments (without `node` and the script) and returns the exit code:
 * the command's own, 0 for help and version, 2 for an unknown command.
 */
export function main(args: readonly string[], io: Io): ExitCode {
  const [first, ...rest] = args;
  if (first === undefined) {
    io.err(formatProgramHelp(commands));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.out(formatProgramHelp(commands));
    return EXIT.ok;
  }
  if (first === '--version') {
    io.out(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  const names = commands.map((command) => command.name);
  if (first === 'help') {
    const topic = commands.find((command) => command.name === rest[0]);
    if (rest[0] !== undefined && topic === undefined) return reportFailure(io, usageFailure(`unknown command '${rest[0]}' (the commands are ${names.join(', ')}).`));
    io.out(topic === undefined ? formatProgramHelp(commands) : formatCommandHelp(topic));
    return EXIT.ok;
  }
  const command = commands.find((candidate) => candidate.name === first);
  if (command === undefined) {
    const what = first.startsWith('-') ? `unknown option '${first}'` : `unknown command '${first}'`;
    const suggestion = first.startsWith('-') ? undefined : suggestName(first, names);
    return reportFailure(
      io,
      usageFailure(`${what}${suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`}; the commands are ${names.join(', ')}.`),
    );
  }
  const parsed = parseCommandLine(command, rest);
  if (!parsed.ok) return reportFailure(io, parsed.error);
  if (parsed.value.help) {
    io.out(formatCommandHelp(command));
    return EXIT.ok;
  }
  return command.run(parsed.value, io);
}

function processIo(): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    colourOut: colourAllowed(process.stdout.isTTY, process.env),
    colourErr: colourAllowed(process.stderr.isTTY, process.env),
    width: process.stdout.isTTY ? process.stdout.columns : undefined,
    cwd: process.cwd(),
  };
}

// A reader that stops early (`| head`) closes the pipe: that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? EXIT.ok);
});

try {
  process.exitCode = main(process.argv.slice(2), processIo());
} catch (thrown) {
  // Expected failures are values with their own messages; reaching here is a bug, so show where it is.
  process.stderr.write(`athlete-accelerator: internal error (please report it): ${thrown instanceof Error ? (thrown.stack ?? thrown.message) : String(thrown)}\n`);
  process.exitCode = EXIT.failure;
}
