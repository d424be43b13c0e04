// Ids in API paths become Azure Table keys. The table service refuses keys with / \ # ? or control characters
// and keys over 1 KiB, so such an id answered 500 (found by the issue 9 fuzzing). No id Samtale makes looks
// like that: the path names nothing there is, so 404, before any use case. The rule is the Store port's own
// (isStorableKey), so this guard and the stores cannot disagree on what an id may be.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors';
import { isStorableKey } from '../../ports/store';

/** a path segment as it arrives: percent-decoded, it must be a key a Store can hold */
export function isStorableSegment(raw: string): boolean {
  // between two slashes, or before the first: no id at all, and the router decides
  if (raw === '') return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return isStorableKey(decoded);
}

export function refuseUnstorableIds(): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url).pathname.split('/');
    if (!raw.every(isStorableSegment)) throw new AppError('not-found', 'unstorable id in path');
    await next();
  };
}
