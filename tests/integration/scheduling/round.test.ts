// A whole unit's round: preview (nothing sent), confirm (every meeting in both calendars, with the Teams link
// and our extended property), and confirming under faults and after a crash: exactly one meeting each.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphCalendar } from '../../../src/adapters/graph/calendar';
import { createGraphClient } from '../../../src/adapters/graph/client';
import { createGraphDirectory } from '../../../src/adapters/graph/directory';
import { confirmRound } from '../../../src/app/confirm-round';
import { getConversation } from '../../../src/app/conversations-repo';
import type { CoConductor } from '../../../src/app/list-co-conductors';
import { noticeContent } from '../../../src/app/notice-content';
import { listNoticesOf } from '../../../src/app/notice-outbox';
import { planRound } from '../../../src/app/plan-round';
import type { SchedulingDeps } from '../../../src/app/scheduling-deps';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { roundConversationId, type Round } from '../../../src/core/round';
import { emulatorToken } from '../../../src/demo/graph-emulator';
import type { Calendar } from '../../../src/ports/calendar';
import { NOW, startScheduling, type Scheduling } from './helpers';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

const PERIOD = { from: '2026-11-30', to: '2026-12-18' };

/** The use cases as a fresh server process would wire them: new adapters over the same storage and Graph. */
function process(overrides: Partial<SchedulingDeps> = {}): SchedulingDeps {
  const client = createGraphClient({ baseUrl: s.stack.graphUrl, getToken: async () => emulatorToken({}) });
  return {
    directory: createGraphDirectory({ client }),
    calendar: createGraphCalendar({
      client,
      retry: { maxDelayMs: 200, baseDelayMs: 20, timeoutMs: 500 },
      onRequest: () => undefined,
    }),
    store: s.stack.store,
    clock: { now: () => NOW },
    newId: randomUUID,
    policyFor: async () => DEFAULT_POLICY,
    publicUrl: s.stack.url,
    ...overrides,
  };
}

function eventsFor(round: Round) {
  const organizer = s.stack.graph.calendar.mailbox(round.leaderId)!;
  const ids = new Set(round.placements.map((p) => roundConversationId(round.id, p.employeeId)));
  const events = s.stack.graph.calendar
    .list(organizer)
    .filter((e) => [...e.extended.values()].some((value) => ids.has(value)));
  const perConversation = new Map<string, number>();
  for (const e of events) {
    for (const value of e.extended.values())
      perConversation.set(value, (perConversation.get(value) ?? 0) + 1);
  }
  return { events, perConversation, ids };
}

/** a leader of the municipality with at least `min` reports, not used by another test in this file */
function leaderWith(min: number, taken: Set<string>) {
  const leader = s.stack.municipality.people.find(
    (p) => !taken.has(p.id) && s.reportsOf(p.id).length >= min && p.managerId !== null,
  );
  if (!leader) throw new Error(`no leader with ${min} reports left`);
  taken.add(leader.id);
  return leader;
}
const used = new Set<string>();

