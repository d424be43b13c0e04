// The people and conversations of the access matrix, on the demo stack with its bot: a leader who conducts
// one conversation of each kind the matrix needs, the employee and a colleague of theirs, a leader of another
// unit, HR, and a leader nearby who took over one of the leader's conversations (002: "nærmeste leder kan
// delegere"). Every request the matrix sends is valid in all but who sends it, so a refusal is about access.
import { generateKeyPair, SignJWT } from 'jose';
import type { Delegated } from '../../../src/app/delegate-conversation';
import type { DelegationCandidate } from '../../../src/app/list-delegation-candidates';
import type { DelegationPreview } from '../../../src/app/preview-delegation';
import type { ReferatView } from '../../../src/app/open-referat';
import type { Conversation } from '../../../src/core/conversation';
import type { Person } from '../../../src/core/org';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import type { Store } from '../../../src/ports/store';
import { DEMO_AUDIENCE, DEMO_AUTHORITY, DEMO_SCOPE } from '../../../src/server/auth/demo-identity';
import { startBotFixture, type BotFixture } from '../bot/bot-fixture';
import { demoTokens } from '../fixtures/demo-tokens';
import { NOW } from '../scheduling/helpers';

export const ROLES = [
  'employee',
  'colleague',
  'conductor',
  'otherLeader',
  'hr',
  'delegated',
  'handedOver',
  'anonymous',
  'otherTenant',
] as const;
export type Role = (typeof ROLES)[number];

/** what the table's columns say */
export const ROLE_TITLES: Record<Role, string> = {
  employee: 'the employee',
  colleague: 'another employee',
  conductor: 'the conductor',
  otherLeader: 'another leader',
  hr: 'HR',
  delegated: 'a delegated leader (on the conversation handed to them)',
  handedOver: 'the leader who handed it over (on that conversation)',
  anonymous: 'anonymous (no token)',
  otherTenant: 'a token for another tenant',
};

export interface Case {
  conversation: Conversation;
  employeeId: string;
  conductorId: string;
}

export interface Answer {
  status: number;
  body: unknown;
  text: string;
}

