// The bot end to end through the Microsoft 365 Agents Playground (issue 5 item 6): the demo stack starts the
// playground headless against /api/messages, its chat user the demo's employee persona. Chromium opens the
// playground's Teams-like chat (that installs the bot), the leader books through the API, the invitation
// card arrives in the chat, the employee prepares and submits by clicking the card (Action.Execute as an
// adaptiveCard/action invoke through the playground), the answers are read back through the API; the
// leader writes and approves the referat through the API, the card arrives, and the employee approves it
// there. Another playground user pressing the referat card (in the group chat) gets the not-allowed card and
// changes nothing. Typing hjelp / mine samtaler answers with help and the list. Screenshots:
// test-results/e2e/bot-*.png.
// No axe here: the chat is Microsoft's playground UI, not our page; the cards' own accessibility is checked
// in tests/e2e/cards.test.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../src/app/audit-log';
import { getDoneJob, getPendingJob } from '../../src/app/archive-outbox';
import { getChatReference } from '../../src/app/chat-references-repo';
import { listNoticesOf } from '../../src/app/notice-outbox';
import type { PreparationView } from '../../src/app/open-preparation';
import type { ReferatView } from '../../src/app/open-referat';
import { CARD_VERBS } from '../../src/cards/verbs';
import { hasText, ofType } from '../unit/cards/card-query';
import {
  bookAnnual,
  callApi,
  SHOTS,
  startBrowserDemo,
  stopBrowserDemo,
  type BrowserDemo,
} from './demo-fixture';

let demo: BrowserDemo | undefined;
let page: Page;
let conversationId: string;
let dataDir: string;
const ANSWER = 'Mer tid til fagutvikling, og veiledning av nye kolleger.';

const pg = () => demo!.stack.playground!;
const api = <T>(personId: string, method: string, p: string, body?: unknown, ifMatch?: string) =>
  callApi<T>(demo!.stack.url, personId, method, p, body, ifMatch);
/** the latest card in the chat (the playground renders each with the Adaptive Cards renderer) */
const lastCard = () => page.locator('.ac-adaptiveCard').last();
/**
 * the referat's archive job, pending or already filed (the archive worker may finish it at once). Pending is
 * read first: the worker writes the done row before it drops the pending one, so the job cannot slip between.
 */
