import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPrerequisiteCycles } from '../../src/curriculum/findPrerequisiteCycles.js';
import { buildPrerequisiteGraph } from '../../src/curriculum/prerequisiteGraph.js';
import { PROPERTY_RUN, graphArbitrary, referenceCyclicGroups } from './arbitraries.js';

// The kernel behind validateCurriculum's cycle report, checked on its own against brute force.
describe('findPrerequisiteCycles (kernel)', () => {
  it('finds nothing in an acyclic graph and the cycle in a ring', () => {
    expect(findPrerequisiteCycles(buildPrerequisiteGraph([[], [0], [0, 1]]))).toEqual([]);
    expect(findPrerequisiteCycles(buildPrerequisiteGraph([[1], [2], [0], []]))).toEqual([[0, 1, 2, 0]]);
    expect(findPrerequisiteCycles(buildPrerequisiteGraph([[0]]))).toEqual([[0, 0]]);
    expect(findPrerequisiteCycles(buildPrerequisiteGraph([]))).toEqual([]);
  });

  it('leaves out unknown prerequisites (negative indices)', () => {
    const graph = buildPrerequisiteGraph([[-1, 1], [-1]]);
    expect([...graph.targets]).toEqual([1]);
    expect(findPrerequisiteCycles(graph)).toEqual([]);
  });

  it('returns the shortest cycle through the lowest module of each tangle', () => {
    // Both 0 → 1 → 2 → 3 → 0 and 0 → 2 → 3 → 0 are cycles; the shorter one is reported.
    expect(findPrerequisiteCycles(buildPrerequisiteGraph([[1, 2], [2], [3], [0]]))).toEqual([[0, 2, 3, 0]]);
  });

  it('reports one real cycle per group of mutually dependent modules, exactly when there is one (brute force)', () => {
    fc.assert(
      fc.property(graphArbitrary(9), (graph) => {
        const cycles = findPrerequisiteCycles(buildPrerequisiteGraph(graph));
        const groups = referenceCyclicGroups(graph);
        expect(cycles.length).toBe(groups.length);
        cycles.forEach((cycle, index) => {
          expect(cycle[0]).toBe(Math.min(...(groups[index] ?? [])));
          expect(cycle[cycle.length - 1]).toBe(cycle[0]);
          for (let step = 0; step + 1 < cycle.length; step++) expect(graph[cycle[step] as number]).toContain(cycle[step + 1]);
          for (const node of cycle) expect(groups[index]).toContain(node);
        });
      }),
      { ...PROPERTY_RUN, numRuns: 400 },
    );
  });
});
