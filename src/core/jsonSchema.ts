import { z } from 'zod';
import { AthleteSchema } from './athlete.js';
import { CalendarDateSchema } from './calendarDate.js';
import { EditionSchema, PackageTemplateSchema } from './edition.js';
import { MentorSchema } from './mentor.js';
import { MoneySchema } from './money.js';

/**
 * The JSON Schema (draft 2020-12) of a zod schema, describing the JSON a caller may send (the input
 * side: ids as plain strings, amounts as decimal strings). Use it to validate in another language or
 * to document an API.
 *
 * @category Parsing
 * @example
 * toJsonSchema(MoneySchema).required //=> ['amount', 'currency']
 */
export function toJsonSchema(schema: z.ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
}

/**
 * The shared shapes of `core` by name, for tools that list or print schemas (the command line's `schema`).
 *
 * @category Parsing
 */
export const coreSchemas = {
  Athlete: AthleteSchema,
  Mentor: MentorSchema,
  Edition: EditionSchema,
  PackageTemplate: PackageTemplateSchema,
  Money: MoneySchema,
  CalendarDate: CalendarDateSchema,
} as const;
