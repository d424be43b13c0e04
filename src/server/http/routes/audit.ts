// HR reads who read or changed a conversation and when; never what it says.
import { Hono } from 'hono';
import { readConversationAudit } from '../../../app/read-conversation-audit';
import type { Store } from '../../../ports/store';
import type { AuthEnv } from '../auth';

export function auditRoutes(deps: { store: Store; hrAppRole: string }) {
  const api = new Hono<AuthEnv>();
  api.get('/conversations/:id/audit', async (c) => {
    const entries = await readConversationAudit(deps, {
      appRoles: c.get('principal').appRoles,
      hrAppRole: deps.hrAppRole,
      conversationId: c.req.param('id'),
    });
    return c.json({ entries });
  });
  return api;
}
