// HR's policy settings: GET /api/policy, PUT /api/policy, GET /api/policy/versions.
// Thin handlers: the use cases check the HR role, validate and version the file.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import { getPolicySettings } from '../../../app/get-policy-settings';
import { listPolicyVersions } from '../../../app/list-policy-versions';
import { savePolicySettings } from '../../../app/save-policy-settings';
import type { Clock } from '../../../ports/clock';
import type { Store } from '../../../ports/store';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';

// the file itself is checked by the use case, which names fields by their path in the policy
const ZSavePolicyBody = z.object({ policy: z.unknown(), expectedVersion: z.number().int().min(0) });

export function policyRoutes(deps: { store: Store; clock: Clock; hrAppRole: string }) {
  const api = new Hono<AuthEnv>();
  const caller = (c: Context<AuthEnv>) => ({
    appRoles: c.get('principal').appRoles,
    hrAppRole: deps.hrAppRole,
  });

  api.get('/policy', async (c) => c.json(await getPolicySettings(deps, caller(c))));

  api.put('/policy', async (c) => {
    const body = await parseJsonBody(c, ZSavePolicyBody);
    const principal = c.get('principal');
    const saved = await savePolicySettings(deps, {
      ...caller(c),
      userId: principal.userId,
      userName: principal.name,
      policy: body.policy,
      expectedVersion: body.expectedVersion,
    });
    return c.json(saved);
  });

  api.get('/policy/versions', async (c) => c.json({ versions: await listPolicyVersions(deps, caller(c)) }));
  return api;
}
