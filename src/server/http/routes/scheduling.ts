// Thin handlers for scheduling: parse, call one use case, return its result.
import { Hono } from 'hono';
import { z } from 'zod';
import { bookConversation, ZBookConversationInput } from '../../../app/book-conversation';
import { cancelConversation, ZCancelInput } from '../../../app/cancel-conversation';
import { confirmRound } from '../../../app/confirm-round';
import { listCoConductors } from '../../../app/list-co-conductors';
import { listMyConversations } from '../../../app/list-conversations';
import { planRound, ZPlanRoundInput } from '../../../app/plan-round';
import { requestNewTime, ZNewTimeInput } from '../../../app/request-new-time';
import { rescheduleConversation, ZRescheduleInput } from '../../../app/reschedule-conversation';
import { getRound } from '../../../app/rounds-repo';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import { suggestSlots, ZSuggestSlotsInput } from '../../../app/suggest-slots';
import { AppError } from '../../../core/errors';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';

const ZId = z.string().min(1).max(100);

export function schedulingRoutes(deps: SchedulingDeps) {
  const api = new Hono<AuthEnv>();
  const me = (c: { get(key: 'principal'): { userId: string } }) => c.get('principal').userId;
  const id = (value: string | undefined) => {
    const parsed = ZId.safeParse(value);
    if (!parsed.success) throw new AppError('bad-request', 'bad id', 'path.id');
    return parsed.data;
  };

  api.get('/conversations', async (c) => c.json(await listMyConversations(deps, { userId: me(c) })));

  api.post('/conversations/suggestions', async (c) => {
    const input = await parseJsonBody(c, ZSuggestSlotsInput);
    return c.json({ slots: await suggestSlots(deps, { ...input, leaderId: me(c) }) });
  });

  api.post('/conversations', async (c) => {
    const input = await parseJsonBody(c, ZBookConversationInput);
    return c.json(await bookConversation(deps, { ...input, leaderId: me(c) }), 201);
  });

  api.post('/conversations/:id/reschedule', async (c) => {
    const { start } = await parseJsonBody(c, ZRescheduleInput);
    return c.json(
      await rescheduleConversation(deps, { userId: me(c), conversationId: id(c.req.param('id')), start }),
    );
  });

  api.post('/conversations/:id/cancel', async (c) => {
    const { message } = await parseJsonBody(c, ZCancelInput);
    return c.json(
      await cancelConversation(deps, { userId: me(c), conversationId: id(c.req.param('id')), message }),
    );
  });

  api.post('/conversations/:id/new-time-request', async (c) => {
    const input = await parseJsonBody(c, ZNewTimeInput);
    return c.json(
      await requestNewTime(deps, { ...input, userId: me(c), conversationId: id(c.req.param('id')) }),
    );
  });

  api.post('/rounds', async (c) => {
    const input = await parseJsonBody(c, ZPlanRoundInput);
    return c.json(await planRound(deps, { ...input, leaderId: me(c) }), 201);
  });

  // before /rounds/:id, which would take 'co-conductors' for a round's id
  api.get('/rounds/co-conductors', async (c) =>
    c.json({ coConductors: await listCoConductors(deps, { leaderId: me(c) }) }),
  );

  api.get('/rounds/:id', async (c) => {
    const round = await getRound(deps.store, me(c), id(c.req.param('id')));
    if (!round) throw new AppError('not-found', 'no such round for this leader');
    return c.json(round.value);
  });

  api.post('/rounds/:id/confirm', async (c) =>
    c.json(await confirmRound(deps, { leaderId: me(c), roundId: id(c.req.param('id')) })),
  );

  return api;
}
