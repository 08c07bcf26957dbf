import { formatPath, type Issue, type Path } from '../core/index.js';

/**
 * Where the top-level keys of a library call's input came from: `{ athletes: 'applicants.json' }`
 * says that an issue at `['athletes', 12, 'dateOfBirth']` is at `[12].dateOfBirth` in the file
 * `applicants.json`. A value with `option: true` names a command-line option rather than a file;
 * a nested record maps the next key (`{ options: { quotas: 'quotas.json', seed: { option: '--seed' } } }`).
 */
export interface InputSources {
  readonly [key: string]: string | { readonly option: string } | InputSources;
}

function isOption(value: InputSources[string]): value is { readonly option: string } {
  return typeof (value as { option?: unknown }).option === 'string';
}

/**
 * One line for one problem: `applicants.json: [12].dateOfBirth: Expected a calendar date…`, or
 * `--as-of: asOf must be a calendar date…` for an option, or the bare message when the path leads
 * nowhere known.
 */
export function describeIssue(issue: Issue, sources: InputSources): string {
  let table: InputSources = sources;
  for (let depth = 0; depth < issue.path.length; depth++) {
    const key = issue.path[depth];
    const source = typeof key === 'string' && Object.hasOwn(table, key) ? table[key] : undefined;
    if (source === undefined) break;
    const rest: Path = issue.path.slice(depth + 1);
    if (typeof source === 'string') return `${source}: ${formatPath(rest)}: ${issue.message}`;
    if (isOption(source)) return `${source.option}: ${issue.message}`;
    table = source;
  }
  return issue.path.length === 0 ? issue.message : `${formatPath(issue.path)}: ${issue.message}`;
}

/** One line per issue, in order, with {@link describeIssue}. */
export function describeIssues(issues: readonly Issue[], sources: InputSources): string[] {
  return issues.map((issue) => describeIssue(issue, sources));
}

/** Lines for an error with or without issues: its issues, one a line, or else its message. */
export function describeError(error: { readonly message: string; readonly path?: Path; readonly issues?: readonly Issue[] }, sources: InputSources): string[] {
  if (error.issues !== undefined && error.issues.length > 0) return describeIssues(error.issues, sources);
  if (error.path !== undefined && error.path.length > 0) return [describeIssue({ path: error.path, message: error.message }, sources)];
  return [error.message];
}
