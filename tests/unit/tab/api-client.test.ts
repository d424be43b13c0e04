import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../src/tab/api/api-error';
import { createApiClient } from '../../../src/tab/api/client';

const member = {
  id: 'p1',
  displayName: 'Åse Dahl',
  jobTitle: 'Sykepleier',
  department: 'Helse',
  mail: 'ase@example.no',
  startDate: '2026-02-01',
  positionPercent: 80,
  employeeType: 'permanent',
  lastAnnualConversation: '2025-11-03',
  nextDue: { kind: 'annual', dueDate: '2026-11-03', status: 'overdue' },
  nextBooked: null,
  probationEnd: null,
  endDate: null,
  openActions: 0,
  checklist: null,
  exemptions: [],
};

function answering(status: number, body: unknown) {
  return vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status }));
}

function client(fetchImpl: typeof fetch, token: string | null = 'tok') {
  const onUnauthorized = vi.fn();
  const api = createApiClient({ getToken: () => token, onUnauthorized, fetch: fetchImpl });
  return { api, onUnauthorized };
}

describe('createApiClient', () => {
  it('sends the bearer token and returns the parsed team', async () => {
    const fetchImpl = answering(200, { members: [member] });
    const { api } = client(fetchImpl);
    await expect(api.team()).resolves.toEqual([member]);
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('/api/team');
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer tok');
  });

  it('posts the persona as JSON on demo sign-in', async () => {
    const fetchImpl = answering(200, { accessToken: 'a', expiresOn: '2026-03-01T10:00:00.000Z' });
    const { api } = client(fetchImpl, null);
    await api.signIn('p1');
    const [, init] = fetchImpl.mock.calls[0]!;
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"personId":"p1"}');
    expect(new Headers(init?.headers).get('Authorization')).toBeNull();
  });

  it('turns the error body into an ApiError with its code', async () => {
    const { api, onUnauthorized } = client(
      answering(403, { error: { code: 'not-a-leader', message: 'no' } }),
    );
    const error = await api.team().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: 'not-a-leader' });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('asks for a new sign-in on 401', async () => {
    const { api, onUnauthorized } = client(answering(401, { error: { code: 'unauthorized', message: 'x' } }));
    await expect(api.me()).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('rejects an answer that does not match the contract', async () => {
    const { api } = client(answering(200, { members: [{ ...member, positionPercent: 'full' }] }));
    await expect(api.team()).rejects.toMatchObject({ code: 'bad-response' });
  });

  it('reports an unreachable server as a network error', async () => {
    const { api } = client(vi.fn<typeof fetch>(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api.config()).rejects.toMatchObject({ status: 0, code: 'network' });
  });
});
