// Thin handlers for exemptions (000: a recorded reason to skip a year); the leader of the person only.
import { Hono, type Context } from 'hono';
import { listExemptions } from '../../../app/list-exemptions';
import { recordExemption, ZRecordExemptionInput, type ExemptionDeps } from '../../../app/record-exemption';
import { withdrawExemption } from '../../../app/withdraw-exemption';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';

export function exemptionRoutes(deps: ExemptionDeps) {
  const api = new Hono<AuthEnv>();
  const who = (c: Context<AuthEnv>) => ({
    leaderId: c.get('principal').userId,
    personId: c.req.param('id') ?? '',
  });

  api.get('/people/:id/exemptions', async (c) => c.json({ exemptions: await listExemptions(deps, who(c)) }));

  api.post('/people/:id/exemptions', async (c) => {
    const body = await parseJsonBody(c, ZRecordExemptionInput);
    return c.json(await recordExemption(deps, { ...body, ...who(c) }), 201);
  });

  api.post('/people/:id/exemptions/:exemptionId/withdraw', async (c) =>
    c.json(await withdrawExemption(deps, { ...who(c), exemptionId: c.req.param('exemptionId') })),
  );

  return api;
}
