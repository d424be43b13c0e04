// Issue 6 item 3: HR's edit of a template is a new version. New conversations start on it; a conversation
// that started on v1 keeps v1 in its preparation, its referat and the archived PDF. Two HR editors cannot
// overwrite each other (409), and nobody but HR can save.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PreparationView } from '../../../src/app/open-preparation';
import type { ReferatView } from '../../../src/app/open-referat';
import type { TemplateView } from '../../../src/app/list-templates';
import type { TemplateVersion } from '../../../src/app/templates-repo';
import { insertConversation } from '../../../src/app/conversations-repo';
import type { Conversation } from '../../../src/core/conversation';
import type { Person } from '../../../src/core/org';
import { getTemplate } from '../../../src/core/templates/registry';
import { draftOf, type TemplateDraft } from '../../../src/core/templates/template-draft';
import { NOW, startArchiveWorld, type ArchiveWorld } from '../archive/fixture';

let world: ArchiveWorld;
const dir = mkdtempSync(join(tmpdir(), 'samtale-template-'));
beforeAll(async () => {
  world = await startArchiveWorld();
}, 60_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await world?.stack.stop();
  world?.graph.assertAllValid();
});

const v1 = getTemplate('medarbeidersamtale', 1);
const NEW_TITLE = {
  nb: 'Siden sist – ny versjon',
  nn: 'Sidan sist – ny versjon',
  en: 'Since last time – new',
};
const NEW_QUESTION = { nb: 'Hva gir deg energi?', nn: 'Kva gir deg energi?', en: 'What gives you energy?' };
const REMOVED = 'annual.tema.stikkord-gjennomgaatt';

