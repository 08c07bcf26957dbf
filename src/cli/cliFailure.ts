import { EXIT, type ExitCode, type Io } from './io.js';

/**
 * Why a command stops: the exit code and the lines to print on stderr, one per problem (each naming
 * the file or option and, for file content, the JSON path).
 */
export interface CliFailure {
  readonly exitCode: ExitCode;
  readonly lines: readonly string[];
}

/** A usage error (exit 2): the command line itself is wrong; the hint says where to read about it. */
export function usageFailure(message: string, helpCommand?: string): CliFailure {
  const help = helpCommand === undefined ? 'athlete-accelerator --help' : `athlete-accelerator ${helpCommand} --help`;
  return { exitCode: EXIT.usage, lines: [`athlete-accelerator: ${message}`, `Run '${help}' for usage.`] };
}

/** A failure of the input's content or of a stage (exit 1), one line per problem. */
export function inputFailure(lines: readonly string[]): CliFailure {
  return { exitCode: EXIT.failure, lines };
}

/** Prints a failure's lines on stderr and returns its exit code. */
export function reportFailure(io: Io, failure: CliFailure): ExitCode {
  if (failure.lines.length > 0) io.err(`${failure.lines.join('\n')}\n`);
  return failure.exitCode;
}
