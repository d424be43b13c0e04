// Thin handlers for the preparation form: open, autosave (If-Match), submit.
import { Hono, type Context } from 'hono';
import { openPreparation, type PreparationView } from '../../../app/open-preparation';
import { savePreparationAnswers, ZSavePreparationBody } from '../../../app/save-preparation';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import { AppError } from '../../../core/errors';
import type { AuthEnv } from '../auth';
import { parseJsonBody } from '../parse';
import { surfaceOf } from '../surface';

export function preparationRoutes(deps: SchedulingDeps) {
  const api = new Hono<AuthEnv>();
  const send = (
    c: { json: (body: unknown) => Response; header: (k: string, v: string) => void },
    view: PreparationView,
  ) => {
    c.header('ETag', view.etag);
    return c.json(view);
  };
  const ifMatch = (value: string | undefined) => {
    if (!value)
      throw new AppError('bad-request', 'send If-Match with the version you edited', 'header.if-match');
    return value;
  };

  api.get('/conversations/:id/preparation', async (c) =>
    send(
      c,
      await openPreparation(deps, {
        userId: c.get('principal').userId,
        conversationId: c.req.param('id'),
        surface: surfaceOf(c),
      }),
    ),
  );

  const save = async (c: Context<AuthEnv>, submit: boolean) => {
    const etag = ifMatch(c.req.header('if-match'));
    const { answers } = await parseJsonBody(c, ZSavePreparationBody);
    const view = await savePreparationAnswers(deps, {
      userId: c.get('principal').userId,
      conversationId: c.req.param('id') ?? '',
      answers,
      etag,
      submit,
      surface: surfaceOf(c),
    });
    return send(c, view);
  };
  api.put('/conversations/:id/preparation', (c) => save(c, false));
  api.post('/conversations/:id/preparation/submit', (c) => save(c, true));
  return api;
}
