// What the server's JSON API returns, checked at the edge: a response that does not match is an error,
// never a half-rendered page.
import { z } from 'zod';
import { ZConversationKind, ZLanguage, ZRole } from '../../core/org';

export const ZClientConfig = z.object({
  mode: z.enum(['demo', 'production']),
  tenantId: z.string(),
  clientId: z.string().nullable(),
  apiScope: z.string().nullable(),
});
export type ClientConfig = z.infer<typeof ZClientConfig>;

export const ZPersona = z.object({
  personId: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  unitName: z.string(),
  role: ZRole,
});
export type Persona = z.infer<typeof ZPersona>;

export const ZPersonaList = z.object({ personas: z.array(ZPersona) });

export const ZAccessToken = z.object({
  accessToken: z.string().min(1),
  expiresOn: z.string().datetime({ offset: true }),
});
export type AccessToken = z.infer<typeof ZAccessToken>;

export const ZMe = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  roles: z.array(ZRole),
  language: ZLanguage,
});
export type Me = z.infer<typeof ZMe>;

export const ZTeamMember = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  department: z.string().nullable(),
  mail: z.string(),
  startDate: z.string().nullable(),
  positionPercent: z.number().nullable(),
  employeeType: z.string().nullable(),
  lastAnnualConversation: z.string().nullable(),
  nextDue: z
    .object({
      kind: ZConversationKind,
      dueDate: z.string(),
      status: z.enum(['overdue', 'due', 'upcoming', 'offered', 'exempt']),
      number: z.number().optional(),
    })
    .nullable(),
  nextBooked: z
    .object({
      id: z.string(),
      kind: ZConversationKind,
      start: z.string(),
      /** set when another leader holds it (delegated, or shared in a round): booked, but not ours to open */
      conductor: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    })
    .nullable(),
  probationEnd: z.string().nullable(),
  endDate: z.string().nullable(),
  openActions: z.number().int().min(0),
  checklist: z
    .object({
      kind: z.enum(['onboarding', 'exit']),
      done: z.number(),
      total: z.number(),
      overdue: z.number(),
    })
    .nullable(),
  exemptions: z.array(
    z.object({
      id: z.string(),
      kind: ZConversationKind,
      year: z.number(),
      by: z.enum(['leader', 'employee']),
      reason: z.string(),
    }),
  ),
});
export type TeamMember = z.infer<typeof ZTeamMember>;

export const ZTeam = z.object({ members: z.array(ZTeamMember) });

export const ZErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
