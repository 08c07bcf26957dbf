import { z } from 'zod';
import { AcceleratorUsageError, STANDARD_COMPETENCIES, type Athlete, type Participation, type Result, type VentureStage } from '../core/index.js';
import { createCriteriaRegistry, registerCriterion, type CandidatePool, type CriteriaRegistry, type CriterionScore } from './criteria.js';
import type { EligibilityError } from './errors.js';
import { regionOf } from './regionOf.js';

const NO_ARGS = z.strictObject({});

const STAGE_VALUE: Readonly<Record<VentureStage, number>> = { idea: 0.2, plan: 0.4, 'pre-revenue': 0.6, revenue: 0.8, exporting: 1 };

function meanLevel(athlete: Athlete, competencies: readonly string[]): number | undefined {
  const skills = athlete.skills;
  if (skills === undefined) return undefined;
  let sum = 0;
  for (const competency of competencies) sum += Object.hasOwn(skills, competency) ? (skills[competency] ?? 0) : 0;
  return competencies.length === 0 ? 0 : sum / (4 * competencies.length);
}

const percent = (value: number): string => `${Math.round(value * 100)}%`;

function participationValue(participation: Participation): number {
  const games = participation.event === 'olympic-games' || participation.event === 'paralympic-games';
  const medal = participation.medal !== undefined;
  if (games) return medal ? 1 : 0.8;
  if (participation.event === 'world-championships') return medal ? 0.8 : 0.6;
  if (participation.event === 'youth-olympic-games') return 0.4;
  if (participation.event === 'continental-championships') return medal ? 0.4 : 0.3;
  return 0.1;
}

function rarity(count: number, pool: ReadonlyMap<string, number>): number {
  let largest = 0;
  for (const value of pool.values()) largest = Math.max(largest, value);
  return largest === 0 ? 0 : 1 - count / largest;
}

function countIn(pool: CandidatePool, kind: 'byRegion' | 'bySport', key: string): number {
  return pool[kind].get(key) ?? 0;
}

const ventureStage = {
  args: NO_ARGS,
  description: 'How far the venture has come: idea 0.2, plan 0.4, pre-revenue 0.6, revenue 0.8, exporting 1.',
  score: (athlete: Athlete): CriterionScore =>
    athlete.venture === undefined
      ? { value: 0, reason: 'no venture stated', missing: ['athlete.venture'] }
      : { value: STAGE_VALUE[athlete.venture.stage], reason: `venture at the ${athlete.venture.stage} stage` },
};

const EXPORT_COMPETENCIES: readonly string[] = [...STANDARD_COMPETENCIES['b2b-export'], ...STANDARD_COMPETENCIES.logistics];
const EVERY_COMPETENCY: readonly string[] = Object.values(STANDARD_COMPETENCIES).flat();

const exportReadiness = {
  args: NO_ARGS,
  description: 'Self-assessed B2B export and logistics skills, plus 0.2 for a venture that already exports.',
  score: (athlete: Athlete): CriterionScore => {
    const level = meanLevel(athlete, EXPORT_COMPETENCIES);
    if (level === undefined) return { value: 0, reason: 'no skills self-assessment', missing: ['athlete.skills'] };
    const exporting = (athlete.venture?.exportMarkets?.length ?? 0) > 0;
    const value = Math.min(1, level + (exporting ? 0.2 : 0));
    return { value, reason: `export and logistics skills at ${percent(level)}${exporting ? ', already exporting' : ''}` };
  },
};

const transferableSkills = {
  args: NO_ARGS,
  description: 'The mean self-assessed level over every standard competency.',
  score: (athlete: Athlete): CriterionScore => {
    const level = meanLevel(athlete, EVERY_COMPETENCY);
    return level === undefined
      ? { value: 0, reason: 'no skills self-assessment', missing: ['athlete.skills'] }
      : { value: level, reason: `business skills at ${percent(level)} of expert level` };
  },
};

const motivation = {
  args: NO_ARGS,
  description: "The reviewers' motivation score: 1 gives 0, 5 gives 1.",
  score: (athlete: Athlete): CriterionScore =>
    athlete.motivation === undefined
      ? { value: 0, reason: 'no motivation score yet', missing: ['athlete.motivation'] }
      : { value: (athlete.motivation - 1) / 4, reason: `motivation scored ${athlete.motivation} of 5` },
};

const eliteRecord = {
  args: NO_ARGS,
  description: 'The best competition record: Games medal 1, Games 0.8, world medal 0.8, worlds 0.6, youth Games 0.4, continental 0.3.',
  score: (athlete: Athlete): CriterionScore => {
    const participations = athlete.participations;
    if (participations === undefined) return { value: 0, reason: 'no competition record', missing: ['athlete.participations'] };
    let best: Participation | undefined;
    for (const participation of participations) {
      if (best === undefined || participationValue(participation) > participationValue(best)) best = participation;
    }
    if (best === undefined) return { value: 0, reason: 'no competitions listed' };
    return { value: participationValue(best), reason: `best: ${best.event} ${best.year}${best.medal === undefined ? '' : ` (${best.medal})`}` };
  },
};

const regionDiversity = {
  args: NO_ARGS,
  description: 'How rare the athlete\'s region is in the pool: 0 for the largest region, towards 1 for the rarest.',
  score: (athlete: Athlete, _args: unknown, context: { readonly pool: CandidatePool }): CriterionScore => {
    const region = regionOf(athlete.country) ?? 'other';
    const count = countIn(context.pool, 'byRegion', region);
    return { value: rarity(count, context.pool.byRegion), reason: `${region}: ${count} of ${context.pool.size} candidates` };
  },
};

const sportDiversity = {
  args: NO_ARGS,
  description: 'How rare the athlete\'s sport is in the pool: 0 for the most common sport, towards 1 for the rarest.',
  score: (athlete: Athlete, _args: unknown, context: { readonly pool: CandidatePool }): CriterionScore => {
    const count = countIn(context.pool, 'bySport', athlete.sport);
    return { value: rarity(count, context.pool.bySport), reason: `${athlete.sport}: ${count} of ${context.pool.size} candidates` };
  },
};

function unwrap(result: Result<CriteriaRegistry, EligibilityError>): CriteriaRegistry {
  if (!result.ok) throw new AcceleratorUsageError(result.error);
  return result.value;
}

let builtIns: CriteriaRegistry | undefined;

/**
 * The built-in scoring criteria, registered through the public `registerCriterion` exactly as a
 * partner registers theirs: `ventureStage`, `exportReadiness`, `transferableSkills`, `motivation`,
 * `eliteRecord`, `regionDiversity` and `sportDiversity`.
 *
 * @category Selection
 * @example
 * builtInCriteria().criteria.get('motivation')?.description //=> "The reviewers' motivation score: 1 gives 0, 5 gives 1."
 */
export function builtInCriteria(): CriteriaRegistry {
  builtIns ??= (
    [
      ['ventureStage', ventureStage],
      ['exportReadiness', exportReadiness],
      ['transferableSkills', transferableSkills],
      ['motivation', motivation],
      ['eliteRecord', eliteRecord],
      ['regionDiversity', regionDiversity],
      ['sportDiversity', sportDiversity],
    ] as const
  ).reduce((registry, [name, definition]) => unwrap(registerCriterion(registry, name, definition)), createCriteriaRegistry());
  return builtIns;
}
