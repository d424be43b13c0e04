// Thin handler: the last signed action plan before this conversation (002), for its two parties.
import { Hono } from 'hono';
import { z } from 'zod';
import { previousPlan } from '../../../app/previous-plan';
import { AppError } from '../../../core/errors';
import type { AuditDeps } from '../../../app/audit-log';
import type { AuthEnv } from '../auth';
import { surfaceOf } from '../surface';

const ZId = z.string().min(1).max(100);

export function previousPlanRoutes(deps: AuditDeps) {
  const api = new Hono<AuthEnv>();
  api.get('/conversations/:id/previous-plan', async (c) => {
    const id = ZId.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('bad-request', 'bad id', 'path.id');
    const plan = await previousPlan(deps, {
      userId: c.get('principal').userId,
      conversationId: id.data,
      surface: surfaceOf(c),
    });
    return c.json({ plan });
  });
  return api;
}
