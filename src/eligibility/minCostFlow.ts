/**
 * A minimum-cost flow kernel on typed arrays (successive shortest paths with Johnson potentials and a
 * binary-heap Dijkstra), used to select recipients under quotas exactly. Edge costs must be integers
 * (exact in a double below 2^53) so that ties are decided by the caller's tie-break, not by rounding.
 *
 * The network must have no negative-cost cycle; negative edge costs are fine (initial potentials come
 * from Bellman–Ford). Each augmentation sends the bottleneck of the cheapest path; it stops when
 * `maxFlow` units are sent, no augmenting path is left or, with `stopAtNonNegativeCost`, when the
 * cheapest path would no longer lower the cost (the flow is then the cheapest of any value up to
 * `maxFlow`, since path costs only rise from one augmentation to the next).
 */
export interface FlowNetwork {
  readonly nodeCount: number;
  /** Appends an edge and returns its index (its residual twin is `index ^ 1`). */
  readonly addEdge: (from: number, to: number, capacity: number, cost: number) => number;
  /** Flow currently on an edge. */
  readonly flowOn: (edge: number) => number;
  readonly solve: (source: number, sink: number, maxFlow: number, stopAtNonNegativeCost?: boolean) => { readonly flow: number; readonly cost: number };
}

/**
 * Creates an empty flow network over `nodeCount` nodes with room for `edgeHint` edges (it grows).
 *
 * @example
 * const net = createFlowNetwork(2, 1);
 * const e = net.addEdge(0, 1, 3, -5);
 * net.solve(0, 1, 10) //=> { flow: 3, cost: -15 }
 */
