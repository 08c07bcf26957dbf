import { err, ok, parseEdition, type AthleteInput, type CalendarDate, type Edition, type Issue, type Result } from '../core/index.js';
import { checkApplicants, type EligibilityResult } from '../eligibility/index.js';
import { inputFailure, type CliFailure } from './cliFailure.js';
import { describeError, describeIssues, type InputSources } from './inputProblems.js';
import { readJsonArrayFile, readJsonFile } from './readJsonFile.js';

/** One checked application with where it sits in the applicants file. */
export interface CheckedApplication {
  /** The index of the application in the applicants file. */
  readonly index: number;
  /** The application as the file holds it. */
  readonly input: AthleteInput;
  readonly name: string;
  readonly result: EligibilityResult;
}

/** The outcome of checking an applicants file against an edition file. */
export interface CheckedApplicantFiles {
  readonly edition: Edition;
  readonly applications: number;
  readonly checked: readonly CheckedApplication[];
  /** Applications that do not parse, with their index in the file and every problem. */
  readonly invalid: readonly { readonly index: number; readonly issues: readonly Issue[] }[];
  /** One line per problem of the invalid applications: `applicants.json: [12].dateOfBirth: …`. */
  readonly problems: readonly string[];
}

/** Where the paths of `checkApplicants`' issues point: the two files and the date option. */
export function applicantSources(editionFile: string, applicantsFile: string): InputSources {
  return { edition: editionFile, athletes: applicantsFile, asOf: { option: '--as-of' } };
}

/**
 * Reads an edition file and an applicants file and checks every application on `asOf`. An edition that
 * does not parse, or rules that do not compile, stop here (exit 1); applications that do not parse are
 * returned with their problems so the command can report them and still show the others.
 */
export function checkApplicantFiles(editionFile: string, applicantsFile: string, asOf: CalendarDate, cwd: string): Result<CheckedApplicantFiles, CliFailure> {
  const sources = applicantSources(editionFile, applicantsFile);
  const editionJson = readJsonFile(editionFile, cwd);
  if (!editionJson.ok) return editionJson;
  const applicants = readJsonArrayFile(applicantsFile, cwd, 'applications');
  if (!applicants.ok) return applicants;
  const edition = parseEdition(editionJson.value);
  if (!edition.ok) return err(inputFailure(describeIssues((edition.error.issues ?? []).map((issue) => ({ ...issue, path: ['edition', ...issue.path] })), sources)));
  const inputs = applicants.value as readonly AthleteInput[];
  const outcome = checkApplicants(inputs, edition.value, asOf);
  if (!outcome.ok) return err(inputFailure(describeError(outcome.error, sources)));
  const invalidIndices = new Set(outcome.value.invalid.map((entry) => entry.index));
  const checked: CheckedApplication[] = [];
  let next = 0;
  inputs.forEach((input, index) => {
    if (invalidIndices.has(index)) return;
    const result = outcome.value.results[next++];
    if (result === undefined) return;
    checked.push({ index, input, name: input.name, result });
  });
  const invalid = outcome.value.invalid.map((entry) => ({ index: entry.index, issues: entry.issues.map((issue) => ({ path: issue.path, message: issue.message })) }));
  return ok({
    edition: edition.value,
    applications: inputs.length,
    checked,
    invalid,
    problems: invalid.flatMap((entry) => describeIssues(entry.issues, sources)),
  });
}
