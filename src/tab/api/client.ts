// The tab's only way to the server: adds the bearer token, parses every answer with zod, turns every failure
// into an ApiError. A 401 means the token is gone or expired, so the caller is told to sign in again.
import type { z } from 'zod';
import { ApiError, BAD_RESPONSE, NETWORK_ERROR } from './api-error';
import type { EarlyResponses } from './early';
import { requestHeaders } from './headers';
import { ZAccessToken, ZClientConfig, ZErrorBody, ZMe, ZPersonaList, ZTeam } from './schemas';

export type ApiClientOptions = {
  /** the current access token, or null before sign-in */
  getToken: () => string | null;
  /** called once per 401 answer, before the error is thrown */
  onUnauthorized: () => void;
  /** origin and path prefix of the API; same origin by default */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** which front end this is; the server's audit log records it (DESIGN §6) */
  surface?: 'tab' | 'outlook';
  /** answers asked for before React started (early.ts), used instead of asking again */
  early?: EarlyResponses;
};

export type ApiClient = ReturnType<typeof createApiClient>;

export function createApiClient(options: ApiClientOptions) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<S extends z.ZodType>(
    schema: S,
    path: string,
    init: RequestInit = {},
  ): Promise<z.infer<S>> {
    const token = options.getToken();
    const headers = requestHeaders({
      token,
      surface: options.surface ?? 'tab',
      init: init.headers,
      hasBody: init.body !== undefined,
    });
    const early = init.method === undefined && baseUrl === '' ? options.early?.take(path, token) : undefined;

    let response: Response;
    try {
      response = await (early ?? doFetch(`${baseUrl}${path}`, { ...init, headers }));
    } catch (cause) {
      throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      if (response.status === 401) options.onUnauthorized();
      const error = ZErrorBody.safeParse(body);
      throw error.success
        ? new ApiError(response.status, error.data.error.code, error.data.error.message)
        : new ApiError(response.status, `http-${response.status}`, response.statusText);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, BAD_RESPONSE, `unexpected answer from ${path}`);
    return parsed.data;
  }

  return {
    /** the typed, zod-checked call itself, for feature modules that add their own endpoints */
    request,
    config: () => request(ZClientConfig, '/api/config'),
    personas: async () => (await request(ZPersonaList, '/api/demo/personas')).personas,
    signIn: (personId: string) =>
      request(ZAccessToken, '/api/demo/sign-in', { method: 'POST', body: JSON.stringify({ personId }) }),
    me: () => request(ZMe, '/api/me'),
    team: async () => (await request(ZTeam, '/api/team')).members,
    /** how this client was made, for a sibling client (the task pane's preparation calls) on the same sign-in */
    options,
  };
}
