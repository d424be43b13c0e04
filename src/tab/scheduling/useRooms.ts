// The tenant's meeting rooms for the place fields. Without them the leader can still choose Teams or type a
// place, so a failed load gives an empty list rather than an error page.
import { useEffect, useState } from 'react';
import type { Room, SchedulingApi } from '../api/scheduling';

export function useRooms(scheduling: SchedulingApi): Room[] {
  const [rooms, setRooms] = useState<Room[]>([]);
  useEffect(() => {
    let current = true;
    scheduling.rooms().then(
      (found) => current && setRooms(found),
      () => current && setRooms([]),
    );
    return () => {
      current = false;
    };
  }, [scheduling]);
  return rooms;
}
