import { z } from 'zod';
import { utcOffsetMinutes } from '../core/index.js';
import type { Athlete, CalendarDate } from '../core/index.js';
import { createPairCriteriaRegistry, registerPairCriterion } from './pairCriteria.js';
import type { PairCriteriaRegistry, PairCriterionDefinition, PairCriterionScore } from './pairCriteria.js';

/** A skill below this level counts as a gap (3 = proficient). */
const PROFICIENT = 3;
/** The local working day, in minutes after midnight: 09:00 to 18:00. */
const DAY_START = 9 * 60;
const DAY_END = 18 * 60;
const WORKING_HOURS = (DAY_END - DAY_START) / 60;

/**
 * Sets of small integers as bitsets, `words` 32-bit words each, packed one after another: the fast
 * paths test "do these two sets meet" with one AND per word instead of a loop over names.
 */
function packSets(sets: readonly (readonly number[])[], words: number): Int32Array {
  const out = new Int32Array(sets.length * words);
  sets.forEach((ids, s) => {
    for (const id of ids) out[s * words + (id >>> 5)] = (out[s * words + (id >>> 5)] as number) | (1 << (id & 31));
  });
  return out;
}

/** Whether set `a` of `left` and set `b` of `right` (see {@link packSets}) share a member. */
function meets(left: Int32Array, a: number, right: Int32Array, b: number, words: number): boolean {
  for (let w = 0; w < words; w++) if (((left[a * words + w] as number) & (right[b * words + w] as number)) !== 0) return true;
  return false;
}

/** A numbering of names in the order they are first seen, and how many words a bitset of them needs. */
function createNumbering(): { readonly idOf: (name: string) => number; readonly words: () => number } {
  const index = new Map<string, number>();
  return {
    idOf: (name) => {
      let c = index.get(name);
      if (c === undefined) index.set(name, (c = index.size));
      return c;
    },
    words: () => Math.max(1, Math.ceil(index.size / 32)),
  };
}

/** How much the athlete needs each competency: 1 for a goal, (3 − level)/3 for a gap in the skills. */
function needsOf(athlete: Athlete): Map<string, number> {
  const needs = new Map<string, number>();
  if (athlete.skills !== undefined) {
    for (const [competency, level] of Object.entries(athlete.skills)) {
      if (level < PROFICIENT) needs.set(competency, (PROFICIENT - level) / PROFICIENT);
    }
  }
  for (const goal of athlete.goals ?? []) needs.set(goal, 1);
  return needs;
}

/** The shared formula: the need-weighted mean of the mentor's expertise (1..4, scaled to 0..1). */
function expertiseValue(needs: ReadonlyMap<string, number>, expertise: Readonly<Record<string, number>>): number {
  let weight = 0;
  let sum = 0;
  for (const [competency, need] of needs) {
    weight += need;
    const level = Object.hasOwn(expertise, competency) ? (expertise[competency] as number) : 0;
    sum += need * (level / 4);
  }
  return weight === 0 ? 0 : sum / weight;
}

