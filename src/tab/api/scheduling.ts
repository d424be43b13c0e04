// The leader's scheduling calls: suggestions, booking one conversation, rooms, and rounds. Each answer is
// checked with zod like every other call (client.ts).
import { z } from 'zod';
import { ZConversationKind, type ConversationKind } from '../../core/org';
import type { ApiClient } from './client';

export const ZSlot = z.object({
  start: z.string(),
  end: z.string(),
  date: z.string(),
  preferred: z.boolean().optional(),
  conductorLoad: z.number().optional(),
});
export type Slot = z.infer<typeof ZSlot>;

export const ZRoom = z.object({
  mail: z.string(),
  displayName: z.string(),
  capacity: z.number().nullable(),
  building: z.string().nullable(),
});
export type Room = z.infer<typeof ZRoom>;

export type Place = { displayName: string; roomMail: string | null };

export const ZBooked = z.object({
  conversation: z.object({ id: z.string(), start: z.string(), end: z.string() }),
  shortNotice: z.boolean(),
});
export type Booked = z.infer<typeof ZBooked>;

/** a leader near the signed-in one: who a conversation may be handed to, and who may share a round */
export const ZNearLeader = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  department: z.string().nullable(),
  mail: z.string(),
  relation: z.enum(['manager', 'peer', 'report']),
});
export type NearLeader = z.infer<typeof ZNearLeader>;

export const ZRound = z.object({
  id: z.string(),
  /** the leader who planned it; a placement with another conductorId is a co-conductor's */
  leaderId: z.string(),
  status: z.enum(['preview', 'confirming', 'confirmed', 'partly-confirmed']),
  settings: z.object({ kind: ZConversationKind, durationMinutes: z.number(), maxPerDay: z.number() }),
  people: z.array(z.object({ id: z.string(), displayName: z.string(), mail: z.string() })),
  placements: z.array(
    z.object({ employeeId: z.string(), conductorId: z.string(), start: z.string(), end: z.string() }),
  ),
  unplaced: z.array(z.object({ employeeId: z.string(), conductorId: z.string(), reason: z.string() })),
  progress: z.object({
    done: z.number(),
    total: z.number(),
    failed: z.array(z.object({ employeeId: z.string(), error: z.string() })),
  }),
});
export type Round = z.infer<typeof ZRound>;

export type BookInput = {
  conversationId: string;
  employeeId: string;
  kind: ConversationKind;
  start: string;
  location: Place | null;
  online: boolean;
  specialTopics: string;
};

export type PlanRoundInput = {
  kind: ConversationKind;
  /** the people in the round; the server's default is the whole team */
  employeeIds?: string[];
  /** employee id → the co-conductor who holds their conversation; those left out are the planner's */
  conductorOf?: Record<string, string>;
  period: { from: string; to: string };
  durationMinutes?: number;
  maxPerDay?: number;
  location: Place | null;
  online: boolean;
  specialTopics: string;
};

const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export function schedulingApi(api: ApiClient) {
  return {
    suggestions: async (employeeId: string, kind: ConversationKind) =>
      (
        await api.request(
          z.object({ slots: z.array(ZSlot) }),
          '/api/conversations/suggestions',
          post({ employeeId, kind }),
        )
      ).slots,
    book: (input: BookInput) => api.request(ZBooked, '/api/conversations', post(input)),
    rooms: async () => (await api.request(z.object({ rooms: z.array(ZRoom) }), '/api/rooms')).rooms,
    coConductors: async () =>
      (await api.request(z.object({ coConductors: z.array(ZNearLeader) }), '/api/rounds/co-conductors'))
        .coConductors,
    planRound: (input: PlanRoundInput) => api.request(ZRound, '/api/rounds', post(input)),
    round: (id: string) => api.request(ZRound, `/api/rounds/${encodeURIComponent(id)}`),
    confirmRound: (id: string) =>
      api.request(ZRound, `/api/rounds/${encodeURIComponent(id)}/confirm`, post({})),
  };
}
export type SchedulingApi = ReturnType<typeof schedulingApi>;