const archiveJob = async () =>
  (await getPendingJob(demo!.stack.store, conversationId)) ??
  (await getDoneJob(demo!.stack.store, conversationId));

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'samtale-bot-e2e-'));
  demo = await startBrowserDemo({ playgroundPort: 0, dataDir });
  page = await demo.browser.newPage({ viewport: { width: 1280, height: 1000 } });
});
afterAll(async () => {
  await page?.close();
  await stopBrowserDemo(demo);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('the bot in the Agents Playground', () => {
  it('the chat user is the employee persona; opening the chat installs the bot and keeps the chat', async () => {
    expect(pg().user.id).toBe(demo!.employee.personId);
    await page.goto(pg().url);
    await page.getByText(/Velkom+en til Samtale|Welcome to Samtale/).waitFor();
    expect(await getChatReference(demo!.stack.store, demo!.employee.personId)).toMatchObject({
      conversationId: pg().personalChatId,
      serviceUrl: pg().connectorUrl,
    });
  });

  it('the invitation arrives after the leader books; the employee prepares and submits in the card', async () => {
    conversationId = await bookAnnual(demo!);
    // the playground's client says en-US: the cards come in English
    await page.getByText('Invitation: Annual employee conversation').waitFor();
    await page.screenshot({ path: `${SHOTS}/bot-invitation.png` });

    await lastCard().getByRole('button', { name: 'Prepare' }).click();
    const form = lastCard();
    await form.getByText('Preparation: Annual employee conversation').waitFor();
    for (const box of await form.locator('textarea').all()) await box.fill(ANSWER);
    // expanded choice sets: the first option of each question
    const groups = await form.locator('[role="radiogroup"]').all();
    for (const group of groups) await group.locator('input[type="radio"]').first().check();
    await page.screenshot({ path: `${SHOTS}/bot-preparation-form.png`, fullPage: true });
    await form.getByRole('button', { name: 'Submit' }).click();

    await page.getByText('Your preparation is submitted').waitFor();
    await expect.poll(() => lastCard().getByRole('button', { name: 'Submit' }).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/bot-preparation-sent.png` });
    const stored = await api<PreparationView>(
      demo!.employee.personId,
      'GET',
      `/conversations/${conversationId}/preparation`,
    );
    expect(stored.mine.submittedAt).not.toBeNull();
    expect(Object.values(stored.mine.answers)).toContain(ANSWER);
    const log = await readAudit(demo!.stack.store, conversationId);
    expect(log).toContainEqual(
      expect.objectContaining({
        action: 'submit-preparation',
        actorId: demo!.employee.personId,
        surface: 'bot',
      }),
    );
  });

  it('typing help or mine samtaler answers in the chat: the list has the booked conversation', async () => {
    const { leader } = demo!;
    // the playground's compose box (its placeholder says "Type a message…")
    const compose = page.getByRole('textbox').last();
    await compose.fill('hjelp');
    await compose.press('Enter');
    await page.getByText('What the Samtale bot does').waitFor();
    await compose.fill('mine samtaler');
    await compose.press('Enter');
    const list = lastCard();
    await list.getByText('My conversations', { exact: true }).waitFor();
    // what the card lists is what the API lists for the employee
    const { mine } = await api<{ mine: { id: string; status: string }[] }>(
      demo!.employee.personId,
      'GET',
      '/conversations',
    );
    expect(mine.map((c) => [c.id, c.status])).toEqual([[conversationId, 'booked']]);
    await list.getByText(`Annual employee conversation with ${leader.displayName}`).waitFor();
    await list.getByText(/ · booked$/).waitFor();
    // one link per conversation and one to the tab, named apart (Action.OpenUrl renders with the link role)
    expect(await list.getByRole('link', { name: 'Open the conversation' }).count()).toBe(1);
    expect(await list.getByRole('link', { name: 'Open Samtale' }).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/bot-my-conversations.png` });
  });

  it('the referat the leader approved arrives; another user pressing it changes nothing; the employee approves', async () => {
    const { leader, employee, stack } = demo!;
    const p = `/conversations/${conversationId}/referat`;
    let view = await api<ReferatView>(leader.personId, 'GET', p);
    view = await api<ReferatView>(
      leader.personId,
      'PATCH',
      p,
      {
        type: 'section',
        sectionId: view.referat.sections[0]!.sectionId,
        agreedText: 'Vi ble enige om mer veiledning.',
      },
      view.etag,
    );
    view = await api<ReferatView>(
      leader.personId,
      'PATCH',
      p,
      { type: 'no-special-actions', value: true },
      view.etag,
    );
    await api(leader.personId, 'POST', `${p}/approve`, { contentHash: view.contentHash });
    await page.getByText('Minutes to approve: Annual employee conversation').waitFor();
    await page.getByText('Vi ble enige om mer veiledning.').waitFor();
    await page.screenshot({ path: `${SHOTS}/bot-referat.png` });

    // Someone else in the tenant presses the same card: it is in the playground's group chat (as a card
    // forwarded there would be), and that user's invoke goes through the playground as Teams sends it.
    // the worker records the notice sent after Teams took it, so it may still be pending when the card shows
    const sentReferat = async () =>
      (await listNoticesOf(stack.store, employee.personId)).find(
        (r) => r.notice.type === 'referat-to-approve' && r.status === 'sent',
      );
    await expect.poll(sentReferat).toBeDefined();
    const sent = (await sentReferat())!;
    const message = await stack.deliveryDeps.renderer.chat(sent, 'en');
    const posted = await fetch(
      `${pg().connectorUrl}/v3/conversations/${encodeURIComponent(pg().groupChatId)}/activities`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer demo' },
        body: JSON.stringify({
          type: 'message',
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: message!.card }],
        }),
      },
    );
    const { id: messageId } = (await posted.json()) as { id: string };
    const approve = ofType(message!.card, 'Action.Execute').find(
      (a) => a.verb === CARD_VERBS.approveReferat,
    )!;
    const strangerId = [...pg().userIds.keys()].find(
      (id) => id !== employee.personId && id !== leader.personId,
    )!;
    const auditBefore = await readAudit(stack.store, conversationId);
    const res = await fetch(`${pg().url}/_conversation/v1/invoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'adaptiveCard/action',
        value: {
          action: { type: 'Action.Execute', verb: approve.verb, data: approve.data },
          trigger: 'manual',
        },
        from: { id: pg().userIds.get(strangerId) },
        conversation: { id: pg().groupChatId },
        replyToId: messageId,
      }),
    });
    expect(res.status).toBe(200);
    // the playground answers with the invoke response's body (its HTTP status is the statusCode)
    const refused = (await res.json()) as { type: string; value: unknown };
    expect(refused.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(hasText(refused.value, 'Not your conversation')).toBe(true);
    // the audit first: the test's own look at the referat below is a read the log records too
    const auditAfter = await readAudit(stack.store, conversationId);
    expect(auditAfter.slice(auditBefore.length)).toEqual([
      expect.objectContaining({ action: 'refuse-card-action', actorId: strangerId, surface: 'bot' }),
    ]);
    let stored = await api<ReferatView>(employee.personId, 'GET', p);
    expect(stored.referat.approvals.map((a) => a.role)).toEqual(['leader']);
    expect(await archiveJob()).toBeNull();

    // the employee approves in their own chat
    await page.getByText('Personal Chat').first().click();
    await lastCard().getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/You approved the minutes on/).waitFor();
    await page.screenshot({ path: `${SHOTS}/bot-referat-approved.png` });
    stored = await api<ReferatView>(employee.personId, 'GET', p);
    expect(stored.fullyApproved).toBe(true);
    expect(stored.referat.approvals.map((a) => a.role).sort()).toEqual(['employee', 'leader']);
    expect((await archiveJob())?.value.contentHash).toBe(view.contentHash);
  });
});