const expertiseFit: PairCriterionDefinition<z.ZodObject<Record<string, never>>> = {
  args: z.strictObject({}),
  description: "The mentor's expertise in what the athlete wants to learn (goals) and lacks (skills below 3).",
  score(athlete, mentor) {
    const needs = needsOf(athlete);
    if (needs.size === 0) return { value: 0, reason: 'the athlete names no goals or skill gaps' };
    const value = expertiseValue(needs, mentor.expertise);
    const covered = [...needs.keys()].filter((c) => Object.hasOwn(mentor.expertise, c)).sort();
    return {
      value,
      reason: covered.length === 0 ? 'no expertise in the athlete’s goals or gaps' : `expertise in ${covered.join(', ')}`,
    };
  },
  prepare(athletes, mentors) {
    const index = new Map<string, number>();
    const athleteNeeds = athletes.map((athlete) => {
      const needs = needsOf(athlete);
      const ids = new Int32Array(needs.size);
      const weights = new Float64Array(needs.size);
      let k = 0;
      let total = 0;
      for (const [competency, need] of needs) {
        let c = index.get(competency);
        if (c === undefined) index.set(competency, (c = index.size));
        ids[k] = c;
        weights[k++] = need;
        total += need;
      }
      return { ids, weights, total };
    });
    // Competency-major: the levels of every mentor in one competency are contiguous, so each need adds
    // one contiguous row (the same additions in the same order as score(), so the same values).
    const m = mentors.length;
    const levels = new Float64Array(index.size * m);
    mentors.forEach((mentor, j) => {
      for (const [competency, level] of Object.entries(mentor.expertise)) {
        const c = index.get(competency);
        if (c !== undefined) levels[c * m + j] = level / 4;
      }
    });
    return (i, into) => {
      into.fill(0, 0, m);
      const needs = athleteNeeds[i];
      if (needs === undefined || needs.total === 0) return;
      const { ids, weights, total } = needs;
      for (let k = 0; k < ids.length; k++) {
        const weight = weights[k] as number;
        const base = (ids[k] as number) * m;
        for (let j = 0; j < m; j++) into[j] = (into[j] as number) + weight * (levels[base + j] as number);
      }
      for (let j = 0; j < m; j++) into[j] = (into[j] as number) / total;
    };
  },
};

function sectorValue(athlete: Athlete, sectors: ReadonlySet<string>): PairCriterionScore {
  const venture = athlete.venture?.sector;
  if (venture !== undefined && sectors.has(venture)) return { value: 1, reason: `works in the venture's sector, ${venture}` };
  const shared = (athlete.interests ?? []).filter((interest) => sectors.has(interest));
  if (shared.length > 0) return { value: 0.5, reason: `shares interests: ${[...new Set(shared)].sort().join(', ')}` };
  if (venture === undefined && (athlete.interests ?? []).length === 0) return { value: 0, reason: 'the athlete names no sector' };
  return { value: 0, reason: 'no sector in common' };
}

const sectorFit: PairCriterionDefinition<z.ZodObject<Record<string, never>>> = {
  args: z.strictObject({}),
  description: "The mentor's sectors against the athlete's venture sector (1) or interests (0.5).",
  score: (athlete, mentor) => sectorValue(athlete, new Set(mentor.sectors ?? [])),
  prepare(athletes, mentors) {
    const { idOf, words: wordsOf } = createNumbering();
    const mentorSectors = mentors.map((mentor) => (mentor.sectors ?? []).map(idOf));
    const ventures = Int32Array.from(athletes.map((athlete) => (athlete.venture?.sector === undefined ? -1 : idOf(athlete.venture.sector))));
    const interests = athletes.map((athlete) => (athlete.interests ?? []).map(idOf));
    const words = wordsOf();
    const works = packSets(mentorSectors, words);
    const wants = packSets(interests, words);
    const m = mentors.length;
    return (i, into) => {
      const venture = ventures[i] as number;
      const word = venture >>> 5;
      const bit = 1 << (venture & 31);
      for (let j = 0; j < m; j++) {
        if (venture >= 0 && ((works[j * words + word] as number) & bit) !== 0) into[j] = 1;
        else into[j] = meets(works, j, wants, i, words) ? 0.5 : 0;
      }
    };
  },
};

const sharedLanguage: PairCriterionDefinition<z.ZodObject<Record<string, never>>> = {
  args: z.strictObject({}),
  description: 'Hard: the athlete and the mentor share at least one language.',
  hard: true,
  score(athlete, mentor) {
    const shared = athlete.languages.filter((language) => mentor.languages.includes(language));
    return shared.length > 0
      ? { value: 1, reason: `both speak ${[...new Set(shared)].join(', ')}` }
      : { value: 0, reason: 'no shared language' };
  },
  prepare(athletes, mentors) {
    const { idOf, words: wordsOf } = createNumbering();
    const mentorLanguages = mentors.map((mentor) => mentor.languages.map(idOf));
    const athleteLanguages = athletes.map((athlete) => athlete.languages.map(idOf));
    const words = wordsOf();
    const speaks = packSets(mentorLanguages, words);
    const spoken = packSets(athleteLanguages, words);
    const m = mentors.length;
    return (i, into) => {
      if (words === 1) {
        const own = spoken[i] as number;
        for (let j = 0; j < m; j++) into[j] = ((speaks[j] as number) & own) !== 0 ? 1 : 0;
        return;
      }
      for (let j = 0; j < m; j++) into[j] = meets(speaks, j, spoken, i, words) ? 1 : 0;
    };
  },
};

