import { err, ok } from '../core/index.js';
import type { Result } from '../core/index.js';
import { checkCurriculum } from './checkCurriculum.js';
import type { Curriculum } from './curriculum.js';
import type { CurriculumModule } from './curriculumModule.js';
import { curriculumError, curriculumIssue } from './errors.js';
import type { CurriculumError } from './errors.js';
import { freezeDeep } from './freezeDeep.js';
import { buildPrerequisiteGraph } from './prerequisiteGraph.js';
import type { PrerequisiteGraph } from './prerequisiteGraph.js';
import type { Track } from './track.js';

/**
 * A module (by position in the catalogue) that teaches a competency, and to what level. @internal
 *
 * @category Curriculum
 * @example
 * const teacher: Teacher = { module: 3, level: 2 };
 * teacher.level //=> 2
 */
export interface Teacher {
  readonly module: number;
  readonly level: number;
}

/**
 * A validated curriculum with its indexes: module positions by id, the prerequisite graph, and for each
 * competency the modules that teach it (lowest level first, then catalogue order). @internal
 *
 * @category Curriculum
 * @example
 * const compiled = compileCurriculum(defaultCurriculum);
 * compiled.ok && compiled.value.indexOf.get('b2b-incoterms') //=> 24
 */
export interface CompiledCurriculum {
  readonly curriculum: Curriculum;
  readonly modules: readonly CurriculumModule[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly graph: PrerequisiteGraph;
  readonly tracks: ReadonlyMap<string, Track>;
  readonly teachers: ReadonlyMap<string, readonly Teacher[]>;
  /** Every competency taught, in the order the catalogue first teaches it. */
  readonly competencies: readonly string[];
}

const compiled = new WeakMap<object, CompiledCurriculum>();
const trusted = new WeakSet<object>();

/**
 * Marks a deeply frozen curriculum literal of the library (the default catalogue) so that it is
 * validated once and then reused. @internal
 *
 * @category Curriculum
 * @example
 * const catalogue = trustFrozenCurriculum(Object.freeze({ id: 'c', title: 'T', tracks: [], modules: [] }));
 * catalogue.modules //=> []
 */
export function trustFrozenCurriculum<T extends object>(curriculum: T): T {
  trusted.add(curriculum);
  return curriculum;
}

/**
 * Validates a curriculum and builds its indexes. The value returned by `validateCurriculum` (deeply
 * frozen, so it cannot change behind the cache's back) and the default catalogue are compiled once and
 * remembered; anything else is validated on every call. @internal
 *
 * @category Curriculum
 * @example
 * compileCurriculum(defaultCurriculum).ok //=> true
 */
export function compileCurriculum(input: unknown): Result<CompiledCurriculum, CurriculumError> {
  if (input !== null && typeof input === 'object') {
    const known = compiled.get(input);
    if (known !== undefined) return ok(known);
  }
  let check: ReturnType<typeof checkCurriculum>;
  try {
    check = checkCurriculum(input);
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return err(curriculumError([curriculumIssue('invalid-input', [], `The curriculum could not be read: ${reason}`)]));
  }
  if (!check.ok) {
    const [first, ...rest] = check.issues;
    if (first === undefined) return err(curriculumError([curriculumIssue('invalid-input', [], 'The curriculum is not valid.')]));
    return err(curriculumError([first, ...rest]));
  }
  const result = index(freezeDeep(check.curriculum));
  compiled.set(result.curriculum, result);
  if (input !== null && typeof input === 'object' && trusted.has(input)) compiled.set(input, result);
  return ok(result);
}

function index(curriculum: Curriculum): CompiledCurriculum {
  const modules = curriculum.modules;
  const indexOf = new Map<string, number>();
  modules.forEach((module, position) => indexOf.set(module.id, position));
  const graph = buildPrerequisiteGraph(modules.map((module) => module.prerequisites.map((id) => indexOf.get(id) ?? -1)));
  const tracks = new Map(curriculum.tracks.map((track) => [track.id, track]));
  const teachers = new Map<string, Teacher[]>();
  modules.forEach((module, position) => {
    for (const { competency, level } of module.competencies) {
      const list = teachers.get(competency);
      if (list === undefined) teachers.set(competency, [{ module: position, level }]);
      else list.push({ module: position, level });
    }
  });
  for (const list of teachers.values()) list.sort((a, b) => a.level - b.level || a.module - b.module);
  return { curriculum, modules, indexOf, graph, tracks, teachers, competencies: [...teachers.keys()] };
}
