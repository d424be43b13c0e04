// Handing a conversation to another leader (002): candidates, whether the time can stay, the hand-over.
import { z } from 'zod';
import type { ApiClient } from './client';
import { ZNearLeader, ZSlot } from './scheduling';

/** the leaders near the conductor, as for a round's co-conductors (the server's leaders-near.ts) */
export const ZCandidate = ZNearLeader;
export type Candidate = z.infer<typeof ZCandidate>;

export const ZDelegationPreview = z.object({
  from: z.object({ id: z.string(), displayName: z.string() }),
  to: z.object({ id: z.string(), displayName: z.string(), mail: z.string() }),
  employee: z.object({
    id: z.string(),
    displayName: z.string(),
    mail: z.string(),
    preferredLanguage: z.string().nullable(),
  }),
  meetingHeld: z.boolean(),
  canKeepTime: z.boolean(),
  start: z.string(),
  end: z.string(),
  suggestions: z.array(ZSlot),
});
export type DelegationPreview = z.infer<typeof ZDelegationPreview>;

export const ZDelegated = z.object({
  conversation: z.object({ id: z.string(), conductorId: z.string(), start: z.string() }),
  delegation: z.object({ toName: z.string(), message: z.string() }),
});
export type Delegated = z.infer<typeof ZDelegated>;

const conversation = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;
const post = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export function delegationApi(api: ApiClient) {
  return {
    candidates: async (conversationId: string) =>
      (
        await api.request(
          z.object({ candidates: z.array(ZCandidate) }),
          `${conversation(conversationId)}/delegation/candidates`,
        )
      ).candidates,
    preview: (conversationId: string, toLeaderId: string) =>
      api.request(
        ZDelegationPreview,
        `${conversation(conversationId)}/delegation/preview`,
        post({ toLeaderId }),
      ),
    delegate: (conversationId: string, body: { toLeaderId: string; start: string; note: string }) =>
      api.request(ZDelegated, `${conversation(conversationId)}/delegate`, post(body)),
  };
}
export type DelegationApi = ReturnType<typeof delegationApi>;
