import { z } from 'zod';
import type { Path } from '../core/index.js';
import { CurriculumSchema } from './curriculum.js';
import type { Curriculum } from './curriculum.js';
import { CurriculumModuleSchema } from './curriculumModule.js';
import type { CurriculumModule } from './curriculumModule.js';
import { curriculumIssue, curriculumMessages as messages } from './errors.js';
import type { CurriculumIssue } from './errors.js';
import { findPrerequisiteCycles } from './findPrerequisiteCycles.js';
import { guardDocument } from './guardDocument.js';
import { buildPrerequisiteGraph } from './prerequisiteGraph.js';
import { TrackSchema } from './track.js';
import type { Track } from './track.js';

const SkeletonSchema = z.strictObject({
  ...CurriculumSchema.shape,
  tracks: z.array(z.unknown()).max(1000),
  modules: z.array(z.unknown()).max(100_000),
});

/**
 * The outcome of {@link checkCurriculum}: the parsed curriculum, or every problem found. @internal
 *
 * @category Curriculum
 * @example
 * const check: CurriculumCheck = { ok: false, issues: [] };
 * check.ok //=> false
 */
export type CurriculumCheck = { readonly ok: true; readonly curriculum: Curriculum } | { readonly ok: false; readonly issues: CurriculumIssue[] };

/**
 * Checks a curriculum document and gathers every problem, each with its path relative to the document:
 * shapes first (each track and module on its own, so one broken module does not hide the others), then
 * ids and references, sessions, completion criteria, and prerequisite cycles last. Linear in the size of
 * the document. @internal
 *
 * @category Curriculum
 * @example
 * checkCurriculum({ id: 'c', title: 'T', tracks: [], modules: [] }).ok //=> true
 */
export function checkCurriculum(input: unknown): CurriculumCheck {
  const hostile = guardDocument(input);
  if (hostile.length > 0) return { ok: false, issues: hostile };
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [curriculumIssue('invalid-input', [], messages.notAnObject('the curriculum'))] };
  }

  const issues: CurriculumIssue[] = [];
  const skeleton = SkeletonSchema.safeParse(input);
  if (!skeleton.success) for (const issue of skeleton.error.issues) issues.push(fromZod(issue, [], input));
  const raw = input as Record<string, unknown>;
  const rawTracks = Array.isArray(raw['tracks']) && raw['tracks'].length <= 1000 ? (raw['tracks'] as unknown[]) : [];
  const rawModules = Array.isArray(raw['modules']) && raw['modules'].length <= 100_000 ? (raw['modules'] as unknown[]) : [];

  const tracks: (Track | undefined)[] = rawTracks.map((rawTrack, index) => {
    const parsed = TrackSchema.safeParse(rawTrack);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) issues.push(fromZod(issue, ['tracks', index], rawTrack));
    return undefined;
  });
  const modules: (CurriculumModule | undefined)[] = rawModules.map((rawModule, index) => {
    const parsed = CurriculumModuleSchema.safeParse(rawModule);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) issues.push(fromZod(issue, ['modules', index], rawModule));
    return undefined;
  });

  // Ids as written, even in entries that are otherwise broken, so one mistake is not reported twice.
  const trackIndex = firstIndexById(rawTracks);
  const moduleIndex = firstIndexById(rawModules);
  tracks.forEach((track, index) => {
    const first = track === undefined ? undefined : trackIndex.get(track.id);
    if (track !== undefined && first !== undefined && first !== index) {
      issues.push(curriculumIssue('duplicate-id', ['tracks', index, 'id'], messages.duplicateTrack(track.id, first)));
    }
  });
  const references = rawModules.map(referencesOf);
  references.forEach((reference, index) => {
    checkReferences(reference, index, moduleIndex, trackIndex, issues);
  });
  modules.forEach((module, index) => {
    if (module !== undefined) checkModule(module, index, issues);
  });
  tracks.forEach((track, index) => {
    if (track !== undefined) checkCompletion(track, index, modules, moduleIndex, issues);
  });

  const graph = buildPrerequisiteGraph(
    references.map((reference) => reference.prerequisites.map((id) => (id === undefined ? -1 : (moduleIndex.get(id) ?? -1)))),
  );
  for (const cycle of findPrerequisiteCycles(graph)) {
    const [start, next] = cycle as [number, number, ...number[]];
    const ids = cycle.map((node) => references[node]?.id ?? String(node));
    const position = (references[start]?.prerequisites ?? []).findIndex((id) => id !== undefined && moduleIndex.get(id) === next);
    issues.push(curriculumIssue('prerequisite-cycle', ['modules', start, 'prerequisites', position], messages.prerequisiteCycle(ids), ids));
  }

  if (issues.length > 0 || !skeleton.success) return { ok: false, issues };
  const curriculum: Curriculum = {
    ...skeleton.data,
    tracks: tracks.filter((track) => track !== undefined),
    modules: modules.filter((module) => module !== undefined),
  };
  return { ok: true, curriculum };
}

/** The references a module makes, read from the raw entry so that a module broken elsewhere is still checked. */
interface ModuleReferences {
  readonly id: string | undefined;
  readonly track: string | undefined;
  readonly prerequisites: readonly (string | undefined)[];
}

function referencesOf(raw: unknown): ModuleReferences {
  if (raw === null || typeof raw !== 'object') return { id: undefined, track: undefined, prerequisites: [] };
  const record = raw as Record<string, unknown>;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  const prerequisites = Object.hasOwn(record, 'prerequisites') && Array.isArray(record['prerequisites']) ? (record['prerequisites'] as unknown[]) : [];
  return {
    id: Object.hasOwn(record, 'id') ? text(record['id']) : undefined,
    track: Object.hasOwn(record, 'track') ? text(record['track']) : undefined,
    prerequisites: prerequisites.map(text),
  };
}

