import { ok, type Issue, type Path, type Result } from '../core/index.js';
import { describeQuota, selectRecipients, type CandidateDecision, type Quota, type SelectRecipientsOptions } from '../eligibility/index.js';
import { checkApplicantFiles, type CheckedApplication } from './checkApplicantFiles.js';
import { inputFailure, reportFailure, type CliFailure } from './cliFailure.js';
import { HELP_OPTION, flagValue, requiredValue, stringValue, type Command, type Invocation } from './command.js';
import { describeIssues } from './inputProblems.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { countOption, dateOption } from './optionValues.js';
import { formatCount, printJson, printLines } from './output.js';
import { readJsonArrayFile } from './readJsonFile.js';
import { styles } from './terminal.js';
import { formatTable } from './textTable.js';

function readQuotas(file: string | undefined, cwd: string): Result<readonly Quota[] | undefined, CliFailure> {
  if (file === undefined) return ok(undefined);
  const read = readJsonArrayFile(file, cwd, 'quotas');
  if (!read.ok) return read;
  // selectRecipients checks every quota against QuotaSchema; problems come back with their paths.
  return ok(read.value as readonly Quota[]);
}

/** An issue about the eligible candidates, pointed back at the application's index in the file. */
function towardsFile(issue: Issue, eligible: readonly CheckedApplication[]): Issue {
  const [root, index, ...rest] = issue.path;
  if (root !== 'candidates' || typeof index !== 'number') return issue;
  const path: Path = ['athletes', eligible[index]?.index ?? index, ...rest];
  return { path, message: issue.message };
}

function scoreText(score: number): string {
  return score.toFixed(2);
}

function run(invocation: Invocation, io: Io): ExitCode {
  const editionFile = requiredValue(invocation, 'edition');
  const applicantsFile = requiredValue(invocation, 'applicants');
  const quotasFile = stringValue(invocation, 'quotas');
  const asOf = dateOption('select', 'as-of', requiredValue(invocation, 'as-of'));
  if (!asOf.ok) return reportFailure(io, asOf.error);
  const seatsText = stringValue(invocation, 'seats');
  const seatsOption = seatsText === undefined ? ok(undefined) : countOption('select', 'seats', seatsText);
  if (!seatsOption.ok) return reportFailure(io, seatsOption.error);
  const checked = checkApplicantFiles(editionFile, applicantsFile, asOf.value, io.cwd);
  if (!checked.ok) return reportFailure(io, checked.error);
  const quotas = readQuotas(quotasFile, io.cwd);
  if (!quotas.ok) return reportFailure(io, quotas.error);

  const { edition } = checked.value;
  const eligible = checked.value.checked.filter((application) => application.result.decision === 'eligible');
  const seed = stringValue(invocation, 'seed');
  const options: SelectRecipientsOptions = {
    seats: seatsOption.value ?? edition.seats,
    asOf: asOf.value,
    ...(quotas.value === undefined ? {} : { quotas: quotas.value }),
    ...(seed === undefined ? {} : { seed }),
  };
  const selection = selectRecipients(
    eligible.map((application) => application.input),
    options,
  );
  if (!selection.ok) {
    const issues = (selection.error.issues ?? [{ path: selection.error.path ?? [], message: selection.error.message }]).map((issue) => towardsFile(issue, eligible));
    const sources = {
      athletes: applicantsFile,
      options: { quotas: quotasFile ?? '--quotas', seats: { option: '--seats' }, seed: { option: '--seed' }, asOf: { option: '--as-of' } },
    };
    return reportFailure(io, inputFailure(describeIssues(issues, sources)));
  }
  const value = selection.value;
  const names = new Map(eligible.map((application) => [application.result.athleteId, application]));
  if (flagValue(invocation, 'json')) {
    printJson(io, { asOf: asOf.value, edition: edition.id, applications: checked.value.applications, eligible: eligible.length, selection: value });
  } else {
    const style = styles(io.colourOut);
    const row = (decision: CandidateDecision, first: string): string[] => {
      const application = names.get(decision.athleteId);
      return [first, decision.athleteId, application?.name ?? '', application?.input.country ?? '', scoreText(decision.score), decision.reasons.slice(1).join('; ')];
    };
    const columns = [{ heading: 'rank', align: 'right' as const }, { heading: 'athlete' }, { heading: 'name', max: 28 }, { heading: 'country' }, { heading: 'score', align: 'right' as const }, { heading: 'note' }];
    const selectedTable = formatTable(columns, value.selected.map((decision) => row(decision, String(decision.rank))));
    const waitlistTable = formatTable(
      [{ heading: 'position', align: 'right' }, ...columns.slice(1, 5), { heading: 'rank', align: 'right' }],
      value.waitlist.map((decision) => {
        const cells = row(decision, String(decision.waitlistPosition ?? ''));
        return [...cells.slice(0, 5), String(decision.rank)];
      }),
    );
    const filled = value.seats - value.unfilledSeats;
    const lines = [
      style.bold(`Selection on ${asOf.value}: ${edition.name} (${edition.id})`),
      `${formatCount(filled)} of ${formatCount(value.seats)} seats filled from ${formatCount(eligible.length)} eligible candidates ` +
        `(${formatCount(checked.value.applications)} applications); total score ${scoreText(value.totalScore)}; ` +
        `${value.method === 'flow' ? 'minimum-cost flow' : 'branch and bound'}${value.proven ? ', proven optimal' : ', NOT proven optimal'}`,
      '',
      style.bold(`Selected (${formatCount(value.selected.length)})`),
      ...selectedTable,
      '',
      style.bold(`Waitlist (${formatCount(value.waitlist.length)})`),
      ...(value.waitlist.length === 0 ? ['(empty)'] : waitlistTable),
    ];
    if (value.quotas.length > 0) {
      lines.push('', style.bold('Quotas'));
      lines.push(
        ...formatTable(
          [{ heading: 'status', paint: (padded, text) => (text === 'met' ? style.green(padded) : style.red(padded)) }, { heading: 'quota' }, { heading: 'selected', align: 'right' }, { heading: 'available', align: 'right' }],
          value.quotas.map((outcome) => [outcome.met ? 'met' : `MISSED by ${outcome.shortBy}`, describeQuota(outcome.quota), String(outcome.selected), String(outcome.available)]),
        ),
      );
    }
    if (value.warnings.length > 0) lines.push('', style.bold('Warnings'), ...value.warnings.map((warning) => `- ${warning}`));
    printLines(io, lines);
  }
  if (checked.value.problems.length > 0) {
    io.err(`${checked.value.problems.join('\n')}\n`);
    return EXIT.failure;
  }
  return EXIT.ok;
}

