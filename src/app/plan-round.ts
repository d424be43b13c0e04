import { z } from 'zod';
import { osloToUtc } from '../core/calendar/oslo';
import { dayOf, isoOf } from '../core/calendar/days';
import { ZLocation } from '../core/conversation';
import { AppError } from '../core/errors';
import { ZConversationKind, ZIsoDate } from '../core/org';
import type { Round } from '../core/round';
import { planRound as planPlacements } from '../core/scheduling/round-planner';
import type { DirectoryPerson } from '../ports/directory';
import { leadersNear } from './leaders-near';
import { saveRound } from './rounds-repo';
import type { SchedulingDeps } from './scheduling-deps';

// a day that exists (2026-02-30 reached the date arithmetic as a 500: issue 9 fuzzing)
const ZDate = ZIsoDate;

export const ZPlanRoundInput = z.object({
  kind: ZConversationKind.default('annual'),
  period: z.object({ from: ZDate, to: ZDate }),
  /** the people in the round; default: every direct report */
  employeeIds: z.array(z.string().uuid()).max(1000).optional(),
  /**
   * 003: in large units several leaders share the conversations; 002: the nearest leader may hand one to another
   * leader. Employees not listed here are conducted by the planning leader.
   */
  conductorOf: z.record(z.string().uuid(), z.string().uuid()).default({}),
  durationMinutes: z.number().int().min(15).max(240).optional(),
  maxPerDay: z.number().int().min(1).max(12).optional(),
  location: ZLocation.nullable().default(null),
  online: z.boolean().default(true),
  specialTopics: z.string().max(2000).default(''),
});
export type PlanRoundInput = z.input<typeof ZPlanRoundInput>;

/** minutes kept free around each conversation */
const BUFFER_MINUTES = 15;

/**
 * A preview of a round for the leader's team: everyone's free/busy in one go (20 mailboxes per Graph call),
 * then the most conversations the calendars allow, spread evenly. Nothing is sent to anyone.
 */
export async function planRound(
  deps: SchedulingDeps,
  raw: PlanRoundInput & { leaderId: string },
): Promise<Round> {
  const input = ZPlanRoundInput.parse(raw);
  const { leaderId } = raw;
  const leader = await deps.directory.getPerson(leaderId);
  if (!leader) throw new AppError('forbidden', 'the leader is not in the directory');
  const reports = await deps.directory.listDirectReports(leaderId);
  const team = chooseEmployees(reports, input.employeeIds);
  if (team.length === 0) throw new AppError('not-a-leader', `${leaderId} has nobody to plan for`);
  if (dayOf(input.period.to) < dayOf(input.period.from)) {
    throw new AppError('bad-request', 'the period ends before it starts', 'body.period.to');
  }
  const policy = await deps.policyFor(leader.department);
  const durationMinutes = input.durationMinutes ?? policy.durationMinutes[input.kind];
  const maxPerDay = input.maxPerDay ?? policy.maxConversationsPerLeaderPerDay;

  const conductors = await otherConductors(deps, input.conductorOf, { team, reports }, leaderId);
  const people = [leader, ...conductors, ...team];
  const from = osloToUtc(input.period.from, '00:00');
  const to = osloToUtc(isoOf(dayOf(input.period.to) + 1), '00:00');
  const schedules = await deps.calendar.getSchedules(
    leaderId,
    people.map((p) => p.mail),
    from,
    to,
  );
  const idByMail = new Map(people.map((p) => [p.mail.toLowerCase(), p.id]));
  const busy = schedules.flatMap((s) => {
    const personId = idByMail.get(s.mailbox.toLowerCase());
    return personId ? s.items.map((item) => ({ ...item, personId })) : [];
  });

  const plan = planPlacements({
    employees: team.map((e) => ({ id: e.id, conductorId: input.conductorOf[e.id] ?? leaderId })),
    conductors: [leader, ...conductors].map((c) => ({ id: c.id, maxPerDay })),
    busy,
    period: input.period,
    durationMinutes,
    bufferMinutes: BUFFER_MINUTES,
    workingHours: policy.workingHours,
  });
  const now = deps.clock.now().toISOString();
  const round: Round = {
    id: deps.newId(),
    leaderId,
    status: 'preview',
    settings: {
      kind: input.kind,
      period: input.period,
      durationMinutes,
      maxPerDay,
      location: input.location,
      online: input.online,
      specialTopics: input.specialTopics,
    },
    people: people.map((p) => ({
      id: p.id,
      mail: p.mail,
      displayName: p.displayName,
      preferredLanguage: p.preferredLanguage,
    })),
    placements: plan.placements,
    unplaced: plan.unplaced,
    progress: { done: 0, total: plan.placements.length, failed: [] },
    createdAt: now,
    updatedAt: now,
  };
  return (await saveRound(deps.store, round)).value;
}

/**
 * The co-conductors, each one a leader near the planner (leaders-near.ts, listed by list-co-conductors.ts: the
 * leaders a conversation may be handed to, since a co-conductor reads its content) who is not also planned as
 * an employee. A refusal names the employee whose conductor it is, so the tab can point at the row.
 */
async function otherConductors(
  deps: SchedulingDeps,
  conductorOf: Record<string, string>,
  { team, reports }: { team: DirectoryPerson[]; reports: DirectoryPerson[] },
  leaderId: string,
): Promise<DirectoryPerson[]> {
  const inTeam = new Set(team.map((p) => p.id));
  const others = Object.entries(conductorOf).filter(([, conductorId]) => conductorId !== leaderId);
  const near = others.length > 0 ? await leadersNear(deps.directory, leaderId, reports) : [];
  const mayConduct = new Set(near.map((p) => p.id).filter((id) => !inTeam.has(id)));
  for (const [employeeId, conductorId] of Object.entries(conductorOf)) {
    const field = `body.conductorOf.${employeeId}`;
    if (!inTeam.has(employeeId))
      throw new AppError('bad-request', `${employeeId} is not in this round`, field);
    if (conductorId !== leaderId && !mayConduct.has(conductorId))
      throw new AppError('bad-request', `${conductorId} cannot conduct in this round`, field);
  }
  const ids = [...new Set(others.map(([, conductorId]) => conductorId))];
  return Promise.all(
    ids.map(async (id) => {
      const person = await deps.directory.getPerson(id);
      // near a moment ago, gone now: the same answer as any other who may not conduct
      if (!person)
        throw new AppError('bad-request', `${id} cannot conduct in this round`, 'body.conductorOf');
      return person;
    }),
  );
}

function chooseEmployees(reports: DirectoryPerson[], ids: string[] | undefined): DirectoryPerson[] {
  if (!ids) return reports;
  const byId = new Map(reports.map((r) => [r.id, r]));
  return ids.map((id, i) => {
    const person = byId.get(id);
    // Someone not in the leader's team is refused, not skipped: the leader would think they were planned.
    if (!person) throw new AppError('forbidden', `${id} is not a direct report`, `body.employeeIds.${i}`);
    return person;
  });
}
