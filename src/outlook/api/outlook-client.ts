// The task pane's calls to the server. The sign-in calls (config, personas, demo sign-in, me) are the tab's
// client; these are the add-in's own: which conversation a meeting is, and the preparation form. Errors are
// the tab's ApiError, with the field a 400 names, so the form can point at the question that needs an answer.
import type { z } from 'zod';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR } from '../../tab/api/api-error';
import { ZErrorBody } from '../../tab/api/schemas';
import { ZConversationLists, ZMeetingConversation, ZPreparationView, type Answers } from './schemas';

export class FieldApiError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    /** e.g. answers["medarbeidersamtale.trivsel"] */
    readonly field: string | null,
  ) {
    super(status, code, message);
  }
}

export type OutlookClientOptions = {
  getToken: () => string | null;
  onUnauthorized: () => void;
  /** the person's language for the server's error texts */
  language: () => string;
  fetch?: typeof fetch;
  /** which front end is calling, for the server's audit log; the tab reuses this client for the form */
  surface?: 'tab' | 'outlook';
};

export type OutlookClient = ReturnType<typeof createOutlookClient>;

export function createOutlookClient(options: OutlookClientOptions) {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('Accept', 'application/json');
    headers.set('Accept-Language', options.language());
    if (init.body !== undefined) headers.set('Content-Type', 'application/json');
    const token = options.getToken();
    if (token) headers.set('Authorization', `Bearer ${token}`);
    headers.set('X-Samtale-Surface', options.surface ?? 'outlook');
    let response: Response;
    try {
      response = await doFetch(path, { ...init, headers });
    } catch (cause) {
      throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      if (response.status === 401) options.onUnauthorized();
      const error = ZErrorBody.safeParse(body);
      const field = (body as { error?: { field?: unknown } } | undefined)?.error?.field;
      throw error.success
        ? new FieldApiError(
            response.status,
            error.data.error.code,
            error.data.error.message,
            typeof field === 'string' ? field : null,
          )
        : new ApiError(response.status, `http-${response.status}`, response.statusText);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, BAD_RESPONSE, `unexpected answer from ${path}`);
    return parsed.data as z.infer<S>;
  }

  const preparationPath = (id: string) => `/api/conversations/${encodeURIComponent(id)}/preparation`;
  const write = (path: string, method: string, etag: string, answers: Answers) =>
    request(ZPreparationView, path, {
      method,
      headers: { 'If-Match': etag },
      body: JSON.stringify({ answers }),
    });

  return {
    /** the conversation of the meeting with this REST item id, as the caller's own calendar has it */
    meeting: (itemId: string) =>
      request(ZMeetingConversation, `/api/outlook/meeting?itemId=${encodeURIComponent(itemId)}`),
    conversations: () => request(ZConversationLists, '/api/conversations'),
    preparation: (conversationId: string) => request(ZPreparationView, preparationPath(conversationId)),
    savePreparation: (conversationId: string, etag: string, answers: Answers) =>
      write(preparationPath(conversationId), 'PUT', etag, answers),
    submitPreparation: (conversationId: string, etag: string, answers: Answers) =>
      write(`${preparationPath(conversationId)}/submit`, 'POST', etag, answers),
  };
}
