// The round planner's settings as the leader fills them in, and the request they become. Empty number fields
// mean "what the policy says", so the server's policy stays the one source of the defaults. Who holds which
// conversation (003: on large workplaces several leaders share) is part of the draft: the leader chooses
// co-conductors among the leaders near them, and each person's conductor starts as an even split.
import type { ConversationKind } from '../../core/org';
import type { PlanRoundInput, Room } from '../api/scheduling';
import { fridayOf, nextMonday } from './slot-times';

export type RoundDraft = {
  kind: ConversationKind;
  from: string;
  to: string;
  durationMinutes: string;
  maxPerDay: string;
  online: boolean;
  roomMail: string;
  place: string;
  specialTopics: string;
  /** the leaders who share the round with the planner, in the order chosen */
  coConductorIds: string[];
  /** employee id → who holds their conversation (the planner or a co-conductor); absent: the planner */
  conductorOf: Record<string, string>;
};

/** 000: invitations go out 1-2 weeks ahead, so a round starts next Monday and runs three working weeks. */
export function defaultRoundDraft(today: string): RoundDraft {
  const from = nextMonday(today);
  return {
    kind: 'annual',
    from,
    to: fridayOf(from, 3),
    durationMinutes: '',
    maxPerDay: '',
    online: true,
    roomMail: '',
    place: '',
    specialTopics: '',
    coConductorIds: [],
    conductorOf: {},
  };
}

type Named = { id: string; displayName: string };
type Member = Named & { nextBooked: { kind: ConversationKind } | null };

/**
 * Who the round is for: the team, less whoever has this kind of conversation booked already ("the rest"),
 * and less a co-conductor from the team (a deputy), who holds conversations in the round instead of having
 * one in it (the server refuses a person as both).
 */
export function roundPeople<M extends Member>(
  members: M[],
  draft: Pick<RoundDraft, 'kind' | 'coConductorIds'>,
): { people: M[]; alreadyBooked: M[]; conducting: M[] } {
  const alreadyBooked = members.filter((p) => p.nextBooked?.kind === draft.kind);
  const conducting = members.filter((p) => draft.coConductorIds.includes(p.id) && !alreadyBooked.includes(p));
  const people = members.filter((p) => !alreadyBooked.includes(p) && !conducting.includes(p));
  return { people, alreadyBooked, conducting };
}

/**
 * An even split of the people between the conductors, in name order and in blocks, so the leader reads it as
 * "A to H are mine, I to Ø are Hilde's": 10 people over 3 conductors are 4, 3 and 3, the first conductor (the
 * planner) taking the one left over.
 */
export function splitEvenly(people: Named[], conductorIds: string[]): Record<string, string> {
  const byName = [...people].sort(
    (a, b) => a.displayName.localeCompare(b.displayName, 'nb') || a.id.localeCompare(b.id),
  );
  const split: Record<string, string> = {};
  const n = conductorIds.length;
  if (n === 0) return split;
  let at = 0;
  conductorIds.forEach((conductorId, i) => {
    const size = Math.floor(byName.length / n) + (i < byName.length % n ? 1 : 0);
    for (const p of byName.slice(at, at + size)) split[p.id] = conductorId;
    at += size;
  });
  return split;
}

/**
 * A change to the draft. When the co-conductors or the kind change (and so who is in the round), everyone is
 * split anew between the planner and the co-conductors: a hand-made change to a row does not survive that,
 * since a split half by hand and half by rule would be hard to read.
 */
export function changeRoundDraft<M extends Member>(
  draft: RoundDraft,
  change: Partial<RoundDraft>,
  context: { plannerId: string; members: M[] },
): RoundDraft {
  const next = { ...draft, ...change };
  const regroup =
    (change.kind !== undefined && change.kind !== draft.kind) || change.coConductorIds !== undefined;
  if (!regroup) return next;
  const { people } = roundPeople(context.members, next);
  const conductorOf =
    next.coConductorIds.length > 0 ? splitEvenly(people, [context.plannerId, ...next.coConductorIds]) : {};
  return { ...next, conductorOf };
}

/** who holds a person's conversation: the co-conductor the draft names, while still chosen; else the planner */
export function holderOf(
  draft: Pick<RoundDraft, 'conductorOf' | 'coConductorIds'>,
  plannerId: string,
  personId: string,
): string {
  const id = draft.conductorOf[personId];
  return id && draft.coConductorIds.includes(id) ? id : plannerId;
}

export type RoundDraftProblem = 'period' | 'duration' | 'max-per-day' | 'place-missing';

const wholeIn = (text: string, min: number, max: number): number | undefined | null => {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

/** who plans, and for whom; conductorOf of the draft is sent for these people only */
export type RoundFor = { plannerId: string; employeeIds: string[] };

export function toPlanInput(
  draft: RoundDraft,
  rooms: Room[],
  round: RoundFor,
): { ok: true; input: PlanRoundInput } | { ok: false; problems: RoundDraftProblem[] } {
  const problems: RoundDraftProblem[] = [];
  if (!draft.from || !draft.to || draft.to < draft.from) problems.push('period');
  // the same limits the server holds (plan-round.ts)
  const durationMinutes = wholeIn(draft.durationMinutes, 15, 240);
  if (durationMinutes === null) problems.push('duration');
  const maxPerDay = wholeIn(draft.maxPerDay, 1, 12);
  if (maxPerDay === null) problems.push('max-per-day');
  const room = rooms.find((r) => r.mail === draft.roomMail);
  const place = draft.place.trim();
  const location = room
    ? { displayName: room.displayName, roomMail: room.mail }
    : place
      ? { displayName: place, roomMail: null }
      : null;
  if (!location && !draft.online) problems.push('place-missing');
  if (problems.length > 0 || durationMinutes === null || maxPerDay === null) return { ok: false, problems };
  // the planner's own are left out (the server's default), and so is a leader no longer chosen
  const conductorOf = Object.fromEntries(
    round.employeeIds.flatMap((id) => {
      const conductorId = holderOf(draft, round.plannerId, id);
      return conductorId === round.plannerId ? [] : [[id, conductorId]];
    }),
  );
  return {
    ok: true,
    input: {
      kind: draft.kind,
      employeeIds: round.employeeIds,
      conductorOf,
      period: { from: draft.from, to: draft.to },
      durationMinutes,
      maxPerDay,
      location,
      online: draft.online,
      specialTopics: draft.specialTopics.trim(),
    },
  };
}
