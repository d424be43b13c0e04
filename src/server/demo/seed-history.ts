import {
  forgetPastConversation,
  readPastConversations,
  recordPastConversation,
} from '../../app/past-conversations';
import type { Municipality } from '../../core/org';
import type { Store } from '../../ports/store';

/**
 * Writes the demo's conversation history once per seed and day. The demo's dates are relative to today,
 * so on a new day the previous day's rows are replaced rather than mixed in.
 */
export async function seedHistory(store: Store, municipality: Municipality, version: string): Promise<void> {
  if (await store.get('meta', 'demo-seed', version)) return;
  await forEachLimited(municipality.people, 8, async (person) => {
    for (const old of await readPastConversations(store, person.id)) await forgetPastConversation(store, old);
  });
  await forEachLimited(municipality.history, 8, (conversation) =>
    recordPastConversation(store, conversation),
  );
  await store.put('meta', 'demo-seed', version, { seededAt: new Date().toISOString() });
}

// Bounded parallelism: Azurite is quick, but a burst of hundreds of sockets helps nobody.
async function forEachLimited<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  const worker = async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await fn(next);
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
