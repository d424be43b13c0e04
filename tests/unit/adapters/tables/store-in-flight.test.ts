// The table store's cap on requests at once (table-store.ts atMostInFlight): the rest wait their turn, in
// order, and every call still gets its own answer or error.
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../../src/adapters/memory/memory-store';
import { atMostInFlight } from '../../../../src/adapters/tables/table-store';
import type { Store } from '../../../../src/ports/store';

/** a store whose calls take a few ms, counting how many run at once */
function slowStore() {
  const inner = createMemoryStore();
  let running = 0;
  let most = 0;
  const order: string[] = [];
  const slow =
    <A extends unknown[], R>(name: string, f: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running += 1;
      most = Math.max(most, running);
      order.push(`${name} ${String(args[2] ?? args[1])}`);
      await new Promise((done) => setTimeout(done, 5));
      try {
        return await f(...args);
      } finally {
        running -= 1;
      }
    };
  const store: Store = {
    get: slow('get', (t, p, r) => inner.get(t, p, r)),
    insert: slow('insert', (t, p, r, v) => inner.insert(t, p, r, v)),
    put: slow('put', (t, p, r, v, e) => inner.put(t, p, r, v, e)),
    delete: slow('delete', (t, p, r, e) => inner.delete(t, p, r, e)),
    list: slow('list', (t, p, x) => inner.list(t, p, x)),
  };
  return { store, most: () => most, order };
}

describe('at most so many store requests at once', () => {
  it('runs 3 of 40 at a time, first come first served, each with its own answer', async () => {
    const slow = slowStore();
    const store = atMostInFlight(3, slow.store);
    const keys = Array.from({ length: 40 }, (_, i) => `r${String(i).padStart(2, '0')}`);
    const stored = await Promise.all(keys.map((k) => store.insert('things', 'p', k, { k })));
    expect(stored.map((s) => s.value)).toEqual(keys.map((k) => ({ k })));
    expect(slow.most()).toBe(3);
    expect(slow.order).toEqual(keys.map((k) => `insert ${k}`));
    expect(await store.list('things', 'p')).toHaveLength(40);
  });

  it('gives the place back when a call fails, so the others still run', async () => {
    const slow = slowStore();
    const store = atMostInFlight(1, slow.store);
    await store.insert('things', 'p', 'a', 1);
    const results = await Promise.allSettled([
      store.insert('things', 'p', 'a', 2), // taken: fails
      store.insert('things', 'p', 'b', 3),
      store.get('things', 'p', 'b'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(slow.most()).toBe(1);
  });
});
