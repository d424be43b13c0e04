// The OData query options the emulator honours, with Graph's limits and Graph's answers to bad ones.
import type { Context } from 'hono';
import { graphError } from './errors';

/** Graph's page size when the caller sends no $top, and the largest $top it accepts. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999;

export type Query =
  | { ok: true; select: string[] | null; top: number; skip: number; filter: string | null }
  | { ok: false; response: Response };

/** $select, $top, $skiptoken and $filter of the request; $select names outside `selectable` are a 400 */
export function readQuery(c: Context, entityType: string, selectable: ReadonlySet<string>): Query {
  const param = (name: string) => c.req.query(name) ?? null;
  const select = param('$select')
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const unknown = select?.find((s) => !selectable.has(s));
  if (unknown) {
    const message = `Could not find a property named '${unknown}' on type '${entityType}'.`;
    return { ok: false, response: graphError(c, 400, 'Request_BadRequest', message) };
  }
  const topText = param('$top');
  const top = topText === null ? DEFAULT_PAGE_SIZE : Number(topText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    const message = `Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`;
    return { ok: false, response: graphError(c, 400, 'Request_UnsupportedQuery', message) };
  }
  const token = param('$skiptoken');
  const skip = token === null ? 0 : decodeSkipToken(token);
  if (skip === null) {
    return {
      ok: false,
      response: graphError(c, 400, 'Request_BadRequest', 'The specified page token value has expired.'),
    };
  }
  return { ok: true, select: select ?? null, top, skip, filter: param('$filter') };
}

/** one page of `items` and Graph's collection envelope, with @odata.nextLink when more remain */
export function pageOf<T>(
  c: Context,
  items: readonly T[],
  query: { top: number; skip: number },
  contextUrl: string,
) {
  const value = items.slice(query.skip, query.skip + query.top);
  const rest = query.skip + query.top < items.length;
  return {
    '@odata.context': contextUrl,
    ...(rest ? { '@odata.nextLink': nextLink(c, query.skip + query.top) } : {}),
    value,
  };
}

/** '$metadata#users(displayName,mail)/$entity' and the like, on the emulator's own origin */
export function contextUrl(c: Context, entitySet: string, select: string[] | null, single: boolean): string {
  const origin = new URL(c.req.url).origin;
  const shape = select ? `(${select.join(',')})` : '';
  return `${origin}/v1.0/$metadata#${entitySet}${shape}${single ? '/$entity' : ''}`;
}

// Like Graph's, the link repeats the caller's options and adds an opaque $skiptoken; '$' stays literal
// because the Graph client recognises '$top', '$select' ... only in that spelling.
function nextLink(c: Context, offset: number): string {
  const url = new URL(c.req.url);
  const options = [...url.searchParams].filter(([name]) => name !== '$skiptoken');
  options.push(['$skiptoken', encodeSkipToken(offset)]);
  const query = options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&');
  return `${url.origin}${url.pathname}?${query}`;
}

function encodeSkipToken(offset: number): string {
  return Buffer.from(`emulator-offset:${offset}`).toString('base64url');
}

function decodeSkipToken(token: string): number | null {
  const match = /^emulator-offset:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  return match ? Number(match[1]) : null;
}
