// Thin handlers for handing a conversation to another leader (002): who can take it, whether its time can
// stay, and the hand-over itself.
import { Hono } from 'hono';
import { delegateConversation, ZDelegateInput } from '../../../app/delegate-conversation';
import { listDelegationCandidates } from '../../../app/list-delegation-candidates';
import { previewDelegation, ZDelegationTarget } from '../../../app/preview-delegation';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';
import { surfaceOf } from '../surface';

export function delegationRoutes(deps: SchedulingDeps) {
  const api = new Hono<AuthEnv>();

  api.get('/conversations/:id/delegation/candidates', async (c) =>
    c.json({
      candidates: await listDelegationCandidates(deps, {
        userId: c.get('principal').userId,
        conversationId: c.req.param('id'),
      }),
    }),
  );

  api.post('/conversations/:id/delegation/preview', async (c) => {
    const { toLeaderId } = await parseJsonBody(c, ZDelegationTarget);
    return c.json(
      await previewDelegation(deps, {
        userId: c.get('principal').userId,
        conversationId: c.req.param('id'),
        toLeaderId,
      }),
    );
  });

  api.post('/conversations/:id/delegate', async (c) => {
    const body = await parseJsonBody(c, ZDelegateInput);
    return c.json(
      await delegateConversation(deps, {
        ...body,
        userId: c.get('principal').userId,
        conversationId: c.req.param('id'),
        surface: surfaceOf(c),
      }),
    );
  });

  return api;
}
