import { z } from 'zod';
import { CompetencyIdSchema, CompetencyLevelSchema, err, ok, parseWith } from '../core/index.js';
import type { Result } from '../core/index.js';
import { compileCurriculum } from './compileCurriculum.js';
import type { CompiledCurriculum } from './compileCurriculum.js';
import type { CurriculumInput } from './curriculum.js';
import { DeliveryModeSchema } from './curriculumModule.js';
import type { CurriculumModule, DeliveryMode } from './curriculumModule.js';
import { curriculumError, curriculumMessages, fromCoreIssues, underArgument } from './errors.js';
import type { CurriculumError, CurriculumIssue, ShortfallReason } from './errors.js';
import { LearnerSchema } from './learningPath.js';
import type { CreditedModule, Gap, LearnerInput, LearningPath, PathModule, PathReason, Shortfall } from './learningPath.js';

/**
 * Options of {@link planLearningPath}. Every field is optional; the defaults make a path that takes an
 * athlete to "proficient" in their goals and to "aware" in everything else the curriculum teaches,
 * within 120 hours.
 *
 * @category Learning paths
 * @example
 * const options: PlanLearningPathOptions = { hoursBudget: 60, baselineLevel: 0 };
 * options.hoursBudget //=> 60
 */
export interface PlanLearningPathOptions {
  /**
   * The most hours the path may take (default `120`: 24 cohort weeks at the 4th edition's minimum of
   * 5 hours a week). Counted in quarter hours.
   */
  readonly hoursBudget?: number;
  /** The level each of the athlete's goals should reach (default `3`, proficient). */
  readonly goalLevel?: number;
  /**
   * The level every other competency the curriculum teaches should reach (default `1`, aware: the
   * programme gives everyone the basics of each track). `0` plans for the goals only.
   */
  readonly baselineLevel?: number;
  /**
   * Target levels for named competencies, overriding `goalLevel` and `baselineLevel` (a partner's
   * programme may require `{ incoterms: 3 }` of everyone).
   */
  readonly targets?: Readonly<Record<string, number>>;
  /** The delivery modes the athlete can attend (default all: `online`, `in-person`, `blended`). */
  readonly deliveryModes?: readonly DeliveryMode[];
  /**
   * Leave out modules not taught in a language the athlete speaks (default `true`; without
   * `athlete.languages` nothing is left out).
   */
  readonly checkLanguages?: boolean;
  /**
   * Credit prior learning (default `true`): a module whose every competency the athlete's
   * self-assessment already has at or above its level is not added, not even as a prerequisite, and is
   * listed in `credited` instead.
   */
  readonly creditPriorLearning?: boolean;
}

const OptionsSchema = z.strictObject({
  hoursBudget: z.number().min(0).max(10_000).optional(),
  goalLevel: CompetencyLevelSchema.optional(),
  baselineLevel: CompetencyLevelSchema.optional(),
  targets: z.record(CompetencyIdSchema, CompetencyLevelSchema).optional(),
  deliveryModes: z.array(DeliveryModeSchema).max(3).optional(),
  checkLanguages: z.boolean().optional(),
  creditPriorLearning: z.boolean().optional(),
});