function checkReferences(
  module: ModuleReferences,
  index: number,
  moduleIndex: ReadonlyMap<string, number>,
  trackIndex: ReadonlyMap<string, number>,
  issues: CurriculumIssue[],
): void {
  const id = module.id ?? `modules[${index}]`;
  const first = module.id === undefined ? undefined : moduleIndex.get(module.id);
  if (first !== undefined && first !== index) issues.push(curriculumIssue('duplicate-id', ['modules', index, 'id'], messages.duplicateModule(id, first)));
  if (module.track !== undefined && !trackIndex.has(module.track)) {
    issues.push(curriculumIssue('unknown-track', ['modules', index, 'track'], messages.unknownTrack(id, module.track)));
  }
  const listed = new Set<string>();
  module.prerequisites.forEach((prerequisite, position) => {
    if (prerequisite === undefined) return;
    if (listed.has(prerequisite)) {
      issues.push(curriculumIssue('duplicate-id', ['modules', index, 'prerequisites', position], messages.duplicatePrerequisite(prerequisite)));
    } else if (!moduleIndex.has(prerequisite)) {
      issues.push(curriculumIssue('unknown-prerequisite', ['modules', index, 'prerequisites', position], messages.unknownPrerequisite(id, prerequisite)));
    }
    listed.add(prerequisite);
  });
}

function checkModule(module: CurriculumModule, index: number, issues: CurriculumIssue[]): void {
  const taught = new Set<string>();
  module.competencies.forEach(({ competency }, position) => {
    if (taught.has(competency)) issues.push(curriculumIssue('duplicate-id', ['modules', index, 'competencies', position, 'competency'], messages.duplicateCompetency(competency)));
    taught.add(competency);
  });

  if (module.sessions.length === 0) return;
  if (module.format === 'self-paced') issues.push(curriculumIssue('invalid-session', ['modules', index, 'sessions'], messages.sessionsOnSelfPaced(module.id)));
  const sessionIds = new Set<string>();
  let sessionHours = 0;
  module.sessions.forEach((session, position) => {
    if ((session.date === undefined) === (session.week === undefined)) {
      issues.push(curriculumIssue('invalid-session', ['modules', index, 'sessions', position], messages.sessionWithoutTime()));
    }
    if (sessionIds.has(session.id)) issues.push(curriculumIssue('duplicate-id', ['modules', index, 'sessions', position, 'id'], messages.duplicateSession(session.id)));
    sessionIds.add(session.id);
    sessionHours += session.hours;
  });
  if (sessionHours > module.effortHours) {
    issues.push(curriculumIssue('invalid-session', ['modules', index, 'sessions'], messages.sessionsOverEffort(module.id, sessionHours, module.effortHours)));
  }
}

function checkCompletion(
  track: Track,
  index: number,
  modules: readonly (CurriculumModule | undefined)[],
  moduleIndex: ReadonlyMap<string, number>,
  issues: CurriculumIssue[],
): void {
  if (track.completion === undefined) return;
  const at = (...rest: (string | number)[]): Path => ['tracks', index, 'completion', ...rest];
  const required = new Set<string>();
  track.completion.requiredModules.forEach((id, position) => {
    const moduleAt = moduleIndex.get(id);
    const module = moduleAt === undefined ? undefined : modules[moduleAt];
    if (required.has(id)) issues.push(curriculumIssue('duplicate-id', at('requiredModules', position), messages.duplicateRequired(id)));
    else if (moduleAt === undefined) issues.push(curriculumIssue('unknown-module', at('requiredModules', position), messages.requiredUnknown(track.id, id)));
    else if (module !== undefined && module.track !== track.id) {
      issues.push(curriculumIssue('invalid-completion', at('requiredModules', position), messages.requiredOtherTrack(track.id, id, module.track)));
    }
    required.add(id);
  });
  const seen = new Set<string>();
  let available = 0;
  for (const module of modules) {
    if (module === undefined || module.track !== track.id || seen.has(module.id)) continue;
    seen.add(module.id);
    if (!required.has(module.id)) available++;
  }
  if (track.completion.electives > available) {
    issues.push(curriculumIssue('invalid-completion', at('electives'), messages.tooManyElectives(track.id, track.completion.electives, available)));
  }
}

function firstIndexById(entries: readonly unknown[]): Map<string, number> {
  const index = new Map<string, number>();
  entries.forEach((entry, position) => {
    if (entry === null || typeof entry !== 'object') return;
    const id = (entry as Record<string, unknown>)['id'];
    if (typeof id === 'string' && !index.has(id)) index.set(id, position);
  });
  return index;
}

/** Maps a zod issue to a curriculum issue: numbers out of range for efforts and levels get their own codes. */
function fromZod(issue: z.core.$ZodIssue, prefix: Path, raw: unknown): CurriculumIssue {
  const path = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const value = valueAt(raw, path);
  const last = path[path.length - 1];
  if (typeof value === 'number' && prefix[0] === 'modules') {
    if (last === 'effortHours' || (path[0] === 'sessions' && last === 'hours')) {
      return curriculumIssue('invalid-effort', [...prefix, ...path], messages.invalidEffort(`got ${value}`));
    }
    if (path[0] === 'competencies' && last === 'level') {
      return curriculumIssue('level-out-of-range', [...prefix, ...path], messages.levelOutOfRange(`got ${value}`));
    }
  }
  return curriculumIssue('invalid-input', [...prefix, ...path], issue.message);
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}
