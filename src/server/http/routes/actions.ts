// Thin handlers for the follow-up of signed action plans: my actions, one conversation's, and one update.
import { Hono } from 'hono';
import { listConversationActions } from '../../../app/list-conversation-actions';
import { listMyActions } from '../../../app/list-my-actions';
import { updateMyAction, ZActionUpdate } from '../../../app/update-my-action';
import type { AuditDeps } from '../../../app/audit-log';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';
import { surfaceOf } from '../surface';

export function actionRoutes(deps: AuditDeps) {
  const api = new Hono<AuthEnv>();

  api.get('/actions/mine', async (c) =>
    c.json({
      actions: await listMyActions(deps, { userId: c.get('principal').userId, surface: surfaceOf(c) }),
    }),
  );

  api.get('/conversations/:id/actions', async (c) => {
    const input = {
      userId: c.get('principal').userId,
      conversationId: c.req.param('id'),
      surface: surfaceOf(c),
    };
    return c.json({ actions: await listConversationActions(deps, input) });
  });

  api.patch('/actions/:conversationId/:actionId', async (c) => {
    const update = await parseJsonBody(c, ZActionUpdate);
    const status = await updateMyAction(deps, {
      userId: c.get('principal').userId,
      conversationId: c.req.param('conversationId'),
      actionId: c.req.param('actionId'),
      update,
      // absent on the first write of a line; the status's version after that
      etag: c.req.header('if-match') ?? null,
      surface: surfaceOf(c),
    });
    c.header('ETag', status.etag);
    return c.json(status);
  });

  return api;
}
