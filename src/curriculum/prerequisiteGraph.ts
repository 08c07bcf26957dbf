/**
 * The prerequisite graph in compressed sparse row form: the prerequisites of module `i` are
 * `targets[offsets[i]]` to `targets[offsets[i + 1] - 1]` (module indices), in the order the module lists
 * them. Edges point from a module to what it requires.
 *
 * @category Curriculum
 * @example
 * const graph = buildPrerequisiteGraph([[], [0], [0, 1]]);
 * [...graph.targets] //=> [0, 0, 1]
 */
export interface PrerequisiteGraph {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
}

/**
 * Builds a {@link PrerequisiteGraph} from each module's prerequisite indices; a negative index (an unknown
 * prerequisite) is left out.
 *
 * @category Curriculum
 * @example
 * buildPrerequisiteGraph([[], [0, -1]]).targets.length //=> 1
 */
export function buildPrerequisiteGraph(prerequisites: readonly (readonly number[])[]): PrerequisiteGraph {
  const size = prerequisites.length;
  const offsets = new Int32Array(size + 1);
  let edges = 0;
  for (let node = 0; node < size; node++) {
    offsets[node] = edges;
    for (const target of prerequisites[node] ?? []) if (target >= 0) edges++;
  }
  offsets[size] = edges;
  const targets = new Int32Array(edges);
  let at = 0;
  for (let node = 0; node < size; node++) for (const target of prerequisites[node] ?? []) if (target >= 0) targets[at++] = target;
  return { size, offsets, targets };
}
