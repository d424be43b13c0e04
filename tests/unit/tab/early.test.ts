import { describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/tab/api/client';
import { startEarly } from '../../../src/tab/api/early';
import type { TokenStore } from '../../../src/tab/auth/token-store';

const me = { id: 'p1', displayName: 'Åse Dahl', jobTitle: 'Enhetsleder', roles: ['leader'], language: 'nb' };

function tokensWith(token: string | null): TokenStore {
  return { get: () => token, set: () => undefined, clear: () => undefined };
}

function server() {
  return vi.fn<typeof fetch>(async (input) =>
    String(input) === '/api/me'
      ? new Response(JSON.stringify(me), { status: 200 })
      : new Response(JSON.stringify({ members: [] }), { status: 200 }),
  );
}

describe('startEarly', () => {
  it('asks for config, me and the team at once on the start page of a signed-in person', () => {
    const fetchImpl = server();
    startEarly({ tokens: tokensWith('tok'), hash: '#/?sort=name', fetch: fetchImpl });
    expect(fetchImpl.mock.calls.map(([url]) => url)).toEqual(['/api/config', '/api/me', '/api/team']);
    const headers = new Headers(fetchImpl.mock.calls[1]![1]!.headers);
    expect(headers.get('Authorization')).toBe('Bearer tok');
    expect(headers.get('X-Samtale-Surface')).toBe('tab');
  });

  it('asks only for config before sign-in, and not for the team on another view', () => {
    const before = server();
    startEarly({ tokens: tokensWith(null), hash: '', fetch: before });
    expect(before.mock.calls.map(([url]) => url)).toEqual(['/api/config']);
    const elsewhere = server();
    startEarly({ tokens: tokensWith('tok'), hash: '#/conversations/c1', fetch: elsewhere });
    expect(elsewhere.mock.calls.map(([url]) => url)).toEqual(['/api/config', '/api/me']);
  });

  it('gives the client its answer once; the next call asks the server', async () => {
    const early = server();
    const later = server();
    const api = createApiClient({
      getToken: () => 'tok',
      onUnauthorized: () => undefined,
      fetch: later,
      early: startEarly({ tokens: tokensWith('tok'), hash: '', fetch: early }),
    });
    await expect(api.me()).resolves.toEqual(me);
    expect(later).not.toHaveBeenCalled();
    await expect(api.me()).resolves.toEqual(me);
    expect(later).toHaveBeenCalledTimes(1);
  });

  it('drops an answer asked with another token or grown stale', async () => {
    let now = 0;
    const early = startEarly({ tokens: tokensWith('old'), hash: '', fetch: server(), now: () => now });
    expect(early.take('/api/me', 'new')).toBeUndefined();
    const again = startEarly({ tokens: tokensWith('tok'), hash: '', fetch: server(), now: () => now });
    now = 31_000;
    expect(again.take('/api/me', 'tok')).toBeUndefined();
  });

  it('hands a failed request to whoever takes it, as the client’s network error', async () => {
    const failing = vi.fn<typeof fetch>(async () => {
      throw new TypeError('offline');
    });
    const api = createApiClient({
      getToken: () => 'tok',
      onUnauthorized: () => undefined,
      fetch: server(),
      early: startEarly({ tokens: tokensWith('tok'), hash: '', fetch: failing }),
    });
    await expect(api.me()).rejects.toMatchObject({ status: 0 });
  });
});
