// Issue 9: property-based fuzzing of every API body, path id, query value and If-Match. Each route starts
// from the valid request the access matrix sends as someone allowed to send it, so the hostile part is what
// the server must refuse: wrong types, huge strings, unicode, prototype keys, deep nesting, NaN, negative and
// huge numbers, bad ETags, other people's conversations. No answer may be ≥ 500, and a refused request (4xx)
// may write nothing but the audit log (the server and the test share the store object, so every write is seen).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, type Request, type RouteSpec } from './access/routes';
import { startWorld, type Case, type Role, type World, watchWrites } from './access/world';

let w: World;
let writes: string[] = [];

beforeAll(async () => {
  w = await startWorld();
  writes = watchWrites(w.bot.stack.store);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

/** an allowed sender: the validation behind the access gate is what is fuzzed */
function senderOf(spec: RouteSpec): { role: Role; actor: string } {
  const p = w.people;
  const role = (['conductor', 'hr', 'employee'] as const).find((r) => spec.allow.includes(r));
  if (role === 'hr') return { role, actor: p.hr.id };
  if (role === 'employee') return { role, actor: w.main.employeeId };
  return { role: 'conductor', actor: p.leader.id };
}

const fresh = new Map<string, Promise<Case>>();

async function validRequest(
  spec: RouteSpec,
  property: 'body' | 'place',
): Promise<{ actor: string; request: Request }> {
  const { role, actor } = senderOf(spec);
  // a route that moves the conversation on gets one of its own: an accepted fuzz case (a hand-over) must not
  // take the shared one from the conductor the other routes send as, nor the next property's
  const own =
    spec.oneShot && spec.conversation
      ? (fresh.get(`${spec.route}:${property}`) ?? w.fresh(false))
      : undefined;
  if (own) fresh.set(`${spec.route}:${property}`, own);
  const c: Case = own ? await own : spec.stage ? await w.withReferat(spec.stage, false) : w.main;
  return { actor, request: await spec.request({ w, role, actor, c }) };
}

const HUGE = 'x'.repeat(400_000);
const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');

/** values that are JSON, but not what any field wants (JSON.stringify turns NaN and Infinity into null) */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(-1, 0, -0, 2 ** 53, -(2 ** 63), 1e308, Number.NaN, Number.POSITIVE_INFINITY),
  fc.integer(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '🙂'.repeat(5000), 'a'.repeat(70_000), '../../etc', '1e999'),
  fc.constantFrom('2026-02-30', '2026-13-01T25:61:00Z', 'not a date', '0000-00-00'),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 8 })), { maxLength: 5 }),
  fc.dictionary(protoKeys, fc.oneof(fc.integer(), fc.constant({ polluted: true }))),
  fc.object({ maxDepth: 3, maxKeys: 4 }),
);

interface Mutation {
  kind: 'whole' | 'set' | 'drop' | 'proto' | 'raw';
  at: number;
  value: unknown;
  raw: string;
  key: string;
}

/** raw texts no serialiser makes: broken JSON, 400 KB, 5,000 levels, a prototype key spelt out */
const rawText = fc.oneof(
  fc.constantFrom('', 'null', '{', '{"a":', '[]', '"x"', '1', 'true', '\u0000', `"${HUGE}"`, deep(5000)),
  fc.constantFrom(
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":1,"a":2}',
  ),
  fc.string({ maxLength: 60 }),
);

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('whole', 'set', 'set', 'set', 'drop', 'proto', 'raw'),
  at: fc.nat(),
  value: hostileValue,
  raw: rawText,
  key: protoKeys,
});

/** every place in a JSON value (objects and arrays), as paths of keys */
function placesIn(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [at];
  const inner = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    placesIn(v, [...at, Array.isArray(value) ? Number(k) : k]),
  );
  return [at, ...inner];
}