export interface World {
  bot: BotFixture;
  people: Record<'employee' | 'colleague' | 'leader' | 'otherLeader' | 'hr' | 'delegate', Person>;
  /** the shared conversation: the employee's, held by the leader */
  main: Case;
  /** the shared conversation the leader handed to the delegate */
  handed: Case;
  /** a new conversation for a report of the leader, handed to the delegate when `delegated` */
  fresh(delegated: boolean): Promise<Case>;
  /**
   * a conversation whose referat the conductor approved and sent (the employee reads it from then on), or
   * one both signed, with an action for the employee (the plan's actions exist from then on)
   */
  withReferat(stage: 'leader-approved' | 'signed', delegated: boolean): Promise<Case>;
  /** a report of the leader with no conversation yet */
  freeReport(): Person;
  /** an API call as a person; `null` sends none, 'other-tenant' a well-formed token of another tenant */
  call(
    who: string | null | 'other-tenant',
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  /** as call, with the body's text as given (fuzzing sends what JSON.stringify would never make) */
  send(
    who: string | null | 'other-tenant',
    method: string,
    path: string,
    text: string | undefined,
    headers?: Record<string, string>,
  ): Promise<Answer>;
  /** the referat's ETag and content hash now, read as the conductor */
  referat(c: Case): Promise<ReferatView>;
  stop(): Promise<void>;
}

const OTHER_TENANT = '0a0a0a0a-1111-4222-8333-444444444444';

export async function startWorld(): Promise<World> {
  // the matrix sends a few hundred requests from a few people: the rate limit is tested on its own
  const bot = await startBotFixture({
    rateLimit: { user: { ratePerSecond: 10_000, burst: 10_000 } },
    // no sweep in the background: the matrix counts the writes each request makes
    reminderIntervalMs: null,
  });
  const { stack } = bot;
  const people = stack.municipality.people;
  const reportsOf = (id: string) => people.filter((p) => p.managerId === id);
  const isLeader = (p: Person) => reportsOf(p.id).length > 0;
  const leader = people.filter(isLeader).sort((a, b) => reportsOf(b.id).length - reportsOf(a.id).length)[0]!;
  const plain = reportsOf(leader.id).filter((p) => !isLeader(p) && !p.roles.includes('hr'));
  const [employee, colleague, ...others] = plain;
  const hr = people.find((p) => p.roles.includes('hr'))!;
  const chainOf = (p: Person): string[] => {
    const up: string[] = [];
    for (let m = p.managerId; m; m = people.find((x) => x.id === m)?.managerId ?? null) up.push(m);
    return up;
  };
  const token = demoTokens(stack.url);
  const foreignToken = await otherTenantToken(leader.id);

  const send: World['send'] = async (who, method, path, body, headers = {}) => {
    const auth: Record<string, string> =
      who === null
        ? {}
        : { authorization: `Bearer ${who === 'other-tenant' ? foreignToken : await token(who)}` };
    const res = await fetch(`${stack.url}/api${path}`, {
      method,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body,
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: res.status, body: parsed, text };
  };
  const call: World['call'] = (who, method, path, body, headers) =>
    send(who, method, path, body === undefined ? undefined : JSON.stringify(body), headers);
  const ok = async <T>(
    who: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ) => {
    const res = await call(who, method, path, body, headers);
    if (res.status >= 300)
      throw new Error(`${method} ${path} as ${who}: ${res.status} ${res.text.slice(0, 300)}`);
    return res.body as T;
  };

  const unused = [...others];
  const freeReport = () => {
    const next = unused.shift();
    if (!next) throw new Error('the leader has no report left without a conversation');
    return next;
  };
  const book = async (employeeId: string): Promise<Conversation> => {
    const { slots } = await ok<{ slots: FreeSlot[] }>(leader.id, 'POST', '/conversations/suggestions', {
      employeeId,
      kind: 'annual',
    });
    const booked = await ok<{ conversation: Conversation }>(leader.id, 'POST', '/conversations', {
      employeeId,
      kind: 'annual',
      start: slots[0]!.start,
      location: null,
      online: true,
    });
    return booked.conversation;
  };

  const main: Case = {
    conversation: await book(employee!.id),
    employeeId: employee!.id,
    conductorId: leader.id,
  };
  // the delegate: a leader the leader may hand a conversation to (leaders near the conductor, 002)
  const firstHanded = await book(freeReport().id);
  const { candidates } = await ok<{ candidates: DelegationCandidate[] }>(
    leader.id,
    'GET',
    `/conversations/${firstHanded.id}/delegation/candidates`,
  );
  const delegate = people.find((p) => p.id === candidates[0]?.id);
  if (!delegate) throw new Error('the leader has nobody to hand a conversation to');
  const handOver = async (conversation: Conversation): Promise<Case> => {
    const preview = await ok<DelegationPreview>(
      leader.id,
      'POST',
      `/conversations/${conversation.id}/delegation/preview`,
      {
        toLeaderId: delegate.id,
      },
    );
    const start = preview.canKeepTime ? conversation.start : preview.suggestions[0]!.start;
    const moved = await ok<Delegated>(leader.id, 'POST', `/conversations/${conversation.id}/delegate`, {
      toLeaderId: delegate.id,
      start,
    });
    return {
      conversation: moved.conversation,
      employeeId: conversation.employeeId,
      conductorId: delegate.id,
    };
  };
  const handed = await handOver(firstHanded);
  const otherLeader = people.find(
    (p) =>
      isLeader(p) &&
      p.id !== leader.id &&
      p.id !== delegate.id &&
      !chainOf(leader).includes(p.id) &&
      !chainOf(p).includes(leader.id) &&
      !chainOf(employee!).includes(p.id) &&
      !p.roles.includes('hr'),
  )!;

  const readReferat = (c: Case) =>
    ok<ReferatView>(c.conductorId, 'GET', `/conversations/${c.conversation.id}/referat`);
  const staged = new Map<string, Promise<Case>>();
  async function stageReferat(stage: 'leader-approved' | 'signed', delegated: boolean): Promise<Case> {
    const conversation = await book(freeReport().id);
    const c = delegated
      ? await handOver(conversation)
      : { conversation, employeeId: conversation.employeeId, conductorId: leader.id };
    const p = `/conversations/${c.conversation.id}/referat`;
    let view = await readReferat(c);
    const change = async (body: unknown) => {
      view = await ok<ReferatView>(c.conductorId, 'PATCH', p, body, { 'if-match': view.etag });
    };
    await change({
      type: 'section',
      sectionId: view.referat.sections[0]!.sectionId,
      agreedText: 'Vi ble enige.',
    });
    await change({
      type: 'add-action',
      action: {
        id: 'action-1',
        what: 'Kurs i forflytningsteknikk',
        responsibleId: c.employeeId,
        responsibleName: 'Den ansatte',
        deadline: '2027-03-01',
        sharedNeed: false,
      },
    });
    await change({ type: 'private-notes', notes: { text: 'Bare for leder: PRIVATE-NOTE-MARK' } });
    view = await readReferat(c);
    await ok(c.conductorId, 'POST', `${p}/approve`, { contentHash: view.contentHash });
    if (stage === 'signed') await ok(c.employeeId, 'POST', `${p}/approve`, { contentHash: view.contentHash });
    return c;
  }

  return {
    bot,
    people: { employee: employee!, colleague: colleague!, leader, otherLeader, hr, delegate },
    main,
    handed,
    async fresh(delegated) {
      const conversation = await book(freeReport().id);
      const own = { conversation, employeeId: conversation.employeeId, conductorId: leader.id };
      return delegated ? handOver(conversation) : own;
    },
    withReferat(stage, delegated) {
      const key = `${stage}:${delegated}`;
      let pending = staged.get(key);
      if (!pending) staged.set(key, (pending = stageReferat(stage, delegated)));
      return pending;
    },
    freeReport,
    call,
    send,
    referat: readReferat,
    stop: () => bot.stop(),
  };
}

/**
 * A token as Entra would issue it to a user of another tenant for this API: right audience and scope, its own
 * tenant's issuer and tid, signed by a key of its own. The server must refuse it whatever the key (Entra signs
 * every tenant's tokens with the same keys; the verifier's unit tests cover that case with a trusted key).
 */
async function otherTenantToken(oid: string): Promise<string> {
  const { privateKey } = await generateKeyPair('RS256');
  // the stack's clock, so the token is refused for its tenant, not for its time
  const now = Math.floor(NOW.getTime() / 1000);
  return new SignJWT({ oid, tid: OTHER_TENANT, scp: DEMO_SCOPE, ver: '2.0', name: 'Fremmed' })
    .setProtectedHeader({ alg: 'RS256', kid: 'other-tenant-key', typ: 'JWT' })
    .setIssuer(`${DEMO_AUTHORITY}/${OTHER_TENANT}/v2.0`)
    .setAudience(DEMO_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 3600)
    .sign(privateKey);
}

/**
 * The tables the server writes to from now on, in order (the server and the test share the store object):
 * a refused request may write the audit log and nothing else. The test empties the list before each request.
 */
export function watchWrites(store: Store): string[] {
  const writes: string[] = [];
  for (const method of ['insert', 'put', 'delete'] as const) {
    const inner = store[method].bind(store) as (...args: unknown[]) => Promise<unknown>;
    (store as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      writes.push(String(args[0]));
      return inner(...args);
    };
  }
  return writes;
}
