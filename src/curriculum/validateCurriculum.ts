import { mapResult } from '../core/index.js';
import type { Result } from '../core/index.js';
import { compileCurriculum } from './compileCurriculum.js';
import type { Curriculum, CurriculumInput } from './curriculum.js';
import type { CurriculumError } from './errors.js';

/**
 * Validates a curriculum and reports every problem at once, each with its code and path: shapes
 * (`invalid-input`), efforts that are not a positive number of quarter hours (`invalid-effort`),
 * competency levels outside 1–4 (`level-out-of-range`), repeated ids (`duplicate-id`), modules of an
 * undeclared track (`unknown-track`), prerequisites that are not modules (`unknown-prerequisite`),
 * sessions on self-paced modules or beyond the effort (`invalid-session`), completion criteria that
 * name unknown modules (`unknown-module`) or cannot be met (`invalid-completion`), and prerequisite
 * cycles (`prerequisite-cycle`, one per strongly connected group of modules, spelled out as
 * `a → b → c → a` in the message and in `issue.cycle`). The error's `code` and `path` are those of the
 * first issue; shape problems come first, cycles last.
 *
 * Linear time in the size of the catalogue (Tarjan's algorithm for the cycles). The value returned is a
 * deeply frozen copy with defaults filled in; pass it to `planLearningPath`, `scheduleCohort` or
 * `progress` and they skip validating it again. The input is never modified.
 *
 * @category Curriculum
 * @example
 * validateCurriculum(defaultCurriculum).ok //=> true
 *
 * const broken = validateCurriculum({
 *   id: 'c', title: 'Training', tracks: [{ id: 'ops', title: 'Operations' }],
 *   modules: [
 *     { id: 'a', title: 'A', summary: '', track: 'ops', format: 'self-paced', effortHours: 0, prerequisites: ['b'],
 *       competencies: [{ competency: 'brand', level: 2 }], delivery: { mode: 'online', languages: ['en'] } },
 *     { id: 'b', title: 'B', summary: '', track: 'ops', format: 'self-paced', effortHours: 2, prerequisites: ['a'],
 *       competencies: [{ competency: 'brand', level: 3 }], delivery: { mode: 'online', languages: ['en'] } },
 *   ],
 * });
 * !broken.ok && broken.error.issues?.map((issue) => [issue.code, issue.path])
 * //=> [['invalid-effort', ['modules', 0, 'effortHours']], ['prerequisite-cycle', ['modules', 0, 'prerequisites', 0]]]
 * !broken.ok && broken.error.issues?.[1]?.message //=> 'The prerequisites form a cycle: a → b → a.'
 */
export function validateCurriculum(curriculum: CurriculumInput): Result<Curriculum, CurriculumError> {
  return mapResult(compileCurriculum(curriculum), (compiled) => compiled.curriculum);
}