export function createFlowNetwork(nodeCount: number, edgeHint = 16): FlowNetwork {
  let size = 0;
  let to = new Int32Array(edgeHint * 2);
  let next = new Int32Array(edgeHint * 2);
  let capacity = new Float64Array(edgeHint * 2);
  let cost = new Float64Array(edgeHint * 2);
  const head = new Int32Array(nodeCount).fill(-1);
  let initialCapacity = new Float64Array(edgeHint * 2);

  function grow(): void {
    const length = to.length * 2;
    const copy = <A extends Int32Array | Float64Array>(array: A, make: (n: number) => A): A => {
      const bigger = make(length);
      bigger.set(array);
      return bigger;
    };
    to = copy(to, (n) => new Int32Array(n));
    next = copy(next, (n) => new Int32Array(n));
    capacity = copy(capacity, (n) => new Float64Array(n));
    cost = copy(cost, (n) => new Float64Array(n));
    initialCapacity = copy(initialCapacity, (n) => new Float64Array(n));
  }

  function addEdge(from: number, target: number, cap: number, edgeCost: number): number {
    if (size + 2 > to.length) grow();
    const edge = size;
    to[edge] = target;
    capacity[edge] = cap;
    initialCapacity[edge] = cap;
    cost[edge] = edgeCost;
    next[edge] = head[from] as number;
    head[from] = edge;
    to[edge + 1] = from;
    capacity[edge + 1] = 0;
    initialCapacity[edge + 1] = 0;
    cost[edge + 1] = -edgeCost;
    next[edge + 1] = head[target] as number;
    head[target] = edge + 1;
    size += 2;
    return edge;
  }

  function flowOn(edge: number): number {
    return (initialCapacity[edge] as number) - (capacity[edge] as number);
  }

  function solve(source: number, sink: number, maxFlow: number, stopAtNonNegativeCost = false): { flow: number; cost: number } {
    const potential = new Float64Array(nodeCount);
    const distance = new Float64Array(nodeCount);
    const viaEdge = new Int32Array(nodeCount);
    // Bellman–Ford (queue-based) from the source for the initial potentials: negative costs allowed.
    distance.fill(Infinity);
    distance[source] = 0;
    const inQueue = new Uint8Array(nodeCount);
    const queue: number[] = [source];
    inQueue[source] = 1;
    for (let read = 0; read < queue.length; read++) {
      const u = queue[read] as number;
      inQueue[u] = 0;
      for (let e = head[u] as number; e !== -1; e = next[e] as number) {
        if ((capacity[e] as number) <= 0) continue;
        const v = to[e] as number;
        const candidate = (distance[u] as number) + (cost[e] as number);
        if (candidate < (distance[v] as number)) {
          distance[v] = candidate;
          if (inQueue[v] === 0) {
            inQueue[v] = 1;
            queue.push(v);
          }
        }
      }
    }
    for (let v = 0; v < nodeCount; v++) potential[v] = Number.isFinite(distance[v]) ? (distance[v] as number) : 0;

    const heapNode = new Int32Array(size + nodeCount + 1);
    const heapKey = new Float64Array(size + nodeCount + 1);
    let heapSize = 0;
    const push = (node: number, key: number): void => {
        let i = heapSize++;
        while (i > 0) {
          const parent = (i - 1) >> 1;
          if ((heapKey[parent] as number) <= key) break;
          heapNode[i] = heapNode[parent] as number;
          heapKey[i] = heapKey[parent] as number;
          i = parent;
        }
        heapNode[i] = node;
        heapKey[i] = key;
    };
    let flow = 0;
    let totalCost = 0;
    while (flow < maxFlow) {
      distance.fill(Infinity);
      viaEdge.fill(-1);
      distance[source] = 0;
      heapSize = 0;
      push(source, 0);
      while (heapSize > 0) {
        const u = heapNode[0] as number;
        const key = heapKey[0] as number;
        heapSize--;
        const lastNode = heapNode[heapSize] as number;
        const lastKey = heapKey[heapSize] as number;
        let i = 0;
        for (;;) {
          let child = 2 * i + 1;
          if (child >= heapSize) break;
          if (child + 1 < heapSize && (heapKey[child + 1] as number) < (heapKey[child] as number)) child++;
          if ((heapKey[child] as number) >= lastKey) break;
          heapNode[i] = heapNode[child] as number;
          heapKey[i] = heapKey[child] as number;
          i = child;
        }
        heapNode[i] = lastNode;
        heapKey[i] = lastKey;
        if (key > (distance[u] as number)) continue;
        const base = key + (potential[u] as number);
        for (let e = head[u] as number; e !== -1; e = next[e] as number) {
          if ((capacity[e] as number) <= 0) continue;
          const v = to[e] as number;
          const candidate = base + (cost[e] as number) - (potential[v] as number);
          if (candidate < (distance[v] as number)) {
            distance[v] = candidate;
            viaEdge[v] = e;
            push(v, candidate);
          }
        }
      }
      if (!Number.isFinite(distance[sink])) break;
      if (stopAtNonNegativeCost) {
        let pathCost = 0;
        for (let v = sink; v !== source; v = to[(viaEdge[v] as number) ^ 1] as number) pathCost += cost[viaEdge[v] as number] as number;
        if (pathCost >= 0) break;
      }
      for (let v = 0; v < nodeCount; v++) {
        if (Number.isFinite(distance[v])) potential[v] = (potential[v] as number) + (distance[v] as number);
      }
      let bottleneck = maxFlow - flow;
      for (let v = sink; v !== source; v = to[(viaEdge[v] as number) ^ 1] as number) {
        bottleneck = Math.min(bottleneck, capacity[viaEdge[v] as number] as number);
      }
      for (let v = sink; v !== source; v = to[(viaEdge[v] as number) ^ 1] as number) {
        const e = viaEdge[v] as number;
        capacity[e] = (capacity[e] as number) - bottleneck;
        capacity[e ^ 1] = (capacity[e ^ 1] as number) + bottleneck;
        totalCost += bottleneck * (cost[e] as number);
      }
      flow += bottleneck;
    }
    return { flow, cost: totalCost };
  }

  return { nodeCount, addEdge, flowOn, solve };
}
