// The delivery worker (DESIGN §2.8: each notice once; §8: 7/s per chat, 50/s per app, retries with backoff
// and jitter, a lease so two instances never both send), on the memory store with a fake Teams and clock.
import { describe, expect, it } from 'vitest';
import { getChatReference, saveChatReference } from '../../../src/app/chat-references-repo';
import { deliverNotices, MAX_ATTEMPTS } from '../../../src/app/deliver-notices';
import { listCopyRemovals } from '../../../src/app/mail-copy-removals';
import { getNoticeRecord, listPendingNotices, saveNoticeWork } from '../../../src/app/notice-outbox';
import { SendPacer } from '../../../src/core/pacing';
import { MailSenderRefusedError } from '../../../src/ports/mailer';
import { ChatUnavailableError, MessengerRetryableError } from '../../../src/ports/messenger';
import type { TeamsApps } from '../../../src/ports/teams-apps';
import {
  ANNE,
  chatOf,
  directory,
  harness,
  invitation,
  person,
  queue,
  START,
  TENANT,
} from './delivery-harness';

describe('deliverNotices', () => {
  it('sends a queued notice once into the chat, in the chat’s language, and records the activity id', async () => {
    const h = harness();
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1, retried: 0 });
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 0 });
    expect(h.sent).toHaveLength(1);
    expect(h.languages).toEqual(['nb']);
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value).toMatchObject({
      status: 'sent',
      activityId: 'activity-1',
      chatConversationId: `chat-${ANNE}`,
    });
    expect(await listPendingNotices(h.store)).toHaveLength(0);
    // the same key enqueued again (a second sweep) is known and sends nothing
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 0 });
  });

  it('retries a 429 after the Retry-After Teams asked for, and then sends it', async () => {
    let calls = 0;
    const h = harness({
      messenger: async () => {
        if (calls++ === 0) throw new MessengerRetryableError(429, 2_000);
      },
    });
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1 });
    expect(h.sleeps.some((ms) => ms >= 2_000)).toBe(true);
    expect(h.sent[0]!.at - START.getTime()).toBeGreaterThanOrEqual(2_000);
  });

  it('reschedules when Teams keeps saying later, not before its Retry-After, and keeps the notice', async () => {
    const h = harness({
      messenger: async () => {
        throw new MessengerRetryableError(429, 30_000);
      },
    });
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 0, retried: 1 });
    const [work] = await listPendingNotices(h.store);
    expect(work!.value.attempts).toBe(1);
    expect(work!.value.lease).toBeNull();
    expect(Date.parse(work!.value.nextAttemptAt) - h.deps.clock.now().getTime()).toBeGreaterThanOrEqual(
      30_000,
    );
    // not due yet: the next pass leaves it alone
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ retried: 0, sent: 0 });
  });

  it('two instances at once send a notice once: the lease goes to one of them', async () => {
    const h = harness();
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1'), invitation('c2'), invitation('c3')]);
    const [a, b] = await Promise.all([
      deliverNotices(h.deps, { owner: 'a' }),
      deliverNotices(h.deps, { owner: 'b' }),
    ]);
    expect(a.sent + b.sent).toBe(3);
    expect(h.sent.map((s) => s.message.summary)).toHaveLength(3);
  });

  it('leaves a notice another instance holds under a live lease', async () => {
    const h = harness();
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    const [work] = await listPendingNotices(h.store);
    const until = new Date(START.getTime() + 60_000).toISOString();
    await saveNoticeWork(h.store, { ...work!.value, lease: { owner: 'other', until } }, work!.etag);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 0 });
    h.advance(61_000);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1 });
  });

  it('paces sends: never more than 7 in a second into one chat (DESIGN §8)', async () => {
    const h = harness();
    h.deps.pacer = new SendPacer();
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(
      h.store,
      Array.from({ length: 20 }, (_, i) => invitation(`c${i}`)),
    );
    // one at a time: this clock moves by each sleep, which several concurrent sleepers would add up
    expect(await deliverNotices(h.deps, { owner: 'a', concurrency: 1 })).toMatchObject({ sent: 20 });
    const times = h.sent.map((s) => s.at).sort((x, y) => x - y);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1_000).length).toBeLessThanOrEqual(7);
    expect(times.at(-1)! - times[0]!).toBeGreaterThan(2_000);
  });

  it('does not wait on a held chat for ever: a clock that stands still ends the pass, and the try is not counted', async () => {
    const h = harness();
    h.deps.pacer = new SendPacer();
    h.deps.pacer.holdConversation(chatOf(ANNE).conversationId, START.getTime() + 60_000);
    // sleeps that pass no time on the clock, as in a test world whose clock is fixed
    h.deps.sleep = async (ms) => void h.sleeps.push(ms);
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 0, retried: 1 });
    expect(h.sleeps).toEqual([]);
    const [work] = await listPendingNotices(h.store);
    expect(work?.value).toMatchObject({ attempts: 0, lease: null });
    expect(Date.parse(work!.value.nextAttemptAt)).toBe(START.getTime() + 60_000);
    h.advance(60_000);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1 });
  });

  it('without a chat, installs Samtale for the person where allowed and sends into the new chat', async () => {
    const h = harness();
    const installs: string[] = [];
    h.deps.teamsApps = {
      ensureInstalled: async (userId) => {
        installs.push(userId);
        return { chatId: `19:${userId}_bot@unq.gbl.spaces`, installedNow: true };
      },
    };
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ sent: 1 });
    expect(installs).toEqual([ANNE]);
    expect(h.sent[0]!.chat).toMatchObject({
      conversationId: `19:${ANNE}_bot@unq.gbl.spaces`,
      tenantId: TENANT,
    });
    // the person's language from the directory until Teams tells the chat's locale
    expect(h.languages).toEqual(['nn']);
    expect((await getChatReference(h.store, ANNE))?.conversationId).toBe(`19:${ANNE}_bot@unq.gbl.spaces`);
  });

  it('where the tenant does not allow installing, sends the same notice by e-mail', async () => {
    const h = harness();
    const refused: TeamsApps = {
      ensureInstalled: async () => ({ notAllowed: true, reason: 'forbidden', detail: '403' }),
    };
    h.deps.teamsApps = refused;
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 1 });
    expect(h.sent).toHaveLength(0);
    expect(h.mails[0]).toMatchObject({ to: { mail: 'anne@fjordvik.kommune.no' }, subject: 'invitation nn' });
    // keyed by the notice, so a try after a lost answer finds this mail sent (adapters/graph/mailer.ts)
    expect(h.mails[0]?.key).toBe(`notice:${invitation('c1').key}`);
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value).toMatchObject({ status: 'mailed', detail: 'forbidden' });
  });

  it("a conductor outside Mail.Send's scope: the mail goes from the leader above them", async () => {
    const h = harness();
    const attempts: string[] = [];
    h.deps.directory = {
      ...directory,
      getManager: async (id) => (id === 'leader-1' ? person('leader-2') : null),
    };
    h.deps.mailer = {
      async sendMail(mail) {
        attempts.push(mail.fromUserId);
        if (mail.fromUserId === 'leader-1')
          throw new MailSenderRefusedError(
            'leader-1',
            403,
            'ErrorAccessDenied: Access to OData is disabled.',
          );
        h.mails.push(mail);
      },
      discardSentCopy: async () => {},
    };
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 1, retried: 0 });
    expect(attempts).toEqual(['leader-1', 'leader-2']);
    expect(h.mails[0]).toMatchObject({ fromUserId: 'leader-2', to: { mail: 'anne@fjordvik.kommune.no' } });
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value).toMatchObject({ status: 'mailed' });
    expect(record?.value.detail).toContain('mailbox leader-1 refused (403)');
    // its copy is to be removed from the mailbox it went from, not from the conductor's
    expect((await listCopyRemovals(h.store)).map((r) => r.value.senderId)).toEqual(['leader-2']);
  });

  it('when no mailbox up the line may send, records the notice as failed at once instead of retrying', async () => {
    const h = harness();
    const attempts: string[] = [];
    h.deps.directory = { ...directory, getManager: async (id) => person(`${id}-boss`) };
    h.deps.mailer = {
      async sendMail(mail) {
        attempts.push(mail.fromUserId);
        throw new MailSenderRefusedError(mail.fromUserId, 403, 'ErrorAccessDenied');
      },
      discardSentCopy: async () => {},
    };
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ failed: 1, retried: 0 });
    // the conductor and two leaders above, then no further
    expect(attempts).toEqual(['leader-1', 'leader-1-boss', 'leader-1-boss-boss']);
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value.status).toBe('failed');
    expect(record?.value.detail).toContain('no mailbox may send it');
    expect(await listPendingNotices(h.store)).toHaveLength(0);
    expect(await listCopyRemovals(h.store)).toEqual([]); // nothing went, so there is no copy
  });

  it('when Teams says the chat is gone, forgets it and mails instead', async () => {
    const h = harness({
      messenger: async () => {
        throw new ChatUnavailableError(403);
      },
    });
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('c1')]);
    expect(await deliverNotices(h.deps, { owner: 'a' })).toMatchObject({ mailed: 1 });
    expect(await getChatReference(h.store, ANNE)).toBeNull();
  });

  it('drops a notice with nothing left to say, and gives Teams up for e-mail after the last try', async () => {
    const h = harness({
      messenger: async () => {
        throw new Error('socket hang up');
      },
    });
    await saveChatReference(h.store, chatOf(ANNE));
    await queue(h.store, [invitation('cancelled'), invitation('c1')]);
    const first = await deliverNotices(h.deps, { owner: 'a' });
    expect(first).toMatchObject({ dropped: 1, retried: 1 });
    for (let i = 1; i < MAX_ATTEMPTS; i++) {
      h.advance(3_600_000);
      await deliverNotices(h.deps, { owner: 'a' });
    }
    const record = await getNoticeRecord(h.store, ANNE, invitation('c1').key);
    expect(record?.value.status).toBe('mailed');
    expect(h.mails).toHaveLength(1);
  });
});
