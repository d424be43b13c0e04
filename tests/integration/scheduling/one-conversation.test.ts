// A leader books one conversation for a report, end to end through the API, the Graph adapter and the
// emulated Outlook calendars: suggest, book (once, however often asked), move at the employee's request, cancel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../src/core/conversation';
import { osloDateOf } from '../../../src/core/calendar/oslo';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import { startScheduling, type Scheduling } from './helpers';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

type Booked = { conversation: Conversation; shortNotice: boolean };

async function busyAt(mail: string, leaderId: string, start: string, end: string) {
  const [schedule] = await s.outlook.getSchedules(leaderId, [mail], start, end);
  return (schedule?.items ?? []).filter((i) => i.showAs === 'busy');
}

describe('one conversation', () => {
  it('suggests three free times on different days, 7-14 days ahead (000: innkalling 1-2 uker i forveien)', async () => {
    const leader = s.leader();
    const [employee] = s.reportsOf(leader.id);
    const res = await s.call<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
      employeeId: employee!.id,
      kind: 'annual',
    });
    expect(res.status).toBe(200);
    expect(res.body.slots).toHaveLength(3);
    expect(new Set(res.body.slots.map((slot) => slot.date)).size).toBe(3);
    for (const slot of res.body.slots) {
      expect(slot.date >= '2026-11-30' && slot.date <= '2026-12-07').toBe(true);
      expect(await busyAt(employee!.mail, leader.id, slot.start, slot.end)).toEqual([]);
    }
  });

  it('books once, with a Teams meeting in the leader’s calendar and the employee as attendee', async () => {
    const leader = s.leader();
    const employee = s.reportsOf(leader.id)[1]!;
    const { body } = await s.call<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
      employeeId: employee.id,
      kind: 'annual',
    });
    const slot = body.slots[0]!;
    const request = {
      conversationId: '6a0c6c4e-3f0e-4b7e-9b3e-0d6f4c2a1b01',
      employeeId: employee.id,
      kind: 'annual',
      start: slot.start,
      location: null,
      online: true,
      specialTopics: 'Kompetanseplan for neste år; ønsket om redusert stilling',
    };
    const first = await s.call<Booked>(leader.id, 'POST', '/conversations', request);
    expect(first.status).toBe(201);
    expect(first.body.conversation).toMatchObject({
      status: 'booked',
      employeeId: employee.id,
      conductorId: leader.id,
    });
    expect(first.body.shortNotice).toBe(false);
    // a double click, or a retry after a lost answer: the same conversation, still one meeting
    const second = await s.call<Booked>(leader.id, 'POST', '/conversations', request);
    expect(second.body.conversation.meeting?.eventId).toBe(first.body.conversation.meeting?.eventId);

    const meeting = await s.outlook.findMeeting(leader.id, request.conversationId);
    expect(meeting?.joinUrl).toMatch(/^https:\/\//);
    expect(await busyAt(employee.mail, leader.id, slot.start, slot.end)).toHaveLength(1);
    expect(await busyAt(leader.mail, leader.id, slot.start, slot.end)).toHaveLength(1);
  });

  it('refuses a time that is no longer free, and a leader who does not lead the employee', async () => {
    const leader = s.leader();
    const employee = s.reportsOf(leader.id)[2]!;
    const [booked] = (await s.call<{ conducting: Conversation[] }>(leader.id, 'GET', '/conversations')).body
      .conducting;
    const taken = await s.call(leader.id, 'POST', '/conversations', {
      employeeId: employee.id,
      kind: 'annual',
      start: booked!.start,
      location: null,
      online: true,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('slot-taken');

    const otherLeader = s.stack.municipality.people.find(
      (p) => p.id !== leader.id && s.reportsOf(p.id).length > 0 && p.managerId !== null,
    )!;
    const foreign = await s.call(otherLeader.id, 'POST', '/conversations/suggestions', {
      employeeId: employee.id,
      kind: 'annual',
    });
    expect(foreign.status).toBe(403);
  });

  it('lets the employee ask for another time; the leader moves it and the meeting moves', async () => {
    const leader = s.leader();
    const [conversation] = (await s.call<{ conducting: Conversation[] }>(leader.id, 'GET', '/conversations'))
      .body.conducting;
    const employeeId = conversation!.employeeId;
    const asked = await s.call<Conversation>(
      employeeId,
      'POST',
      `/conversations/${conversation!.id}/new-time-request`,
      {
        reason: 'Jeg har vakt den dagen',
        preferredTimes: 'tirsdager etter kl. 12',
      },
    );
    expect(asked.status).toBe(200);
    expect(asked.body.newTimeRequest?.reason).toBe('Jeg har vakt den dagen');
    // only the employee asks; only the conductor moves it
    expect(
      (
        await s.call(leader.id, 'POST', `/conversations/${conversation!.id}/new-time-request`, {
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await s.call(employeeId, 'POST', `/conversations/${conversation!.id}/reschedule`, {
          start: conversation!.start,
        })
      ).status,
    ).toBe(403);

    const { body } = await s.call<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
      employeeId,
      kind: 'annual',
      preferred: [{ from: '12:00', to: '15:30' }],
    });
    const later = body.slots.find((slot) => osloDateOf(slot.start) !== osloDateOf(conversation!.start))!;
    const moved = await s.call<Conversation>(
      leader.id,
      'POST',
      `/conversations/${conversation!.id}/reschedule`,
      {
        start: later.start,
      },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.newTimeRequest).toBeNull();
    expect(Date.parse(moved.body.start)).toBe(Date.parse(later.start));
    const meeting = await s.outlook.findMeeting(leader.id, conversation!.id);
    expect(Date.parse(meeting!.start)).toBe(Date.parse(later.start));
  });

  it('cancels with a message; the meeting is gone and cancelling again changes nothing', async () => {
    const leader = s.leader();
    const [conversation] = (await s.call<{ conducting: Conversation[] }>(leader.id, 'GET', '/conversations'))
      .body.conducting;
    const path = `/conversations/${conversation!.id}/cancel`;
    const cancelled = await s.call<Conversation>(leader.id, 'POST', path, {
      message: 'Vi finner en ny tid.',
    });
    expect(cancelled.body.status).toBe('cancelled');
    expect(await s.outlook.findMeeting(leader.id, conversation!.id)).toBeNull();
    expect(
      (await s.call<Conversation>(leader.id, 'POST', path, { message: 'igjen' })).body.cancelMessage,
    ).toBe('Vi finner en ny tid.');
    const empty = await s.call(leader.id, 'POST', path, { message: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('body.message');
  });
});
