import { z } from 'zod';
import { BlackoutSchema, CompetencyIdSchema, CompetencyLevelSchema, IdSchema, KeySchema, LanguageCodeSchema, toJsonSchema } from '../core/index.js';
import { CompetencyOutcomeSchema, ModuleFormatSchema } from './curriculumModule.js';
import { HoursSchema, SessionSchema } from './session.js';

/**
 * The zod schema of the part of an athlete that planning and scheduling read: the id, the skills
 * self-assessment, goals, languages, weekly availability and blackout dates. Every `Athlete` of
 * `athlete-accelerator/core` fits (other fields are ignored), and so does a bare `{ id }`.
 *
 * @category Learning paths
 * @example
 * LearnerSchema.parse({ id: 'athlete-0001', skills: { incoterms: 2 }, goals: ['incoterms'] }).goals //=> ['incoterms']
 */
export const LearnerSchema = z.object({
  id: IdSchema,
  skills: z.record(CompetencyIdSchema, CompetencyLevelSchema).optional(),
  goals: z.array(CompetencyIdSchema).max(50).optional(),
  languages: z.array(LanguageCodeSchema).max(20).optional(),
  availabilityHoursPerWeek: z.number().min(0).max(100).optional(),
  blackouts: z.array(BlackoutSchema).max(100).optional(),
});
/**
 * The part of an athlete that planning reads, checked by {@link LearnerSchema}.
 *
 * @category Learning paths
 * @example
 * const learner: Learner = { id: 'athlete-0002', goals: ['finance-basics'] };
 * learner.goals //=> ['finance-basics']
 */
export type Learner = z.output<typeof LearnerSchema>;
/**
 * A learner as plain JSON before validation; any `Athlete` fits.
 *
 * @category Learning paths
 * @example
 * const learner: LearnerInput = { id: 'athlete-0002', skills: { 'finance-basics': 0 } };
 * learner.id //=> 'athlete-0002'
 */
export type LearnerInput = z.input<typeof LearnerSchema>;

/**
 * The zod schema of why a module is in a path: it `closes-gap` in a competency (raising the athlete
 * `from` their level `to` the level it teaches, or to the target if lower), or it is a
 * `prerequisite-of` another module of the path.
 *
 * @category Learning paths
 * @example
 * PathReasonSchema.parse({ kind: 'prerequisite-of', moduleId: 'b2b-pricing-and-quotations' }).kind //=> 'prerequisite-of'
 */
export const PathReasonSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('closes-gap'), competency: CompetencyIdSchema, from: CompetencyLevelSchema, to: CompetencyLevelSchema }),
  z.strictObject({ kind: z.literal('prerequisite-of'), moduleId: IdSchema }),
]);
/**
 * Why a module is in a path, checked by {@link PathReasonSchema}.
 *
 * @category Learning paths
 * @example
 * const reason: PathReason = { kind: 'closes-gap', competency: 'incoterms', from: 0, to: 3 };
 * reason.kind //=> 'closes-gap'
 */
export type PathReason = z.output<typeof PathReasonSchema>;

/**
 * The zod schema of a module in a learning path, with what scheduling needs (effort, the prerequisites
 * that are also in the path, live sessions) and why it is there. `title`, `track` and `format` are
 * informative; a hand-written path may leave them out.
 *
 * @category Learning paths
 * @example
 * PathModuleSchema.parse({ moduleId: 'b2b-incoterms', effortHours: 5 }).prerequisites //=> []
 */
export const PathModuleSchema = z.strictObject({
  moduleId: IdSchema,
  title: z.string().max(200).optional(),
  track: KeySchema.optional(),
  format: ModuleFormatSchema.optional(),
  effortHours: HoursSchema,
  prerequisites: z.array(IdSchema).max(200).default([]).describe('Prerequisites that are also in the path, each listed earlier.'),
  sessions: z.array(SessionSchema).max(100).default([]),
  reasons: z.array(PathReasonSchema).max(1000).default([]),
});
/**
 * A module of a learning path, checked by {@link PathModuleSchema}.
 *
 * @category Learning paths
 * @example
 * const entry: PathModule = { moduleId: 'b2b-incoterms', effortHours: 5, prerequisites: [], sessions: [], reasons: [] };
 * entry.effortHours //=> 5
 */
export type PathModule = z.output<typeof PathModuleSchema>;

/**
 * The zod schema of a module left out of a path because the athlete's self-assessment already covers
 * every competency it teaches at its level (recognition of prior learning).
 *
 * @category Learning paths
 * @example
 * CreditedModuleSchema.parse({ moduleId: 'ops-finance-basics', competencies: [{ competency: 'finance-basics', level: 2 }] }).moduleId
 * //=> 'ops-finance-basics'
 */
