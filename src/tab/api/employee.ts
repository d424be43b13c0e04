// The employee's calls: my conversations, the referat to approve, its archive status, another time, my
// actions. Answers are checked with zod here, with the core's own schemas where the server sends core types.
import { z } from 'zod';
import { ZConversationKind } from '../../core/org';
import { ZActionItem, ZEmployeeReferat } from '../../core/referat/referat';
import type { ApiClient } from './client';
import { templateLoader } from './templates';

export const ZMyConversation = z.object({
  id: z.string(),
  kind: ZConversationKind,
  status: z.enum(['booking', 'booked', 'cancelled']),
  start: z.string(),
  end: z.string(),
  conductorId: z.string(),
  location: z.object({ displayName: z.string() }).nullable(),
  online: z.boolean(),
  specialTopics: z.string(),
  meeting: z.object({ joinUrl: z.string().nullable() }).nullable(),
  newTimeRequest: z
    .object({ reason: z.string(), preferredTimes: z.string(), requestedAt: z.string() })
    .nullable(),
});
export type MyConversation = z.infer<typeof ZMyConversation>;

const ZLists = z.object({ mine: z.array(ZMyConversation) });

export const ZEmployeeReferatView = z.object({
  role: z.literal('employee'),
  referat: ZEmployeeReferat,
  etag: z.string(),
  contentHash: z.string(),
  fullyApproved: z.boolean(),
});
export type EmployeeReferatView = z.infer<typeof ZEmployeeReferatView>;

export const ZArchiveStatus = z.discriminatedUnion('status', [
  z.object({ status: z.literal('archived'), archivedAt: z.string(), copySent: z.boolean() }),
  z.object({ status: z.literal('waiting'), message: z.string() }),
  z.object({ status: z.literal('not-requested') }),
]);
export type ArchiveStatus = z.infer<typeof ZArchiveStatus>;

export const ZMyAction = ZActionItem.extend({
  conversationId: z.string(),
  conversationKind: ZConversationKind,
  role: z.enum(['employee', 'conductor']),
  done: z.boolean(),
  comment: z.string(),
  etag: z.string().nullable(),
});
export type MyAction = z.infer<typeof ZMyAction>;
const ZMyActions = z.object({ actions: z.array(ZMyAction) });
const ZActionStatus = z.object({ done: z.boolean(), comment: z.string(), etag: z.string() });

// the audit log records where a read or change came from (DESIGN §6)
const FROM_TAB = { 'X-Samtale-Surface': 'tab' };
const get: RequestInit = { headers: FROM_TAB };
const json = (method: string, body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method,
  body: JSON.stringify(body),
  headers: { ...FROM_TAB, ...headers },
});

export function employeeApi(api: ApiClient) {
  const of = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;
  return {
    /** the template version the referat is on, in every language */
    template: templateLoader(api),
    myConversations: async () => (await api.request(ZLists, '/api/conversations', get)).mine,
    referat: (id: string) => api.request(ZEmployeeReferatView, `${of(id)}/referat`, get),
    approveReferat: (id: string, contentHash: string) =>
      api.request(ZEmployeeReferatView, `${of(id)}/referat/approve`, json('POST', { contentHash })),
    archive: (id: string) => api.request(ZArchiveStatus, `${of(id)}/archive`, get),
    requestNewTime: (id: string, reason: string, preferredTimes: string) =>
      api.request(ZMyConversation, `${of(id)}/new-time-request`, json('POST', { reason, preferredTimes })),
    myActions: async () => (await api.request(ZMyActions, '/api/actions/mine', get)).actions,
    updateAction: (
      key: { conversationId: string; actionId: string },
      update: { done?: boolean; comment?: string },
      etag: string | null,
    ) =>
      api.request(
        ZActionStatus,
        `/api/actions/${encodeURIComponent(key.conversationId)}/${encodeURIComponent(key.actionId)}`,
        json('PATCH', update, etag ? { 'If-Match': etag } : {}),
      ),
  };
}
export type EmployeeApi = ReturnType<typeof employeeApi>;
