// Thin handlers for the referat: open, autosave one change (If-Match: the version the editor saw), approve.
import { Hono } from 'hono';
import { z } from 'zod';
import { approveReferat } from '../../../app/approve-referat';
import { editReferat } from '../../../app/edit-referat';
import { openReferat, type ReferatView } from '../../../app/open-referat';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import { AppError } from '../../../core/errors';
import { ZReferatChange } from '../../../core/referat/edit';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';
import { surfaceOf } from '../surface';

const ZApproveBody = z.object({ contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex') });

export function referatRoutes(deps: SchedulingDeps) {
  const api = new Hono<AuthEnv>();
  const send = (
    c: { json: (body: unknown) => Response; header: (k: string, v: string) => void },
    view: ReferatView,
  ) => {
    // The store's version tags are HTTP entity tags already (W/"…"); the header mirrors the body, so a plain
    // HTTP client can send it back as If-Match.
    c.header('ETag', view.etag);
    return c.json(view);
  };

  api.get('/conversations/:id/referat', async (c) => {
    const view = await openReferat(deps, {
      userId: c.get('principal').userId,
      conversationId: c.req.param('id'),
      surface: surfaceOf(c),
    });
    return send(c, view);
  });

  api.patch('/conversations/:id/referat', async (c) => {
    const ifMatch = c.req.header('if-match');
    if (!ifMatch)
      throw new AppError('bad-request', 'send If-Match with the version you edited', 'header.if-match');
    const change = await parseJsonBody(c, ZReferatChange);
    const view = await editReferat(deps, {
      userId: c.get('principal').userId,
      conversationId: c.req.param('id'),
      surface: surfaceOf(c),
      change,
      etag: ifMatch,
    });
    return send(c, view);
  });

  api.post('/conversations/:id/referat/approve', async (c) => {
    const { contentHash } = await parseJsonBody(c, ZApproveBody);
    const view = await approveReferat(deps, {
      userId: c.get('principal').userId,
      conversationId: c.req.param('id'),
      surface: surfaceOf(c),
      contentHash,
    });
    return send(c, view);
  });

  return api;
}
