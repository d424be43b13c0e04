// One behaviour suite for every Store: the memory store used by unit tests must behave like Azure Tables
// (here Azurite, the same protocol), or unit tests would pass on behaviour production does not have.
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/adapters/memory/memory-store';
import { ValueNotStorableError } from '../../src/adapters/tables/encoding';
import { InvalidTableNameError } from '../../src/adapters/tables/keys';
import { createTableStore } from '../../src/adapters/tables/table-store';
import { startAzurite } from '../../src/demo/azurite';
import {
  AlreadyExistsError,
  ConflictError,
  MAX_KEY_LENGTH,
  UnstorableKeyError,
  type Store,
} from '../../src/ports/store';
import { errorResponse } from '../../src/server/http/errors';
import { refuseUnstorableIds } from '../../src/server/http/storable-ids';

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

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
/** every character Azure Tables forbids in a key: / \ # ? and U+0000-U+001F, U+007F-U+009F */
const FORBIDDEN = ['/', '\\', '#', '?', ...range(0x00, 0x1f), ...range(0x7f, 0x9f)];
const TOO_LONG = 'x'.repeat(MAX_KEY_LENGTH + 1);
/** keys no Store can hold: each forbidden character alone and inside an id, one too long, and empty */
const UNSTORABLE = [...FORBIDDEN, ...FORBIDDEN.map((c) => `conv-${c}-1`), TOO_LONG, ''];
const shown = (key: string) => JSON.stringify(key.length > 12 ? `${key.slice(0, 12)}…` : key);
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

  it('refuses to write under a key Azure forbids with UnstorableKeyError, writing nothing', async () => {
    const pk = fresh();
    const { etag } = await store.put(T, pk, 'r', { v: 0 });
    for (const bad of UNSTORABLE) {
      const writes = [
        store.put(T, pk, bad, { v: 1 }),
        store.put(T, pk, bad, { v: 1 }, etag),
        store.insert(T, pk, bad, { v: 1 }),
        store.put(T, bad, 'r', { v: 1 }),
        store.insert(T, bad, 'r', { v: 1 }),
      ];
      for (const write of writes) {
        await expect(write, shown(bad)).rejects.toBeInstanceOf(UnstorableKeyError);
      }
    }
    await expect(store.put(T, pk, 'a/b', 1)).rejects.toThrow(`${T}: rowKey "a/b" contains /`);
    await expect(store.insert(T, 'a\u0001b', 'r', 1)).rejects.toThrow(/partitionKey .* contains U\+0001/);
    // a table name is ours, never input: a bad one is a bug, and says so
    await expect(store.put('no-dashes', pk, 'r', 1)).rejects.toBeInstanceOf(InvalidTableNameError);
    expect((await store.list(T, pk)).map((row) => row.value)).toEqual([{ v: 0 }]);
    const ok = await store.put(T, pk, 'Ærlig Åse Øye-2026 (nb)', { v: 1 });
    expect((await store.get(T, pk, ok.rowKey))?.value).toEqual({ v: 1 });
  });

  it('finds nothing under a key Azure forbids: get is null, list is empty, delete does nothing', async () => {
    const pk = fresh();
    const { etag } = await store.put(T, pk, 'r', { v: 1 });
    for (const bad of UNSTORABLE) {
      expect(await store.get(T, pk, bad), shown(bad)).toBeNull();
      expect(await store.get(T, bad, 'r'), shown(bad)).toBeNull();
      expect(await store.list(T, bad), shown(bad)).toEqual([]);
      await expect(store.delete(T, pk, bad), shown(bad)).resolves.toBeUndefined();
      await expect(store.delete(T, bad, 'r', etag), shown(bad)).resolves.toBeUndefined();
    }
    expect(await store.get(T, pk, 'r')).toMatchObject({ value: { v: 1 }, etag });
  });

  it('holds exactly the ids the API’s path guard lets through: one rule for both', async () => {
    // the route-level guard as the API mounts it: an id it refuses is a 404 before any use case
    const api = new Hono();
    api.onError((error, c) => errorResponse(c, error, () => undefined));
    api.use('*', refuseUnstorableIds());
    api.get('/t/:id', (c) => c.text('reached'));
    const storable = [
      'x'.repeat(MAX_KEY_LENGTH),
      '93c2ac0c-b6c6-4216-a3bb-2e99f5f0a3ed',
      'Ærlig Åse Øye-2026 (nb)',
      "o'brien 🙂",
      'a%b+c=d&e;f,g:h@i!j*k~l',
      // the edges of the forbidden ranges: space, tilde, no-break space
      ' x',
      '~',
      '\u00a0',
    ];
    // an empty path segment is no id at all (the router decides), so it is left out here
    const keys = [...storable, ...UNSTORABLE.filter((key) => key !== '')];
    const pk = fresh();
    for (const key of keys) {
      const res = await api.request(`/t/${encodeURIComponent(key)}`);
      const routeLets = res.status === 200;
      if (!routeLets) expect(res.status, shown(key)).toBe(404);
      const stored = await store.put(T, pk, key, { key }).then(
        () => true,
        (error: unknown) => {
          expect(error, shown(key)).toBeInstanceOf(UnstorableKeyError);
          return false;
        },
      );
      expect(stored, shown(key)).toBe(routeLets);
      // and what the store takes, it gives back: the service (Azurite here) accepts the key as it is
      if (stored) expect((await store.get<{ key: string }>(T, pk, key))?.value.key, shown(key)).toBe(key);
    }
    expect(keys.filter((key) => storable.includes(key))).toHaveLength(storable.length);
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
