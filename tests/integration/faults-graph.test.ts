// Issue 9, fault tests across the flows that call Graph, where earlier tests did not reach: booking one
// conversation through the API, and sending its invitation to someone without Samtale (installing it through
// Graph, or by e-mail where installing is blocked). Graph throttles (429 with Retry-After) and then takes a
// request but holds its answer back past the client's deadline, as a lost response does: the retry must find
// the work done and not do it twice. Nothing lost, nothing duplicated.
// Covered elsewhere: a round (tests/integration/scheduling/round.test.ts, "429 storms, 503s and a timeout"),
// filing the referat PDF (tests/integration/archive/archive-faults.test.ts), the $batch calls under a round
// (tests/integration/graph-calendar-batch.test.ts), Graph 503/hanging behind the team overview
// (tests/integration/hardening/faults.test.ts).
// The e-mail is exactly-once too: it is made as a draft that carries the notice's key in an extended property
// and then sent, and each try first looks the key up (src/adapters/graph/mailer.ts), so a create or a send
// whose answer was lost is found, not repeated; its copy is then removed from the sender's mailbox by the mail
// copy queue, five minutes after the send was recorded. What remains open is a Teams send whose answer was
// lost (the Bot Connector takes no idempotency key); see faults-restart.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverNotices, type DeliveryDeps } from '../../src/app/deliver-notices';
import { processCopyRemovals } from '../../src/app/mail-copy-removals';
import { listNoticesOf, listPendingNotices } from '../../src/app/notice-outbox';
import { COPY_SETTLE_MS } from '../../src/core/copy-removal';
import type { ChatMessage, ChatReference, Messenger } from '../../src/ports/messenger';
import { NOW, startHardeningStack, type HardeningStack } from './hardening/fixture';

let h: HardeningStack;
beforeAll(async () => {
  // every Graph try gives up after 1.5 s, so an answer held back 4 s is a timeout whose request did land; not
  // shorter, so that a busy machine's ordinary answer is not a timeout too (the test would count the wrong tries)
  h = await startHardeningStack({ graphTimeoutMs: 1500 });
});
afterAll(() => h?.stop());

const HELD_BACK_MS = 4000;

/** the meetings in the leader's Outlook calendar that belong to the conversation (our extended property) */
function eventsOf(organizerId: string, conversationId: string) {
  const mailbox = h.stack.graph.calendar.mailbox(organizerId)!;
  return h.stack.graph.calendar
    .list(mailbox)
    .filter((e) => [...e.extended.values()].includes(conversationId));
}

/** how many times the server asked Graph for this (the url actually requested) */
const requests = (method: string, url: RegExp) =>
  h.graph.exchanges.filter((e) => e.method === method && url.test(e.url)).length;

/** a held-back answer is recorded when it is let go (faults.clear()); wait for it to be counted */
async function requestsSettled(method: string, url: RegExp, atLeast: number) {
  for (let i = 0; i < 50 && requests(method, url) < atLeast; i++)
    await new Promise((done) => setTimeout(done, 50));
  return requests(method, url);
}

/** the person's invitations to the conversation, as the outbox records them */
async function invitationsOf(recipientId: string, conversationId: string) {
  const records = await listNoticesOf(h.stack.store, recipientId);
  return records.filter((r) => r.notice.type === 'invitation' && r.notice.conversationId === conversationId);
}

/**
 * the delivery worker as the stack wires it, with a Teams that records and a clock the test moves, and the
 * mail copy queue beside it on the same clock
 */
function delivery() {
  let now = NOW.getTime();
  const posted: { chat: ChatReference; message: ChatMessage }[] = [];
  const messenger: Messenger = {
    async send(chat, message) {
      posted.push({ chat, message });
      return { activityId: `activity-${posted.length}` };
    },
    async update() {},
  };
  const deps: DeliveryDeps = {
    ...h.stack.deliveryDeps,
    messenger,
    clock: { now: () => new Date(now) },
    random: () => 0.5,
  };
  /** passes until nothing is queued for the person, moving the clock to each next try; how many it took */
  async function deliverAll(recipientId: string) {
    for (let pass = 1; pass <= 12; pass++) {
      await deliverNotices(deps, { owner: `instance-${pass}` });
      const left = (await listPendingNotices(deps.store)).filter((w) => w.value.recipientId === recipientId);
      if (left.length === 0) return pass;
      now = Math.max(now, ...left.map((w) => Date.parse(w.value.nextAttemptAt))) + 1;
    }
    throw new Error(`notices for ${recipientId} still queued after 12 passes`);
  }
  /** once the sent copies have settled in Sent Items: a pass of the mail copy queue */
  async function removeCopiesLater() {
    now += COPY_SETTLE_MS;
    return processCopyRemovals(
      { ...h.stack.copyRemovalDeps, clock: deps.clock, random: () => 0.5 },
      { owner: 'x' },
    );
  }
  return { posted, deliverAll, removeCopiesLater };
}

