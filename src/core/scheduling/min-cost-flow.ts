// Minimum-cost maximum flow by successive shortest augmenting paths (Dijkstra with Johnson potentials).
// Each augmentation follows a cheapest path in the residual graph, so after k augmentations the flow has
// the least cost of any flow of value k; the loop ends only when no augmenting path is left, so the final
// flow is a maximum flow (Ford-Fulkerson). Costs must be non-negative on the edges as added.

export class MinCostFlow {
  private readonly head: number[];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];
  private readonly cost: number[] = [];
  private readonly next: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds an edge and its residual twin; returns the edge's id, for flowOn(). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    if (cost < 0) throw new RangeError('edge costs must not be negative');
    const id = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return id;
  }

  private push(from: number, to: number, capacity: number, cost: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from] ?? -1);
    this.head[from] = this.to.length - 1;
  }

  /** The flow on an edge added with addEdge: what its residual twin has received. */
  flowOn(edge: number): number {
    return this.cap[edge ^ 1] ?? 0;
  }

  /** Pushes as much flow as possible from source to sink at the least cost; returns both. */
  run(source: number, sink: number): { flow: number; cost: number } {
    const n = this.nodeCount;
    const potential = new Array<number>(n).fill(0);
    let flow = 0;
    let cost = 0;
    for (;;) {
      const { dist, via } = this.shortestPaths(source, potential);
      if (dist[sink] === Infinity) return { flow, cost };
      for (let v = 0; v < n; v++)
        if (dist[v] !== Infinity) potential[v] = (potential[v] ?? 0) + (dist[v] ?? 0);
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source)
        push = Math.min(push, this.cap[via[v] ?? 0] ?? 0);
      for (let v = sink; v !== source; v = this.to[(via[v] ?? 0) ^ 1] ?? source) {
        const e = via[v] ?? 0;
        this.cap[e] = (this.cap[e] ?? 0) - push;
        this.cap[e ^ 1] = (this.cap[e ^ 1] ?? 0) + push;
        cost += push * (this.cost[e] ?? 0);
      }
      flow += push;
    }
  }

  /** Dijkstra on reduced costs (cost + potential[u] - potential[v] >= 0) with a binary heap. */
  private shortestPaths(source: number, potential: number[]): { dist: number[]; via: number[] } {
    const dist = new Array<number>(this.nodeCount).fill(Infinity);
    const via = new Array<number>(this.nodeCount).fill(-1);
    const heap = new BinaryHeap();
    dist[source] = 0;
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > (dist[u] ?? Infinity)) continue;
      for (let e = this.head[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        if ((this.cap[e] ?? 0) <= 0) continue;
        const v = this.to[e] ?? 0;
        const nd = d + (this.cost[e] ?? 0) + (potential[u] ?? 0) - (potential[v] ?? 0);
        if (nd < (dist[v] ?? Infinity)) {
          dist[v] = nd;
          via[v] = e;
          heap.push(nd, v);
        }
      }
    }
    return { dist, via };
  }
}

/** A min-heap of (key, node); ties go to the lower node number, so runs are deterministic. */
class BinaryHeap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  private less(i: number, j: number): boolean {
    const ki = this.keys[i] ?? 0;
    const kj = this.keys[j] ?? 0;
    return ki < kj || (ki === kj && (this.nodes[i] ?? 0) < (this.nodes[j] ?? 0));
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j] ?? 0, this.keys[i] ?? 0];
    [this.nodes[i], this.nodes[j]] = [this.nodes[j] ?? 0, this.nodes[i] ?? 0];
  }

  push(key: number, node: number): void {
    this.keys.push(key);
    this.nodes.push(node);
    for (let i = this.keys.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.keys[0] ?? 0, this.nodes[0] ?? 0];
    const lastKey = this.keys.pop() ?? 0;
    const lastNode = this.nodes.pop() ?? 0;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.nodes[0] = lastNode;
      for (let i = 0; ;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.less(l, m)) m = l;
        if (r < this.keys.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
}
