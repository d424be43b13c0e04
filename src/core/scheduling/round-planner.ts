// Plans a whole round: every employee of a unit gets a conversation with their conductor inside the period,
// as many as the calendars allow (a maximum flow in the model of round-model.ts), spread as evenly over the
// conductor's days as that maximum allows. Those who cannot be placed come back with the reason.
import { AppError } from '../errors';
import { instantOf } from './busy';
import { MinCostFlow } from './min-cost-flow';
import { roundInputIssues, type RoundInput } from './round-input';
import { buildRoundModel, type RoundModel } from './round-model';

export type UnplacedReason =
  /** the employee and the conductor are never free at the same position in the period */
  | 'no-common-free-time'
  /** the conductor has no free position at all in the period (busy, or the period has no working day) */
  | 'conductor-no-free-time'
  /** there were common free positions, but the plan needed all of them, or their days were full (maxPerDay) */
  | 'conductor-full';

export interface Placement {
  employeeId: string;
  conductorId: string;
  /** UTC instants */
  start: string;
  end: string;
}

export interface Unplaced {
  employeeId: string;
  conductorId: string;
  reason: UnplacedReason;
}

export interface RoundStats {
  employees: number;
  placed: number;
  /** working days in the period */
  workingDays: number;
  /** candidate positions over all conductors */
  positions: number;
  /** the most conversations one conductor has on one day */
  busiestDay: number;
}

export interface RoundPlan {
  placements: Placement[];
  unplaced: Unplaced[];
  stats: RoundStats;
}

/**
 * Each conductor's employees use only that conductor's positions, so the flow splits into one independent
 * problem per conductor and the maximum of the whole round is the sum of theirs.
 *
 * Load: the k-th conversation of a conductor's day costs k, and a minimum-cost maximum flow (min-cost-flow.ts)
 * first places the most employees, then minimises the sum of the squares of the day loads among all plans
 * that place that many. The day loads a flow can deliver form an integral base polyhedron, where minimising
 * the square sum is the same as decreasing minimisation (Frank and Murota, 2019): the busiest day is as light
 * as a maximum plan allows, then the next busiest, and so on. So when a perfectly even spread exists it is
 * the one chosen: 12 employees over 6 free days at most 3 a day come out as 2 a day, never 3-3-3-3-0-0.
 */
export function planRound(input: RoundInput): RoundPlan {
  const issue = roundInputIssues(input)[0];
  if (issue) throw new AppError('bad-request', issue.message, issue.path.join('.'));
  const model = buildRoundModel(input);
  const placedAt = new Array<number>(input.employees.length).fill(-1);
  input.conductors.forEach((_, c) => solveConductor(model, c, placedAt));

  const placements: Placement[] = [];
  const unplaced: Unplaced[] = [];
  const load = new Map<number, number>();
  input.employees.forEach((employee, e) => {
    const position = model.positions[placedAt[e] ?? -1];
    if (position) {
      placements.push({
        employeeId: employee.id,
        conductorId: employee.conductorId,
        start: instantOf(position.start),
        end: instantOf(position.end),
      });
      const key = position.conductor * model.windows.length + position.day;
      load.set(key, (load.get(key) ?? 0) + 1);
    } else {
      unplaced.push({
        employeeId: employee.id,
        conductorId: employee.conductorId,
        reason: reasonFor(model, e),
      });
    }
  });
  return {
    placements,
    unplaced,
    stats: {
      employees: input.employees.length,
      placed: placements.length,
      workingDays: model.windows.length,
      positions: model.positions.length,
      busiestDay: Math.max(0, ...load.values()),
    },
  };
}

function reasonFor(model: RoundModel, employee: number): UnplacedReason {
  if ((model.candidates[employee]?.length ?? 0) > 0) return 'conductor-full';
  return (model.positionCount[model.conductorOf[employee] ?? -1] ?? 0) > 0
    ? 'no-common-free-time'
    : 'conductor-no-free-time';
}

/** One conductor's flow: source, sink, their employees, their positions, their days. */
function solveConductor(model: RoundModel, conductor: number, placedAt: number[]): void {
  const employees = model.conductorOf.flatMap((c, e) => (c === conductor ? [e] : []));
  const positions = model.positions.flatMap((p, id) => (p.conductor === conductor ? [id] : []));
  if (employees.length === 0 || positions.length === 0) return;
  const days = model.windows.length;
  const SOURCE = 0;
  const SINK = 1;
  const employeeNode = (i: number) => 2 + i;
  const positionNode = new Map(positions.map((id, i) => [id, 2 + employees.length + i]));
  const dayNode = (day: number) => 2 + employees.length + positions.length + day;
  const graph = new MinCostFlow(2 + employees.length + positions.length + days);

  const edges: [employee: number, position: number, edge: number][] = [];
  employees.forEach((e, i) => {
    graph.addEdge(SOURCE, employeeNode(i), 1, 0);
    for (const id of model.candidates[e] ?? [])
      edges.push([e, id, graph.addEdge(employeeNode(i), positionNode.get(id) ?? 0, 1, 0)]);
  });
  for (const id of positions)
    graph.addEdge(positionNode.get(id) ?? 0, dayNode(model.positions[id]?.day ?? 0), 1, 0);
  for (let day = 0; day < days; day++) {
    const capacity = model.dayCapacity[conductor * days + day] ?? 0;
    for (let k = 1; k <= capacity; k++) graph.addEdge(dayNode(day), SINK, 1, k);
  }

  graph.run(SOURCE, SINK);
  for (const [e, id, edge] of edges) if (graph.flowOn(edge) > 0) placedAt[e] = id;
}
