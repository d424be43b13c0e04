// Graph's error body, so clients see the same code and message shape as from graph.microsoft.com.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export function graphError(
  c: Context,
  status: ContentfulStatusCode,
  code: string,
  message: string,
): Response {
  const requestId = crypto.randomUUID();
  return c.json(
    {
      error: {
        code,
        message,
        innerError: {
          date: new Date().toISOString().slice(0, 19),
          'request-id': requestId,
          'client-request-id': requestId,
        },
      },
    },
    status,
  );
}

/** Graph's 404 for an object id or reference that is not there */
export function notFound(c: Context, resource: string): Response {
  return graphError(
    c,
    404,
    'Request_ResourceNotFound',
    `Resource '${resource}' does not exist or one of its queried reference-property objects are not present.`,
  );
}
