// The round as an assignment problem, the model the planner solves exactly.
//
// Placing conversations at any 15-minute start is job interval scheduling, which is NP-hard in general
// (Spieksma 1999): two employees' conversations with one conductor may not overlap, and that constraint is not
// a flow. So the model fixes, per conductor and day, positions that cannot overlap one another
// (positions.ts: greedy on the conductor's own calendar). Then every rule is a capacity:
//
//   source -1-> employee -1-> position where both are free -1-> conductor-day -maxPerDay-> sink
//
// One conversation per employee, one employee per position, at most maxPerDay per conductor and day. Any
// integral flow is a valid plan and any valid plan in the model is an integral flow, so a maximum flow is a
// plan with the most employees placed. Within this model the count is exact (tests compare it with a brute
// force over every assignment); a conversation at a time between two positions is never considered.
import { osloDateOf } from '../calendar/oslo';
import { blockingIntervals, isFree, type BusyTime } from './busy';
import { conductorPositions } from './positions';
import type { RoundInput } from './round-input';
import { workingWindows, type WorkingWindow } from './working-windows';

export interface ModelPosition {
  /** index into input.conductors */
  conductor: number;
  /** index into windows */
  day: number;
  start: number;
  end: number;
}

export interface RoundModel {
  windows: WorkingWindow[];
  positions: ModelPosition[];
  /** for each employee (in input order): the ids of the positions where the employee is free as well */
  candidates: number[][];
  /** for each employee: index of their conductor */
  conductorOf: number[];
  /** for each conductor: how many positions they have in the period */
  positionCount: number[];
  /** for each conductor-day (conductor * windows.length + day): room left under maxPerDay */
  dayCapacity: number[];
}

function busyByPerson(input: RoundInput): Map<string, BusyTime[]> {
  const byPerson = new Map<string, BusyTime[]>();
  const booked = (input.booked ?? []).map((b) => ({
    ...b,
    personId: b.conductorId,
    showAs: 'busy' as const,
  }));
  for (const item of [...input.busy, ...booked]) {
    const list = byPerson.get(item.personId);
    if (list) list.push(item);
    else byPerson.set(item.personId, [item]);
  }
  return byPerson;
}

/** Builds the model; the input must have passed roundInputIssues(). */
export function buildRoundModel(input: RoundInput): RoundModel {
  const step = input.stepMinutes ?? 15;
  const windows = workingWindows(input.period.from, input.period.to, input.workingHours, input.closedDates);
  const busy = busyByPerson(input);
  const blocksOf = (id: string) => blockingIntervals(busy.get(id) ?? [], input.bufferMinutes);

  const positions: ModelPosition[] = [];
  const ofConductor = new Map<string, number[]>();
  const conductorIndex = new Map<string, number>();
  input.conductors.forEach((conductor, c) => {
    conductorIndex.set(conductor.id, c);
    const blocks = blocksOf(conductor.id);
    const ids: number[] = [];
    windows.forEach((window, day) => {
      for (const p of conductorPositions(window, blocks, input.durationMinutes, input.bufferMinutes, step)) {
        ids.push(positions.length);
        positions.push({ conductor: c, day, start: p.start, end: p.end });
      }
    });
    ofConductor.set(conductor.id, ids);
  });

  const conductorOf: number[] = [];
  const candidates = input.employees.map((employee) => {
    conductorOf.push(conductorIndex.get(employee.conductorId) ?? -1);
    const blocks = blocksOf(employee.id);
    return (ofConductor.get(employee.conductorId) ?? []).filter((id) => {
      const p = positions[id];
      return p !== undefined && isFree(blocks, p.start, p.end);
    });
  });
  return {
    windows,
    positions,
    candidates,
    conductorOf,
    positionCount: input.conductors.map((c) => ofConductor.get(c.id)?.length ?? 0),
    dayCapacity: dayCapacity(input, windows, conductorIndex),
  };
}

/**
 * maxPerDay less what each conductor already has booked that Oslo day: a leader with two conversations on
 * Tuesday and a maximum of three gets at most one more there from the round.
 */
function dayCapacity(
  input: RoundInput,
  windows: WorkingWindow[],
  conductorIndex: Map<string, number>,
): number[] {
  const days = windows.length;
  const dayIndex = new Map(windows.map((w, d) => [w.date, d]));
  const capacity = input.conductors.flatMap((c) => new Array<number>(days).fill(c.maxPerDay));
  for (const booking of input.booked ?? []) {
    const c = conductorIndex.get(booking.conductorId);
    const d = dayIndex.get(osloDateOf(booking.start));
    if (c === undefined || d === undefined) continue;
    const key = c * days + d;
    capacity[key] = Math.max(0, (capacity[key] ?? 0) - 1);
  }
  return capacity;
}
