// The optimum of a round by an independent exact method, for the benchmark to hold the planner to: plain
// Edmonds-Karp (breadth-first augmenting paths, no costs) on one graph for the whole round, built here from
// the model's positions and candidates. It shares no code with src/core/scheduling/min-cost-flow.ts, and it
// does not split the round per conductor as the planner does.
import type { RoundModel } from '../../src/core/scheduling/round-model';

export function maxPlacements(model: RoundModel): number {
  const days = model.windows.length;
  const employees = model.candidates.length;
  const positions = model.positions.length;
  const conductorDays = model.dayCapacity.length;
  // nodes: source, employees, positions, conductor-days, sink
  const source = 0;
  const sink = 1 + employees + positions + conductorDays;
  const adjacency: number[][] = Array.from({ length: sink + 1 }, () => []);
  const to: number[] = [];
  const capacity: number[] = [];
  const link = (u: number, v: number, c: number) => {
    adjacency[u]?.push(to.length);
    to.push(v);
    capacity.push(c);
    adjacency[v]?.push(to.length);
    to.push(u);
    capacity.push(0);
  };
  model.candidates.forEach((list, e) => {
    link(source, 1 + e, 1);
    for (const id of list) link(1 + e, 1 + employees + id, 1);
  });
  model.positions.forEach((p, id) =>
    link(1 + employees + id, 1 + employees + positions + p.conductor * days + p.day, 1),
  );
  model.dayCapacity.forEach((capacity, key) => link(1 + employees + positions + key, sink, capacity));

  let flow = 0;
  for (;;) {
    const via = new Array<number>(sink + 1).fill(-1);
    const queue = [source];
    via[source] = -2;
    for (let head = 0; head < queue.length && via[sink] === -1; head++) {
      const u = queue[head] ?? 0;
      for (const edge of adjacency[u] ?? []) {
        const v = to[edge] ?? 0;
        if ((capacity[edge] ?? 0) > 0 && via[v] === -1) {
          via[v] = edge;
          queue.push(v);
        }
      }
    }
    if (via[sink] === -1) return flow;
    // every path carries one unit: the source's edges have capacity 1
    for (let v = sink; v !== source;) {
      const edge = via[v] ?? 0;
      capacity[edge] = (capacity[edge] ?? 0) - 1;
      capacity[edge ^ 1] = (capacity[edge ^ 1] ?? 0) + 1;
      v = to[edge ^ 1] ?? source;
    }
    flow += 1;
  }
}
