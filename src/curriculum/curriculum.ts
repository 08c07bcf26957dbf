import { z } from 'zod';
import { IdSchema, toJsonSchema } from '../core/index.js';
import { CurriculumModuleSchema } from './curriculumModule.js';
import { TrackSchema } from './track.js';

/**
 * The zod schema of a curriculum: tracks → modules → sessions. Modules are one flat list and name their
 * track (`module.track`), so that prerequisites may cross tracks; each module holds its sessions. The
 * schema checks shapes and ranges; {@link validateCurriculum} also checks what a schema cannot (unique
 * ids, known tracks and prerequisites, no prerequisite cycle, sessions that fit the effort) and reports
 * every problem at once.
 *
 * @category Curriculum
 * @example
 * CurriculumSchema.safeParse({ id: 'c', title: 'Training', tracks: [], modules: [] }).success //=> true
 */
export const CurriculumSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(200),
  version: z.string().min(1).max(50).optional(),
  tracks: z.array(TrackSchema).max(1000),
  modules: z.array(CurriculumModuleSchema).max(100_000),
});

/**
 * A curriculum as the library holds it after validation (defaults filled in).
 *
 * @category Curriculum
 * @example
 * const curriculum: Curriculum = defaultCurriculum;
 * curriculum.tracks.length //=> 5
 */
export type Curriculum = z.output<typeof CurriculumSchema>;
/**
 * A curriculum as plain JSON before validation (lists with defaults may be left out).
 *
 * @category Curriculum
 * @example
 * const draft: CurriculumInput = { id: 'draft', title: 'Draft', tracks: [], modules: [] };
 * validateCurriculum(draft).ok //=> true
 */
export type CurriculumInput = z.input<typeof CurriculumSchema>;

/**
 * The JSON Schema (draft 2020-12) of a curriculum document, for partners who write catalogues in
 * another language or validate them in a form.
 *
 * @category Curriculum
 * @example
 * curriculumJsonSchema().required //=> ['id', 'title', 'tracks', 'modules']
 */
export function curriculumJsonSchema(): Record<string, unknown> {
  return toJsonSchema(CurriculumSchema);
}