/** `select`: package recipients from the eligible applicants. */
export const selectCommand: Command = {
  name: 'select',
  summary: 'Select the package recipients and a waitlist from the eligible applicants.',
  usage: 'select --edition FILE --applicants FILE --as-of DATE [--seats N] [--quotas FILE] [--seed S] [--json]',
  description: [
    'Checks every application as `check` does, then scores the eligible ones with the fourth-edition rubric and selects',
    'the best total score that meets every quota (exactly: minimum-cost flow, or branch and bound for quotas on three or',
    'more attributes), with a ranked waitlist. Ties of score are broken by the seed, never at random. Invalid',
    'applications are reported on stderr, one line per problem, and the exit code is then 1.',
  ],
  options: [
    { name: 'edition', type: 'string', value: 'FILE', required: true, description: 'The edition (JSON; see `schema edition`).' },
    { name: 'applicants', type: 'string', value: 'FILE', required: true, description: 'The applications (a JSON array of athletes).' },
    { name: 'as-of', type: 'string', value: 'DATE', required: true, description: 'The date to decide and score on, YYYY-MM-DD.' },
    { name: 'seats', type: 'string', value: 'N', description: 'How many packages to award (default: the edition\'s seats).' },
    { name: 'quotas', type: 'string', value: 'FILE', description: 'Quotas (a JSON array; see `schema quota`).' },
    { name: 'seed', type: 'string', value: 'S', description: 'The tie-break seed (default "selection"); change it to draw ties again.' },
    { name: 'json', type: 'boolean', description: 'Print the whole selection as JSON instead of tables.' },
    HELP_OPTION,
  ],
  examples: [
    {
      comment: 'Fifty recipients with at least eight from Africa',
      line: 'select --edition edition.json --applicants athletes.json --as-of 2026-12-01 --seats 50 --quotas quotas.json',
    },
  ],
  run,
};