/**
 * Plans an athlete's learning path: from their skills self-assessment and goals, the modules that close
 * the gaps, with every prerequisite pulled in, in a valid order, within an hours budget.
 *
 * **Targets.** Each goal should reach `goalLevel` (default 3), every other competency the curriculum
 * teaches `baselineLevel` (default 1); `targets` overrides both. A competency the self-assessment does
 * not mention, and every competency of an athlete with no self-assessment at all, counts as level 0,
 * so such an athlete starts from the introductory modules.
 *
 * **Gaps, in order of priority:** the athlete's goals in the order they listed them, then the
 * competencies named in `targets` (alphabetically), then the rest in the order the catalogue first
 * teaches them. For each gap still open, the planner picks the module that teaches the lowest level at
 * or above the target (ties: catalogue order), adds its prerequisites that are not already in the path
 * or credited, depth first in the order each module lists them, and takes the lot if it fits the hours
 * left. If it does not fit, or cannot be attended (language, delivery mode), the next module is tried —
 * a higher level, then modules that reach a lower level (closing the gap in part). What stays open is
 * reported in `shortfalls` with the reason.
 *
 * **Order.** Modules appear in the order they were added, each after its prerequisites: a topological
 * order of the prerequisite graph that puts the athlete's first goal first. Each module says why it is
 * there (`reasons`: the gap it closes, or the modules that need it).
 *
 * Validates every argument (paths start with `athlete`, `curriculum` or `options`); never modifies them.
 *
 * @category Learning paths
 * @example
 * const path = planLearningPath(
 *   { id: 'athlete-0001', skills: { 'finance-basics': 2 }, goals: ['pricing-and-quotations'] },
 *   defaultCurriculum,
 *   { baselineLevel: 0 },
 * );
 * path.ok && path.value.modules.map((module) => module.moduleId)
 * //=> ['b2b-incoterms', 'b2b-pricing-and-quotations', 'log-shipping-modes', 'log-freight', 'b2b-quotation-workshop']
 * path.ok && path.value.credited.map((module) => module.moduleId) //=> ['ops-finance-basics']
 * path.ok && path.value.modules[0]?.reasons //=> [{ kind: 'prerequisite-of', moduleId: 'b2b-pricing-and-quotations' }, { kind: 'prerequisite-of', moduleId: 'log-freight' }]
 */
export function planLearningPath(
  athlete: LearnerInput,
  curriculum: CurriculumInput,
  options: PlanLearningPathOptions = {},
): Result<LearningPath, CurriculumError> {
  const compiled = compileCurriculum(curriculum);
  if (!compiled.ok) return err(underArgument(compiled.error, 'curriculum'));
  const issues: CurriculumIssue[] = [];
  const learner = parseWith(LearnerSchema, athlete, 'athlete');
  if (!learner.ok) issues.push(...fromCoreIssues(learner.error.issues, ['athlete']));
  const parsedOptions = parseWith(OptionsSchema, options, 'options');
  if (!parsedOptions.ok) issues.push(...fromCoreIssues(parsedOptions.error.issues, ['options']));
  const [first, ...rest] = issues;
  if (first !== undefined) return err(curriculumError([first, ...rest]));
  if (!learner.ok || !parsedOptions.ok) return err(curriculumError([{ code: 'invalid-input', path: [], message: 'Invalid input.' }]));

  const settings = parsedOptions.value;
  const person = learner.value;
  const planner = new Planner(compiled.value, {
    skills: person.skills ?? {},
    languages: settings.checkLanguages === false || person.languages === undefined ? undefined : new Set(person.languages),
    modes: new Set(settings.deliveryModes ?? DeliveryModeSchema.options),
    budget: Math.floor((settings.hoursBudget ?? 120) * 4 + 1e-9),
    credit: settings.creditPriorLearning ?? true,
  });
  for (const target of targetsOf(compiled.value, person.goals ?? [], settings)) planner.closeGap(target);

  return ok({
    athleteId: person.id,
    hoursBudget: settings.hoursBudget ?? 120,
    totalHours: planner.used / 4,
    ...(person.availabilityHoursPerWeek === undefined ? {} : { availabilityHoursPerWeek: person.availabilityHoursPerWeek }),
    blackouts: (person.blackouts ?? []).map((blackout) => ({ ...blackout })),
    modules: planner.pathModules(),
    credited: planner.credited(),
    ...planner.finish(),
  });
}

interface Target {
  readonly competency: string;
  readonly target: number;
  readonly goal: boolean;
}

