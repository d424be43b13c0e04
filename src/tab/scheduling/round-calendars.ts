// From whose calendar a round's invitations go (003: several leaders share a round): the planner's own first,
// then each co-conductor's, as the send confirmation states them ("8 fra kalenderen din, 4 fra kalenderen
// til Hilde Bøe"). Each conversation's meeting is booked in its conductor's calendar (confirm-round.ts).
import type { Round } from '../api/scheduling';

export type CalendarShare = { conductorId: string; displayName: string; count: number; own: boolean };

export function invitationsByCalendar(
  round: Pick<Round, 'leaderId' | 'people' | 'placements'>,
): CalendarShare[] {
  const counts = new Map<string, number>([[round.leaderId, 0]]);
  for (const p of round.placements) counts.set(p.conductorId, (counts.get(p.conductorId) ?? 0) + 1);
  const nameOf = (id: string) => round.people.find((p) => p.id === id)?.displayName ?? id;
  return [...counts]
    .filter(([, count]) => count > 0)
    .map(([conductorId, count]) => ({
      conductorId,
      displayName: nameOf(conductorId),
      count,
      own: conductorId === round.leaderId,
    }));
}
