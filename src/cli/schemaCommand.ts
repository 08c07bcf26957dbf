import { reportFailure, usageFailure } from './cliFailure.js';
import { HELP_OPTION, type Command, type Invocation } from './command.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { printJson, printLines } from './output.js';
import { schemaCatalogue } from './schemaCatalogue.js';
import { suggestName } from './suggestName.js';
import { formatTable } from './textTable.js';

function run(invocation: Invocation, io: Io): ExitCode {
  const [name] = invocation.positionals;
  if (name === undefined) {
    printLines(io, formatTable([{ heading: 'name' }, { heading: 'shape' }], schemaCatalogue.map((entry) => [entry.name, entry.description])));
    return EXIT.ok;
  }
  const entry = schemaCatalogue.find((candidate) => candidate.name === name);
  if (entry === undefined) {
    const names = schemaCatalogue.map((candidate) => candidate.name);
    const suggestion = suggestName(name, names);
    return reportFailure(
      io,
      usageFailure(`no schema named '${name}'${suggestion === undefined ? '' : ` (did you mean '${suggestion}'?)`}; the names are ${names.join(', ')}.`, 'schema'),
    );
  }
  printJson(io, entry.jsonSchema());
  return EXIT.ok;
}

/** `schema`: the JSON Schema of a public shape, or the list of names. */
export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of an input shape (or list the shapes).',
  usage: 'schema [NAME]',
  description: [
    'Prints the JSON Schema (draft 2020-12) of the JSON an input file holds, to validate files in another tool or',
    `language. Without a name, lists the names: ${schemaCatalogue.map((entry) => entry.name).join(', ')}.`,
  ],
  options: [HELP_OPTION],
  positionals: { name: 'NAME', max: 1 },
  examples: [
    { comment: 'The shape of one application in an applicants file', line: 'schema athlete > athlete.schema.json' },
    { comment: 'The names of every shape', line: 'schema' },
  ],
  run,
};
