// The Graph calendar adapter against the emulator: free/busy split into Graph's limits and merged, the
// conversation's meeting booked once (transactionId), found by our extended property, moved and cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONVERSATION_PROPERTY } from '../../src/adapters/graph/calendar-mapping';
import { GraphRequestError } from '../../src/adapters/graph/errors';
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

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;

describe('getSchedules', () => {
  it('splits 25 mailboxes and a 70-day window into Graph-sized calls and merges them back', async () => {
    const { calendar, requests } = world.calendar();
    const people = world.municipality.people.slice(0, 23);
    const room = world.municipality.rooms[0];
    const asked = [...people.map((p) => p.mail), room?.mail ?? '', 'nobody@fjordvik.kommune.example'];
    const start = '2026-11-23T00:00:00Z';
    const end = '2027-02-01T00:00:00Z'; // 70 days: two windows
    const schedules = await calendar.getSchedules(world.leaders[0]?.id ?? '', asked, start, end);

    // 25 mailboxes -> 2 calls per window, 2 windows
    expect(requests.filter((r) => r.endsWith('/calendar/getSchedule'))).toHaveLength(4);
    expect(schedules.map((s) => s.mailbox)).toEqual(asked);
    for (const [i, person] of people.entries()) {
      const seeded = world.municipality.calendars
        .filter((b) => b.personId === person.id && b.start >= start && b.end <= end)
        .map((b) => ({ start: b.start, end: b.end, showAs: b.showAs }));
      expect(schedules[i]?.items).toEqual(seeded);
      expect(schedules[i]?.workingHours).toEqual({
        daysOfWeek: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: '08:00:00',
        endTime: '15:30:00',
        timeZone: 'W. Europe Standard Time',
      });
    }
    expect(schedules[23]?.items.length).toBeGreaterThan(0); // the room's own bookings
    expect(schedules[24]).toMatchObject({ items: [], error: 'ErrorMailRecipientNotFound' });
  });

  it('keeps a meeting that spans two windows once', async () => {
    const leader = world.leaders[1]!;
    const employee = world.reportsOf(leader)[0]!;
    const { calendar } = world.calendar();
    // 61 days after the start is where the adapter cuts; the meeting straddles the cut
    const start = Date.parse('2026-12-01T00:00:00Z');
    const cut = start + 61 * 86_400_000;
    const meeting = meetingFor(leader, employee, 0, {
      conversationId: 'straddle',
      transactionId: 'tx-straddle',
      start: utc(cut - 1_800_000),
      end: utc(cut + 1_800_000),
    });
    await calendar.createMeeting(meeting);
    const [schedule] = await calendar.getSchedules(
      leader.id,
      [employee.mail],
      utc(start),
      utc(cut + 86_400_000),
    );
    expect(schedule?.items.filter((i) => i.start === meeting.start)).toEqual([
      { start: meeting.start, end: meeting.end, showAs: 'busy' },
    ]);
  });
});

describe('the conversation meeting', () => {
  it('is created once for one transactionId, with a Teams link, and blocks the employee and the room', async () => {
    const leader = world.leaders[0]!;
    const employee = world.reportsOf(leader)[0]!;
    const room = world.municipality.rooms[1]!;
    const { calendar } = world.calendar();
    const meeting = meetingFor(leader, employee, 100, {
      location: { displayName: room.displayName, roomMail: room.mail },
    });
    const first = await calendar.createMeeting(meeting);
    const again = await calendar.createMeeting(meeting);
    expect(again.eventId).toBe(first.eventId);
    expect(first).toMatchObject({ conversationId: 'conv-100', start: meeting.start, end: meeting.end });
    expect(first.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    const mailbox = world.emulator.calendar.mailbox(leader.id)!;
    expect(
      world.emulator.calendar.list(mailbox).filter((e) => e.transactionId === meeting.transactionId),
    ).toHaveLength(1);
    const stored = world.emulator.calendar.get(mailbox, first.eventId)!;
    expect(stored).toMatchObject({ sensitivity: 'private', isOnlineMeeting: true, reminderMinutes: 15 });
    expect(stored.attendees.map((a) => a.type)).toEqual(['required', 'resource']);

    const [forEmployee, forRoom] = await calendar.getSchedules(
      leader.id,
      [employee.mail, room.mail],
      meeting.start,
      meeting.end,
    );
    expect(forEmployee?.items).toContainEqual({ start: meeting.start, end: meeting.end, showAs: 'busy' });
    expect(forRoom?.items).toContainEqual({ start: meeting.start, end: meeting.end, showAs: 'busy' });
  });

  it('is found by its conversation id, moved, and cancelled (twice is fine)', async () => {
    const leader = world.leaders[2]!;
    const employee = world.reportsOf(leader)[0]!;
    const { calendar } = world.calendar();
    const meeting = meetingFor(leader, employee, 200, {
      conversationId: "o'brien-2026",
      transactionId: 'tx-200',
    });
    const booked = await calendar.createMeeting(meeting);
    expect(await calendar.findMeeting(leader.id, "o'brien-2026")).toEqual(booked);
    expect(await calendar.findMeeting(leader.id, 'no-such-conversation')).toBeNull();

    const later = { start: '2026-12-10T10:00:00Z', end: '2026-12-10T11:00:00Z' };
    const moved = await calendar.rescheduleMeeting(leader.id, booked.eventId, later.start, later.end);
    expect(moved).toMatchObject({ eventId: booked.eventId, conversationId: "o'brien-2026", ...later });
    const [afterMove] = await calendar.getSchedules(leader.id, [employee.mail], meeting.start, later.end);
    expect(afterMove?.items).toContainEqual({ ...later, showAs: 'busy' });
    expect(afterMove?.items).not.toContainEqual({ start: meeting.start, end: meeting.end, showAs: 'busy' });

    await calendar.cancelMeeting(leader.id, booked.eventId, 'Lederen er syk; ny tid kommer.');
    await calendar.cancelMeeting(leader.id, booked.eventId, 'igjen');
    expect(await calendar.findMeeting(leader.id, "o'brien-2026")).toBeNull();
    const [afterCancel] = await calendar.getSchedules(leader.id, [employee.mail], later.start, later.end);
    expect(afterCancel?.items).not.toContainEqual({ ...later, showAs: 'busy' });
  });

  it('uses the extended property id it is given, in Graph format', async () => {
    const property = 'String {0d9a5d0a-8a1c-4c55-9f0e-0e9b7f4f2a11} Name OtherConversationId';
    const leader = world.leaders[0]!;
    const employee = world.reportsOf(leader)[1]!;
    const { calendar } = world.calendar({ conversationPropertyId: property });
    const booked = await calendar.createMeeting(meetingFor(leader, employee, 300));
    const stored = world.emulator.calendar.get(world.emulator.calendar.mailbox(leader.id)!, booked.eventId);
    expect([...(stored?.extended.keys() ?? [])]).toEqual([property]);
    expect(DEFAULT_CONVERSATION_PROPERTY).toMatch(/^String \{[0-9a-f-]{36}\} Name SamtaleConversationId$/);
  });

  it('lists the rooms, and a bad request is a GraphRequestError naming the path', async () => {
    const { calendar } = world.calendar();
    expect((await calendar.listRooms()).map((r) => r.displayName)).toEqual(
      world.municipality.rooms.map((r) => r.displayName),
    );
    const leader = world.leaders[0]!;
    const error = await calendar
      .rescheduleMeeting(leader.id, 'AAMk-not-there', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphRequestError);
    expect(error).toMatchObject({
      status: 404,
      graphCode: 'ErrorItemNotFound',
      code: 'upstream-unavailable',
    });
  });
});