export const CreditedModuleSchema = z.strictObject({
  moduleId: IdSchema,
  competencies: z.array(CompetencyOutcomeSchema),
});
/**
 * A module left out as prior learning, checked by {@link CreditedModuleSchema}.
 *
 * @category Learning paths
 * @example
 * const credited: CreditedModule = { moduleId: 'ops-finance-basics', competencies: [{ competency: 'finance-basics', level: 2 }] };
 * credited.moduleId //=> 'ops-finance-basics'
 */
export type CreditedModule = z.output<typeof CreditedModuleSchema>;

/**
 * The zod schema of one gap: a competency whose target is above the athlete's current level, the level
 * the path reaches, and whether that `closed` the gap, closed it in part, or left it `open`.
 *
 * @category Learning paths
 * @example
 * GapSchema.parse({ competency: 'incoterms', current: 0, target: 3, goal: true, reached: 3, status: 'closed' }).status //=> 'closed'
 */
export const GapSchema = z.strictObject({
  competency: CompetencyIdSchema,
  current: CompetencyLevelSchema,
  target: CompetencyLevelSchema,
  goal: z.boolean().describe('One of the athlete\'s goals.'),
  reached: CompetencyLevelSchema,
  status: z.enum(['closed', 'partly-closed', 'open']),
});
/**
 * A competency whose target is above the athlete's level, checked by {@link GapSchema}.
 *
 * @category Learning paths
 * @example
 * const gap: Gap = { competency: 'brand', current: 1, target: 3, goal: true, reached: 2, status: 'partly-closed' };
 * gap.status //=> 'partly-closed'
 */
export type Gap = z.output<typeof GapSchema>;

/**
 * The zod schema of a gap the path leaves (fully or partly) open, with the reason and, for
 * `over-budget`, the hours the modules would need and the hours that were left.
 *
 * @category Learning paths
 * @example
 * ShortfallSchema.shape.reason.options //=> ['not-taught', 'level-not-taught', 'over-budget', 'language', 'delivery-mode']
 */
export const ShortfallSchema = z.strictObject({
  competency: CompetencyIdSchema,
  current: CompetencyLevelSchema,
  target: CompetencyLevelSchema,
  reached: CompetencyLevelSchema,
  reason: z.enum(['not-taught', 'level-not-taught', 'over-budget', 'language', 'delivery-mode']),
  message: z.string(),
  moduleId: IdSchema.optional().describe('The module that could not be added.'),
  hoursNeeded: z.number().min(0).optional(),
  hoursLeft: z.number().min(0).optional(),
});
/**
 * A gap left open, with the reason, checked by {@link ShortfallSchema}.
 *
 * @category Learning paths
 * @example
 * const left: Shortfall = { competency: 'brand', current: 0, target: 4, reached: 3, reason: 'level-not-taught', message: '…' };
 * left.reason //=> 'level-not-taught'
 */
export type Shortfall = z.output<typeof ShortfallSchema>;

/**
 * The zod schema of a learning path: an athlete's modules in a valid order (every prerequisite in the
 * path comes earlier, prerequisites left out are `credited`), the gaps they close, what could not fit,
 * and the athlete's weekly availability and blackouts, carried along so that a path alone is enough to
 * schedule it.
 *
 * @category Learning paths
 * @example
 * LearningPathSchema.parse({ athleteId: 'athlete-0001', modules: [{ moduleId: 'b2b-incoterms', effortHours: 5 }] }).modules.length //=> 1
 */
export const LearningPathSchema = z.strictObject({
  athleteId: IdSchema,
  hoursBudget: z.number().min(0).optional(),
  totalHours: z.number().min(0).optional(),
  availabilityHoursPerWeek: z.number().min(0).max(100).optional(),
  blackouts: z.array(BlackoutSchema).max(100).default([]),
  modules: z.array(PathModuleSchema).max(100_000),
  credited: z.array(CreditedModuleSchema).default([]),
  gaps: z.array(GapSchema).default([]),
  shortfalls: z.array(ShortfallSchema).default([]),
});
/**
 * A learning path, as `planLearningPath` returns it.
 *
 * @category Learning paths
 * @example
 * const path = planLearningPath({ id: 'a', goals: ['brand'] }, defaultCurriculum, { baselineLevel: 0 });
 * path.ok && path.value.modules.map((m) => m.moduleId) //=> ['ops-brand-foundations', 'ops-brand-strategy-workshop']
 */
export type LearningPath = z.output<typeof LearningPathSchema>;
/**
 * A learning path as plain JSON (lists may be left out), as `scheduleCohort` accepts it.
 *
 * @category Learning paths
 * @example
 * const path: LearningPathInput = { athleteId: 'a', modules: [{ moduleId: 'b2b-incoterms', effortHours: 5 }] };
 * path.modules.length //=> 1
 */
export type LearningPathInput = z.input<typeof LearningPathSchema>;

/**
 * The JSON Schema of a learning path, for partners who store or edit paths outside TypeScript.
 *
 * @category Learning paths
 * @example
 * learningPathJsonSchema().required //=> ['athleteId', 'modules']
 */
export function learningPathJsonSchema(): Record<string, unknown> {
  return toJsonSchema(LearningPathSchema);
}
