import { z } from 'zod';
import { dayOf, isoOf } from '../core/calendar/days';
import { osloDateOf, osloToUtc } from '../core/calendar/oslo';
import { AppError } from '../core/errors';
import { ZConversationKind, type ConversationKind } from '../core/org';
import { findFreeSlots, ZPreferredTime, type FreeSlot, type PreferredTime } from '../core/scheduling/slots';
import type { DirectoryPerson } from '../ports/directory';
import { requireReportOf } from './access';
import { listConversations } from './conversations-repo';
import type { SchedulingDeps } from './scheduling-deps';

export const ZSuggestSlotsInput = z.object({
  employeeId: z.string().uuid(),
  kind: ZConversationKind,
  preferred: z.array(ZPreferredTime).max(5).default([]),
});
export type SuggestSlotsInput = z.infer<typeof ZSuggestSlotsInput>;

/** minutes kept free around the conversation, so nobody runs straight from one meeting into it */
const BUFFER_MINUTES = 15;

/**
 * Three times for one conversation, both people free, inside the invitation window (000: 1-2 weeks ahead).
 * Three different days where possible: "Tuesday 09:00, Tuesday 09:15, Tuesday 09:30" is one choice, not three.
 */
export async function suggestSlots(
  deps: SchedulingDeps,
  input: SuggestSlotsInput & { leaderId: string },
): Promise<FreeSlot[]> {
  const employee = await requireReportOf(deps.directory, input.leaderId, input.employeeId);
  const conductor = await deps.directory.getPerson(input.leaderId);
  if (!conductor) throw new AppError('forbidden', 'the leader is not in the directory');
  return slotsFor(deps, { conductor, employee, kind: input.kind, preferred: input.preferred });
}

/**
 * Three free times for a conductor and an employee, whoever leads whom: booking uses it for the leader's
 * own people, delegation (002) for the leader who takes a conversation over.
 */
export async function slotsFor(
  deps: SchedulingDeps,
  input: {
    conductor: DirectoryPerson;
    employee: DirectoryPerson;
    kind: ConversationKind;
    preferred?: PreferredTime[];
  },
): Promise<FreeSlot[]> {
  const { conductor, employee } = input;
  const policy = await deps.policyFor(employee.department);
  const today = osloDateOf(deps.clock.now().toISOString());
  const from = osloToUtc(isoOf(dayOf(today) + policy.invitation.minDaysAhead), '00:00');
  const to = osloToUtc(isoOf(dayOf(today) + policy.invitation.maxDaysAhead + 1), '00:00');

  const [schedules, conducting] = await Promise.all([
    deps.calendar.getSchedules(conductor.id, [conductor.mail, employee.mail], from, to),
    listConversations(deps.store, { conductorId: conductor.id }),
  ]);
  const [fromMs, toMs] = [Date.parse(from), Date.parse(to)];
  const booked = conducting.filter(
    (c) => c.status !== 'cancelled' && Date.parse(c.start) >= fromMs && Date.parse(c.start) < toMs,
  );
  const slots = findFreeSlots({
    today,
    lead: policy.invitation,
    workingHours: policy.workingHours,
    durationMinutes: policy.durationMinutes[input.kind],
    bufferMinutes: BUFFER_MINUTES,
    busy: schedules.flatMap((s) => s.items),
    booked,
    maxPerDay: policy.maxConversationsPerLeaderPerDay,
    preferred: input.preferred ?? [],
  });
  return pickOnDifferentDays(slots, 3);
}

function pickOnDifferentDays(ranked: FreeSlot[], count: number): FreeSlot[] {
  const chosen: FreeSlot[] = [];
  const days = new Set<string>();
  for (const slot of ranked) {
    if (chosen.length === count) break;
    if (!days.has(slot.date)) {
      chosen.push(slot);
      days.add(slot.date);
    }
  }
  for (const slot of ranked) {
    if (chosen.length === count) break;
    if (!chosen.includes(slot)) chosen.push(slot);
  }
  return chosen.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
