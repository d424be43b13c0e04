// What every call to the server sends. Apart from the client (client.ts), because start-early.ts sends the
// first calls before zod and the rest of the bundle have run.

/** JSON, the bearer token when signed in, and the surface for the audit log (DESIGN §6) */
export function requestHeaders(options: {
  token: string | null;
  surface: 'tab' | 'outlook';
  init?: HeadersInit;
  hasBody?: boolean;
}): Headers {
  const headers = new Headers(options.init);
  headers.set('Accept', 'application/json');
  if (options.hasBody) headers.set('Content-Type', 'application/json');
  if (options.token) headers.set('Authorization', `Bearer ${options.token}`);
  headers.set('X-Samtale-Surface', options.surface);
  return headers;
}
