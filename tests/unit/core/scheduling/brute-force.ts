// The round planner's optimum by brute force: every assignment of employees to positions (or to none) in the
// model, kept when no position is used twice and no conductor-day has more than maxPerDay. Exponential, so
// only for the small random cases of the tests; it shares nothing with the flow code.
import type { RoundModel } from '../../../../src/core/scheduling/round-model';

export interface Optimum {
  placed: number;
  /** among plans placing `placed`: the least sum of squared conductor-day loads */
  squares: number;
  /** among plans placing `placed`: the lightest busiest conductor-day */
  busiest: number;
}

export function bruteForce(model: RoundModel): Optimum {
  const days = model.windows.length;
  const used = new Set<number>();
  const load = new Map<number, number>();
  let best: Optimum = { placed: -1, squares: Infinity, busiest: Infinity };

  function leaf(placed: number): void {
    const loads = [...load.values()];
    const squares = loads.reduce((sum, n) => sum + n * n, 0);
    const busiest = Math.max(0, ...loads);
    if (placed > best.placed) best = { placed, squares, busiest };
    else if (placed === best.placed)
      best = { placed, squares: Math.min(best.squares, squares), busiest: Math.min(best.busiest, busiest) };
  }

  function visit(employee: number, placed: number): void {
    if (employee === model.candidates.length) return leaf(placed);
    visit(employee + 1, placed);
    for (const id of model.candidates[employee] ?? []) {
      const position = model.positions[id];
      if (!position || used.has(id)) continue;
      const key = position.conductor * days + position.day;
      const n = load.get(key) ?? 0;
      if (n >= (model.dayCapacity[key] ?? 0)) continue;
      used.add(id);
      load.set(key, n + 1);
      visit(employee + 1, placed + 1);
      used.delete(id);
      if (n === 0) load.delete(key);
      else load.set(key, n);
    }
  }

  visit(0, 0);
  return best;
}