function targetsOf(compiled: CompiledCurriculum, goals: readonly string[], settings: z.output<typeof OptionsSchema>): Target[] {
  const explicit = settings.targets ?? {};
  const levelFor = (competency: string, fallback: number): number => (Object.hasOwn(explicit, competency) ? (explicit[competency] ?? fallback) : fallback);
  const seen = new Set<string>();
  const targets: Target[] = [];
  const add = (competency: string, target: number, goal: boolean): void => {
    if (seen.has(competency)) return;
    seen.add(competency);
    targets.push({ competency, target, goal });
  };
  for (const goal of goals) add(goal, levelFor(goal, settings.goalLevel ?? 3), true);
  for (const competency of Object.keys(explicit).sort()) add(competency, levelFor(competency, 0), false);
  for (const competency of compiled.competencies) add(competency, settings.baselineLevel ?? 1, false);
  return targets;
}

interface PlannerSettings {
  readonly skills: Readonly<Record<string, number>>;
  readonly languages: ReadonlySet<string> | undefined;
  readonly modes: ReadonlySet<string>;
  readonly budget: number;
  readonly credit: boolean;
}

type Blocked = { readonly reason: 'language' | 'delivery-mode'; readonly module: number };

/** The state of one plan: modules taken so far, levels they reach, hours used. */
class Planner {
  used = 0;
  readonly gaps: Gap[] = [];
  readonly shortfalls: Shortfall[] = [];
  private readonly order: number[] = [];
  private readonly inPath: Uint8Array;
  /** 0 not yet known, 1 credited, 2 not credited. */
  private readonly creditState: Uint8Array;
  private readonly stamp: Int32Array;
  private generation = 0;
  private readonly reached = new Map<string, { level: number; module: number }>();
  private readonly gapReasons = new Map<number, PathReason[]>();

  constructor(
    private readonly compiled: CompiledCurriculum,
    private readonly settings: PlannerSettings,
  ) {
    const size = compiled.modules.length;
    this.inPath = new Uint8Array(size);
    this.creditState = new Uint8Array(size);
    this.stamp = new Int32Array(size);
  }

  current(competency: string): number {
    return Object.hasOwn(this.settings.skills, competency) ? (this.settings.skills[competency] ?? 0) : 0;
  }

  closeGap({ competency, target, goal }: Target): void {
    const current = this.current(competency);
    if (target <= current) return;
    const before = Math.max(current, this.reached.get(competency)?.level ?? 0);
    if (before < target) this.addBestModule(competency, current, before, target);
    const provider = this.reached.get(competency);
    const reached = Math.max(current, provider?.level ?? 0);
    if (provider !== undefined && reached > current && !this.hasGapReason(provider.module, competency)) {
      this.addGapReason(provider.module, { kind: 'closes-gap', competency, from: current, to: Math.min(reached, target) });
    }
    const status = reached >= target ? 'closed' : reached > current ? 'partly-closed' : 'open';
    this.gaps.push({ competency, current, target, goal, reached, status });
  }

  /**
   * Brings every gap and shortfall up to date with the final path: a module added for a later gap may
   * also raise an earlier competency (and so close a shortfall).
   */
  finish(): { gaps: Gap[]; shortfalls: Shortfall[] } {
    const reachedOf = (competency: string, current: number): number => Math.max(current, this.reached.get(competency)?.level ?? 0);
    const gaps = this.gaps.map((gap): Gap => {
      const reached = reachedOf(gap.competency, gap.current);
      const status = reached >= gap.target ? 'closed' : reached > gap.current ? 'partly-closed' : 'open';
      return { ...gap, reached, status };
    });
    const shortfalls = this.shortfalls
      .map((shortfall): Shortfall => ({ ...shortfall, reached: reachedOf(shortfall.competency, shortfall.current) }))
      .filter((shortfall) => shortfall.reached < shortfall.target);
    return { gaps, shortfalls };
  }

