import { ok, type Athlete, type Result } from '../core/index.js';
import { matchMentors, type MentorMatching } from '../matching/index.js';
import type { CohortMentoring, CohortWarning } from './cohortReport.js';
import { stageFailed, type ProgrammeError } from './errors.js';
import type { CohortInput } from './runCohortInput.js';

/** What the mentoring stage hands on. */
export interface MentoringStage {
  readonly matching: MentorMatching;
  readonly summary: CohortMentoring;
  readonly warnings: readonly CohortWarning[];
}

/** Matches the recipients with mentors on the cohort start date; an athlete left unmatched is a warning. */
export function runMentoring(input: CohortInput, recipients: readonly Athlete[]): Result<MentoringStage, ProgrammeError> {
  const { matching: settings } = input;
  const matched = matchMentors(recipients, input.mentors, {
    asOf: input.edition.dates.cohortStart,
    method: settings.method,
    ...(settings.minScore === undefined ? {} : { minScore: settings.minScore }),
    ...(settings.criteria === undefined ? {} : { criteria: settings.criteria }),
    ...(settings.registry === undefined ? {} : { registry: settings.registry }),
  });
  if (!matched.ok) return stageFailed('matching', matched.error);
  const matching = matched.value;
  const mentorById = new Map<string, (typeof input.mentors)[number]>(input.mentors.map((mentor) => [mentor.id, mentor]));
  const names = new Map<string, string>(recipients.map((athlete) => [athlete.id, athlete.name]));
  const warnings: CohortWarning[] = matching.unmatched.map((athlete) => ({
    stage: 'matching',
    code: athlete.code,
    message: `No mentor for ${names.get(athlete.athleteId) ?? athlete.athleteId} (${athlete.athleteId}): ${athlete.reason}`,
    athleteId: athlete.athleteId,
  }));
  const mentorLoad = matching.mentorLoad.map((load) => {
    const mentor = mentorById.get(load.mentorId);
    return { mentorId: load.mentorId, name: mentor?.name ?? load.mentorId, kind: mentor?.kind ?? 'unknown', assigned: load.assigned, capacity: load.capacity };
  });
  const kinds = new Map<string, { mentors: number; capacity: number; assigned: number }>();
  for (const load of mentorLoad) {
    const entry = kinds.get(load.kind) ?? { mentors: 0, capacity: 0, assigned: 0 };
    entry.mentors++;
    entry.capacity += load.capacity;
    entry.assigned += load.assigned;
    kinds.set(load.kind, entry);
  }
  const pairs = matching.pairs.length;
  return ok({
    matching,
    warnings,
    summary: {
      method: matching.method,
      total: matching.total,
      averageScore: pairs === 0 ? 0 : matching.total / pairs,
      matched: pairs,
      unmatched: matching.unmatched.map((athlete) => ({ athleteId: athlete.athleteId, name: names.get(athlete.athleteId) ?? athlete.athleteId, code: athlete.code, reason: athlete.reason })),
      mentorLoad,
      byKind: [...kinds].map(([kind, entry]) => ({ kind, ...entry })).sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0)),
    },
  });
}
