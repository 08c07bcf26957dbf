import type { CurriculumInput } from '../curriculum/index.js';
import type { EditionInput } from '../core/index.js';
import type { Quota } from '../eligibility/index.js';
import { formatCohortSummary, renderCohortReportHtml, runCohort, type CohortReport, type ProgrammeError, type RunCohortOptions } from '../programme/index.js';
import { inputFailure, reportFailure } from './cliFailure.js';
import { HELP_OPTION, flagValue, requiredValue, stringValue, type Command, type Invocation } from './command.js';
import { describeError, describeIssues, type InputSources } from './inputProblems.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { choiceOption, dateOption, numberOption } from './optionValues.js';
import { writeOutputFile } from './output.js';
import { progressReporter } from './progressReporter.js';
import { readJsonArrayFile, readJsonFile } from './readJsonFile.js';
import { styles } from './terminal.js';

/** The files `cohort` writes into its output directory. */
export const COHORT_REPORT_FILES = { json: 'cohort-report.json', html: 'cohort-report.html' } as const;

function failureLines(error: ProgrammeError, sources: InputSources): string[] {
  const lines = describeError(error, sources);
  if (error.code !== 'stage-failed' || error.issues === undefined || error.issues.length === 0) return lines;
  return [`athlete-accelerator: the ${error.stage ?? 'pipeline'} stage failed:`, ...lines];
}

/** The summary, coloured when stdout is a terminal: headings bold, missed quotas and unfilled seats red. */
function paintSummary(summary: string, io: Io): string {
  const style = styles(io.colourOut);
  if (!io.colourOut) return summary;
  return summary
    .split('\n')
    .map((line, index) => (line !== '' && !line.startsWith(' ') && index > 1 ? style.bold(line) : line.replace(/\b(MISSED|UNFILLED)\b/g, (word) => style.red(word))))
    .join('\n');
}