function setAt(root: unknown, at: (string | number)[], value: unknown, drop: boolean): unknown {
  if (at.length === 0) return drop ? undefined : value;
  const copy: unknown = structuredClone(root);
  let node = copy as Record<string | number, unknown>;
  for (const k of at.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (drop) delete node[last];
  else node[last] = value;
  return copy;
}

function mutateBody(body: unknown, m: Mutation): string | undefined {
  if (m.kind === 'raw') return m.raw;
  if (m.kind === 'whole') return JSON.stringify(m.value);
  const places = placesIn(body ?? {});
  const at = places[m.at % places.length]!;
  if (m.kind === 'proto') {
    // an own key the parser makes from the text: JSON.parse keeps "__proto__" as data, spreading may not
    const text = JSON.stringify(body ?? {});
    const spliced = `{"${m.key}":${JSON.stringify(m.value) ?? 'null'},`;
    return text.startsWith('{') && text.length > 2 ? spliced + text.slice(1) : spliced.slice(0, -1) + '}';
  }
  return JSON.stringify(setAt(body ?? {}, at, m.value, m.kind === 'drop') ?? null);
}

const badEtag = fc.oneof(
  fc.constantFrom('', '*', 'W/"x"', '"', 'W/"datetime\'2020-01-01T00%3A00%3A00Z\'"', 'a'.repeat(10_000)),
  fc.string({ maxLength: 30 }),
);

/** path ids and query values: other people's conversations and people, and strings that are not ids */
function hostileId(): fc.Arbitrary<string> {
  const known = [
    w.handed.conversation.id,
    w.main.conversation.id,
    w.people.otherLeader.id,
    w.people.hr.id,
    w.people.colleague.id,
  ];
  return fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom('', '..', '%2e%2e', '__proto__', 'constructor', "'", '"', '%00', 'a'.repeat(5000)),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.integer().map(String),
  );
}

/** the runs per property: they sum to 10,000 or more over the routes (printed at the end) */
const BODY_RUNS = 340;
const PLACE_RUNS = 100;
let total = 0;
const statuses = new Map<number, number>();

async function check(actor: string, method: string, path: string, text: string | undefined, headers = {}) {
  writes.length = 0;
  const res = await w.send(actor, method, path, text, headers);
  total += 1;
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  const why = `${method} ${path.slice(0, 120)} ${String(text).slice(0, 200)} → ${res.status} ${res.text.slice(0, 200)}`;
  expect(res.status, why).toBeLessThan(500);
  // a duplicate exemption (409) writes its year index row again with the same content: the heal for a crash
  // between record and index, by design (commit 3c96a06)
  const healed = res.status === 409 && path.endsWith('/exemptions') ? ['exemptionsByYear'] : [];
  if (res.status >= 400)
    expect(
      writes.filter((t) => t !== 'audit' && !healed.includes(t)),
      why,
    ).toEqual([]);
}

const withBody = ROUTES.filter((s) => !s.route.startsWith('GET '));
const withPlaces = ROUTES.filter(
  (s) => s.route.includes(':') || s.route.includes('GET /reports') || s.route.includes('/outlook/'),
);

describe('fuzzing the API (issue 9)', () => {
  it.each(withBody.map((s) => [s.route, s] as const))(
    '%s: hostile bodies and If-Match values answer below 500 and a refusal changes nothing',
    async (_, spec) => {
      const { actor, request } = await validRequest(spec, 'body');
      const method = spec.route.split(' ')[0]!;
      await fc.assert(
        fc.asyncProperty(mutation, fc.option(badEtag, { freq: 4 }), async (m, etag) => {
          const headers = { ...request.headers, ...(etag === null ? {} : { 'if-match': etag }) };
          await check(actor, method, request.path, mutateBody(request.body, m), headers);
        }),
        { numRuns: BODY_RUNS },
      );
    },
    120_000,
  );

  it.each(withPlaces.map((s) => [s.route, s] as const))(
    '%s: hostile ids and query values answer below 500 and a refusal changes nothing',
    async (_, spec) => {
      const { actor, request } = await validRequest(spec, 'place');
      const method = spec.route.split(' ')[0]!;
      const pattern = spec.route.split(' ')[1]!.split('/');
      const [pathPart, query] = request.path.split('?') as [string, string | undefined];
      const segments = pathPart.split('/');
      const holes = pattern.flatMap((p, i) => (p.startsWith(':') ? [i] : []));
      await fc.assert(
        fc.asyncProperty(fc.nat(), hostileId(), async (pick, value) => {
          const parts = [...segments];
          let q = query;
          if (holes.length > 0 && (query === undefined || pick % 2 === 0))
            parts[holes[pick % holes.length]!] = encodeURIComponent(value);
          else if (query) q = `${query.split('=')[0]}=${encodeURIComponent(value)}`;
          const path = parts.join('/') + (q === undefined ? '' : `?${q}`);
          const text = request.body === undefined ? undefined : JSON.stringify(request.body);
          await check(actor, method, path, text, request.headers);
        }),
        { numRuns: PLACE_RUNS },
      );
    },
    120_000,
  );

  afterAll(() => {
    const byStatus = [...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`);
    console.log(`fuzz-api: ${total} cases (${byStatus.join(', ')})`);
  });

  it('sends 10,000 cases in all', () => {
    expect(withBody.length * BODY_RUNS + withPlaces.length * PLACE_RUNS).toBeGreaterThanOrEqual(10_000);
  });
});
