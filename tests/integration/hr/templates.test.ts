// HR reads the conversation templates in their language; nobody else gets them through this route.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TemplateView } from '../../../src/app/list-templates';
import { listTemplates } from '../../../src/core/templates/registry';
import { startScheduling, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
}, 60_000);
afterAll(async () => {
  await s?.stack.stop();
});

describe('GET /api/templates', () => {
  it('lists every template version with its questions in the asked language, for HR only', async () => {
    const hr = s.stack.municipality.people.find((p) => p.roles.includes('hr'))!;
    const res = await s.call<{ templates: TemplateView[] }>(hr.id, 'GET', '/templates?language=nn');
    expect(res.status).toBe(200);
    const shipped = listTemplates();
    expect(res.body.templates.map((t) => `${t.id}@${t.version}`)).toEqual(
      shipped.map((t) => `${t.id}@${t.version}`),
    );
    const first = shipped[0]!;
    expect(res.body.templates[0]!.title).toBe(first.title.nn);
    expect(res.body.templates[0]!.sections[0]!.questions[0]!.text).toBe(
      first.sections[0]!.questions[0]!.text.nn,
    );

    expect((await s.call(s.leader().id, 'GET', '/templates')).status).toBe(403);
  });
});
