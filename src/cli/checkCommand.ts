import { reportFailure } from './cliFailure.js';
import type { EligibilityResult } from '../eligibility/index.js';
import { checkApplicantFiles } from './checkApplicantFiles.js';
import { HELP_OPTION, flagValue, requiredValue, type Command, type Invocation } from './command.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { dateOption } from './optionValues.js';
import { formatCount, printJson, printLines } from './output.js';
import { styles } from './terminal.js';
import { formatTable } from './textTable.js';

function why(result: EligibilityResult): string {
  if (result.decision === 'needs-information') return `missing ${result.missing.join(', ')}`;
  if (result.decision === 'ineligible') return result.reasons.map((reason) => reason.description).join('; ');
  return '';
}

function run(invocation: Invocation, io: Io): ExitCode {
  const asOf = dateOption('check', 'as-of', requiredValue(invocation, 'as-of'));
  if (!asOf.ok) return reportFailure(io, asOf.error);
  const checked = checkApplicantFiles(requiredValue(invocation, 'edition'), requiredValue(invocation, 'applicants'), asOf.value, io.cwd);
  if (!checked.ok) return reportFailure(io, checked.error);
  const { checked: applications, invalid, edition } = checked.value;
  const count = (decision: string): number => applications.filter((application) => application.result.decision === decision).length;
  const summary = {
    applications: checked.value.applications,
    eligible: count('eligible'),
    ineligible: count('ineligible'),
    needsInformation: count('needs-information'),
    invalid: invalid.length,
  };
  if (flagValue(invocation, 'json')) {
    printJson(io, {
      asOf: asOf.value,
      edition: edition.id,
      summary,
      results: applications.map(({ index, result }) => ({
        index,
        athleteId: result.athleteId,
        decision: result.decision,
        reasons: result.reasons,
        missing: result.missing,
      })),
      invalid,
    });
  } else {
    const style = styles(io.colourOut);
    const paint = (padded: string, decision: string): string =>
      decision === 'eligible' ? style.green(padded) : decision === 'ineligible' ? style.red(padded) : style.yellow(padded);
    const table = formatTable(
      [{ heading: 'athlete' }, { heading: 'name', max: 28 }, { heading: 'decision', paint }, io.width === undefined ? { heading: 'why' } : { heading: 'why', max: Math.max(30, io.width - 65) }],
      applications.map(({ result, name }) => [result.athleteId, name, result.decision, why(result)]),
    );
    printLines(io, [
      style.bold(`Eligibility on ${asOf.value}: ${edition.name} (${edition.id})`),
      '',
      style.bold(table[0] ?? ''),
      ...table.slice(1),
      '',
      `${formatCount(summary.applications)} applications: ${formatCount(summary.eligible)} eligible, ${formatCount(summary.ineligible)} ineligible, ` +
        `${formatCount(summary.needsInformation)} needs information, ${formatCount(summary.invalid)} invalid`,
    ]);
  }
  if (checked.value.problems.length > 0) {
    io.err(`${checked.value.problems.join('\n')}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** `check`: the eligibility of every application in a file. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Check every application against an edition\'s eligibility rules.',
  usage: 'check --edition FILE --applicants FILE --as-of DATE [--json]',
  description: [
    'Checks each application in the applicants file against the edition\'s rules with the parameters in force on the date,',
    'and prints one line per applicant (eligible, ineligible with the rules that failed, or needs-information with the facts',
    'to ask for) and the counts. Applications that are not valid are reported on stderr, one line per problem, and the exit',
    'code is then 1.',
  ],
  options: [
    { name: 'edition', type: 'string', value: 'FILE', required: true, description: 'The edition (JSON; see `schema edition`).' },
    { name: 'applicants', type: 'string', value: 'FILE', required: true, description: 'The applications (a JSON array of athletes; see `schema athlete`).' },
    { name: 'as-of', type: 'string', value: 'DATE', required: true, description: 'The date to decide on, YYYY-MM-DD.' },
    { name: 'json', type: 'boolean', description: 'Print JSON (summary, one result per applicant, invalid applications) instead of a table.' },
    HELP_OPTION,
  ],
  examples: [{ comment: 'Who may apply on 1 December 2026?', line: 'check --edition edition.json --applicants athletes.json --as-of 2026-12-01' }],
  run,
};
