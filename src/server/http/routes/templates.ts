// HR's view of the conversation templates: GET /api/templates[?language=nb|nn|en]. The tab passes the
// language it shows; without it the Accept-Language header decides.
import { Hono } from 'hono';
import { z } from 'zod';
import { listTemplatesForHr } from '../../../app/list-templates';
import { AppError } from '../../../core/errors';
import { languageFromLocale } from '../../../core/language';
import type { AuthEnv } from '../auth';

const ZTemplatesQuery = z.object({ language: z.enum(['nb', 'nn', 'en']).optional() });

export function templateRoutes(deps: { hrAppRole: string }) {
  const api = new Hono<AuthEnv>();
  api.get('/templates', (c) => {
    const query = ZTemplatesQuery.safeParse(c.req.query());
    if (!query.success) throw new AppError('bad-request', 'unknown language', 'query.language');
    const language =
      query.data.language ?? languageFromLocale(c.req.header('accept-language')?.split(',')[0]);
    const templates = listTemplatesForHr({
      appRoles: c.get('principal').appRoles,
      hrAppRole: deps.hrAppRole,
      language,
    });
    return c.json({ templates });
  });
  return api;
}
