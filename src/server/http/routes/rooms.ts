// Thin handler for the meeting rooms a leader can book a conversation in.
import { Hono } from 'hono';
import { listRooms } from '../../../app/list-rooms';
import type { SchedulingDeps } from '../../../app/scheduling-deps';
import type { AuthEnv } from '../auth';

export function roomRoutes(deps: SchedulingDeps) {
  const api = new Hono<AuthEnv>();
  api.get('/rooms', async (c) =>
    c.json({ rooms: await listRooms(deps, { userId: c.get('principal').userId }) }),
  );
  return api;
}