function run(invocation: Invocation, io: Io): ExitCode {
  const files = {
    edition: requiredValue(invocation, 'edition'),
    applicants: requiredValue(invocation, 'applicants'),
    mentors: requiredValue(invocation, 'mentors'),
    curriculum: stringValue(invocation, 'curriculum'),
    quotas: stringValue(invocation, 'quotas'),
  };
  const out = stringValue(invocation, 'out') ?? '.';
  const asOf = dateOption('cohort', 'as-of', requiredValue(invocation, 'as-of'));
  if (!asOf.ok) return reportFailure(io, asOf.error);
  const methodText = stringValue(invocation, 'method');
  const method = methodText === undefined ? undefined : choiceOption('cohort', 'method', methodText, ['optimal', 'stable']);
  if (method !== undefined && !method.ok) return reportFailure(io, method.error);
  const minScoreText = stringValue(invocation, 'min-score');
  const minScore = minScoreText === undefined ? undefined : numberOption('cohort', 'min-score', minScoreText);
  if (minScore !== undefined && !minScore.ok) return reportFailure(io, minScore.error);

  const edition = readJsonFile(files.edition, io.cwd);
  if (!edition.ok) return reportFailure(io, edition.error);
  const applications = readJsonArrayFile(files.applicants, io.cwd, 'applications');
  if (!applications.ok) return reportFailure(io, applications.error);
  const mentors = readJsonArrayFile(files.mentors, io.cwd, 'mentors');
  if (!mentors.ok) return reportFailure(io, mentors.error);
  const curriculum = files.curriculum === undefined ? undefined : readJsonFile(files.curriculum, io.cwd);
  if (curriculum !== undefined && !curriculum.ok) return reportFailure(io, curriculum.error);
  const quotas = files.quotas === undefined ? undefined : readJsonArrayFile(files.quotas, io.cwd, 'quotas');
  if (quotas !== undefined && !quotas.ok) return reportFailure(io, quotas.error);

  const seed = stringValue(invocation, 'seed');
  const onProgress = progressReporter(io, flagValue(invocation, 'quiet'));
  const matching = {
    ...(method === undefined ? {} : { method: method.value }),
    ...(minScore === undefined ? {} : { minScore: minScore.value }),
  };
  const options: RunCohortOptions = {
    // runCohort validates the quotas and the curriculum; problems come back with their paths.
    ...(quotas === undefined ? {} : { quotas: quotas.value as readonly Quota[] }),
    ...(seed === undefined ? {} : { seed }),
    ...(Object.keys(matching).length === 0 ? {} : { matching }),
    ...(onProgress === undefined ? {} : { onProgress }),
  };
  const sources: InputSources = {
    edition: files.edition,
    applications: files.applicants,
    mentors: files.mentors,
    curriculum: files.curriculum ?? 'the default curriculum',
    asOf: { option: '--as-of' },
    options: {
      quotas: files.quotas ?? '--quotas',
      seed: { option: '--seed' },
      matching: { method: { option: '--method' }, minScore: { option: '--min-score' } },
    },
  };
  const result = runCohort({
    edition: edition.value as EditionInput,
    applications: applications.value,
    mentors: mentors.value,
    ...(curriculum === undefined ? {} : { curriculum: curriculum.value as CurriculumInput }),
    asOf: asOf.value,
    options,
  });
  if (!result.ok) return reportFailure(io, inputFailure(failureLines(result.error, sources)));
  const report: CohortReport = result.value;

  const json = writeOutputFile(io, out, COHORT_REPORT_FILES.json, `${JSON.stringify(report, null, 2)}\n`);
  if (!json.ok) return reportFailure(io, json.error);
  const html = writeOutputFile(io, out, COHORT_REPORT_FILES.html, renderCohortReportHtml(report));
  if (!html.ok) return reportFailure(io, html.error);
  io.out(paintSummary(formatCohortSummary(report, { width: Math.min(io.width ?? 80, 120) }), io));
  io.out(`\nWrote ${json.value} and ${html.value}\n`);
  // Invalid applications do not stop the cohort (the report lists them), but the input had problems: exit 1.
  const problems = describeIssues(
    report.eligibility.invalidApplications.flatMap((application) => application.issues),
    sources,
  );
  if (problems.length > 0) {
    io.err(`${problems.join('\n')}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** `cohort`: the whole pipeline, with the report written to files. */
export const cohortCommand: Command = {
  name: 'cohort',
  summary: 'Run a whole cohort and write its report (JSON and HTML).',
  usage:
    'cohort --edition FILE --applicants FILE --mentors FILE --as-of DATE [--curriculum FILE] [--quotas FILE] [--seed S] [--method optimal|stable] [--min-score X] [--out DIR] [--quiet]',
  description: [
    'Runs the whole pipeline: eligibility, selection of the package recipients, packages on the budget ledger, learning',
    'paths and schedules, and mentor matching. Writes DIR/cohort-report.json (the full report; its packages.journal',
    'replays into the ledger) and DIR/cohort-report.html (a printable report), and prints a summary. Progress goes to',
    'stderr. Invalid applications do not stop the run (the report lists them); they are printed on stderr, one line per',
    'problem, and the exit code is then 1.',
  ],
  options: [
    { name: 'edition', type: 'string', value: 'FILE', required: true, description: 'The edition (JSON; see `schema edition`).' },
    { name: 'applicants', type: 'string', value: 'FILE', required: true, description: 'The applications (a JSON array of athletes).' },
    { name: 'mentors', type: 'string', value: 'FILE', required: true, description: 'The mentors (a JSON array; see `schema mentor`).' },
    { name: 'as-of', type: 'string', value: 'DATE', required: true, description: 'The date eligibility and selection are decided on, YYYY-MM-DD.' },
    { name: 'curriculum', type: 'string', value: 'FILE', description: 'The curriculum (JSON; see `schema curriculum`; default: the built-in catalogue).' },
    { name: 'quotas', type: 'string', value: 'FILE', description: 'Selection quotas (a JSON array; default: the edition\'s minimum per region).' },
    { name: 'seed', type: 'string', value: 'S', description: 'The tie-break seed of the selection (default "selection").' },
    { name: 'method', type: 'string', value: 'optimal|stable', description: 'The mentor matching method (default optimal).' },
    { name: 'min-score', type: 'string', value: 'X', description: 'Never pair an athlete and a mentor scoring below X (0 to 1).' },
    { name: 'out', type: 'string', value: 'DIR', description: 'Where to write the report files (created if missing; default: the current directory).' },
    { name: 'quiet', short: 'q', type: 'boolean', description: 'Print no progress on stderr.' },
    HELP_OPTION,
  ],
  examples: [
    {
      comment: 'The fourth edition\'s cohort, decided on 1 December 2026, report in ./report',
      line: 'cohort --edition edition.json --applicants athletes.json --mentors mentors.json --as-of 2026-12-01 --out report',
    },
  ],
  run,
};
