import { z } from 'zod';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether a string may be used as a key of a plain object built from data: `__proto__`,
 * `constructor` and `prototype` may not, so no input can reach `Object.prototype`.
 *
 * @category Ids
 * @example
 * isSafeKey('athlete-0001') //=> true
 * isSafeKey('__proto__') //=> false
 */
export function isSafeKey(key: string): boolean {
  return !FORBIDDEN_KEYS.has(key);
}

/**
 * The zod schema of an identifier: 1 to 128 characters, letters, digits and `. _ : @ / -`, starting
 * with a letter or digit (UUIDs, database keys and slugs all fit), never `constructor` or `prototype`.
 *
 * @category Ids
 */
export const IdSchema = z
  .string()
  .min(1, 'An id may not be empty.')
  .max(128, 'An id has at most 128 characters.')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:@/-]*$/, 'An id is letters, digits and . _ : @ / - and starts with a letter or digit.')
  .refine(isSafeKey, { message: 'An id may not be "constructor" or "prototype".' });

/** The zod schema of an athlete's id. @category Ids */
export const AthleteIdSchema = IdSchema.brand<'AthleteId'>();
/** An athlete's id, checked by {@link AthleteIdSchema}. @category Ids */
export type AthleteId = z.infer<typeof AthleteIdSchema>;

/** The zod schema of a mentor's id. @category Ids */
export const MentorIdSchema = IdSchema.brand<'MentorId'>();
/** A mentor's id, checked by {@link MentorIdSchema}. @category Ids */
export type MentorId = z.infer<typeof MentorIdSchema>;

/** The zod schema of an edition's id. @category Ids */
export const EditionIdSchema = IdSchema.brand<'EditionId'>();
/** An edition's id, checked by {@link EditionIdSchema}. @category Ids */
export type EditionId = z.infer<typeof EditionIdSchema>;

/**
 * The zod schema of a name used as a key in data (a competency, a parameter, a sport): lower-case
 * words joined by hyphens or camelCase (`b2b-export`, `minimumAge`).
 *
 * @category Ids
 */
export const KeySchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/, 'Expected a key such as "incoterms" or "minimumAge".')
  .refine(isSafeKey, { message: 'The keys "constructor" and "prototype" are reserved.' });
