// The bot end to end on the demo stack (issue 5): activities posted to /api/messages as Teams sends them go
// through the Teams SDK and our Hono adapter to the handlers; what the bot posts lands in a Bot Connector
// double. Installation, messages, the invitation card after a booking, preparing and submitting in the card,
// the referat approved from the card, and every refusal (not a party, a stale card, another tenant).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../../src/app/audit-log';
import { getChatReference } from '../../../src/app/chat-references-repo';
import { getPendingJob } from '../../../src/app/archive-outbox';
import { listPendingNotices } from '../../../src/app/notice-outbox';
import { COPY_SETTLE_MS } from '../../../src/core/copy-removal';
import type { PreparationView } from '../../../src/app/open-preparation';
import type { ReferatView } from '../../../src/app/open-referat';
import type { AdaptiveCard } from '../../../src/cards/card';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { announceInstallation, DEMO_BOT_ID } from '../../../src/server/demo-bot';
import { hasText, ofType } from '../../unit/cards/card-query';
import { startScheduling } from '../scheduling/helpers';
import { lastCard, startBotFixture, type BotFixture } from './bot-fixture';

let f: BotFixture;
let leaderId: string;
let employeeId: string;
let strangerId: string;
let conversationId: string;
const call = async <T>(personId: string, method: string, path: string, body?: unknown, ifMatch?: string) => {
  const token = await signIn(personId);
  const res = await fetch(`${f.stack.url}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(ifMatch ? { 'if-match': ifMatch } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
};
async function signIn(personId: string): Promise<string> {
  const res = await fetch(`${f.stack.url}/api/demo/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
}
const dataOf = (card: AdaptiveCard | undefined, verb: string) =>
  ofType(card, 'Action.Execute').find((a) => a.verb === verb)?.data as Record<string, unknown> | undefined;
const chatOf = (personId: string) => `chat-${personId}`;

beforeAll(async () => {
  f = await startBotFixture();
  const people = f.stack.municipality.people;
  const reportsOf = (id: string) => people.filter((p) => p.managerId === id);
  const leader = people
    .filter((p) => reportsOf(p.id).length > 0 && p.managerId !== null)
    .sort((a, b) => reportsOf(b.id).length - reportsOf(a.id).length)[0]!;
  leaderId = leader.id;
  employeeId = reportsOf(leaderId)[2]!.id;
  strangerId = reportsOf(leaderId)[3]!.id;
  void startScheduling; // the same fixed moment (NOW) as the scheduling tests
});
afterAll(async () => {
  await f?.stop();
});

describe('installation and messages', () => {
  it('stores the chat on installation and welcomes the person once, in their language', async () => {
    for (const who of [employeeId, leaderId]) {
      const install = f.from(who, { type: 'installationUpdate', action: 'add' });
      expect((await f.activity(install)).status).toBe(200);
      await f.activity(f.from(who, { type: 'conversationUpdate', membersAdded: [{ id: '28:samtale' }] }));
    }
    expect(await getChatReference(f.stack.store, employeeId)).toMatchObject({
      conversationId: chatOf(employeeId),
      serviceUrl: f.connectorUrl,
      locale: 'nb-NO',
    });
    const welcomes = f.posted.filter((p) => p.conversationId === chatOf(employeeId));
    expect(welcomes).toHaveLength(1);
    expect(hasText(welcomes[0]!.activity.attachments![0]!.content, 'Velkommen til Samtale')).toBe(true);
  });

  it('an installation event without a locale welcomes in the directory language and forgets no locale', async () => {
    const person = f.stack.municipality.people.find(
      (p) => p.preferredLanguage !== 'nb' && p.id !== employeeId && p.id !== leaderId,
    );
    if (!person) throw new Error('the demo municipality has nobody with English or nynorsk');
    await f.activity(f.from(person.id, { type: 'installationUpdate', action: 'add', locale: undefined }));
    const welcome = lastCard(f.posted, chatOf(person.id));
    const expected = person.preferredLanguage === 'en' ? 'Welcome to Samtale' : 'Velkomen til Samtale';
    expect(hasText(welcome, expected)).toBe(true);
    await f.activity(f.from(person.id, { type: 'message', text: 'help', locale: 'en-GB' }));
    await f.activity(f.from(person.id, { type: 'conversationUpdate', locale: undefined }));
    expect((await getChatReference(f.stack.store, person.id))?.locale).toBe('en-GB');
  });

  it('answers help, and anything else with a short help, in the locale of the message', async () => {
    await f.activity(f.from(employeeId, { type: 'message', text: 'hjelp', locale: 'nn-NO' }));
    expect(hasText(lastCard(f.posted, chatOf(employeeId)), 'Skriv **mine samtalar**')).toBe(true);
    // the chat follows the client's language: back to bokmål
    await f.activity(f.from(employeeId, { type: 'message', text: 'Hjelp!' }));
    expect(hasText(lastCard(f.posted, chatOf(employeeId)), 'Skriv **mine samtaler**')).toBe(true);
    // the leader's client is in English
    await f.activity(f.from(leaderId, { type: 'message', text: 'hva er klokka?', locale: 'en-GB' }));
    const card = lastCard(f.posted, chatOf(leaderId));
    expect(hasText(card, 'I did not understand that.')).toBe(true);
    expect(hasText(card, 'Type **my conversations**')).toBe(true);
  });

  it('ignores an activity from another tenant, storing nothing', async () => {
    const before = f.posted.length;
    const foreign = f.from(strangerId, {
      type: 'message',
      text: 'hjelp',
      channelData: { tenant: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect((await f.activity(foreign)).status).toBe(200);
    expect(f.posted.length).toBe(before);
    expect(await getChatReference(f.stack.store, strangerId)).toBeNull();
  });
});

describe('the invitation and the preparation', () => {
  it('sends the invitation card after the leader books, leaving the booking alone when Teams is slow', async () => {
    const { slots } = await call<{ slots: { start: string }[] }>(
      leaderId,
      'POST',
      '/conversations/suggestions',
      {
        employeeId,
        kind: 'annual',
      },
    );
    const booked = await call<{ conversation: { id: string } }>(leaderId, 'POST', '/conversations', {
      employeeId,
      kind: 'annual',
      start: slots[0]!.start,
      location: null,
      online: true,
      specialTopics: 'Turnusen i vår',
    });
    conversationId = booked.conversation.id;
    // stored, not sent: the booking answered without waiting for Teams
    expect((await listPendingNotices(f.stack.store)).map((w) => w.value.notice)).toContainEqual({
      type: 'invitation',
      conversationId,
    });
    await f.deliver();
    const card = lastCard(f.posted, chatOf(employeeId));
    expect(hasText(card, 'Innkalling: Medarbeidersamtale')).toBe(true);
    expect(hasText(card, 'Turnusen i vår')).toBe(true);
    expect(dataOf(card, CARD_VERBS.prepare)).toMatchObject({ conversationId });
    // a second pass sends nothing more
    const count = f.posted.length;
    await f.deliver();
    expect(f.posted.length).toBe(count);
  });

  it('prepare answers with the form; submit stores the answers and refreshes to the sent view', async () => {
    const invitation = lastCard(f.posted, chatOf(employeeId));
    const form = await f.invoke(employeeId, CARD_VERBS.prepare, dataOf(invitation, CARD_VERBS.prepare)!);
    expect(hasText(form, 'Forberedelse: Medarbeidersamtale')).toBe(true);
    const submitData = dataOf(form, CARD_VERBS.submitPreparation)!;
    const questions = [...ofType(form, 'Input.Text'), ...ofType(form, 'Input.ChoiceSet')];
    const answers = Object.fromEntries(
      questions.map((q) => [
        q.id as string,
        q.type === 'Input.ChoiceSet' ? 'yes' : 'Mer tid til fagutvikling.',
      ]),
    );
    const sent = await f.invoke(employeeId, CARD_VERBS.submitPreparation, { ...submitData, ...answers });
    expect(hasText(sent, 'Forberedelsen er sendt')).toBe(true);
    expect(hasText(sent, 'Mer tid til fagutvikling.')).toBe(true);
    expect(ofType(sent, 'Action.Execute').map((a) => a.verb)).not.toContain(CARD_VERBS.submitPreparation);
    const stored = await call<PreparationView>(
      employeeId,
      'GET',
      `/conversations/${conversationId}/preparation`,
    );
    expect(stored.mine.submittedAt).not.toBeNull();
    expect(Object.values(stored.mine.answers)).toContain('Mer tid til fagutvikling.');
    const log = await readAudit(f.stack.store, conversationId);
    expect(log.some((e) => e.action === 'submit-preparation' && e.surface === 'bot')).toBe(true);
    // the leader hears of it in Teams
    await f.deliver();
    expect(hasText(lastCard(f.posted, chatOf(leaderId)), 'has submitted the preparation')).toBe(true);
  });

  it('a save from a card older than answers saved in the tab comes back with the latest, overwriting nothing', async () => {
    f.advance(60_000);
    const { slots } = await call<{ slots: { start: string }[] }>(
      leaderId,
      'POST',
      '/conversations/suggestions',
      {
        employeeId: strangerId,
        kind: 'annual',
      },
    );
    const other = await call<{ conversation: { id: string } }>(leaderId, 'POST', '/conversations', {
      employeeId: strangerId,
      kind: 'annual',
      start: slots[0]!.start,
      location: null,
      online: true,
    });
    const id = other.conversation.id;
    // no chat with the bot yet: the worker installs Samtale through (emulated) Graph and sends it there
    await f.deliver();
    const invitation = f.posted
      .map((p) => p.activity.attachments?.[0]?.content)
      .find((card) => dataOf(card, CARD_VERBS.prepare)?.conversationId === id);
    const form = await f.invoke(strangerId, CARD_VERBS.prepare, dataOf(invitation, CARD_VERBS.prepare)!);
    const saveData = dataOf(form, CARD_VERBS.saveDraft)!;
    const question = String(ofType(form, 'Input.Text')[0]!.id);
    // the tab saves after the card was made
    const tab = await call<PreparationView>(strangerId, 'GET', `/conversations/${id}/preparation`);
    await call(
      strangerId,
      'PUT',
      `/conversations/${id}/preparation`,
      { answers: { [question]: 'Skrevet i fanen' } },
      tab.etag,
    );
    const card = await f.invoke(strangerId, CARD_VERBS.saveDraft, {
      ...saveData,
      [question]: 'Fra et gammelt kort',
    });
    expect(hasText(card, 'Forberedelsen ble endret et annet sted')).toBe(true);
    expect(ofType(card, 'Input.Text')[0]!.value).toBe('Skrevet i fanen');
    const stored = await call<PreparationView>(strangerId, 'GET', `/conversations/${id}/preparation`);
    expect(stored.mine.answers[question]).toBe('Skrevet i fanen');
  });

  it('someone who is not a party gets the not-allowed card, nothing changes, and the refusal is logged', async () => {
    const before = await readAudit(f.stack.store, conversationId);
    const card = await f.invoke(strangerId, CARD_VERBS.accept, { conversationId, cardVersion: 0 });
    expect(hasText(card, 'Ikke din samtale')).toBe(true);
    expect(ofType(card, 'Action.OpenUrl')).toEqual([]);
    const after = await readAudit(f.stack.store, conversationId);
    expect(after.length).toBe(before.length + 1);
    const refusal = after.find((e) => e.action === 'refuse-card-action');
    expect(refusal).toMatchObject({ actorId: strangerId, part: 'not-party', surface: 'bot' });
  });

  it('a stale card (its version behind the conversation) is refused; asking for another time from the current one works', async () => {
    const invitation = lastCard(f.posted, chatOf(employeeId));
    const data = dataOf(invitation, CARD_VERBS.askOtherTime)!;
    const stale = await f.invoke(employeeId, CARD_VERBS.accept, {
      ...data,
      cardVersion: Number(data.cardVersion) - 1,
    });
    expect(hasText(stale, 'Kortet er utdatert')).toBe(true);
    f.advance(60_000);
    const asked = await f.invoke(employeeId, CARD_VERBS.askOtherTime, {
      ...data,
      reason: 'Nattevakt dagen før',
      preferredTimes: 'Tirsdager etter kl. 12',
    });
    expect(hasText(asked, 'Du ba om et annet tidspunkt')).toBe(true);
    await f.deliver();
    const leaderCard = lastCard(f.posted, chatOf(leaderId));
    expect(hasText(leaderCard, 'asks for another time')).toBe(true);
    expect(hasText(leaderCard, 'Nattevakt dagen før')).toBe(true);
    // the invitation the employee still holds is now behind the conversation
    const again = await f.invoke(employeeId, CARD_VERBS.accept, data);
    expect(hasText(again, 'Kortet er utdatert')).toBe(true);
  });

  it('answers an Action.Submit fallback by replacing the card it came from', async () => {
    const before = f.posted.length;
    await f.activity(
      f.from(employeeId, {
        type: 'message',
        replyToId: 'activity-1',
        value: { verb: CARD_VERBS.refresh, conversationId, cardVersion: 0, card: 'invitation' },
      }),
    );
    const update = f.posted.slice(before).find((p) => p.activityId === 'activity-1');
    expect(update).toBeDefined();
    expect(hasText(update!.activity.attachments![0]!.content, 'Innkalling: Medarbeidersamtale')).toBe(true);
  });

  it('lists my conversations with a link to each', async () => {
    await f.activity(f.from(employeeId, { type: 'message', text: 'Mine samtaler' }));
    const card = lastCard(f.posted, chatOf(employeeId));
    expect(hasText(card, 'Dine samtaler')).toBe(true);
    const links = ofType(card, 'Action.OpenUrl').map((a) => String(a.url));
    expect(links).toContain(`${f.stack.url}/tab/#/conversations/${conversationId}`);
  });
});

describe('the referat', () => {
  let hash: string;
  it('after the leader approves, the employee gets the referat card and approves it with its hash', async () => {
    const path = `/conversations/${conversationId}/referat`;
    let view = await call<ReferatView>(leaderId, 'GET', path);
    const sectionId = view.referat.sections[0]!.sectionId;
    view = await call<ReferatView>(
      leaderId,
      'PATCH',
      path,
      { type: 'section', sectionId, agreedText: 'Vi ble enige om mer veiledning.' },
      view.etag,
    );
    view = await call<ReferatView>(
      leaderId,
      'PATCH',
      path,
      { type: 'no-special-actions', value: true },
      view.etag,
    );
    await call(leaderId, 'POST', `${path}/approve`, { contentHash: view.contentHash });
    await f.deliver();
    const card = lastCard(f.posted, chatOf(employeeId));
    expect(hasText(card, 'Referat til godkjenning')).toBe(true);
    expect(hasText(card, 'Vi ble enige om mer veiledning.')).toBe(true);
    const approve = dataOf(card, CARD_VERBS.approveReferat)!;
    hash = String(approve.contentHash);
    expect(hash).toBe(view.contentHash);

    const wrong = await f.invoke(employeeId, CARD_VERBS.approveReferat, {
      ...approve,
      contentHash: '0'.repeat(64),
    });
    expect(hasText(wrong, 'Referatet ble endret')).toBe(true);
    expect(await getPendingJob(f.stack.store, conversationId)).toBeNull();

    const signed = await f.invoke(employeeId, CARD_VERBS.approveReferat, approve);
    expect(hasText(signed, 'Du godkjente referatet')).toBe(true);
    const stored = await call<ReferatView>(employeeId, 'GET', path);
    expect(stored.fullyApproved).toBe(true);
    expect(stored.referat.approvals.map((a) => a.role).sort()).toEqual(['employee', 'leader']);
    expect((await getPendingJob(f.stack.store, conversationId))?.value.contentHash).toBe(hash);
    await f.deliver();
    expect(hasText(lastCard(f.posted, chatOf(leaderId)), 'has approved the minutes')).toBe(true);
  });
});

describe('reach: people without Samtale in Teams', () => {
  const book = async (employee: string) => {
    const { slots } = await call<{ slots: { start: string }[] }>(
      leaderId,
      'POST',
      '/conversations/suggestions',
      { employeeId: employee, kind: 'annual' },
    );
    const booked = await call<{ conversation: { id: string } }>(leaderId, 'POST', '/conversations', {
      employeeId: employee,
      kind: 'annual',
      start: slots[0]!.start,
      location: null,
      online: true,
      specialTopics: '',
    });
    return booked.conversation.id;
  };
  const reportsOf = (id: string) => f.stack.municipality.people.filter((p) => p.managerId === id);

  it('installs Samtale through Graph for someone who never opened it, and the invitation goes to that chat', async () => {
    const newcomer = reportsOf(leaderId)[4]!.id;
    expect(await getChatReference(f.stack.store, newcomer)).toBeNull();
    const id = await book(newcomer);
    await f.deliver();
    const [installation] = f.stack.graph.teamwork.installations(newcomer);
    expect(installation).toBeDefined();
    const card = lastCard(f.posted, installation!.chatId);
    expect(hasText(card, 'Innkalling: Medarbeidersamtale')).toBe(true);
    expect(dataOf(card, CARD_VERBS.prepare)).toMatchObject({ conversationId: id });
    expect((await getChatReference(f.stack.store, newcomer))?.conversationId).toBe(installation!.chatId);
  });

  it("Teams' message about the new chat keeps its Bot Connector; a welcome it refuses fails nothing", async () => {
    const person = reportsOf(leaderId)[5]!.id;
    const regional = `${f.connectorUrl}emea/`; // the double has no such route: the welcome gets a 404
    await announceInstallation(
      `${f.stack.url}/api/messages`,
      {
        userId: person,
        tenantId: f.stack.municipality.tenantId,
        installationId: 'installation-1',
        chatId: `19:${DEMO_BOT_ID}_${person}@unq.gbl.spaces`,
        teamsAppId: 'catalog-id',
        externalId: 'manifest-id',
        botId: DEMO_BOT_ID,
      },
      regional,
    );
    expect(await getChatReference(f.stack.store, person)).toMatchObject({
      conversationId: `19:${DEMO_BOT_ID}_${person}@unq.gbl.spaces`,
      serviceUrl: regional,
    });
  });

  it("where installing is blocked, e-mails the invitation; a conductor outside Mail.Send's scope: from the leader above", async () => {
    const blocked = reportsOf(leaderId)[6]!;
    f.stack.graph.teamwork.blockUser(blocked.id);
    const id = await book(blocked.id);
    // the first mail request, the look-up of the key in the conductor's mailbox, is refused
    f.stack.graph.faults.inject({ path: new RegExp(`/users/${leaderId}/messages`), status: 403 });
    const before = f.stack.graph.mail.sent().length;
    await f.deliver();
    const mails = f.stack.graph.mail.sent().slice(before);
    expect(mails).toHaveLength(1);
    const leaderAbove = f.stack.municipality.people.find((p) => p.id === leaderId)!.managerId;
    expect(mails[0]).toMatchObject({ from: leaderAbove, to: [blocked.mail] });
    expect(mails[0]!.subject).toContain('Medarbeidersamtale');
    expect(mails[0]!.html).toContain(`${f.stack.url}/tab/`);
    expect(mails[0]!.html).toContain(id);
    expect(f.stack.graph.teamwork.installations(blocked.id)).toEqual([]);
    // the leader above is no party to the conversation: once the copy has settled in their Sent Items, the
    // mail copy queue removes it (src/app/notice-by-mail.ts says why), and nothing more is sent
    const copiesWith = (mailbox: string) =>
      f.stack.graph.mail.messages(mailbox).filter((m) => m.to.includes(blocked.mail));
    expect(copiesWith(leaderAbove!)).toHaveLength(1);
    f.advance(COPY_SETTLE_MS);
    await f.deliver();
    expect(copiesWith(leaderAbove!)).toEqual([]);
    expect(copiesWith(leaderId)).toEqual([]);
    expect(f.stack.graph.mail.sent().slice(before)).toHaveLength(1);
  });
});
