// Thin handlers for a person's onboarding and exit checklists (000 3-5); the leader of the person only.
import { Hono, type Context } from 'hono';
import { openChecklists, type ChecklistDeps } from '../../../app/open-checklists';
import { startChecklist, ZStartChecklistInput } from '../../../app/start-checklist';
import { tickChecklistItem, ZTickInput } from '../../../app/tick-checklist-item';
import { updateChecklist, ZUpdateChecklistInput } from '../../../app/update-checklist';
import { ZChecklistKind } from '../../../core/checklists/person-checklist';
import { AppError } from '../../../core/errors';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';

function kindOf(c: Context) {
  const kind = ZChecklistKind.safeParse(c.req.param('kind'));
  if (!kind.success) throw new AppError('not-found', `no checklist kind ${c.req.param('kind')}`);
  return kind.data;
}

function ifMatchOf(c: Context): string {
  const etag = c.req.header('if-match');
  if (!etag)
    throw new AppError('bad-request', 'send If-Match with the version you changed', 'header.if-match');
  return etag;
}

export function checklistRoutes(deps: ChecklistDeps) {
  const api = new Hono<AuthEnv>();

  api.get('/people/:id/checklist', async (c) =>
    c.json(await openChecklists(deps, { leaderId: c.get('principal').userId, personId: c.req.param('id') })),
  );

  api.post('/people/:id/checklist', async (c) => {
    const body = await parseJsonBody(c, ZStartChecklistInput);
    const view = await startChecklist(deps, {
      ...body,
      leaderId: c.get('principal').userId,
      personId: c.req.param('id'),
    });
    return c.json(view);
  });

  api.patch('/people/:id/checklist/:kind', async (c) => {
    const etag = ifMatchOf(c);
    const body = await parseJsonBody(c, ZUpdateChecklistInput);
    const view = await updateChecklist(deps, {
      ...body,
      leaderId: c.get('principal').userId,
      personId: c.req.param('id'),
      kind: kindOf(c),
      etag,
    });
    return c.json(view);
  });

  api.patch('/people/:id/checklist/:kind/items/:itemId', async (c) => {
    const etag = ifMatchOf(c);
    const { done } = await parseJsonBody(c, ZTickInput);
    const view = await tickChecklistItem(deps, {
      leaderId: c.get('principal').userId,
      personId: c.req.param('id'),
      kind: kindOf(c),
      itemId: c.req.param('itemId'),
      done,
      etag,
    });
    return c.json(view);
  });

  return api;
}