describe('a round for a unit', () => {
  it('previews without sending anything, then confirms every meeting into both calendars', async () => {
    const leader = s.leader();
    used.add(leader.id);
    const team = s.reportsOf(leader.id);
    const preview = await s.call<Round>(leader.id, 'POST', '/rounds', {
      period: PERIOD,
      specialTopics: 'Årsplan',
    });
    expect(preview.status).toBe(201);
    expect(preview.body.status).toBe('preview');
    expect(preview.body.placements.length + preview.body.unplaced.length).toBe(team.length);
    expect(preview.body.placements.length).toBe(team.length); // three weeks is room enough for 18
    expect(eventsFor(preview.body).events).toHaveLength(0);

    const confirmed = await s.call<Round>(leader.id, 'POST', `/rounds/${preview.body.id}/confirm`);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      progress: { done: team.length, failed: [] },
    });
    const { events, perConversation } = eventsFor(confirmed.body);
    expect(events).toHaveLength(team.length);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    for (const event of events) {
      expect(event.joinUrl).toMatch(/^https:\/\//);
      expect(event.sensitivity).toBe('private');
      const attendee = event.attendees[0]!;
      const [schedule] = await s.outlook.getSchedules(
        leader.id,
        [attendee.address],
        new Date(event.start).toISOString(),
        new Date(event.end).toISOString(),
      );
      expect(schedule?.items.some((i) => i.showAs === 'busy')).toBe(true);
    }
    // confirming again is a no-op, not a second set of meetings
    await s.call(leader.id, 'POST', `/rounds/${preview.body.id}/confirm`);
    expect(eventsFor(confirmed.body).events).toHaveLength(team.length);
  });

  it('ends with exactly one meeting each through 429 storms, 503s and a timeout', async () => {
    const leader = leaderWith(5, used);
    const deps = process();
    const round = await planRound(deps, { leaderId: leader.id, period: PERIOD });
    s.stack.graph.faults.inject({ path: /\$batch|events/, status: 429, retryAfterSeconds: 0, times: 3 });
    s.stack.graph.faults.inject({ path: /\$batch/, status: 503, times: 1 });
    s.stack.graph.faults.inject({ path: /\$batch/, delayMs: 1500, times: 1 });
    const progress: number[] = [];
    const done = await confirmRound(deps, { leaderId: leader.id, roundId: round.id }, (n) =>
      progress.push(n),
    );
    s.stack.graph.faults.clear();
    expect(s.stack.graph.faults.hits()).toBeGreaterThanOrEqual(5);
    expect(done.status).toBe('confirmed');
    const { perConversation, ids } = eventsFor(done);
    expect(perConversation.size).toBe(ids.size);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
    expect(progress.at(-1)).toBe(done.placements.length);
  });

  it('reports a round Graph would not take as partly confirmed, and a later confirm completes it', async () => {
    const leader = leaderWith(5, used);
    const deps = process();
    const round = await planRound(deps, { leaderId: leader.id, period: PERIOD });
    s.stack.graph.faults.inject({ path: /\$batch/, status: 503, times: 50 });
    const failed = await confirmRound(deps, { leaderId: leader.id, roundId: round.id });
    s.stack.graph.faults.clear();
    expect(failed.status).toBe('partly-confirmed');
    expect(failed.progress.failed.map((f) => f.employeeId).sort()).toEqual(
      round.placements.map((p) => p.employeeId).sort(),
    );
    expect(failed.progress.failed[0]?.error).toContain('503');

    const done = await confirmRound(deps, { leaderId: leader.id, roundId: round.id });
    expect(done).toMatchObject({ status: 'confirmed', progress: { failed: [] } });
    const { perConversation, ids } = eventsFor(done);
    expect(perConversation.size).toBe(ids.size);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
  });

  it('after a crash half-way, confirming again books the rest and duplicates nothing', async () => {
    const leader = leaderWith(5, used);
    const first = process();
    const round = await planRound(first, { leaderId: leader.id, period: PERIOD });
    // The "process" sends the meetings to Outlook and dies before it records any of them.
    const crashing: Calendar = {
      ...first.calendar,
      async createMeetings(meetings, onProgress) {
        await first.calendar.createMeetings(meetings.slice(0, 3), onProgress);
        throw new Error('process killed');
      },
    };
    await expect(
      confirmRound({ ...first, calendar: crashing }, { leaderId: leader.id, roundId: round.id }),
    ).rejects.toThrow('process killed');
    expect(eventsFor(round).events).toHaveLength(3);

    const restarted = process();
    const done = await confirmRound(restarted, { leaderId: leader.id, roundId: round.id });
    expect(done.status).toBe('confirmed');
    const { perConversation, ids } = eventsFor(done);
    expect(perConversation.size).toBe(ids.size);
    expect([...perConversation.values()].every((n) => n === 1)).toBe(true);
  });

  it('lists the leaders near the planner as possible co-conductors (003, 002), and only to a leader', async () => {
    const leader = s.leader();
    const people = s.stack.municipality.people;
    const res = await s.call<{ coConductors: CoConductor[] }>(leader.id, 'GET', '/rounds/co-conductors');
    expect(res.status).toBe(200);
    const listed = res.body.coConductors;
    expect(listed[0]).toMatchObject({ id: leader.managerId, relation: 'manager' });
    // every other leader under the same manager, and nobody who leads no one
    const peers = people.filter(
      (p) => p.managerId === leader.managerId && p.id !== leader.id && s.reportsOf(p.id).length > 0,
    );
    expect(peers.length).toBeGreaterThan(0);
    expect(listed.filter((c) => c.relation === 'peer').map((c) => c.id)).toEqual(
      expect.arrayContaining(peers.map((p) => p.id)),
    );
    for (const c of listed) {
      expect(c.id).not.toBe(leader.id);
      expect(s.reportsOf(c.id).length).toBeGreaterThan(0);
    }
    // a leader under a peer is not near: one step too far
    const underPeer = people.filter(
      (p) => peers.some((peer) => peer.id === p.managerId) && s.reportsOf(p.id).length > 0,
    );
    for (const far of underPeer) expect(listed.map((c) => c.id)).not.toContain(far.id);

    const employee = s.reportsOf(leader.id).find((p) => s.reportsOf(p.id).length === 0)!;
    const refused = await s.call(employee.id, 'GET', '/rounds/co-conductors');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('not-a-leader');
  });

  it('shares a large unit between leaders (003): a co-conductor’s conversations go into their calendar, and they are told', async () => {
    const leader = s.leader();
    const [first, second] = s.reportsOf(leader.id);
    const { body } = await s.call<{ coConductors: CoConductor[] }>(leader.id, 'GET', '/rounds/co-conductors');
    const coConductor = body.coConductors.find((c) => c.relation === 'peer')!;
    const deps = process();
    const round = await planRound(deps, {
      leaderId: leader.id,
      period: { from: '2026-12-21', to: '2027-01-08' },
      employeeIds: [first!.id, second!.id],
      conductorOf: { [first!.id]: coConductor.id },
    });
    expect(round.placements.find((p) => p.employeeId === first!.id)?.conductorId).toBe(coConductor.id);
    expect(round.placements.find((p) => p.employeeId === second!.id)?.conductorId).toBe(leader.id);
    await confirmRound(deps, { leaderId: leader.id, roundId: round.id });
    const id = roundConversationId(round.id, first!.id);
    expect(await s.outlook.findMeeting(coConductor.id, id)).not.toBeNull();
    expect(await s.outlook.findMeeting(leader.id, id)).toBeNull();
    expect((await getConversation(s.stack.store, id))?.value.conductorId).toBe(coConductor.id);

    // Outlook tells the organizer nothing: Samtale tells the co-conductor, once per conversation they hold,
    // and says who gave it to them; the planner gets no such notice for their own
    const assigned = (await listNoticesOf(s.stack.store, coConductor.id)).filter(
      (n) => n.notice.type === 'leader-notification' && n.notice.event === 'conductor-assigned',
    );
    expect(assigned.map((n) => n.notice)).toEqual([
      { type: 'leader-notification', event: 'conductor-assigned', conversationId: id },
    ]);
    const own = roundConversationId(round.id, second!.id);
    expect(
      (await listNoticesOf(s.stack.store, leader.id)).filter((n) => JSON.stringify(n.notice).includes(own)),
    ).toEqual([]);
    const content = await noticeContent(deps, assigned[0]!, 'nb');
    expect(content).toMatchObject({
      type: 'leader-notification',
      event: 'conductor-assigned',
      employeeName: first!.displayName,
      byName: leader.displayName,
      // by e-mail, from the planner's mailbox: a reply reaches the one who shared the round
      senderId: leader.id,
    });
    // confirming again tells nobody twice
    await confirmRound(deps, { leaderId: leader.id, roundId: round.id });
    expect(
      (await listNoticesOf(s.stack.store, coConductor.id)).filter((n) =>
        JSON.stringify(n.notice).includes(id),
      ),
    ).toHaveLength(1);
  });

  it('refuses a co-conductor who is not a leader near the planner, naming the employee, and plans nothing', async () => {
    const leader = s.leader();
    const people = s.stack.municipality.people;
    const [first] = s.reportsOf(leader.id);
    const { body } = await s.call<{ coConductors: CoConductor[] }>(leader.id, 'GET', '/rounds/co-conductors');
    const near = new Set(body.coConductors.map((c) => c.id));
    const farLeader = people.find(
      (p) => p.id !== leader.id && !near.has(p.id) && s.reportsOf(p.id).length > 0,
    )!;
    const plainElsewhere = people.find(
      (p) => p.managerId !== leader.id && p.id !== leader.id && s.reportsOf(p.id).length === 0,
    )!;
    const teamMate = s.reportsOf(leader.id).find((p) => p.id !== first!.id)!;
    const roundsBefore = (await s.stack.store.list('rounds', leader.id)).length;
    for (const who of [farLeader, plainElsewhere, teamMate]) {
      const bad = await s.call(leader.id, 'POST', '/rounds', {
        period: PERIOD,
        employeeIds: [first!.id],
        conductorOf: { [first!.id]: who.id },
      });
      expect(bad.status, who.displayName).toBe(400);
      expect(bad.body.error.field).toBe(`body.conductorOf.${first!.id}`);
    }
    expect(await s.stack.store.list('rounds', leader.id)).toHaveLength(roundsBefore);

    const stranger = people.find((p) => p.managerId !== leader.id && p.id !== leader.id)!;
    const bad = await s.call(leader.id, 'POST', '/rounds', {
      period: PERIOD,
      employeeIds: [first!.id],
      conductorOf: { [stranger.id]: [...near][0] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe(`body.conductorOf.${stranger.id}`);
  });

  it('refuses someone outside the leader’s team and another leader’s round', async () => {
    const leader = s.leader();
    const stranger = s.stack.municipality.people.find(
      (p) => p.managerId !== leader.id && p.id !== leader.id,
    )!;
    const res = await s.call(leader.id, 'POST', '/rounds', { period: PERIOD, employeeIds: [stranger.id] });
    expect(res.status).toBe(403);
    const mine = await s.call<Round>(leader.id, 'POST', '/rounds', { period: PERIOD });
    const other = s.stack.municipality.people.find(
      (p) => p.id !== leader.id && s.reportsOf(p.id).length > 0,
    )!;
    expect((await s.call(other.id, 'GET', `/rounds/${mine.body.id}`)).status).toBe(404);
    expect((await s.call(other.id, 'POST', `/rounds/${mine.body.id}/confirm`)).status).toBe(404);
  });
});
