// Issue 9: the access matrix. Every API route (the list comes from the server's own router, so a new route
// without a row fails here) is called as each role with a request that is valid in all but who sends it, and
// the answer is held to the expected allow or deny. A refusal must change nothing but the audit log (which
// records refusals) and must not name the people of the conversation. The matrix is printed as a table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../../src/server/http/routes/api';
import { ROUTES, type Cell, type RouteSpec } from './routes';
import { ROLE_TITLES, ROLES, startWorld, type Case, type Role, type World, watchWrites } from './world';

let w: World;
let writes: string[] = [];

beforeAll(async () => {
  w = await startWorld();
  writes = watchWrites(w.bot.stack.store);
}, 120_000);
afterAll(async () => {
  await w?.stop();
});

type Outcome = 'allow' | 'deny' | 'n/a' | `${number}`;
const results = new Map<string, Partial<Record<Role, Outcome>>>();

function actorOf(role: Role, c: Case): string | null | 'other-tenant' {
  const p = w.people;
  switch (role) {
    case 'employee':
      return c.employeeId;
    case 'colleague':
      return p.colleague.id;
    case 'conductor':
    case 'handedOver':
      return p.leader.id;
    case 'otherLeader':
      return p.otherLeader.id;
    case 'hr':
      return p.hr.id;
    case 'delegated':
      return p.delegate.id;
    case 'anonymous':
      return null;
    case 'otherTenant':
      return 'other-tenant';
  }
}

const freshCases = new Map<string, Promise<Case>>();
/** one new conversation per route (or group of routes) and side of the hand-over: the leader has 18 reports */
function freshFor(spec: RouteSpec, delegated: boolean): Promise<Case> {
  const key = `${spec.freshGroup ?? spec.route}:${delegated}`;
  let c = freshCases.get(key);
  if (!c) freshCases.set(key, (c = w.fresh(delegated)));
  return c;
}

/** holders act first on a shared new conversation: the employee approves after the leader (DESIGN §2.6) */
const RUN_ORDER: Role[] = ['conductor', 'delegated', 'employee'];

async function runCell(spec: RouteSpec, role: Role): Promise<{ outcome: Outcome; detail: string }> {
  if (!spec.conversation && role === 'handedOver') return { outcome: 'n/a', detail: '' };
  const allowed = spec.allow.includes(role);
  const handed = spec.conversation && (role === 'delegated' || role === 'handedOver');
  const shared = spec.stage ? await w.withReferat(spec.stage, handed) : handed ? w.handed : w.main;
  const c =
    spec.oneShot && allowed && spec.conversation ? await freshFor(spec, role === 'delegated') : shared;
  const cell: Cell = { w, role, actor: actorOf(role, c), c };
  const request = await spec.request(cell);
  const method = spec.route.split(' ')[0]!;
  writes.length = 0;
  const res = await w.call(cell.actor, method, request.path, request.body, request.headers);
  const changed = writes.filter((t) => t !== 'audit');
  const outcome: Outcome =
    res.status < 300 ? 'allow' : [401, 403, 404].includes(res.status) ? 'deny' : `${res.status}`;
  let detail = `${res.status} ${res.text.slice(0, 200)}`;
  if (outcome === 'allow' && spec.conductorOnly) {
    const shows = res.text.includes(spec.conductorOnly);
    const holder = role === 'conductor' || role === 'delegated';
    if (shows !== holder) detail += ` | conductor-only text ${shows ? 'shown' : 'missing'}`;
  }
  if (outcome === 'deny') {
    if (changed.length > 0) detail += ` | wrote ${changed.join(',')}`;
    const names = [c.employeeId, c.conductorId]
      .map((pid) => w.bot.stack.municipality.people.find((p) => p.id === pid)?.displayName ?? '')
      .filter((n) => n && res.text.includes(n));
    if (names.length > 0) detail += ` | named ${names.join(',')}`;
  }
  return { outcome, detail };
}

describe('the access matrix (issue 9)', () => {
  it('has a row for every route the API serves', () => {
    const served = apiRoutes({} as never)
      .routes.filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect(served.filter((r) => !ROUTES.some((s) => s.route === r))).toEqual([]);
    expect(ROUTES.filter((s) => !served.includes(s.route)).map((s) => s.route)).toEqual([]);
  });

  it.each(ROUTES.map((s) => [s.route, s] as const))(
    '%s: each role is allowed or refused as the rules say, and a refusal changes nothing',
    async (_, spec) => {
      const row: Partial<Record<Role, Outcome>> = {};
      const problems: string[] = [];
      // refusals first: they must find the conversation as it was; then the allowed, each on its own if needed
      const rank = (r: Role) => (spec.allow.includes(r) ? 2 + RUN_ORDER.indexOf(r) : 0);
      const order = [...ROLES].sort((a, b) => rank(a) - rank(b));
      for (const role of order) {
        const { outcome, detail } = await runCell(spec, role);
        row[role] = outcome;
        if (outcome === 'n/a') continue;
        const expected = spec.allow.includes(role) ? 'allow' : 'deny';
        if (outcome !== expected) problems.push(`${role}: expected ${expected}, got ${detail}`);
        else if (detail.includes(' | ')) problems.push(`${role}: ${detail}`);
      }
      results.set(spec.route, row);
      expect(problems).toEqual([]);
    },
    60_000,
  );

  afterAll(() => {
    const width = Math.max(...ROUTES.map((s) => s.route.length));
    const mark = (o: Outcome | undefined) =>
      o === 'allow' ? '✓' : o === 'deny' ? '✗' : o === 'n/a' ? '·' : (o ?? '?');
    const head = ROLES.map((_, i) => String(i + 1).padStart(3)).join(' ');
    const lines = [
      '',
      'Access matrix (✓ allowed, ✗ refused with 401/403/404 and nothing changed, · not applicable)',
      ...ROLES.map((r, i) => `  ${String(i + 1).padStart(2)} = ${ROLE_TITLES[r]}`),
      `${'route'.padEnd(width)} ${head}`,
      ...ROUTES.map((s) => {
        const row = results.get(s.route) ?? {};
        return `${s.route.padEnd(width)} ${ROLES.map((r) => mark(row[r]).padStart(3)).join(' ')}`;
      }),
    ];
    console.log(lines.join('\n'));
  });
});
