// Thin handler for the archive status of a conversation's signed referat.
import { Hono } from 'hono';
import { z } from 'zod';
import { getArchiveStatus } from '../../../app/get-archive-status';
import { AppError } from '../../../core/errors';
import type { Directory } from '../../../ports/directory';
import type { Store } from '../../../ports/store';
import type { AuthEnv } from '../auth';

const ZId = z.string().min(1).max(100);

export function archiveRoutes(deps: { store: Store; directory: Directory }) {
  const api = new Hono<AuthEnv>();
  api.get('/conversations/:id/archive', async (c) => {
    const id = ZId.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('bad-request', 'bad id', 'path.id');
    const userId = c.get('principal').userId;
    return c.json(await getArchiveStatus(deps, { userId, conversationId: id.data }));
  });
  return api;
}
