// Thin handler for the Outlook add-in: which conversation the open meeting belongs to.
import { Hono } from 'hono';
import { z } from 'zod';
import { findConversationForMeeting } from '../../../app/find-conversation-for-meeting';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import { AppError } from '../../../core/errors';
import type { AuthEnv } from '../auth';

// Exchange REST ids are base64 of about 150 characters; the bound only keeps nonsense out of the Graph path.
const ZItemId = z.string().trim().min(1).max(512);

export function outlookRoutes(deps: Pick<SchedulingDeps, 'calendar' | 'store'>) {
  const api = new Hono<AuthEnv>();

  api.get('/outlook/meeting', async (c) => {
    const itemId = ZItemId.safeParse(c.req.query('itemId'));
    if (!itemId.success) throw new AppError('bad-request', 'itemId is required', 'query.itemId');
    return c.json(
      await findConversationForMeeting(deps, { userId: c.get('principal').userId, itemId: itemId.data }),
    );
  });

  return api;
}
