/**
 * Where a command writes: its result on stdout, problems and progress on stderr, each as whole lines.
 * The entry point binds it to the process; a command never touches `process` itself.
 */
export interface Io {
  /** Writes text to stdout as is (the caller ends it with a newline). */
  readonly out: (text: string) => void;
  /** Writes text to stderr as is (the caller ends it with a newline). */
  readonly err: (text: string) => void;
  /** Whether stdout is a terminal that may show colour (a TTY, and `NO_COLOR` unset or empty). */
  readonly colourOut: boolean;
  /** Whether stderr is a terminal that may show colour. */
  readonly colourErr: boolean;
  /** The width of the terminal on stdout, or undefined when stdout is not a terminal (nothing is cut then). */
  readonly width: number | undefined;
  /** The directory relative paths are read from and written to. */
  readonly cwd: string;
}

/** The exit codes: 0 success, 1 a problem in the input files' content or a failed stage, 2 a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** One of {@link EXIT}'s codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
