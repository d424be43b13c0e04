// GET /places/microsoft.graph.room: the tenant's meeting rooms (Exchange room mailboxes).
import type { Hono } from 'hono';
import type { Room } from '../../core/org';
import type { EmulatorEnv } from './exchange';
import { contextUrl, pageOf, readQuery } from './odata';

const ROOM = 'microsoft.graph.room';

function toGraphRoom(room: Room) {
  return {
    '@odata.type': `#${ROOM}`,
    id: room.id,
    emailAddress: room.mail,
    displayName: room.displayName,
    address: null,
    geoCoordinates: null,
    phone: null,
    nickname: room.displayName,
    label: null,
    capacity: room.capacity,
    building: room.building,
    floorLabel: null,
    floorNumber: null,
    isWheelChairAccessible: false,
    bookingType: 'standard',
    tags: [],
    audioDeviceName: null,
    videoDeviceName: null,
    displayDeviceName: null,
  };
}

export function registerRoomRoutes(app: Hono<EmulatorEnv>, rooms: readonly Room[]): void {
  const selectable = new Set(
    Object.keys(toGraphRoom(rooms[0] ?? placeholder())).filter((k) => !k.startsWith('@')),
  );
  app.get('/v1.0/places/microsoft.graph.room', (c) => {
    c.set('route', { path: '/v1.0/places/microsoft.graph.room', responseType: `Collection(${ROOM})` });
    const query = readQuery(c, ROOM, selectable);
    if (!query.ok) return query.response;
    const value = rooms
      .map(toGraphRoom)
      .map((room) =>
        query.select === null
          ? room
          : Object.fromEntries(
              Object.entries(room).filter(
                ([k]) => k === 'id' || k.startsWith('@') || query.select?.includes(k),
              ),
            ),
      );
    return c.json(pageOf(c, value, query, contextUrl(c, 'places/microsoft.graph.room', query.select, false)));
  });
}

function placeholder(): Room {
  return { id: '', mail: 'x@x', displayName: 'x', capacity: 1, building: 'x' };
}