  private addBestModule(competency: string, current: number, before: number, target: number): void {
    const teachers = this.compiled.teachers.get(competency) ?? [];
    if (teachers.length === 0) {
      this.shortfall(competency, current, target, before, 'not-taught', curriculumMessages.shortfall.notTaught(competency));
      return;
    }
    const reaching = teachers.filter((teacher) => teacher.level >= target);
    const partial = teachers.filter((teacher) => teacher.level > before && teacher.level < target).sort((a, b) => b.level - a.level || a.module - b.module);
    let failure: Omit<Shortfall, 'competency' | 'current' | 'target' | 'reached'> | undefined;
    for (const { module: candidate } of [...reaching, ...partial]) {
      // Once a failure is on record (only the first is reported), a closure that outgrows the hours
      // left is abandoned early: on a large catalogue it may hold thousands of modules.
      const closure = this.collect(candidate, failure === undefined ? Infinity : this.settings.budget - this.used);
      if (closure === 'over-budget') continue;
      if ('reason' in closure) {
        failure ??= this.blockedFailure(competency, closure);
        continue;
      }
      let needed = 0;
      for (const module of closure) needed += this.quarters(module);
      if (this.used + needed > this.settings.budget) {
        const left = this.settings.budget - this.used;
        const id = this.moduleAt(candidate).id;
        failure ??= {
          reason: 'over-budget',
          message: curriculumMessages.shortfall.overBudget(competency, id, needed / 4, left / 4),
          moduleId: id,
          hoursNeeded: needed / 4,
          hoursLeft: left / 4,
        };
        continue;
      }
      for (const module of closure) this.take(module);
      this.addGapReason(candidate, { kind: 'closes-gap', competency, from: current, to: Math.min(this.levelTaught(candidate, competency), target) });
      break;
    }
    const reached = Math.max(current, this.reached.get(competency)?.level ?? 0);
    if (reached >= target) return;
    if (failure !== undefined) {
      this.shortfall(competency, current, target, reached, failure.reason, failure.message, failure);
    } else {
      const highest = teachers[teachers.length - 1]?.level ?? 0;
      this.shortfall(competency, current, target, reached, 'level-not-taught', curriculumMessages.shortfall.levelNotTaught(competency, highest, target));
    }
  }

  private blockedFailure(competency: string, blocked: Blocked): Omit<Shortfall, 'competency' | 'current' | 'target' | 'reached'> {
    const module = this.moduleAt(blocked.module);
    const message =
      blocked.reason === 'language'
        ? curriculumMessages.shortfall.language(competency, module.id)
        : curriculumMessages.shortfall.deliveryMode(competency, module.id, module.delivery.mode);
    return { reason: blocked.reason, message, moduleId: module.id };
  }

  private shortfall(
    competency: string,
    current: number,
    target: number,
    reached: number,
    reason: ShortfallReason,
    message: string,
    extra: Partial<Pick<Shortfall, 'moduleId' | 'hoursNeeded' | 'hoursLeft'>> = {},
  ): void {
    const entry: Shortfall = { competency, current, target, reached, reason, message };
    if (extra.moduleId !== undefined) entry.moduleId = extra.moduleId;
    if (extra.hoursNeeded !== undefined) entry.hoursNeeded = extra.hoursNeeded;
    if (extra.hoursLeft !== undefined) entry.hoursLeft = extra.hoursLeft;
    this.shortfalls.push(entry);
  }

  /**
   * The modules that taking `root` would add, prerequisites first (iterative depth-first post-order,
   * each module's prerequisites in the order it lists them), skipping modules already in the path or
   * credited; or why `root` cannot be attended; or `'over-budget'` as soon as the modules found take more
   * than `limit` quarter hours.
   */
  private collect(root: number, limit: number): number[] | Blocked | 'over-budget' {
    const { offsets, targets } = this.compiled.graph;
    const generation = ++this.generation;
    const result: number[] = [];
    const nodes: number[] = [root];
    const edges: number[] = [offsets[root] as number];
    this.stamp[root] = generation;
    const blocked = this.blocked(root);
    if (blocked !== undefined) return blocked;
    let quarters = this.quarters(root);
    if (quarters > limit) return 'over-budget';
    while (nodes.length > 0) {
      const top = nodes.length - 1;
      const node = nodes[top] as number;
      const edge = edges[top] as number;
      if (edge < (offsets[node + 1] as number)) {
        edges[top] = edge + 1;
        const next = targets[edge] as number;
        if (this.stamp[next] === generation || this.inPath[next] === 1 || this.isCredited(next)) continue;
        this.stamp[next] = generation;
        const reason = this.blocked(next);
        if (reason !== undefined) return reason;
        quarters += this.quarters(next);
        if (quarters > limit) return 'over-budget';
        nodes.push(next);
        edges.push(offsets[next] as number);
        continue;
      }
      nodes.pop();
      edges.pop();
      result.push(node);
    }
    return result;
  }

