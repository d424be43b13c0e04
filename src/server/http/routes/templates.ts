// The conversation templates. HR: GET /api/templates[?language=nb|nn|en] (every version, in one language;
// without it the Accept-Language header decides) and POST /api/templates/:id/versions (save an edit as the
// next version). Anyone signed in: GET /api/templates/:id/versions/:version (one version in every language,
// for the pages that show a referat or preparation on it). Thin handlers: the use cases check and version.
import { Hono } from 'hono';
import { z } from 'zod';
import { getTemplateVersion } from '../../../app/get-template-version';
import { listTemplatesForHr } from '../../../app/list-templates';
import { saveTemplateVersion } from '../../../app/save-template-version';
import { AppError } from '../../../core/errors';
import { languageFromLocale } from '../../../core/language';
import type { Clock } from '../../../ports/clock';
import type { Store } from '../../../ports/store';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';

const ZTemplatesQuery = z.object({ language: z.enum(['nb', 'nn', 'en']).optional() });
const ZTemplateId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const ZVersion = z.coerce.number().int().positive();
// the draft itself is checked by the use case, which names fields by their path in the template
const ZSaveBody = z.object({ expectedVersion: z.number().int().positive(), template: z.unknown() });

export function templateRoutes(deps: { store: Store; clock: Clock; hrAppRole: string }) {
  const api = new Hono<AuthEnv>();
  api.get('/templates', async (c) => {
    const query = ZTemplatesQuery.safeParse(c.req.query());
    if (!query.success) throw new AppError('bad-request', 'unknown language', 'query.language');
    const language =
      query.data.language ?? languageFromLocale(c.req.header('accept-language')?.split(',')[0]);
    const templates = await listTemplatesForHr(deps, {
      appRoles: c.get('principal').appRoles,
      hrAppRole: deps.hrAppRole,
      language,
    });
    return c.json({ templates });
  });

  api.get('/templates/:id/versions/:version', async (c) => {
    const id = ZTemplateId.safeParse(c.req.param('id'));
    const version = ZVersion.safeParse(c.req.param('version'));
    if (!id.success) throw new AppError('bad-request', 'bad template id', 'path.id');
    if (!version.success) throw new AppError('bad-request', 'bad version', 'path.version');
    return c.json(await getTemplateVersion(deps, { templateId: id.data, version: version.data }));
  });

  api.post('/templates/:id/versions', async (c) => {
    const id = ZTemplateId.safeParse(c.req.param('id'));
    if (!id.success) throw new AppError('bad-request', 'bad template id', 'path.id');
    const body = await parseJsonBody(c, ZSaveBody);
    const principal = c.get('principal');
    const saved = await saveTemplateVersion(deps, {
      appRoles: principal.appRoles,
      hrAppRole: deps.hrAppRole,
      userId: principal.userId,
      userName: principal.name,
      templateId: id.data,
      expectedVersion: body.expectedVersion,
      draft: body.template,
    });
    return c.json(saved, 201);
  });
  return api;
}
