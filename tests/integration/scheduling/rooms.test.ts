// The booking dialog's rooms: a leader gets the tenant's meeting rooms from Outlook (002: the conversation
// is not held in the leader's own office); someone who leads nobody is refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScheduling, type Scheduling } from './helpers';

let s: Scheduling;
beforeAll(async () => {
  s = await startScheduling();
});
afterAll(async () => {
  await s?.stack.stop();
  s?.graph.assertAllValid();
});

type Rooms = { rooms: { mail: string; displayName: string }[] };

describe('GET /api/rooms', () => {
  it('lists the town hall conversation room for a leader', async () => {
    const res = await s.call<Rooms>(s.leader().id, 'GET', '/rooms');
    expect(res.status).toBe(200);
    const names = res.body.rooms.map((r) => r.displayName);
    expect(names).toContain('Samtalerommet');
    expect(names).toContain('Møterom Fjorden');
    expect(res.body.rooms.every((r) => r.mail.includes('@'))).toBe(true);
  });

  it('refuses someone with no direct reports', async () => {
    const [employee] = s.reportsOf(s.leader().id);
    const res = await s.call(employee!.id, 'GET', '/rooms');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not-a-leader');
  });
});