  private blocked(index: number): Blocked | undefined {
    const module = this.moduleAt(index);
    if (!this.settings.modes.has(module.delivery.mode)) return { reason: 'delivery-mode', module: index };
    const languages = this.settings.languages;
    if (languages !== undefined && !module.delivery.languages.some((language) => languages.has(language))) return { reason: 'language', module: index };
    return undefined;
  }

  private isCredited(index: number): boolean {
    if (!this.settings.credit) return false;
    const state = this.creditState[index];
    if (state === 1) return true;
    if (state === 2) return false;
    const module = this.moduleAt(index);
    const credited = module.competencies.every(({ competency, level }) => this.current(competency) >= level);
    this.creditState[index] = credited ? 1 : 2;
    return credited;
  }

  private take(index: number): void {
    this.inPath[index] = 1;
    this.order.push(index);
    this.used += this.quarters(index);
    for (const { competency, level } of this.moduleAt(index).competencies) {
      const known = this.reached.get(competency);
      if (known === undefined || level > known.level) this.reached.set(competency, { level, module: index });
    }
  }

  private hasGapReason(module: number, competency: string): boolean {
    return (this.gapReasons.get(module) ?? []).some((reason) => reason.kind === 'closes-gap' && reason.competency === competency);
  }

  private addGapReason(module: number, reason: PathReason): void {
    const list = this.gapReasons.get(module);
    if (list === undefined) this.gapReasons.set(module, [reason]);
    else list.push(reason);
  }

  private levelTaught(module: number, competency: string): number {
    return this.moduleAt(module).competencies.find((outcome) => outcome.competency === competency)?.level ?? 0;
  }

  private quarters(index: number): number {
    return Math.round(this.moduleAt(index).effortHours * 4);
  }

  private moduleAt(index: number): CurriculumModule {
    return this.compiled.modules[index] as CurriculumModule;
  }

  /** The prerequisites of path modules left out as prior learning, in the order the path first needs them. */
  credited(): CreditedModule[] {
    const listed = new Set<number>();
    const credited: CreditedModule[] = [];
    for (const index of this.order) {
      for (const prerequisite of this.moduleAt(index).prerequisites) {
        const at = this.compiled.indexOf.get(prerequisite);
        if (at === undefined || this.creditState[at] !== 1 || listed.has(at)) continue;
        listed.add(at);
        const module = this.moduleAt(at);
        credited.push({ moduleId: module.id, competencies: module.competencies.map((outcome) => ({ ...outcome })) });
      }
    }
    return credited;
  }

  /** The path, in the order modules were taken, each with its reasons. */
  pathModules(): PathModule[] {
    const neededBy = new Map<number, PathReason[]>();
    for (const index of this.order) {
      for (const prerequisite of this.moduleAt(index).prerequisites) {
        const at = this.compiled.indexOf.get(prerequisite);
        if (at === undefined || this.inPath[at] !== 1) continue;
        const list = neededBy.get(at);
        const reason: PathReason = { kind: 'prerequisite-of', moduleId: this.moduleAt(index).id };
        if (list === undefined) neededBy.set(at, [reason]);
        else list.push(reason);
      }
    }
    return this.order.map((index) => {
      const module = this.moduleAt(index);
      return {
        moduleId: module.id,
        title: module.title,
        track: module.track,
        format: module.format,
        effortHours: module.effortHours,
        prerequisites: module.prerequisites.filter((id) => {
          const at = this.compiled.indexOf.get(id);
          return at !== undefined && this.inPath[at] === 1;
        }),
        sessions: module.sessions.map((session) => ({ ...session })),
        reasons: [...(this.gapReasons.get(index) ?? []), ...(neededBy.get(index) ?? [])],
      };
    });
  }
}
