/**
 * Loads the bundled sample data (applicants, mentors, the 4th edition) and validates it at the
 * boundary, as a partner app would load its own JSON. Used by the demo and every example.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatPath, parseAthletes, parseEdition, parseMentors, type Athlete, type Edition, type Mentor, type Result, type CoreError } from 'athlete-accelerator/core';

const sampleDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'data', 'sample');

function load<T>(file: string, parse: (input: unknown) => Result<T, CoreError>): T {
  const result = parse(JSON.parse(readFileSync(join(sampleDir, file), 'utf8')));
  if (!result.ok) {
    const problems = (result.error.issues ?? []).map((issue) => `  ${file} ${formatPath(issue.path)}: ${issue.message}`);
    throw new Error(`${result.error.message}\n${problems.join('\n')}`);
  }
  return result.value;
}

export interface SampleData {
  readonly athletes: Athlete[];
  readonly mentors: Mentor[];
  readonly edition: Edition;
}

export function loadSampleData(): SampleData {
  return {
    athletes: load('athletes.json', parseAthletes),
    mentors: load('mentors.json', parseMentors),
    edition: load('edition.json', parseEdition),
  };
}
