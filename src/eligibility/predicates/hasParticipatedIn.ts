import { z } from 'zod';
import { CompetitionSchema } from '../../core/index.js';
import type { PredicateDefinition } from '../registry.js';
import { FactPathSchema } from '../ruleSchema.js';

/**
 * The kinds of event an athlete's participations name (core's `CompetitionSchema`).
 *
 * @category Predicates
 * @example
 * EVENT_KINDS.includes('paralympic-games') //=> true
 */
export const EVENT_KINDS = CompetitionSchema.options;

/**
 * A kind of event (see {@link EVENT_KINDS}).
 *
 * @category Predicates
 * @example
 * const event: EventKind = 'world-championships';
 */
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * The zod schema of the `hasParticipatedIn` predicate's `args`.
 *
 * @category Predicates
 */
export const HasParticipatedInArgsSchema = z
  .strictObject({
    events: z.array(z.enum(EVENT_KINDS)).min(1),
    since: z.int().optional(),
    fact: FactPathSchema.default('athlete.participations'),
  })
  .transform((args) => ({ ...args, eventSet: new Set<unknown>(args.events) }));

const hasOwn = Object.hasOwn;

/**
 * `hasParticipatedIn { events, since?, fact? }`: passes when the participations at `fact` (default
 * `athlete.participations`, an array of `{ event, year, medal? }`) include one whose `event` is in
 * `events` and, when `since` is given, whose `year` is a number no earlier than `since`. Unknown when the
 * participations are absent; fails when they are not an array or none matches (malformed entries are
 * ignored).
 *
 * @category Predicates
 * @example
 * evaluateRule(
 *   { predicate: 'hasParticipatedIn', args: { events: ['olympic-games', 'world-championships'], since: 2016 } },
 *   { athlete: { participations: [{ event: 'world-championships', year: 2019 }] } },
 * )
 * //=> { ok: true, value: { outcome: 'pass', missing: [], trace: … } }
 */
export const hasParticipatedIn: PredicateDefinition<typeof HasParticipatedInArgsSchema> = {
  args: HasParticipatedInArgsSchema,
  reads: (args) => [args.fact],
  description: 'The athlete took part in one of the given kinds of event (optionally since a given year).',
  evaluate: ({ eventSet, since }, [participations]) => {
    if (participations === undefined) return 'unknown';
    if (!Array.isArray(participations)) return 'fail';
    for (const entry of participations as readonly unknown[]) {
      if (typeof entry !== 'object' || entry === null || !hasOwn(entry, 'event')) continue;
      const { event, year } = entry as { event: unknown; year?: unknown };
      if (!eventSet.has(event)) continue;
      if (since === undefined) return 'pass';
      if (hasOwn(entry, 'year') && typeof year === 'number' && year >= since) return 'pass';
    }
    return 'fail';
  },
};
