import { AthleteSchema, EditionSchema, MentorSchema, PackageTemplateSchema, toJsonSchema } from '../core/index.js';
import { accountingJsonSchemas } from '../accounting/index.js';
import { curriculumJsonSchema, learningPathJsonSchema } from '../curriculum/index.js';
import { QuotaSchema, RubricSchema, ruleJsonSchema } from '../eligibility/index.js';

/** A public shape the `schema` command prints: its name on the command line, what it is, its JSON Schema. */
export interface SchemaEntry {
  readonly name: string;
  readonly description: string;
  readonly jsonSchema: () => Record<string, unknown>;
}

/** Every shape `schema NAME` knows, in the order `schema` lists them. */
export const schemaCatalogue: readonly SchemaEntry[] = [
  { name: 'athlete', description: 'An application: one athlete\'s profile (the items of an applicants file).', jsonSchema: () => toJsonSchema(AthleteSchema) },
  { name: 'mentor', description: 'A mentor\'s profile (the items of a mentors file).', jsonSchema: () => toJsonSchema(MentorSchema) },
  { name: 'edition', description: 'An edition of the programme: dates, seats, budget, package, rules, parameters.', jsonSchema: () => toJsonSchema(EditionSchema) },
  { name: 'package-template', description: 'The business package an edition awards.', jsonSchema: () => toJsonSchema(PackageTemplateSchema) },
  { name: 'rule', description: 'An eligibility rule in the JSON rule language.', jsonSchema: () => ({ ...ruleJsonSchema }) },
  { name: 'rubric', description: 'A scoring rubric: weighted criteria for selection.', jsonSchema: () => toJsonSchema(RubricSchema) },
  { name: 'quota', description: 'A selection quota (the items of a quotas file).', jsonSchema: () => toJsonSchema(QuotaSchema) },
  { name: 'curriculum', description: 'A curriculum: tracks, modules and sessions.', jsonSchema: () => curriculumJsonSchema() },
  { name: 'learning-path', description: 'A personalised learning path.', jsonSchema: () => learningPathJsonSchema() },
  { name: 'journal-entry', description: 'An entry of the package ledger\'s journal.', jsonSchema: () => accountingJsonSchemas().JournalEntry },
  { name: 'transfer', description: 'A ledger transfer.', jsonSchema: () => accountingJsonSchemas().Transfer },
  { name: 'account', description: 'A ledger account.', jsonSchema: () => accountingJsonSchemas().Account },
];
