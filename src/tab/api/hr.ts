// HR's calls: the two reports (JSON, and CSV as a file), the policy settings and the templates (read, save). Counts and
// nameless needs only (DESIGN §6); every answer is checked with zod like the rest of the client.
import { z } from 'zod';
import { ZPolicy, type Policy, type PolicyFile } from '../../core/policy/schema';
import type { Language } from '../../core/org';
import { ZTemplate } from '../../core/templates/template';
import type { TemplateDraft } from '../../core/templates/template-draft';
import { ApiError, NETWORK_ERROR } from './api-error';
import type { ApiClient } from './client';

const ZCounts = z.object({
  required: z.number(),
  had: z.number(),
  booked: z.number(),
  notBooked: z.number(),
  exempt: z.number(),
  offered: z.number(),
  offeredHad: z.number(),
});
const ZPeriod = z.object({ from: z.string(), to: z.string() });

export const ZComplianceReport = z.object({
  period: ZPeriod,
  units: z.array(ZCounts.extend({ unitId: z.string(), unitName: z.string() })),
  total: ZCounts,
});
export type ComplianceReport = z.infer<typeof ZComplianceReport>;

const ZNeedsGroup = z.object({
  conversations: z.number(),
  needs: z.array(z.object({ need: z.string(), count: z.number() })),
});
export const ZNeedsReport = z.object({
  period: ZPeriod,
  units: z.array(ZNeedsGroup.extend({ unit: z.string() })),
  total: ZNeedsGroup,
});
export type NeedsReport = z.infer<typeof ZNeedsReport>;

export const ZPolicySettings = z.object({
  // the file was checked when it was saved; the form only carries its unit overrides through
  file: z.record(z.string(), z.unknown()),
  municipality: ZPolicy,
  version: z.number(),
  savedByName: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** why the stored version is set aside and the defaults apply; null when it is in force */
  problem: z.string().nullish(),
});
export type PolicySettings = z.infer<typeof ZPolicySettings>;

const ZTemplateView = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.string(),
  title: z.string(),
  source: z.array(z.string()),
  savedByName: z.string().nullable(),
  savedAt: z.string().nullable(),
  /** what new conversations start on, and the one HR edits */
  newest: z.boolean(),
  sections: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      questions: z.array(
        z.object({ id: z.string(), text: z.string(), audience: z.string(), required: z.boolean() }),
      ),
    }),
  ),
});
export type TemplateView = z.infer<typeof ZTemplateView>;

/** one template version in every language, with who saved it (null: shipped with the product) */
export const ZTemplateVersion = z.object({
  template: ZTemplate,
  savedByName: z.string().nullable(),
  savedAt: z.string().nullable(),
});
export type TemplateVersion = z.infer<typeof ZTemplateVersion>;

/**
 * a refused save of the policy or a template: the field the server named (e.g. "invitation.minDaysAhead",
 * "sections.2.questions.0.text.nn"), if any
 */
export class PolicySaveError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly field: string | null,
  ) {
    super(status, code, message);
  }
}
const ZSaveErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

const ZPolicyVersion = z.object({
  version: z.number(),
  savedByName: z.string().nullable(),
  savedAt: z.string(),
});
export type PolicyVersion = z.infer<typeof ZPolicyVersion>;

export type ReportKind = 'compliance' | 'needs';

export function hrApi(api: ApiClient) {
  const { getToken, baseUrl = '', onUnauthorized } = api.options;
  const authorised = (init: RequestInit = {}): RequestInit => {
    const headers = new Headers(init.headers);
    const token = getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return { ...init, headers };
  };
  const send = async (path: string, init: RequestInit): Promise<Response> => {
    try {
      const response = await fetch(`${baseUrl}${path}`, authorised(init));
      if (response.status === 401) onUnauthorized();
      return response;
    } catch (cause) {
      throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
    }
  };

  /** a JSON write whose refusal keeps the server's code and field, for the form to mark */
  const save = async <S extends z.ZodType>(schema: S, path: string, method: string, body: unknown) => {
    const response = await send(path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    const answer: unknown = await response.json().catch(() => undefined);
    if (response.ok) return schema.parse(answer) as z.infer<S>;
    const error = ZSaveErrorBody.safeParse(answer);
    throw error.success
      ? new PolicySaveError(
          response.status,
          error.data.error.code,
          error.data.error.message,
          error.data.error.field ?? null,
        )
      : new PolicySaveError(response.status, `http-${response.status}`, response.statusText, null);
  };

  return {
    compliance: (year: number) => api.request(ZComplianceReport, `/api/reports/compliance?year=${year}`),
    needs: (year: number) => api.request(ZNeedsReport, `/api/reports/needs?year=${year}`),
    /** the report as the server's CSV file (BOM, semicolons) — a link cannot carry the bearer token */
    async csv(kind: ReportKind, year: number): Promise<Blob> {
      const response = await send(`/api/reports/${kind}?year=${year}&format=csv`, {});
      if (!response.ok) throw new ApiError(response.status, `http-${response.status}`, response.statusText);
      return response.blob();
    },
    policy: () => api.request(ZPolicySettings, '/api/policy'),
    savePolicy: (policy: PolicyFile, expectedVersion: number): Promise<PolicySettings> =>
      save(ZPolicySettings, '/api/policy', 'PUT', { policy, expectedVersion }),
    policyVersions: async () =>
      (await api.request(z.object({ versions: z.array(ZPolicyVersion) }), '/api/policy/versions')).versions,
    templates: async (language: Language) =>
      (
        await api.request(
          z.object({ templates: z.array(ZTemplateView) }),
          `/api/templates?language=${language}`,
        )
      ).templates,
    /** one version in every language: what the editor starts from */
    templateVersion: (templateId: string, version: number) =>
      api.request(ZTemplateVersion, `/api/templates/${encodeURIComponent(templateId)}/versions/${version}`),
    /** saves HR's edit as the next version; 409 template-changed when `expectedVersion` is no longer newest */
    saveTemplate: (templateId: string, expectedVersion: number, template: TemplateDraft) =>
      save(ZTemplateVersion, `/api/templates/${encodeURIComponent(templateId)}/versions`, 'POST', {
        expectedVersion,
        template,
      }),
  };
}
export type HrApi = ReturnType<typeof hrApi>;
export type { Policy };
