// The leader's overview and what hangs off a team row: the conversations held for other leaders' people,
// and exemptions (000: a recorded reason to skip a year). Answers checked with zod, as every call.
import { z } from 'zod';
import { ZConversationKind } from '../../core/org';
import type { ApiClient } from './client';
import { ZTeamMember } from './schemas';

export const ZConductedForOther = z.object({
  conversationId: z.string(),
  kind: ZConversationKind,
  start: z.string(),
  employee: z.object({ id: z.string(), displayName: z.string() }),
});
export type ConductedForOther = z.infer<typeof ZConductedForOther>;

export const ZTeamOverview = z.object({
  members: z.array(ZTeamMember),
  conductingForOthers: z.array(ZConductedForOther),
});
export type TeamOverview = z.infer<typeof ZTeamOverview>;

export const ZExemption = z.object({
  id: z.string(),
  kind: ZConversationKind,
  year: z.number(),
  by: z.enum(['leader', 'employee']),
  reason: z.string(),
  recordedAt: z.string(),
  recordedByName: z.string(),
  withdrawn: z.object({ byName: z.string(), at: z.string() }).nullable(),
});
export type Exemption = z.infer<typeof ZExemption>;

export type NewExemption = Pick<Exemption, 'year' | 'by' | 'reason'> & { kind: 'annual' | 'exit' };

const post = (body?: unknown): RequestInit => ({
  method: 'POST',
  ...(body === undefined ? {} : { body: JSON.stringify(body) }),
});
const person = (id: string) => `/api/people/${encodeURIComponent(id)}`;

export function teamApi(api: ApiClient) {
  return {
    overview: () => api.request(ZTeamOverview, '/api/team'),
    exemptions: async (personId: string) =>
      (await api.request(z.object({ exemptions: z.array(ZExemption) }), `${person(personId)}/exemptions`))
        .exemptions,
    recordExemption: (personId: string, exemption: NewExemption) =>
      api.request(ZExemption, `${person(personId)}/exemptions`, post(exemption)),
    withdrawExemption: (personId: string, id: string) =>
      api.request(ZExemption, `${person(personId)}/exemptions/${encodeURIComponent(id)}/withdraw`, post()),
  };
}
export type TeamApi = ReturnType<typeof teamApi>;
