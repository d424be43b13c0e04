// A round's meetings booked through $batch: 20 per request, never more than four concurrent requests per
// mailbox, and through a storm of 429s, 503s and a lost answer every meeting still exists exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_PROPERTY } from '../../src/adapters/graph/calendar-mapping';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { ConversationMeeting } from '../../src/ports/calendar';
import { IDS, smallMunicipality } from '../contract/small-municipality';
import type { CalendarWorld } from './graph-calendar-fixture';
import { meetingFor, startCalendarWorld } from './graph-calendar-fixture';

let world: CalendarWorld;

beforeAll(async () => {
  world = await startCalendarWorld();
});
afterAll(async () => {
  await world.emulator.stop();
  world.recorder.assertAllValid();
});

/** `count` meetings spread over the first `leaders` leaders and their reports, ids prefixed */
function round(prefix: string, count: number, leaders: number): ConversationMeeting[] {
  return Array.from({ length: count }, (_, n) => {
    const leader = world.leaders[n % leaders]!;
    const reports = world.reportsOf(leader);
    const meeting = meetingFor(leader, reports[n % reports.length]!, n);
    return { ...meeting, conversationId: `${prefix}-${n}`, transactionId: `tx-${prefix}-${n}` };
  });
}

/** events in the emulator holding each conversation id, by id */
function eventsPerConversation(meetings: ConversationMeeting[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const leader of world.leaders) {
    for (const event of world.emulator.calendar.list(world.emulator.calendar.mailbox(leader.id)!)) {
      const id = event.extended.get(DEFAULT_CONVERSATION_PROPERTY);
      if (id && meetings.some((m) => m.conversationId === id)) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

describe('createMeetings', () => {
  it('books 45 meetings in three $batch requests and reports progress after each', async () => {
    const meetings = round('r45', 45, 3);
    const { calendar, requests } = world.calendar();
    const progress: number[] = [];
    const outcomes = await calendar.createMeetings(meetings, (done, total) => {
      expect(total).toBe(45);
      progress.push(done);
    });
    expect(requests).toEqual(['POST /$batch', 'POST /$batch', 'POST /$batch']);
    expect(progress).toHaveLength(3);
    expect(progress.at(-1)).toBe(45);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(outcomes.map((o) => o.conversationId)).toEqual(meetings.map((m) => m.conversationId));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect([...eventsPerConversation(meetings).values()]).toEqual(Array(45).fill(1));
    const first = outcomes[0];
    expect(first?.ok && first.meeting).toMatchObject({
      start: meetings[0]?.start,
      organizerId: meetings[0]?.organizerId,
    });
  });

  it('keeps every mailbox at four concurrent requests while batches and free/busy reads overlap', async () => {
    const before = world.emulator.throttle.throttled();
    const leader = world.leaders[0]!;
    const meetings = round('one-leader', 60, 1).map((m, n) => ({
      ...m,
      conversationId: `solo-${n}`,
      transactionId: `tx-solo-${n}`,
    }));
    const { calendar } = world.calendar();
    const mails = world.municipality.people.map((p) => p.mail);
    const [outcomes] = await Promise.all([
      calendar.createMeetings(meetings),
      calendar.getSchedules(leader.id, mails, '2026-12-01T00:00:00Z', '2026-12-31T00:00:00Z'),
      calendar.getSchedules(leader.id, mails, '2027-01-01T00:00:00Z', '2027-01-31T00:00:00Z'),
    ]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    // the emulator throttles the fifth concurrent request to a mailbox: it never had to
    expect(world.emulator.throttle.throttled()).toBe(before);
    expect(world.emulator.throttle.maxInFlight()).toBeLessThanOrEqual(4);
  });

  it('through 429s inside batches, 503s and a lost answer, creates every meeting exactly once', async () => {
    const meetings = round('storm', 40, 3);
    const faults = world.emulator.faults;
    faults.inject({ path: /\/users\/[^/]+\/events$/, status: 429, retryAfterSeconds: 1, times: 7 });
    faults.inject({ path: /\/\$batch$/, status: 503, times: 2 });
    faults.inject({ path: /\/users\/[^/]+\/events$/, delayMs: 5_000, times: 1 });
    const hitsBefore = faults.hits();
    const { calendar, requests } = world.calendar({ retry: { timeoutMs: 400 } });
    const outcomes = await calendar.createMeetings(meetings);
    faults.clear();
    expect(faults.hits() - hitsBefore).toBe(10); // every injected fault struck
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    expect([...eventsPerConversation(meetings).values()]).toEqual(Array(40).fill(1));
    // 2 batches + 2 batches refused with 503 + 1 resent after the lost answer + resends of throttled items
    expect(requests.length).toBeGreaterThanOrEqual(6);
  });

  it('reports a meeting Graph refuses, and books the rest', async () => {
    const meetings = round('bad', 3, 1);
    const broken = { ...meetings[1]!, organizerId: '00000000-0000-4000-8000-00000000dead' };
    const { calendar } = world.calendar();
    const outcomes = await calendar.createMeetings([meetings[0]!, broken, meetings[2]!]);
    expect(outcomes.map((o) => o.ok)).toEqual([true, false, true]);
    expect(outcomes[1]).toMatchObject({ ok: false, retryable: false, error: expect.stringContaining('404') });
  });
});

describe('the emulator', () => {
  it('answers the fifth concurrent request to one mailbox with 429, Retry-After and Graph error code', async () => {
    // requests that take 300 ms each: six sent together are all in flight at once
    const slow = await startGraphEmulator({ municipality: smallMunicipality(), mailboxLatencyMs: 300 });
    try {
      const token = emulatorToken({ idtyp: 'app' });
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          fetch(new URL(`v1.0/users/${IDS.leader}/events`, slow.url), {
            headers: { authorization: `Bearer ${token}` },
          }),
        ),
      );
      const throttled = answers.filter((a) => a.status === 429);
      expect(throttled.length).toBe(2);
      expect(throttled[0]?.headers.get('retry-after')).toBe('1');
      expect(await throttled[0]?.json()).toMatchObject({
        error: { code: 'ApplicationThrottled', message: 'Application is over its MailboxConcurrency limit.' },
      });
      expect(slow.throttle.maxInFlight()).toBe(4);
    } finally {
      await slow.stop();
    }
  });
});
