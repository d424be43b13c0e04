// The round planner's settings as the leader fills them in, and the request they become. Empty number fields
// mean "what the policy says", so the server's policy stays the one source of the defaults.
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
  };
}

export type RoundDraftProblem = 'period' | 'duration' | 'max-per-day' | 'place-missing';

const wholeIn = (text: string, min: number, max: number): number | undefined | null => {
  if (text.trim() === '') return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
};

export function toPlanInput(
  draft: RoundDraft,
  rooms: Room[],
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
  return {
    ok: true,
    input: {
      kind: draft.kind,
      period: { from: draft.from, to: draft.to },
      durationMinutes,
      maxPerDay,
      location,
      online: draft.online,
      specialTopics: draft.specialTopics.trim(),
    },
  };
}
