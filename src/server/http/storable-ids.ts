// Ids in API paths become Azure Table keys. The table service refuses keys with / \ # ? or control characters
// and keys over 1 KiB with an error the store cannot tell from a fault, so such an id answered 500 (found by
// the issue 9 fuzzing). No id Samtale makes looks like that: the path names nothing there is, so 404.
import type { MiddlewareHandler } from 'hono';
import { AppError } from '../../core/errors';

/** generated ids are uuids, template ids short slugs: 200 leaves room and stays far below 1 KiB */
const MAX_SEGMENT = 200;
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /[/\\#?\u0000-\u001f\u007f-\u009f]/;

export function isStorableSegment(raw: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return isStorableKey(decoded);
}

/** an id as the table service can store it as a key (card data carries ids too) */
export function isStorableKey(id: string): boolean {
  return id.length <= MAX_SEGMENT && !UNSTORABLE.test(id);
}

export function refuseUnstorableIds(): MiddlewareHandler {
  return async (c, next) => {
    const raw = new URL(c.req.url).pathname.split('/');
    if (!raw.every(isStorableSegment)) throw new AppError('not-found', 'unstorable id in path');
    await next();
  };
}
