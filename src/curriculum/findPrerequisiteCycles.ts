import type { PrerequisiteGraph } from './prerequisiteGraph.js';

/**
 * Finds the prerequisite cycles of a graph in linear time: Tarjan's strongly connected components
 * (iterative, on typed arrays, so a chain of 100,000 modules does not overflow the stack), then, in each
 * component that holds a cycle, the shortest cycle through its lowest-numbered module (a breadth-first
 * search confined to the component). One cycle per such component, ordered by that module; each cycle is
 * a list of module indices whose first and last are the same, every step an edge of the graph
 * (`[a, b, c, a]`: a requires b, b requires c, c requires a). The graph has a cycle exactly when the list
 * is not empty.
 *
 * @category Curriculum
 * @example
 * findPrerequisiteCycles(buildPrerequisiteGraph([[1], [2], [0], []])) //=> [[0, 1, 2, 0]]
 * findPrerequisiteCycles(buildPrerequisiteGraph([[], [0]])) //=> []
 */
export function findPrerequisiteCycles(graph: PrerequisiteGraph): number[][] {
  const { size, offsets, targets } = graph;
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const component = new Int32Array(size).fill(-1);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  const callNode = new Int32Array(size);
  const callEdge = new Int32Array(size);
  let stackTop = 0;
  let counter = 0;
  let components = 0;
  const cyclic: { component: number; lowest: number }[] = [];

  for (let root = 0; root < size; root++) {
    if (order[root] !== -1) continue;
    order[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    callNode[0] = root;
    callEdge[0] = offsets[root] as number;
    let depth = 1;
    while (depth > 0) {
      const node = callNode[depth - 1] as number;
      const edge = callEdge[depth - 1] as number;
      if (edge < (offsets[node + 1] as number)) {
        callEdge[depth - 1] = edge + 1;
        const next = targets[edge] as number;
        if (order[next] === -1) {
          order[next] = low[next] = counter++;
          stack[stackTop++] = next;
          onStack[next] = 1;
          callNode[depth] = next;
          callEdge[depth] = offsets[next] as number;
          depth++;
        } else if (onStack[next] === 1 && (order[next] as number) < (low[node] as number)) {
          low[node] = order[next] as number;
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = callNode[depth - 1] as number;
        if ((low[node] as number) < (low[parent] as number)) low[parent] = low[node] as number;
      }
      if (low[node] !== order[node]) continue;
      let members = 0;
      let lowest = node;
      let selfLoop = false;
      for (;;) {
        const member = stack[--stackTop] as number;
        onStack[member] = 0;
        component[member] = components;
        members++;
        if (member < lowest) lowest = member;
        if (member === node) break;
      }
      if (members === 1) {
        for (let e = offsets[node] as number; e < (offsets[node + 1] as number); e++) if (targets[e] === node) selfLoop = true;
      }
      if (members > 1 || selfLoop) cyclic.push({ component: components, lowest });
      components++;
    }
  }

  cyclic.sort((a, b) => a.lowest - b.lowest);
  const parent = new Int32Array(size).fill(-1);
  const queue = new Int32Array(size);
  return cyclic.map(({ component: id, lowest }) => shortestCycleThrough(lowest, id, graph, component, parent, queue));
}

/** Breadth-first search from `start` inside its component until an edge leads back to `start`. */
function shortestCycleThrough(
  start: number,
  id: number,
  graph: PrerequisiteGraph,
  component: Int32Array,
  parent: Int32Array,
  queue: Int32Array,
): number[] {
  const { offsets, targets } = graph;
  let head = 0;
  let tail = 0;
  queue[tail++] = start;
  parent[start] = start;
  let closing = -1;
  search: while (head < tail) {
    const node = queue[head++] as number;
    for (let e = offsets[node] as number; e < (offsets[node + 1] as number); e++) {
      const next = targets[e] as number;
      if (next === start) {
        closing = node;
        break search;
      }
      if (component[next] !== id || parent[next] !== -1) continue;
      parent[next] = node;
      queue[tail++] = next;
    }
  }
  // Walk back from the module that closes the cycle to the start, then read the walk forwards.
  const backwards: number[] = [];
  for (let node = closing; node !== start && node !== -1; node = parent[node] as number) backwards.push(node);
  for (let index = 0; index < tail; index++) parent[queue[index] as number] = -1;
  return [start, ...backwards.reverse(), start];
}