/** Minutes of overlap between two local working days 09–18, given UTC offsets in minutes. */
function overlapMinutes(athleteOffset: number, mentorOffset: number): number {
  const a0 = DAY_START - athleteOffset;
  const a1 = DAY_END - athleteOffset;
  let best = 0;
  for (let shift = -1440; shift <= 1440; shift += 1440) {
    const m0 = DAY_START - mentorOffset + shift;
    const m1 = DAY_END - mentorOffset + shift;
    const overlap = Math.min(a1, m1) - Math.max(a0, m0);
    if (overlap > best) best = overlap;
  }
  return best;
}

const TimeZoneArgs = z.strictObject({ minHours: z.number().min(0).max(WORKING_HOURS).default(2) });

function offsetOf(timeZone: string | undefined, asOf: CalendarDate): number | undefined {
  return timeZone === undefined ? undefined : utcOffsetMinutes(timeZone, asOf);
}

/** The value of the overlap criterion: hours / 9, or 0 below the minimum; 0.5 when a zone is unknown. */
function overlapValue(athleteOffset: number | undefined, mentorOffset: number | undefined, minHours: number): number {
  if (athleteOffset === undefined || mentorOffset === undefined) return 0.5;
  const hours = overlapMinutes(athleteOffset, mentorOffset) / 60;
  if (hours < minHours || hours === 0) return 0;
  return hours / WORKING_HOURS;
}

const timeZoneOverlap: PairCriterionDefinition<typeof TimeZoneArgs> = {
  args: TimeZoneArgs,
  description: 'Hard: at least minHours (default 2) of the 09–18 local working days overlap on asOf; more overlap scores higher.',
  hard: true,
  score(athlete, mentor, args, context) {
    const a = offsetOf(athlete.timeZone, context.asOf);
    const m = offsetOf(mentor.timeZone, context.asOf);
    const value = overlapValue(a, m, args.minHours);
    if (a === undefined || m === undefined) return { value, reason: 'time zone unknown; overlap not checked' };
    const hours = overlapMinutes(a, m) / 60;
    return value === 0
      ? { value, reason: `${hours} h overlap of working days, below the minimum of ${args.minHours} h` }
      : { value, reason: `${hours} h overlap of working days` };
  },
  prepare(athletes, mentors, args, context) {
    const cache = new Map<string, number | undefined>();
    const cached = (timeZone: string | undefined): number | undefined => {
      if (timeZone === undefined) return undefined;
      if (!cache.has(timeZone)) cache.set(timeZone, utcOffsetMinutes(timeZone, context.asOf));
      return cache.get(timeZone);
    };
    const athleteOffsets = athletes.map((athlete) => cached(athlete.timeZone));
    const mentorOffsets = mentors.map((mentor) => cached(mentor.timeZone));
    const m = mentors.length;
    // Athletes share few distinct offsets: each offset's row of values is computed once.
    const rows = new Map<number | undefined, Float64Array>();
    return (i, into) => {
      const own = athleteOffsets[i];
      let row = rows.get(own);
      if (row === undefined) {
        row = new Float64Array(m);
        for (let j = 0; j < m; j++) row[j] = overlapValue(own, mentorOffsets[j], args.minHours);
        rows.set(own, row);
      }
      into.set(row);
    };
  },
};

const KindArgs = z.strictObject({
  weights: z
    .strictObject({
      executive: z.number().min(0).max(1).default(1),
      'global-team': z.number().min(0).max(1).default(0.8),
      ambassador: z.number().min(0).max(1).default(0.9),
    })
    .default({ executive: 1, 'global-team': 0.8, ambassador: 0.9 }),
});

