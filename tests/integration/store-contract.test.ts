// One behaviour suite for every Store: the memory store used by unit tests must behave like Azure Tables
// (here Azurite, the same protocol), or unit tests would pass on behaviour production does not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store';
import { ValueNotStorableError } from '../../src/adapters/tables/encoding';
import { InvalidStoreKeyError } from '../../src/adapters/tables/keys';
import { createTableStore } from '../../src/adapters/tables/table-store';
import { startAzurite } from '../../src/demo/azurite';
import { AlreadyExistsError, ConflictError, type Store } from '../../src/ports/store';

interface Backend {
  store: Store;
  stop(): Promise<void>;
}

const backends: [string, () => Promise<Backend>][] = [
  ['memory', async () => ({ store: createMemoryStore(), stop: async () => undefined })],
  [
    'Azure Tables on Azurite',
    async () => {
      const azurite = await startAzurite({ inMemory: true });
      return {
        store: createTableStore({ connectionString: azurite.connectionString, tablePrefix: 'c' }),
        stop: azurite.stop,
      };
    },
  ],
];

const T = 'contract';
let partitions = 0;
/** a fresh partition per test, so cases cannot see each other's rows */
const fresh = () => `p${++partitions}`;

describe.each(backends)('Store contract: %s', (_name, open) => {
  let backend: Backend;
  let store: Store;
  beforeAll(async () => {
    backend = await open();
    store = backend.store;
  });
  afterAll(async () => backend?.stop());

  it('returns null for a missing entity and round-trips a value with its ETag', async () => {
    const pk = fresh();
    expect(await store.get(T, pk, 'none')).toBeNull();
    const value = { name: 'Kåre Mæhlum', percent: 50, tags: ['ø', 'å'], note: null, nested: { ok: true } };
    const inserted = await store.insert(T, pk, 'r1', value);
    const read = await store.get<typeof value>(T, pk, 'r1');
    expect(read).toEqual({ partitionKey: pk, rowKey: 'r1', value, etag: inserted.etag });
  });

  it('refuses to insert over an existing entity and leaves it as it was', async () => {
    const pk = fresh();
    await store.insert(T, pk, 'r', { v: 1 });
    await expect(store.insert(T, pk, 'r', { v: 2 })).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await store.get(T, pk, 'r'))?.value).toEqual({ v: 1 });
  });

  it('creates or replaces with put without an ETag, with a new ETag each time', async () => {
    const pk = fresh();
    const first = await store.put(T, pk, 'r', { v: 1 });
    const second = await store.put(T, pk, 'r', { v: 2 });
    expect(second.etag).not.toBe(first.etag);
    expect(await store.get(T, pk, 'r')).toEqual({
      partitionKey: pk,
      rowKey: 'r',
      value: { v: 2 },
      etag: second.etag,
    });
  });

  it('lets the second of two writers who read the same version fail, overwriting nothing', async () => {
    const pk = fresh();
    await store.put(T, pk, 'referat', { text: 'utkast' });
    const alice = await store.get<{ text: string }>(T, pk, 'referat');
    const bob = await store.get<{ text: string }>(T, pk, 'referat');
    if (!alice || !bob) throw new Error('not stored');
    const saved = await store.put(T, pk, 'referat', { text: 'Alice sin versjon' }, alice.etag);
    const late = store.put(T, pk, 'referat', { text: 'Bob sin versjon' }, bob.etag);
    await expect(late).rejects.toBeInstanceOf(ConflictError);
    await expect(late).rejects.toMatchObject({ table: T, partitionKey: pk, rowKey: 'referat' });
    expect(await store.get(T, pk, 'referat')).toMatchObject({
      value: { text: 'Alice sin versjon' },
      etag: saved.etag,
    });
  });

  it('lets exactly one of two simultaneous writers with the same ETag win', async () => {
    const pk = fresh();
    const { etag } = await store.put(T, pk, 'r', { n: 0 });
    const results = await Promise.allSettled([
      store.put(T, pk, 'r', { n: 1 }, etag),
      store.put(T, pk, 'r', { n: 2 }, etag),
    ]);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(ConflictError);
    expect((await store.get(T, pk, 'r'))?.value).toEqual(won[0]?.value);
  });

  it('reports a conflict when updating an entity someone deleted', async () => {
    const pk = fresh();
    const { etag } = await store.put(T, pk, 'r', { v: 1 });
    await store.delete(T, pk, 'r');
    await expect(store.put(T, pk, 'r', { v: 2 }, etag)).rejects.toBeInstanceOf(ConflictError);
    expect(await store.get(T, pk, 'r')).toBeNull();
  });

  it('deletes only the version named by the ETag, and ignores a missing entity', async () => {
    const pk = fresh();
    const old = await store.put(T, pk, 'r', { v: 1 });
    const current = await store.put(T, pk, 'r', { v: 2 });
    await expect(store.delete(T, pk, 'r', old.etag)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.get(T, pk, 'r'))?.value).toEqual({ v: 2 });
    await store.delete(T, pk, 'r', current.etag);
    expect(await store.get(T, pk, 'r')).toBeNull();
    await expect(store.delete(T, pk, 'r')).resolves.toBeUndefined();
    await store.put(T, pk, 'r2', { v: 3 });
    await store.delete(T, pk, 'r2');
    expect(await store.get(T, pk, 'r2')).toBeNull();
  });

  it('lists one partition ordered by row key, optionally by prefix (quotes escaped)', async () => {
    const pk = fresh();
    const other = fresh();
    for (const rk of ["o'brien-2", 'b', "o'brien-1", 'a', 'ab', 'o', 'ac'])
      await store.put(T, pk, rk, { rk });
    await store.put(T, other, 'a', { rk: 'other' });
    const keys = async (prefix?: string) =>
      (await store.list<{ rk: string }>(T, pk, prefix)).map((s) => s.rowKey);
    expect(await keys()).toEqual(['a', 'ab', 'ac', 'b', 'o', "o'brien-1", "o'brien-2"]);
    expect(await keys('a')).toEqual(['a', 'ab', 'ac']);
    expect(await keys("o'b")).toEqual(["o'brien-1", "o'brien-2"]);
    expect(await keys('z')).toEqual([]);
    const listed = await store.list<{ rk: string }>(T, pk, 'ab');
    expect(listed).toEqual([
      { partitionKey: pk, rowKey: 'ab', value: { rk: 'ab' }, etag: (await store.get(T, pk, 'ab'))?.etag },
    ]);
  });

  it('lists past the service page size of 1,000 entities', async () => {
    const pk = fresh();
    const rowKeys = Array.from({ length: 1_050 }, (_, i) => `row-${String(i).padStart(5, '0')}`);
    for (let i = 0; i < rowKeys.length; i += 50) {
      await Promise.all(rowKeys.slice(i, i + 50).map((rk) => store.insert(T, pk, rk, { rk })));
    }
    const listed = await store.list<{ rk: string }>(T, pk, 'row-');
    expect(listed.map((s) => s.value.rk)).toEqual(rowKeys);
  }, 60_000);

  it('stores a value far over the 64 KiB property limit (a long referat) and reads it back whole', async () => {
    const pk = fresh();
    // æøå and an emoji (a surrogate pair) repeated across every 30,000-character cut
    const referat = {
      text: 'Medarbeidersamtale: mål for året, kompetanse, arbeidsmiljø 🙂 æøå. '.repeat(3_000),
    };
    expect(JSON.stringify(referat).length).toBeGreaterThan(150_000);
    const { etag } = await store.put(T, pk, 'referat', referat);
    expect(await store.get(T, pk, 'referat')).toEqual({
      partitionKey: pk,
      rowKey: 'referat',
      value: referat,
      etag,
    });
    expect((await store.list(T, pk))[0]?.value).toEqual(referat);
  });

  it('refuses a value over the 1 MiB entity limit with a clear error, storing nothing', async () => {
    const pk = fresh();
    const tooBig = 'x'.repeat(600_000);
    await expect(store.put(T, pk, 'big', tooBig)).rejects.toBeInstanceOf(ValueNotStorableError);
    await expect(store.insert(T, pk, 'big', tooBig)).rejects.toThrow(/at most/);
    await expect(store.put(T, pk, 'undef', undefined)).rejects.toBeInstanceOf(ValueNotStorableError);
    expect(await store.list(T, pk)).toEqual([]);
  });

  it('refuses keys Azure forbids before writing anything', async () => {
    const pk = fresh();
    for (const bad of ['a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', 'a\u007fb', '', 'x'.repeat(256)]) {
      await expect(store.put(T, pk, bad, { v: 1 })).rejects.toBeInstanceOf(InvalidStoreKeyError);
      await expect(store.insert(T, bad, 'r', { v: 1 })).rejects.toBeInstanceOf(InvalidStoreKeyError);
      await expect(store.get(T, pk, bad)).rejects.toBeInstanceOf(InvalidStoreKeyError);
    }
    await expect(store.put('no-dashes', pk, 'r', 1)).rejects.toBeInstanceOf(InvalidStoreKeyError);
    expect(await store.list(T, pk)).toEqual([]);
    const ok = await store.put(T, pk, 'Ærlig Åse Øye-2026 (nb)', { v: 1 });
    expect((await store.get(T, pk, ok.rowKey))?.value).toEqual({ v: 1 });
  });

  it('hands out copies: changing a value after put or get does not change what is stored', async () => {
    const pk = fresh();
    const value = { list: [1, 2] };
    const put = await store.put(T, pk, 'r', value);
    value.list.push(3);
    put.value.list.push(4);
    const read = await store.get<{ list: number[] }>(T, pk, 'r');
    read?.value.list.push(5);
    expect((await store.get(T, pk, 'r'))?.value).toEqual({ list: [1, 2] });
  });
});
