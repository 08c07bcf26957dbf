import { z } from 'zod';
import { KeySchema } from './ids.js';

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
