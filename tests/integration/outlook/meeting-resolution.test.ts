// The Outlook add-in asks which conversation the open meeting belongs to: the server reads the item from the
// caller's own calendar through Graph (contract-checked), then finds the conversation by the iCalUId that the
// organizer's and the attendees' copies share.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conversation } from '../../../src/core/conversation';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import { startScheduling, type ErrorBody, type Scheduling } from '../scheduling/helpers';

let s: Scheduling;
let conversation: Conversation;

beforeAll(async () => {
  s = await startScheduling();
  const leader = s.leader();
  const employee = s.reportsOf(leader.id)[0]!;
  const { body } = await s.call<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
    employeeId: employee.id,
    kind: 'annual',
  });
  const booked = await s.call<{ conversation: Conversation }>(leader.id, 'POST', '/conversations', {
    employeeId: employee.id,
    kind: 'annual',
    start: body.slots[0]!.start,
    location: null,
    online: true,
  });
  conversation = booked.body.conversation;
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

const meetingPath = (itemId: string) => `/outlook/meeting?itemId=${encodeURIComponent(itemId)}`;

describe('GET /api/outlook/meeting', () => {
  it('booking keeps the meeting’s iCalUId on the conversation', () => {
    expect(conversation.meeting?.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
  });

  it('the employee, reading the attendee’s copy, is told the conversation and that they are its employee', async () => {
    const res = await s.call(conversation.employeeId, 'GET', meetingPath(conversation.meeting!.eventId));
    expect(res).toEqual({
      status: 200,
      body: {
        conversationId: conversation.id,
        role: 'employee',
        kind: 'annual',
        start: conversation.start,
      },
    });
  });

  it('the leader, reading the organizer’s event, is its conductor', async () => {
    const res = await s.call<{ role: string }>(
      conversation.conductorId,
      'GET',
      meetingPath(conversation.meeting!.eventId),
    );
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('conductor');
  });

  it('someone else’s meeting and an item that is no meeting of ours get the same friendly 404', async () => {
    const colleague = s.reportsOf(conversation.conductorId)[1]!;
    const other = await s.call<ErrorBody>(colleague.id, 'GET', meetingPath(conversation.meeting!.eventId));
    const unknown = await s.call<ErrorBody>(conversation.employeeId, 'GET', meetingPath('AAMkAGnothing='));
    for (const res of [other, unknown]) {
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({
        code: 'not-a-samtale-meeting',
        message: 'Dette er ikke en Samtale-avtale.',
      });
    }
  });

  it('asks for the item id', async () => {
    const res = await s.call<ErrorBody>(conversation.employeeId, 'GET', '/outlook/meeting');
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('query.itemId');
  });

  it('reads only the iCalUId and subject of the caller’s own item from Graph', () => {
    const reads = s.graph.exchanges.filter(
      (e) => e.method === 'GET' && e.path === '/v1.0/users/{id}/events/{id}' && e.status === 200,
    );
    expect(reads.length).toBeGreaterThanOrEqual(2);
    for (const read of reads) expect(decodeURIComponent(read.url)).toContain('$select=iCalUId,subject');
  });
});

describe('the task pane’s page', () => {
  it('may load office.js from Microsoft’s CDN, and only the add-in’s page may', async () => {
    const csp = async (path: string) =>
      (await fetch(`${s.stack.url}${path}`)).headers.get('content-security-policy') ?? '';
    expect(await csp('/outlook/')).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(await csp('/tab/')).not.toContain('appsforoffice');
    expect(await csp('/api/config')).not.toContain('appsforoffice');
  });
});