describe('booking one conversation while Graph throttles and loses an answer', () => {
  it('waits out Retry-After, retries the lost answer with the same transactionId: one Outlook meeting, one booking', async () => {
    const { leader, reports } = h.leaderWithReports(3);
    const employee = reports[0]!;
    const faults = h.stack.graph.faults;
    const hitsBefore = faults.hits();
    const create = new RegExp(`/users/${leader.id}/events$`);
    const createsBefore = requests('POST', create);
    faults.inject({ method: 'POST', path: /\/events$/, status: 429, retryAfterSeconds: 1 });
    faults.inject({ method: 'POST', path: /\/events$/, delayMs: HELD_BACK_MS });
    const started = Date.now();
    const conversationId = await h.bookAnnual(leader.id, employee.id);
    const took = Date.now() - started;
    faults.clear();

    expect(faults.hits() - hitsBefore).toBe(2);
    // the throttled try, the one whose answer was lost (it timed out and created the event), and the retry
    expect((await requestsSettled('POST', create, createsBefore + 3)) - createsBefore).toBeGreaterThanOrEqual(
      3,
    );
    // Retry-After: 1 was honoured (the calendar's own pause without it starts at 1 s as well, so both count)
    expect(took).toBeGreaterThanOrEqual(1000);
    const events = eventsOf(leader.id, conversationId);
    expect(events).toHaveLength(1);
    expect(events[0]!.transactionId).toBe(conversationId);

    const mine = await h.call<{ conducting: { id: string; employeeId: string; status: string }[] }>(
      leader.id,
      'GET',
      '/conversations',
    );
    const booked = mine.body.conducting.filter((c) => c.employeeId === employee.id);
    expect(booked).toEqual([expect.objectContaining({ id: conversationId, status: 'booked' })]);
    // the invitation is queued once
    expect(await invitationsOf(employee.id, conversationId)).toEqual([
      expect.objectContaining({ status: 'queued' }),
    ]);
  }, 30_000);
});

describe('sending the invitation through Graph while it throttles and loses an answer', () => {
  it('installing Samtale: one installation, the invitation once in the new chat', async () => {
    const { leader, reports } = h.leaderWithReports(3);
    const employee = reports[1]!;
    const conversationId = await h.bookAnnual(leader.id, employee.id);
    const { posted, deliverAll } = delivery();
    const faults = h.stack.graph.faults;
    const hitsBefore = faults.hits();
    const install = new RegExp(`/users/${employee.id}/teamwork/installedApps$`);
    const installsBefore = requests('POST', install);
    faults.inject({ method: 'POST', path: install, status: 429, retryAfterSeconds: 1 });
    faults.inject({ method: 'POST', path: install, delayMs: HELD_BACK_MS });
    await deliverAll(employee.id);
    faults.clear();

    expect(faults.hits() - hitsBefore).toBe(2);
    // throttled, lost (it installed), and the retry that finds the installation there (409)
    expect(
      (await requestsSettled('POST', install, installsBefore + 3)) - installsBefore,
    ).toBeGreaterThanOrEqual(3);
    const installations = h.stack.graph.teamwork.installations(employee.id);
    expect(installations).toHaveLength(1);
    const invitations = posted.filter((p) => p.chat.userId === employee.id);
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.chat.conversationId).toBe(installations[0]!.chatId);
    expect(await invitationsOf(employee.id, conversationId)).toEqual([
      expect.objectContaining({ status: 'sent' }),
    ]);
  }, 60_000);

  it('by e-mail where installing is blocked: throttled, the draft’s and the send’s answers lost, sent once', async () => {
    const { leader, reports } = h.leaderWithReports(3);
    const employee = reports[2]!;
    h.stack.graph.teamwork.blockUser(employee.id);
    const conversationId = await h.bookAnnual(leader.id, employee.id);
    const { deliverAll, removeCopiesLater } = delivery();
    const faults = h.stack.graph.faults;
    const hitsBefore = faults.hits();
    const before = h.stack.graph.mail.sent().length;
    const create = new RegExp(`/users/${leader.id}/messages$`);
    const send = new RegExp(`/users/${leader.id}/messages/[^/?]+/send$`);
    faults.inject({ method: 'POST', path: create, status: 429, retryAfterSeconds: 1, times: 2 });
    faults.inject({ method: 'POST', path: create, delayMs: HELD_BACK_MS });
    faults.inject({ method: 'POST', path: send, delayMs: HELD_BACK_MS });
    // throttled twice and then lost (the draft is made); the next try finds the draft and sends it, the
    // answer lost again; the third finds it sent, records it and schedules its copy's removal
    expect(await deliverAll(employee.id)).toBe(3);
    faults.clear();

    expect(faults.hits() - hitsBefore).toBe(4);
    const mails = h.stack.graph.mail.sent().slice(before);
    expect(mails.filter((m) => m.to.includes(employee.mail))).toHaveLength(1);
    expect(await invitationsOf(employee.id, conversationId)).toEqual([
      expect.objectContaining({ status: 'mailed' }),
    ]);
    // no draft left behind; the copy in the leader's Sent Items until the queue removes it, five minutes after
    // the send was recorded (src/app/notice-by-mail.ts says why it must go)
    const left = () => h.stack.graph.mail.messages(leader.id).filter((m) => m.to.includes(employee.mail));
    expect(left()).toEqual([expect.objectContaining({ folder: 'sentitems' })]);
    expect(await removeCopiesLater()).toMatchObject({ retried: 0 });
    expect(left()).toEqual([]);
    expect(
      h.stack.graph.mail
        .sent()
        .slice(before)
        .filter((m) => m.to.includes(employee.mail)),
    ).toHaveLength(1);
  }, 60_000);
});
