import { z } from 'zod';
import { IdSchema, KeySchema } from '../core/index.js';

/**
 * The zod schema of what completes a track: every module in `requiredModules` achieved, plus `electives`
 * other modules of the track. Left out entirely, every module of the track is required; with only
 * `electives`, any that many modules of the track complete it.
 *
 * @category Curriculum
 * @example
 * TrackCompletionSchema.parse({ requiredModules: ['ai-foundations'], electives: 2 }).electives //=> 2
 */
export const TrackCompletionSchema = z.strictObject({
  requiredModules: z.array(IdSchema).max(1000).default([]),
  electives: z.number().int().min(0).max(1000).default(0),
});
/**
 * What completes a track, checked by {@link TrackCompletionSchema}.
 *
 * @category Curriculum
 * @example
 * const completion: TrackCompletion = { requiredModules: ['log-shipping-modes', 'log-freight'], electives: 2 };
 * completion.electives //=> 2
 */
export type TrackCompletion = z.output<typeof TrackCompletionSchema>;

/**
 * The zod schema of a track: a theme of the training (`ai-tools`, `logistics`, …) that groups modules,
 * with its completion criteria.
 *
 * @category Curriculum
 * @example
 * TrackSchema.parse({ id: 'logistics', title: 'Logistics' }).id //=> 'logistics'
 */
export const TrackSchema = z.strictObject({
  id: KeySchema,
  title: z.string().min(1).max(200),
  summary: z.string().max(2000).optional(),
  completion: TrackCompletionSchema.optional().describe('Left out: every module of the track is required.'),
});

/**
 * A track as the library holds it after validation.
 *
 * @category Curriculum
 * @example
 * const track: Track | undefined = defaultCurriculum.tracks[3];
 * track?.id //=> 'logistics'
 */
export type Track = z.output<typeof TrackSchema>;
/**
 * A track as plain JSON before validation.
 *
 * @category Curriculum
 * @example
 * const track: TrackInput = { id: 'logistics', title: 'Logistics', completion: { electives: 2 } };
 * track.completion?.requiredModules //=> undefined
 */
export type TrackInput = z.input<typeof TrackSchema>;
