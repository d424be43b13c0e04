// The conversation workspace's calls: the referat (open, autosave one change against its ETag, approve), the
// archive status, the last signed plan and the conversation's own facts. Checked with zod like client.ts.
import { z } from 'zod';
import { ZConversationKind } from '../../core/org';
import type { ReferatChange } from '../../core/referat/edit';
import { ZReferat } from '../../core/referat/referat';
import type { ApiClient } from './client';
import { templateLoader } from './templates';

export const ZConductorReferat = z.object({
  role: z.literal('conductor'),
  referat: ZReferat,
  etag: z.string(),
  contentHash: z.string(),
  fullyApproved: z.boolean(),
});
export type ConductorReferat = z.infer<typeof ZConductorReferat>;

const ZArchiveStatus = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('archived'),
    webUrl: z.string(),
    fileName: z.string(),
    archivedAt: z.string(),
  }),
  z.object({ status: z.literal('waiting'), message: z.string(), nextAttemptAt: z.string() }),
  z.object({ status: z.literal('not-requested') }),
]);
export type ArchiveStatus = z.infer<typeof ZArchiveStatus>;

const ZPreviousPlan = z.object({
  heldOn: z.string(),
  actions: z.array(
    z.object({
      what: z.string(),
      responsibleName: z.string(),
      deadline: z.string(),
      sharedNeed: z.boolean(),
      overdue: z.boolean(),
    }),
  ),
  noSpecialActions: z.boolean(),
});
export type PreviousPlan = z.infer<typeof ZPreviousPlan>;

const ZListed = z.object({
  id: z.string(),
  kind: ZConversationKind,
  start: z.string(),
  end: z.string(),
  status: z.string(),
  location: z.object({ displayName: z.string() }).nullable(),
  online: z.boolean(),
  meeting: z.object({ joinUrl: z.string().nullable() }).nullable(),
});
export type WorkspaceConversation = z.infer<typeof ZListed>;
const ZLists = z.object({ conducting: z.array(ZListed), mine: z.array(ZListed) });

export type WorkspaceCalls = ReturnType<typeof workspaceCalls>;

export function workspaceCalls(api: Pick<ApiClient, 'request'>) {
  const base = (id: string) => `/api/conversations/${encodeURIComponent(id)}`;
  return {
    /** the template version the referat is on, in every language */
    template: templateLoader(api),
    /** the conversation as the caller's own list has it (time, place, Teams link); null when not theirs */
    conversation: async (id: string) => {
      const lists = await api.request(ZLists, '/api/conversations');
      return [...lists.conducting, ...lists.mine].find((c) => c.id === id) ?? null;
    },
    referat: (id: string) => api.request(ZConductorReferat, `${base(id)}/referat`),
    editReferat: (id: string, etag: string, change: ReferatChange) =>
      api.request(ZConductorReferat, `${base(id)}/referat`, {
        method: 'PATCH',
        headers: { 'If-Match': etag },
        body: JSON.stringify(change),
      }),
    approve: (id: string, contentHash: string) =>
      api.request(ZConductorReferat, `${base(id)}/referat/approve`, {
        method: 'POST',
        body: JSON.stringify({ contentHash }),
      }),
    archive: (id: string) => api.request(ZArchiveStatus, `${base(id)}/archive`),
    previousPlan: async (id: string) =>
      (await api.request(z.object({ plan: ZPreviousPlan.nullable() }), `${base(id)}/previous-plan`)).plan,
  };
}
