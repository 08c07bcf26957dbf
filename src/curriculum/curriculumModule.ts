import { z } from 'zod';
import { CompetencyIdSchema, IdSchema, KeySchema, LanguageCodeSchema } from '../core/index.js';
import { HoursSchema, SessionSchema } from './session.js';

/**
 * How a module is taught: a `live-workshop` (a group sitting with a trainer), `self-paced` online study,
 * a `mentoring-session` (one-to-one or small group with a mentor) or a `field-visit` (a warehouse, a port,
 * a supplier's factory).
 *
 * @category Curriculum
 * @example
 * ModuleFormatSchema.options //=> ['live-workshop', 'self-paced', 'mentoring-session', 'field-visit']
 */
export const ModuleFormatSchema = z.enum(['live-workshop', 'self-paced', 'mentoring-session', 'field-visit']);
/**
 * How a module is taught, one of {@link ModuleFormatSchema}'s options.
 *
 * @category Curriculum
 * @example
 * const format: ModuleFormat = 'field-visit';
 * format //=> 'field-visit'
 */
export type ModuleFormat = z.infer<typeof ModuleFormatSchema>;

/**
 * Where a module is delivered: `online`, `in-person` or `blended` (both).
 *
 * @category Curriculum
 * @example
 * DeliveryModeSchema.options //=> ['online', 'in-person', 'blended']
 */
export const DeliveryModeSchema = z.enum(['online', 'in-person', 'blended']);
/**
 * Where a module is delivered, one of {@link DeliveryModeSchema}'s options.
 *
 * @category Curriculum
 * @example
 * const mode: DeliveryMode = 'blended';
 * mode //=> 'blended'
 */
export type DeliveryMode = z.infer<typeof DeliveryModeSchema>;

/**
 * The zod schema of a module's delivery constraints: its mode and the languages it is taught in (an
 * athlete must speak one of them).
 *
 * @category Curriculum
 * @example
 * DeliverySchema.parse({ mode: 'online', languages: ['en', 'es'] }).languages //=> ['en', 'es']
 */
export const DeliverySchema = z.strictObject({
  mode: DeliveryModeSchema,
  languages: z.array(LanguageCodeSchema).min(1).max(50),
});
/**
 * A module's delivery constraints, checked by {@link DeliverySchema}.
 *
 * @category Curriculum
 * @example
 * const delivery: Delivery = { mode: 'online', languages: ['en', 'es'] };
 * delivery.languages.includes('es') //=> true
 */
export type Delivery = z.output<typeof DeliverySchema>;

/**
 * The zod schema of a learning outcome: a competency and the level (1 aware, 2 practising, 3 proficient,
 * 4 expert) an athlete reaches in it by completing the module.
 *
 * @category Curriculum
 * @example
 * CompetencyOutcomeSchema.parse({ competency: 'incoterms', level: 2 }).level //=> 2
 */
export const CompetencyOutcomeSchema = z.strictObject({
  competency: CompetencyIdSchema,
  level: z.number().int().min(1).max(4).describe('1 aware, 2 practising, 3 proficient, 4 expert.'),
});
/**
 * A competency and the level a module teaches it to, checked by {@link CompetencyOutcomeSchema}.
 *
 * @category Curriculum
 * @example
 * const outcome: CompetencyOutcome = { competency: 'freight', level: 3 };
 * outcome.level //=> 3
 */
export type CompetencyOutcome = z.output<typeof CompetencyOutcomeSchema>;

/**
 * The zod schema of a module's assessment: the score (0–100) an athlete needs for the module to count as
 * achieved. A module without an assessment is achieved on completion.
 *
 * @category Curriculum
 * @example
 * AssessmentSchema.parse({ passingScore: 70 }).passingScore //=> 70
 */
export const AssessmentSchema = z.strictObject({
  passingScore: z.number().min(0).max(100),
});
/**
 * A module's pass mark, checked by {@link AssessmentSchema}.
 *
 * @category Curriculum
 * @example
 * const quiz: Assessment = { passingScore: 70 };
 * quiz.passingScore //=> 70
 */
export type Assessment = z.output<typeof AssessmentSchema>;

/**
 * The zod schema of a module: the unit an athlete enrols in. It belongs to one track, takes `effortHours`
 * in total (sessions included), teaches competencies up to a level, requires other modules first
 * (`prerequisites`, by id, in any track) and may have live `sessions`. `prerequisites` and `sessions`
 * default to empty lists.
 *
 * @category Curriculum
 * @example
 * CurriculumModuleSchema.parse({
 *   id: 'b2b-incoterms', title: 'Incoterms 2020', summary: 'Who pays, who insures, where risk passes.',
 *   track: 'b2b-export', format: 'self-paced', effortHours: 5,
 *   competencies: [{ competency: 'incoterms', level: 2 }],
 *   delivery: { mode: 'online', languages: ['en'] },
 * }).prerequisites //=> []
 */
export const CurriculumModuleSchema = z.strictObject({
  id: IdSchema,
  title: z.string().min(1).max(200),
  summary: z.string().max(2000),
  track: KeySchema,
  format: ModuleFormatSchema,
  effortHours: HoursSchema,
  competencies: z.array(CompetencyOutcomeSchema).min(1).max(50),
  prerequisites: z.array(IdSchema).max(200).default([]),
  delivery: DeliverySchema,
  sessions: z.array(SessionSchema).max(100).default([]),
  assessment: AssessmentSchema.optional(),
});

/**
 * A module as the library holds it after validation.
 *
 * @category Curriculum
 * @example
 * const module: CurriculumModule | undefined = defaultCurriculum.modules.find((m) => m.id === 'b2b-incoterms');
 * module?.effortHours //=> 5
 */
export type CurriculumModule = z.output<typeof CurriculumModuleSchema>;
/**
 * A module as plain JSON before validation (`prerequisites` and `sessions` may be left out).
 *
 * @category Curriculum
 * @example
 * const module: CurriculumModuleInput = { id: 'x', title: 'X', summary: '', track: 'logistics', format: 'self-paced', effortHours: 2, competencies: [{ competency: 'freight', level: 1 }], delivery: { mode: 'online', languages: ['en'] } };
 * module.prerequisites //=> undefined
 */
export type CurriculumModuleInput = z.input<typeof CurriculumModuleSchema>;
