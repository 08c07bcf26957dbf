import { z } from 'zod';
import { isSafeKey, KeySchema } from './ids.js';

/**
 * The five tracks of the programme's training on e-commerce and global trade.
 *
 * @category People
 */
export const TRACKS = ['ai-tools', 'global-sourcing', 'b2b-export', 'logistics', 'operations'] as const;

/** One of the programme's {@link TRACKS}. @category People */
export type TrackId = (typeof TRACKS)[number];

/**
 * The competencies the default catalogue teaches, by track: the shared vocabulary of an athlete's
 * skills self-assessment, a mentor's expertise and a module's learning outcomes. Data may name other
 * competencies too (any {@link CompetencyIdSchema} key); these are the ones the bundled data uses.
 *
 * @category People
 */
export const STANDARD_COMPETENCIES: Readonly<Record<TrackId, readonly string[]>> = {
  'ai-tools': ['ai-product-listings', 'ai-market-research', 'ai-customer-service', 'ai-content'],
  'global-sourcing': ['supplier-vetting', 'quality-control', 'negotiation', 'samples-and-moq'],
  'b2b-export': ['storefront-setup', 'incoterms', 'pricing-and-quotations', 'trade-payments', 'customs-compliance'],
  logistics: ['shipping-modes', 'freight', 'fulfilment', 'returns'],
  operations: ['business-setup', 'finance-basics', 'brand'],
};

/**
 * The zod schema of a competency name, e.g. `"incoterms"`.
 *
 * @category People
 */
export const CompetencyIdSchema = KeySchema.describe('A competency, e.g. "incoterms".');

/**
 * A level of competency: 0 none, 1 aware, 2 practising, 3 proficient, 4 expert (can teach it).
 *
 * @category People
 */
export const CompetencyLevelSchema = z.number().int().min(0).max(4).describe('0 none, 1 aware, 2 practising, 3 proficient, 4 expert.');

const COMPETENCY_KEY = /^[a-z][a-zA-Z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * The zod schema of levels per competency (a skills self-assessment, a mentor's expertise):
 * an object whose keys are competency names and whose values are whole levels from `min` to `max`.
 * Checked in one pass rather than by zod's record (which costs most of an athlete's parse), with every
 * bad key or level reported at its own path; the JSON Schema says the same.
 *
 * @category People
 * @example
 * competencyLevelsSchema(0, 4).safeParse({ incoterms: 3 }).success //=> true
 * competencyLevelsSchema(0, 4).safeParse({ incoterms: 7 }).success //=> false (issue at ['incoterms'])
 */
export function competencyLevelsSchema(min: number, max: number) {
  return z
    .custom<Record<string, number>>((value) => value !== null && typeof value === 'object' && !Array.isArray(value), {
      message: 'Expected an object of levels per competency, such as { "incoterms": 3 }.',
    })
    .superRefine((value, context) => {
      for (const key of Object.keys(value)) {
        if (key.length > 64 || !COMPETENCY_KEY.test(key) || !isSafeKey(key)) {
          context.addIssue({ code: 'custom', path: [key], message: 'Expected a competency such as "incoterms".' });
        }
        const level = value[key];
        if (typeof level !== 'number' || !Number.isInteger(level) || level < min || level > max) {
          context.addIssue({ code: 'custom', path: [key], message: `Expected a whole level from ${min} to ${max}.` });
        }
      }
    })
    .transform((value) => ({ ...value }))
    .meta({
      type: 'object',
      propertyNames: { pattern: COMPETENCY_KEY.source, maxLength: 64 },
      additionalProperties: { type: 'integer', minimum: min, maximum: max },
    });
}