async function call<T>(personId: string, method: string, path: string, body?: unknown, ifMatch?: string) {
  const signIn = await fetch(`${world.stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  const { accessToken } = (await signIn.json()) as { accessToken: string };
  const res = await fetch(`${world.stack.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${accessToken}`,
      'content-type': 'application/json',
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

const hr = () => world.stack.municipality.people.find((p) => p.roles.includes('hr'))!;

/** v1 with section 1 renamed, a question reworded in nynorsk, one question added and one removed. */
function editedDraft(): TemplateDraft {
  const draft = draftOf(v1);
  draft.sections[0]!.title = NEW_TITLE;
  draft.sections[0]!.questions[0]!.text = { ...draft.sections[0]!.questions[0]!.text, nn: 'Kva har hendt?' };
  const tema = draft.sections[1]!;
  tema.questions = tema.questions.filter((q) => q.id !== REMOVED);
  tema.questions.push({ type: 'text', audience: 'both', text: NEW_QUESTION, required: true });
  return draft;
}

async function newConversation(employee: Person, n: number): Promise<string> {
  const id = `template-${n}-${employee.employeeNumber}`;
  const conversation: Conversation = {
    id,
    kind: 'annual',
    employeeId: employee.id,
    conductorId: world.leader.id,
    status: 'booked',
    start: '2026-11-20T09:00:00.000Z',
    end: '2026-11-20T10:00:00.000Z',
    location: { displayName: 'Møterom Fjellet', roomMail: null },
    online: false,
    specialTopics: '',
    roundId: null,
    meeting: null,
    newTimeRequest: null,
    cancelMessage: null,
    createdBy: world.leader.id,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
  };
  await insertConversation(world.stack.store, conversation);
  return id;
}

const questionIds = (view: PreparationView) =>
  view.template.sections.flatMap((s) => s.questions.map((q) => q.id));

/** The leader writes one section and both sign; the outbox files it. Returns the PDF's text. */
async function signAndArchive(id: string, employee: Person): Promise<string> {
  const opened = await call<ReferatView>(world.leader.id, 'GET', `/conversations/${id}/referat`);
  const sectionId = opened.body.referat.sections[0]!.sectionId;
  const edited = await call<ReferatView>(
    world.leader.id,
    'PATCH',
    `/conversations/${id}/referat`,
    { type: 'section', sectionId, agreedText: 'Alt vel.' },
    opened.body.etag,
  );
  // 003: a referat has actions or says none are needed
  const done = await call<ReferatView>(
    world.leader.id,
    'PATCH',
    `/conversations/${id}/referat`,
    { type: 'no-special-actions', value: true },
    edited.body.etag,
  );
  const { contentHash } = done.body;
  for (const personId of [world.leader.id, employee.id]) {
    const approved = await call(personId, 'POST', `/conversations/${id}/referat/approve`, { contentHash });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
  }
  expect(await world.run('instance-a', NOW)).toEqual({ done: 1, retried: 0 });
  const mail = world.mailsTo(employee).find((m) => m.attachments.length > 0)!;
  const file = join(dir, `${id}.pdf`);
  writeFileSync(file, Buffer.from(mail.attachments[0]!.bytes));
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('editing a template', () => {
  it('stores a new version that only new conversations pin; one started on v1 keeps v1 to the PDF', async () => {
    const first = world.nextEmployee();
    const second = world.nextEmployee();
    const lang = first.preferredLanguage;

    // the first conversation starts (its preparation is opened) before HR saves
    const before = await newConversation(first, 1);
    const prepBefore = await call<PreparationView>(
      world.leader.id,
      'GET',
      `/conversations/${before}/preparation`,
    );
    expect(prepBefore.body.template.version).toBe(1);

    const saved = await call<TemplateVersion>(hr().id, 'POST', '/templates/medarbeidersamtale/versions', {
      expectedVersion: 1,
      template: editedDraft(),
    });
    expect(saved.status).toBe(201);
    const v2 = saved.body.template;
    expect(v2.version).toBe(2);
    expect(saved.body.savedByName).toBe(hr().displayName);
    expect(saved.body.savedAt).toBe(NOW.toISOString());
    // kept questions keep their ids; the new one has an id no version used
    const v1Ids = v1.sections.flatMap((s) => s.questions.map((q) => q.id));
    const v2Ids = v2.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(v2Ids.filter((id) => v1Ids.includes(id))).toEqual(v1Ids.filter((id) => id !== REMOVED));
    const added = v2.sections[1]!.questions.at(-1)!;
    expect(added.id).toBe('annual.tema.hva-gir-deg-energi');
    expect(v1Ids).not.toContain(added.id);

    // HR's list shows both, the new one as newest with who saved it
    const list = await call<{ templates: TemplateView[] }>(hr().id, 'GET', '/templates?language=nn');
    const annual = list.body.templates.filter((t) => t.id === 'medarbeidersamtale');
    expect(annual.map((t) => [t.version, t.newest, t.savedByName])).toEqual([
      [1, false, null],
      [2, true, hr().displayName],
    ]);
    expect(annual[1]!.sections[0]!.questions[0]!.text).toBe('Kva har hendt?');
    // the old version stays readable, to anyone signed in
    const old = await call<TemplateVersion>(first.id, 'GET', '/templates/medarbeidersamtale/versions/1');
    expect(old.body.template).toEqual(v1);
    expect((await call(first.id, 'GET', '/templates/medarbeidersamtale/versions/9')).status).toBe(404);

    // the conversation that started keeps v1 for both sides; the employee opens it only now
    const employeeBefore = await call<PreparationView>(
      first.id,
      'GET',
      `/conversations/${before}/preparation`,
    );
    expect(employeeBefore.body.template.version).toBe(1);
    expect(questionIds(employeeBefore.body)).toContain(REMOVED);
    expect(questionIds(employeeBefore.body)).not.toContain(added.id);

    // a conversation started afterwards is on v2, with the new question required
    const after = await newConversation(second, 2);
    const prepAfter = await call<PreparationView>(second.id, 'GET', `/conversations/${after}/preparation`);
    expect(prepAfter.body.template.version).toBe(2);
    expect(questionIds(prepAfter.body)).toContain(added.id);
    expect(questionIds(prepAfter.body)).not.toContain(REMOVED);
    const submit = await call(
      second.id,
      'POST',
      `/conversations/${after}/preparation/submit`,
      { answers: {} },
      prepAfter.body.etag,
    );
    expect(submit.status).toBe(400);

    // referat and PDF: v1's section title for the first, v2's for the second
    const referatBefore = await call<ReferatView>(world.leader.id, 'GET', `/conversations/${before}/referat`);
    expect(referatBefore.body.referat.templateVersion).toBe(1);
    const pdfBefore = await signAndArchive(before, first);
    expect(pdfBefore).toContain(v1.sections[0]!.title[lang]);
    expect(pdfBefore).not.toContain(NEW_TITLE[lang]);
    const pdfAfter = await signAndArchive(after, second);
    expect(pdfAfter).toContain(NEW_TITLE[second.preferredLanguage]);
  });

  it('refuses a save on a version that is no longer the newest (409), and says why', async () => {
    const latest = await call<{ templates: TemplateView[] }>(hr().id, 'GET', '/templates');
    const newest = latest.body.templates.find((t) => t.id === 'sluttsamtale' && t.newest)!;
    const base = getTemplate('sluttsamtale', 1);
    const draft = draftOf(base);
    const first = await call(hr().id, 'POST', '/templates/sluttsamtale/versions', {
      expectedVersion: newest.version,
      template: draft,
    });
    expect(first.status).toBe(201);
    draft.title = { nb: 'Sluttsamtale B', nn: 'Sluttsamtale B', en: 'Exit B' };
    const second = await call<{ error: { code: string; message: string } }>(
      hr().id,
      'POST',
      '/templates/sluttsamtale/versions',
      { expectedVersion: newest.version, template: draft },
    );
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('template-changed');
    expect(second.body.error.message).toMatch(/nyere versjon|nyare versjon|newer version/);
    // nothing was overwritten: the version the first saver made stands
    const v2 = await call<TemplateVersion>(hr().id, 'GET', '/templates/sluttsamtale/versions/2');
    expect(v2.body.template.title).toEqual(base.title);
  });

  it('names the field of a bad draft and saves nothing', async () => {
    const draft = draftOf(getTemplate('startsamtale', 1));
    draft.sections[2]!.questions[0]!.text.nn = ' ';
    const res = await call<{ error: { code: string; field: string } }>(
      hr().id,
      'POST',
      '/templates/startsamtale/versions',
      { expectedVersion: 1, template: draft },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('sections.2.questions.0.text.nn');
    const invented = draftOf(getTemplate('startsamtale', 1));
    invented.sections[0]!.questions[0]!.id = 'start.stillingen.oppfunnet';
    const unknown = await call<{ error: { field: string } }>(
      hr().id,
      'POST',
      '/templates/startsamtale/versions',
      {
        expectedVersion: 1,
        template: invented,
      },
    );
    expect(unknown.body.error.field).toBe('sections.0.questions.0.id');
    expect((await call(hr().id, 'GET', '/templates/startsamtale/versions/2')).status).toBe(404);
  });

  it("shows the other side's answers under the questions of the conversation's own version", async () => {
    // the leader reads the employee's submitted answers with the employee's questions in the leader's
    // language, from the version each conversation pinned: never the newest one's wording
    const list = await call<{ templates: TemplateView[] }>(hr().id, 'GET', '/templates');
    const base = list.body.templates.find((t) => t.id === 'medarbeidersamtale' && t.newest)!;
    const older = await newConversation(world.nextEmployee(), 3);
    const olderEmployee = world.stack.municipality.people.find((p) =>
      older.endsWith(`-${p.employeeNumber}`),
    )!;
    await call(olderEmployee.id, 'GET', `/conversations/${older}/preparation`);

    const stored = await call<TemplateVersion>(
      hr().id,
      'GET',
      `/templates/medarbeidersamtale/versions/${base.version}`,
    );
    const draft = draftOf(stored.body.template);
    const asked = {
      nb: 'Hva trenger du fra lederen din?',
      nn: 'Kva treng du frå leiaren din?',
      en: 'What do you need from your leader?',
    };
    draft.sections[1]!.questions.push({ type: 'text', audience: 'employee', text: asked, required: true });
    const saved = await call<TemplateVersion>(hr().id, 'POST', '/templates/medarbeidersamtale/versions', {
      expectedVersion: base.version,
      template: draft,
    });
    expect(saved.status).toBe(201);
    const newer = await newConversation(world.nextEmployee(), 4);
    const newerEmployee = world.stack.municipality.people.find((p) =>
      newer.endsWith(`-${p.employeeNumber}`),
    )!;

    // each employee answers every question of their own version and submits; the meeting has started
    // (20 November), so the leader may read them (DESIGN §2.4)
    const leaderLanguage = world.leader.preferredLanguage;
    const otherSide = async (id: string, employee: Person) => {
      const view = (await call<PreparationView>(employee.id, 'GET', `/conversations/${id}/preparation`)).body;
      const answers = Object.fromEntries(
        view.template.sections
          .flatMap((s) => s.questions)
          .map((q) => [q.id, q.type === 'check' ? 'yes' : 'Svar']),
      );
      const submitted = await call(
        employee.id,
        'POST',
        `/conversations/${id}/preparation/submit`,
        { answers },
        view.etag,
      );
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const leaders = await call<PreparationView>(world.leader.id, 'GET', `/conversations/${id}/preparation`);
      return leaders.body.other!;
    };
    const onOlder = await otherSide(older, olderEmployee);
    const onNewer = await otherSide(newer, newerEmployee);
    expect(onOlder.questions.map((q) => q.text)).not.toContain(asked[leaderLanguage]);
    expect(onNewer.questions.map((q) => q.text)).toContain(asked[leaderLanguage]);
    const added = saved.body.template.sections[1]!.questions.at(-1)!;
    expect(onNewer.answers[added.id]).toBe('Svar');
    // every answer the leader is shown has its question beside it
    for (const other of [onOlder, onNewer])
      expect(Object.keys(other.answers).sort()).toEqual(other.questions.map((q) => q.id).sort());
  });

  it('lets only HR save or list (403 for a leader)', async () => {
    const res = await call(world.leader.id, 'POST', '/templates/startsamtale/versions', {
      expectedVersion: 1,
      template: draftOf(getTemplate('startsamtale', 1)),
    });
    expect(res.status).toBe(403);
    expect((await call(world.leader.id, 'GET', '/templates')).status).toBe(403);
    expect((await call(hr().id, 'GET', '/templates/startsamtale/versions/2')).status).toBe(404);
  });
});
