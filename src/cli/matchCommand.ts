import type { AthleteInput, MentorInput } from '../core/index.js';
import { matchMentors, type MatchMentorsOptions } from '../matching/index.js';
import { inputFailure, reportFailure } from './cliFailure.js';
import { HELP_OPTION, flagValue, requiredValue, stringValue, type Command, type Invocation } from './command.js';
import { describeError } from './inputProblems.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { choiceOption, dateOption, numberOption } from './optionValues.js';
import { formatCount, plural, printJson, printLines } from './output.js';
import { readJsonArrayFile } from './readJsonFile.js';
import { styles } from './terminal.js';
import { formatTable } from './textTable.js';

function namesById(items: readonly unknown[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const item of items as readonly Partial<AthleteInput | MentorInput>[]) if (typeof item.id === 'string' && typeof item.name === 'string') names.set(item.id, item.name);
  return names;
}

function run(invocation: Invocation, io: Io): ExitCode {
  const athletesFile = requiredValue(invocation, 'athletes');
  const mentorsFile = requiredValue(invocation, 'mentors');
  const asOf = dateOption('match', 'as-of', requiredValue(invocation, 'as-of'));
  if (!asOf.ok) return reportFailure(io, asOf.error);
  const methodText = stringValue(invocation, 'method');
  const method = methodText === undefined ? undefined : choiceOption('match', 'method', methodText, ['optimal', 'stable']);
  if (method !== undefined && !method.ok) return reportFailure(io, method.error);
  const minScoreText = stringValue(invocation, 'min-score');
  const minScore = minScoreText === undefined ? undefined : numberOption('match', 'min-score', minScoreText);
  if (minScore !== undefined && !minScore.ok) return reportFailure(io, minScore.error);
  const athletes = readJsonArrayFile(athletesFile, io.cwd, 'athletes');
  if (!athletes.ok) return reportFailure(io, athletes.error);
  const mentors = readJsonArrayFile(mentorsFile, io.cwd, 'mentors');
  if (!mentors.ok) return reportFailure(io, mentors.error);

  const options: MatchMentorsOptions = {
    asOf: asOf.value,
    ...(method === undefined ? {} : { method: method.value }),
    ...(minScore === undefined ? {} : { minScore: minScore.value }),
  };
  const matching = matchMentors(athletes.value, mentors.value, options);
  if (!matching.ok) {
    const sources = {
      athletes: athletesFile,
      mentors: mentorsFile,
      options: { asOf: { option: '--as-of' }, method: { option: '--method' }, minScore: { option: '--min-score' } },
    };
    return reportFailure(io, inputFailure(describeError(matching.error, sources)));
  }
  const value = matching.value;
  if (flagValue(invocation, 'json')) {
    printJson(io, { asOf: asOf.value, ...value });
    return EXIT.ok;
  }
  const style = styles(io.colourOut);
  const athleteNames = namesById(athletes.value);
  const mentorNames = namesById(mentors.value);
  const capacity = value.mentorLoad.reduce((sum, load) => sum + load.capacity, 0);
  const assigned = value.mentorLoad.reduce((sum, load) => sum + load.assigned, 0);
  const full = value.mentorLoad.filter((load) => load.capacity > 0 && load.assigned >= load.capacity).length;
  const idle = value.mentorLoad.filter((load) => load.assigned === 0).length;
  const lines = [
    style.bold(`Mentor matching on ${asOf.value} (${value.method})`),
    `${formatCount(value.pairs.length)} of ${plural(value.pairs.length + value.unmatched.length, 'athlete')} matched; total score ${value.total.toFixed(3)}; ` +
      `${formatCount(assigned)} of ${formatCount(capacity)} mentor places used`,
    '',
    style.bold('Pairs'),
    ...formatTable(
      [{ heading: 'athlete' }, { heading: 'name', max: 28 }, { heading: 'mentor' }, { heading: 'mentor name', max: 28 }, { heading: 'score', align: 'right' }],
      value.pairs.map((pair) => [pair.athleteId, athleteNames.get(pair.athleteId) ?? '', pair.mentorId, mentorNames.get(pair.mentorId) ?? '', pair.score.toFixed(3)]),
    ),
  ];
  if (value.unmatched.length > 0) {
    lines.push('', style.bold(`Unmatched (${formatCount(value.unmatched.length)})`));
    lines.push(
      ...formatTable(
        [{ heading: 'athlete' }, { heading: 'name', max: 28 }, { heading: 'reason' }],
        value.unmatched.map((entry) => [entry.athleteId, athleteNames.get(entry.athleteId) ?? '', entry.reason]),
      ),
    );
  }
  lines.push('', style.bold('Mentor load'), `${plural(value.mentorLoad.length, 'mentor')}: ${formatCount(full)} at capacity, ${formatCount(idle)} without an athlete`);
  printLines(io, lines);
  return EXIT.ok;
}

/** `match`: mentors for athletes. */
export const matchCommand: Command = {
  name: 'match',
  summary: 'Pair athletes with mentors (optimal or stable matching).',
  usage: 'match --athletes FILE --mentors FILE --as-of DATE [--method optimal|stable] [--min-score X] [--json]',
  description: [
    'Scores every athlete-mentor pair on expertise, sector, language, time-zone overlap, mentor kind and sport (shared',
    'language, working-hours overlap and conflicts of interest are hard constraints), then pairs them within the mentors\'',
    'capacities: `optimal` matches as many athletes as possible with the best total score; `stable` leaves no athlete and',
    'mentor who would both rather be paired with each other. Lists the pairs, the unmatched athletes with the reason, and',
    'the mentors\' load.',
  ],
  options: [
    { name: 'athletes', type: 'string', value: 'FILE', required: true, description: 'The athletes to match (a JSON array; see `schema athlete`).' },
    { name: 'mentors', type: 'string', value: 'FILE', required: true, description: 'The mentors (a JSON array; see `schema mentor`).' },
    { name: 'as-of', type: 'string', value: 'DATE', required: true, description: 'The date of the matching (time-zone offsets are read on it), YYYY-MM-DD.' },
    { name: 'method', type: 'string', value: 'optimal|stable', description: 'The matching method (default optimal).' },
    { name: 'min-score', type: 'string', value: 'X', description: 'Never make a pair scoring below X (scores run from 0 to 1).' },
    { name: 'json', type: 'boolean', description: 'Print the matching as JSON (pairs with score breakdowns, unmatched, mentor load).' },
    HELP_OPTION,
  ],
  examples: [{ comment: 'Stable pairs, none below 0.3', line: 'match --athletes recipients.json --mentors mentors.json --as-of 2027-01-11 --method stable --min-score 0.3' }],
  run,
};
