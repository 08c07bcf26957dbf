import { z } from 'zod';
import { CalendarDateSchema, DateIntervalSchema } from './calendarDate.js';
import type { CoreError } from './errors.js';
import { EditionIdSchema, IdSchema, KeySchema } from './ids.js';
import { allocate, money, MoneySchema } from './money.js';
import { parseWith } from './parse.js';
import type { Result } from './result.js';

/**
 * What a package component is: an in-kind training `service` (logistics, operations, sourcing
 * training delivered by the partner) or spendable `credit` (trade credit on the marketplace).
 *
 * @category Edition
 */
export const ComponentKindSchema = z.enum(['service', 'credit']);

/**
 * One part of a business package. Its value is the package value allocated by `weight` among the
 * components (see `allocate`), so the parts always add up to the whole.
 *
 * @category Edition
 */
export const PackageComponentSchema = z.strictObject({
  id: KeySchema,
  name: z.string().min(1).max(200),
  kind: ComponentKindSchema,
  service: KeySchema.optional().describe('For services: what is delivered, e.g. "logistics".'),
  weight: z
    .union([z.number().min(0), z.string().regex(/^\d+(?:\.\d+)?$/)])
    .refine(isAllocationWeight, { message: 'A weight has at most 30 decimal places (and 100 characters as a string).' })
    .describe('Share of the package value.'),
});

/** Whether `allocate` can split a value by this weight, so a template that parses always allocates. */
function isAllocationWeight(weight: number | string): boolean {
  return allocate(money(1, 'USD'), [weight, 1]).ok;
}

/**
 * The template every package of an edition is issued from: its total value, its components, when it
 * may be issued and how long its credit stays valid.
 *
 * @category Edition
 */
export const PackageTemplateSchema = z
  .strictObject({
    id: IdSchema,
    name: z.string().min(1).max(200),
    value: MoneySchema,
    components: z.array(PackageComponentSchema).min(1).max(50),
    issueWindow: DateIntervalSchema.optional().describe('Packages may be issued only on these dates.'),
    creditValidDays: z.number().int().min(1).max(3650).describe('Days from issue after which unused credit expires.'),
  })
  .superRefine((template, context) => {
    const seen = new Set<string>();
    template.components.forEach((component, index) => {
      if (seen.has(component.id)) context.addIssue({ code: 'custom', path: ['components', index, 'id'], message: `Component id "${component.id}" is used twice.` });
      seen.add(component.id);
    });
    if (template.components.every((component) => Number(component.weight) === 0)) {
      context.addIssue({ code: 'custom', path: ['components'], message: 'At least one component needs a weight above zero.' });
    }
  });
/** @category Edition */
export type PackageTemplate = z.output<typeof PackageTemplateSchema>;

/**
 * A parameter's value over time, like an OpenFisca parameter: each entry is in force from its `from`
 * date until the next entry's. Entries are listed in any order; dates may not repeat.
 *
 * @category Edition
 */
export const ParameterHistorySchema = z
  .array(z.strictObject({ from: CalendarDateSchema, value: z.json() }))
  .min(1)
  .superRefine((entries, context) => {
    const seen = new Set<string>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.from)) context.addIssue({ code: 'custom', path: [index, 'from'], message: `Two values take effect on ${entry.from}.` });
      seen.add(entry.from);
    });
  });

/**
 * The survey figures an edition measures its outcomes against, as fractions of former athletes.
 *
 * @category Edition
 */
export const BaselinesSchema = z.strictObject({
  struggledToSecureCareer: z.number().min(0).max(1),
  believedTransferableSkills: z.number().min(0).max(1),
  ranOwnVenture: z.number().min(0).max(1),
});

/**
 * The zod schema of an edition of the programme: its calendar, seats, budget, package template,
 * dated parameters and (optionally) its eligibility rule document, checked by the eligibility module.
 *
 * @category Edition
 */
export const EditionSchema = z
  .strictObject({
    id: EditionIdSchema,
    name: z.string().min(1).max(200),
    number: z.number().int().min(1),
    organiser: z.string().max(200).optional(),
    partner: z.string().max(200).optional(),
    dates: z.strictObject({
      applicationsOpen: CalendarDateSchema,
      applicationsClose: CalendarDateSchema,
      cohortStart: CalendarDateSchema,
      cohortEnd: CalendarDateSchema,
    }),
    reach: z.number().int().min(0).optional().describe('How many athletes the edition aims to reach.'),
    seats: z.number().int().min(0).describe('How many packages the edition awards.'),
    budget: MoneySchema,
    packageTemplate: PackageTemplateSchema,
    parameters: z.record(KeySchema, ParameterHistorySchema),
    rules: z.json().optional().describe('The eligibility rule document (see the rule language).'),
    baselines: BaselinesSchema.optional(),
    extensions: z.record(KeySchema, z.json()).optional(),
  })
  .superRefine((edition, context) => {
    const { applicationsOpen, applicationsClose, cohortStart, cohortEnd } = edition.dates;
    if (applicationsClose < applicationsOpen) context.addIssue({ code: 'custom', path: ['dates', 'applicationsClose'], message: 'Applications close before they open.' });
    if (cohortEnd < cohortStart) context.addIssue({ code: 'custom', path: ['dates', 'cohortEnd'], message: 'The cohort ends before it starts.' });
    if (edition.budget.currency !== edition.packageTemplate.value.currency) {
      context.addIssue({ code: 'custom', path: ['packageTemplate', 'value', 'currency'], message: `The package is in ${edition.packageTemplate.value.currency} but the budget is in ${edition.budget.currency}.` });
    }
  });

/** An edition as the library holds it after validation. @category Edition */
export type Edition = z.output<typeof EditionSchema>;
/** An edition as plain JSON before validation. @category Edition */
export type EditionInput = z.input<typeof EditionSchema>;

/**
 * Validates an edition from untrusted JSON.
 *
 * @category Edition
 * @example
 * parseEdition(JSON.parse(fs.readFileSync('data/sample/edition.json', 'utf8'))).ok //=> true
 */
export function parseEdition(input: unknown): Result<Edition, CoreError> {
  return parseWith(EditionSchema, input, 'edition');
}
