// A person's onboarding and exit checklists (000 3-5): read, start, change, tick under each item's ETag.
import { z } from 'zod';
import type { ApiClient } from './client';

const ZRole = z.enum(['leader', 'mentor', 'it', 'hr', 'archive']);

export const ZChecklistItem = z.object({
  id: z.string(),
  phase: z.enum(['before-start', 'day-1', 'week-1', 'exit']),
  responsible: ZRole,
  involves: ZRole.optional(),
  deadline: z.string(),
  text: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
  source: z.string(),
  done: z.object({ by: z.string(), byName: z.string(), at: z.string() }).nullable(),
  overdue: z.boolean(),
  etag: z.string(),
});
export type ChecklistItem = z.infer<typeof ZChecklistItem>;
export type ChecklistKind = 'onboarding' | 'exit';

export const ZChecklist = z.object({
  kind: z.enum(['onboarding', 'exit']),
  date: z.string(),
  dateSource: z.enum(['directory', 'leader']),
  mentor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  newlyQualifiedTeacher: z.boolean(),
  newLeader: z.boolean(),
  mentorMissing: z.boolean(),
  progress: z.object({
    done: z.number(),
    total: z.number(),
    overdue: z.number(),
    nextDeadline: z.string().nullable(),
  }),
  items: z.array(ZChecklistItem),
  etag: z.string(),
});
export type Checklist = z.infer<typeof ZChecklist>;

export const ZPersonChecklists = z.object({
  person: z.object({
    id: z.string(),
    displayName: z.string(),
    jobTitle: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
  }),
  checklists: z.array(ZChecklist),
  startable: z.array(z.object({ kind: z.enum(['onboarding', 'exit']), date: z.string().nullable() })),
  mentorCandidates: z.array(z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() })),
});
export type PersonChecklists = z.infer<typeof ZPersonChecklists>;

export type ChecklistOptionsChange = {
  mentorId?: string | null;
  newlyQualifiedTeacher?: boolean;
  newLeader?: boolean;
  endDate?: string;
};

export type StartChecklist =
  | { kind: 'onboarding'; mentorId?: string | null; newlyQualifiedTeacher?: boolean; newLeader?: boolean }
  | { kind: 'exit'; endDate?: string };

const path = (personId: string) => `/api/people/${encodeURIComponent(personId)}/checklist`;
const send = (method: string, body: unknown, etag?: string): RequestInit => ({
  method,
  body: JSON.stringify(body),
  ...(etag ? { headers: { 'If-Match': etag } } : {}),
});

export function checklistsApi(api: ApiClient) {
  return {
    open: (personId: string) => api.request(ZPersonChecklists, path(personId)),
    start: (personId: string, body: StartChecklist) =>
      api.request(ZChecklist, path(personId), send('POST', body)),
    update: (personId: string, kind: ChecklistKind, change: ChecklistOptionsChange, etag: string) =>
      api.request(ZChecklist, `${path(personId)}/${kind}`, send('PATCH', change, etag)),
    tick: (personId: string, kind: ChecklistKind, itemId: string, done: boolean, etag: string) =>
      api.request(
        ZChecklist,
        `${path(personId)}/${kind}/items/${encodeURIComponent(itemId)}`,
        send('PATCH', { done }, etag),
      ),
  };
}
export type ChecklistsApi = ReturnType<typeof checklistsApi>;
