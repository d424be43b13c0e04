// Every calendar request the adapter sends and every answer the emulator gives (events with our extended
// property, getSchedule's action body, rooms, each request inside a $batch, and Graph's error answers for
// the limits) holds against Microsoft's Graph v1.0 metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphCalendar } from '../../src/adapters/graph/calendar';
import { createGraphClient } from '../../src/adapters/graph/client';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import type { ConversationMeeting } from '../../src/ports/calendar';
import { createGraphRecorder } from './recorder';
import { IDS, smallMunicipality } from './small-municipality';

const recorder = createGraphRecorder();
let emulator: GraphEmulator;
const token = emulatorToken({ idtyp: 'app' });

async function post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(new URL(path, emulator.url), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const meeting = (n: number): ConversationMeeting => ({
  conversationId: `c-${n}`,
  organizerId: IDS.leader,
  attendees: [{ mail: 'person11@testvik.kommune.no', name: 'Navn11 Etternavn11', type: 'required' }],
  start: `2026-12-0${1 + (n % 5)}T09:00:00Z`,
  end: `2026-12-0${1 + (n % 5)}T10:00:00Z`,
  subject: 'Oppfølgingssamtale',
  bodyHtml: '<p>Oppfølging etter fire uker.</p>',
  location: { displayName: 'Samtalerommet', roomMail: 'samtalerommet@testvik.kommune.no' },
  online: n % 2 === 0,
  reminderMinutes: 30,
  transactionId: `t-${n}`,
});

beforeAll(async () => {
  emulator = await startGraphEmulator({ municipality: smallMunicipality(), onExchange: recorder.record });
});
afterAll(() => emulator.stop());

describe('Graph contract of the calendar adapter and the emulator', () => {
  it('the adapter reads free/busy and rooms, and books, finds, moves and cancels meetings', async () => {
    const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
    const calendar = createGraphCalendar({ client, retry: { maxDelayMs: 20 } });
    const mailboxes = [
      'person11@testvik.kommune.no',
      'samtalerommet@testvik.kommune.no',
      'x@testvik.kommune.no',
    ];
    expect(
      await calendar.getSchedules(IDS.leader, mailboxes, '2026-12-01T00:00:00Z', '2026-12-08T00:00:00Z'),
    ).toHaveLength(3);
    expect(await calendar.listRooms()).toHaveLength(1);
    const booked = await calendar.createMeeting(meeting(0));
    expect(await calendar.findMeeting(IDS.leader, 'c-0')).toEqual(booked);
    await calendar.rescheduleMeeting(
      IDS.leader,
      booked.eventId,
      '2026-12-03T12:00:00Z',
      '2026-12-03T13:00:00Z',
    );
    await calendar.cancelMeeting(IDS.leader, booked.eventId, 'Avlyst');
    emulator.faults.inject({ path: /\/events$/, status: 429, retryAfterSeconds: 0, times: 1 });
    const outcomes = await calendar.createMeetings([1, 2, 3].map(meeting));
    expect(outcomes.every((o) => o.ok)).toBe(true);
  });

  it("Graph's limits come back as Graph's errors", async () => {
    const schedule = (schedules: string[], days: number) => ({
      schedules,
      startTime: { dateTime: '2026-12-01T00:00:00', timeZone: 'UTC' },
      endTime: {
        dateTime: new Date(Date.parse('2026-12-01T00:00:00Z') + days * 86_400_000).toISOString().slice(0, 19),
        timeZone: 'UTC',
      },
    });
    const path = `v1.0/users/${IDS.leader}/calendar/getSchedule`;
    const many = Array.from({ length: 21 }, (_, i) => `p${i}@testvik.kommune.no`);
    expect((await post(path, schedule(many, 1))).body).toMatchObject({
      error: {
        code: 'ErrorMailboxDataArrayTooBig',
        message: expect.stringContaining('allowed size = 20; the actual size = 21'),
      },
    });
    expect((await post(path, schedule(['a@testvik.kommune.no'], 63))).body).toMatchObject({
      error: {
        code: 'ErrorTimeIntervalTooBig',
        message: expect.stringContaining('allowed limit = 62 days; the actual limit = 63 days'),
      },
    });
    expect((await post(path, schedule(['a@testvik.kommune.no'], 62))).status).toBe(200);
    const requests = Array.from({ length: 21 }, (_, i) => ({
      id: String(i),
      method: 'GET',
      url: `/users/${IDS.leader}/events`,
    }));
    expect((await post('v1.0/$batch', { requests })).status).toBe(400);
    const filter = encodeURIComponent("subject eq 'x'");
    const listed = await fetch(new URL(`v1.0/users/${IDS.leader}/events?$filter=${filter}`, emulator.url), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(listed.status).toBe(400);
  });

  it('every recorded request and response validates against the Graph CSDL', () => {
    console.log(`Calendar requests checked against the CSDL:\n  ${recorder.checkedRequests().join('\n  ')}`);
    const routes = new Set(
      recorder.exchanges.filter((e) => e.status < 400).map((e) => `${e.method} ${e.path}`),
    );
    expect([...routes].sort()).toEqual([
      'GET /v1.0/places/microsoft.graph.room',
      'GET /v1.0/users/{id}/events',
      'GET /v1.0/users/{id}/events/{id}',
      'PATCH /v1.0/users/{id}/events/{id}',
      'POST /v1.0/$batch',
      'POST /v1.0/users/{id}/calendar/getSchedule',
      'POST /v1.0/users/{id}/events',
      'POST /v1.0/users/{id}/events/{id}/cancel',
    ]);
    // the batch's inner creations were recorded one by one, the throttled one included
    expect(
      recorder.exchanges.filter((e) => e.path === '/v1.0/users/{id}/events' && e.method === 'POST').length,
    ).toBe(4);
    expect(recorder.exchanges.some((e) => e.status === 429 && e.url.endsWith('/events'))).toBe(true);
    recorder.assertAllValid();
  });
});