const mentorKind: PairCriterionDefinition<typeof KindArgs> = {
  args: KindArgs,
  description: 'A preference per kind of mentor (default: executive 1, ambassador 0.9, global team 0.8).',
  score: (_athlete, mentor, args) => ({ value: args.weights[mentor.kind], reason: `mentor kind: ${mentor.kind}` }),
  prepare(_athletes, mentors, args) {
    const values = Float64Array.from(mentors.map((mentor) => args.weights[mentor.kind]));
    return (_i, into) => { into.set(values); };
  },
};

const sameSport: PairCriterionDefinition<z.ZodObject<Record<string, never>>> = {
  args: z.strictObject({}),
  description: 'A bonus when the mentor (an ambassador) competed in the athlete’s sport.',
  score: (athlete, mentor) =>
    mentor.sport !== undefined && mentor.sport === athlete.sport
      ? { value: 1, reason: `both from ${athlete.sport}` }
      : { value: 0, reason: 'different sports' },
  prepare(athletes, mentors) {
    const { idOf } = createNumbering();
    const sports = Int32Array.from(mentors.map((mentor) => (mentor.sport === undefined ? -1 : idOf(mentor.sport))));
    const own = Int32Array.from(athletes.map((athlete) => idOf(athlete.sport)));
    const m = mentors.length;
    return (i, into) => {
      const sport = own[i] as number;
      for (let j = 0; j < m; j++) into[j] = sports[j] === sport ? 1 : 0;
    };
  },
};

const conflictOfInterest: PairCriterionDefinition<z.ZodObject<Record<string, never>>> = {
  args: z.strictObject({}),
  description: "Hard: the athlete is not in the mentor's conflicts of interest.",
  hard: true,
  score: (athlete, mentor) =>
    (mentor.conflicts ?? []).includes(athlete.id)
      ? { value: 0, reason: 'conflict of interest declared by the mentor' }
      : { value: 1, reason: 'no conflict of interest' },
  prepare(athletes, mentors) {
    const rowOf = new Map<string, number>();
    athletes.forEach((athlete, i) => rowOf.set(athlete.id, i));
    const m = mentors.length;
    // The mentors each athlete conflicts with, listed per athlete: nothing to look up per pair.
    const conflicted = new Map<number, number[]>();
    mentors.forEach((mentor, j) => {
      for (const id of mentor.conflicts ?? []) {
        const i = rowOf.get(id);
        if (i === undefined) continue;
        const list = conflicted.get(i);
        if (list === undefined) conflicted.set(i, [j]);
        else list.push(j);
      }
    });
    return (i, into) => {
      into.fill(1, 0, m);
      const list = conflicted.get(i);
      if (list !== undefined) for (const j of list) into[j] = 0;
    };
  },
};

/**
 * A registry with the built-in pair criteria, registered through {@link registerPairCriterion}:
 * `expertiseFit`, `sectorFit`, `sharedLanguage` (hard), `timeZoneOverlap` (hard, args `{ minHours }`),
 * `mentorKind` (args `{ weights }`), `sameSport` and `conflictOfInterest` (hard).
 *
 * @category Mentor matching
 * @example
 * [...builtInPairCriteria().criteria.keys()]
 * //=> ['expertiseFit', 'sectorFit', 'sharedLanguage', 'timeZoneOverlap', 'mentorKind', 'sameSport', 'conflictOfInterest']
 */
export function builtInPairCriteria(): PairCriteriaRegistry {
  let registry = createPairCriteriaRegistry();
  const add = <S extends z.ZodType>(name: string, definition: PairCriterionDefinition<S>): void => {
    const next = registerPairCriterion(registry, name, definition);
    if (next.ok) registry = next.value;
  };
  add('expertiseFit', expertiseFit);
  add('sectorFit', sectorFit);
  add('sharedLanguage', sharedLanguage);
  add('timeZoneOverlap', timeZoneOverlap);
  add('mentorKind', mentorKind);
  add('sameSport', sameSport);
  add('conflictOfInterest', conflictOfInterest);
  return registry;
}
