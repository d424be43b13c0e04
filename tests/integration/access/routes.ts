// The access matrix's rows: every API route, who may use it (DESIGN §6, issue 9: content to its employee and
// conductor only, private notes to the conductor only, HR counts and shared needs and the audit log but never
// content, a leader only people they lead or conduct for; delegation moves access), and a valid request for
// it. `oneShot` routes change the conversation so that a second allowed call would be about something else
// (cancelled, approved, handed over): each allowed role gets a conversation of its own for them.
import type { PreparationView } from '../../../src/app/open-preparation';
import type { Role, World, Case } from './world';

export interface Request {
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Cell {
  w: World;
  role: Role;
  /** who sends it: a person id, null (no token), or 'other-tenant' */
  actor: string | null | 'other-tenant';
  /** the conversation (or the person's) the request is about */
  c: Case;
}

export interface RouteSpec {
  /** as Hono lists it: 'GET /conversations/:id/referat' */
  route: string;
  allow: readonly Role[];
  /** about a conversation: the delegated and handed-over columns use the conversation handed over */
  conversation: boolean;
  oneShot?: boolean;
  /** one-shot routes that may share their fresh conversations (moved first, then cancelled) */
  freshGroup?: string;
  /** the conversation must have come this far first (a referat the employee can read, a signed plan) */
  stage?: 'leader-approved' | 'signed';
  /**
   * text only the conductor may see in the answer (the private notes): absent for every other allowed role,
   * present for the conductor's, so the check can fail
   */
  conductorOnly?: string;
  request(cell: Cell): Promise<Request>;
}

const SIGNED_IN: Role[] = ['employee', 'colleague', 'conductor', 'otherLeader', 'hr', 'delegated'];
/** the team overview is a leader's: it answers not-a-leader to anyone without reports */
const LEADERS: Role[] = ['conductor', 'otherLeader', 'delegated'];
const PARTIES: Role[] = ['employee', 'conductor', 'delegated'];
const HOLDERS: Role[] = ['conductor', 'delegated'];
const YEAR = 2026;

const id = (c: Case) => c.conversation.id;
const path = (p: string) => async () => ({ path: p });

/** the conductor's If-Match for the referat, and a change every template has (its first section) */
async function referatEdit(cell: Cell): Promise<Request> {
  const view = await cell.w.referat(cell.c);
  return {
    path: `/conversations/${id(cell.c)}/referat`,
    headers: { 'if-match': view.etag },
    body: { type: 'section', sectionId: view.referat.sections[0]!.sectionId, agreedText: 'Vi ble enige.' },
  };
}

/** the caller's own preparation when they have one, else the conductor's version tag */
async function preparationEtag(cell: Cell): Promise<{ etag: string; view: PreparationView }> {
  const asked =
    typeof cell.actor === 'string' && cell.actor !== 'other-tenant' ? cell.actor : cell.c.conductorId;
  let res = await cell.w.call(asked, 'GET', `/conversations/${id(cell.c)}/preparation`);
  if (res.status !== 200)
    res = await cell.w.call(cell.c.conductorId, 'GET', `/conversations/${id(cell.c)}/preparation`);
  const view = res.body as PreparationView & { etag: string };
  return { etag: view.etag, view };
}

function answersFor(view: PreparationView): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const section of view.template.sections)
    for (const q of section.questions) answers[q.id] = q.type === 'check' ? 'yes' : 'Godt forberedt.';
  return answers;
}

export const ROUTES: RouteSpec[] = [
  { route: 'GET /me', allow: SIGNED_IN, conversation: false, request: path('/me') },
  { route: 'GET /team', allow: LEADERS, conversation: false, request: path('/team') },
  { route: 'GET /conversations', allow: SIGNED_IN, conversation: false, request: path('/conversations') },
  {
    route: 'POST /conversations/suggestions',
    allow: ['conductor'],
    conversation: false,
    request: async ({ c }) => ({
      path: '/conversations/suggestions',
      body: { employeeId: c.employeeId, kind: 'annual' },
    }),
  },
  {
    route: 'GET /conversations/:id/referat',
    allow: PARTIES,
    conversation: true,
    stage: 'leader-approved',
    conductorOnly: 'PRIVATE-NOTE-MARK',
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/referat` }),
  },
  { route: 'PATCH /conversations/:id/referat', allow: HOLDERS, conversation: true, request: referatEdit },
  {
    route: 'GET /conversations/:id/preparation',
    allow: PARTIES,
    conversation: true,
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/preparation` }),
  },
  {
    route: 'PUT /conversations/:id/preparation',
    allow: PARTIES,
    conversation: true,
    request: async (cell) => {
      const { etag } = await preparationEtag(cell);
      return {
        path: `/conversations/${id(cell.c)}/preparation`,
        headers: { 'if-match': etag },
        body: { answers: {} },
      };
    },
  },
  {
    route: 'POST /conversations/:id/preparation/submit',
    allow: PARTIES,
    conversation: true,
    oneShot: true,
    request: async (cell) => {
      const { etag, view } = await preparationEtag(cell);
      return {
        path: `/conversations/${id(cell.c)}/preparation/submit`,
        headers: { 'if-match': etag },
        body: { answers: answersFor(view) },
      };
    },
  },
  {
    route: 'GET /conversations/:id/previous-plan',
    allow: PARTIES,
    conversation: true,
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/previous-plan` }),
  },
  {
    route: 'GET /conversations/:id/actions',
    allow: PARTIES,
    conversation: true,
    stage: 'signed',
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/actions` }),
  },
  {
    route: 'GET /conversations/:id/archive',
    allow: PARTIES,
    conversation: true,
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/archive` }),
  },
  {
    route: 'GET /outlook/meeting',
    allow: PARTIES,
    conversation: true,
    request: async ({ c }) => ({
      path: `/outlook/meeting?itemId=${encodeURIComponent(c.conversation.meeting?.eventId ?? 'none')}`,
    }),
  },
  {
    route: 'GET /conversations/:id/audit',
    allow: ['hr'],
    conversation: true,
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/audit` }),
  },
  {
    route: 'POST /conversations/:id/new-time-request',
    allow: ['employee'],
    conversation: true,
    request: async ({ c }) => ({
      path: `/conversations/${id(c)}/new-time-request`,
      body: { reason: 'Jeg har vakt den dagen.', preferredTimes: 'Torsdag formiddag' },
    }),
  },
  {
    route: 'GET /conversations/:id/delegation/candidates',
    allow: HOLDERS,
    conversation: true,
    request: async ({ c }) => ({ path: `/conversations/${id(c)}/delegation/candidates` }),
  },
  {
    route: 'POST /conversations/:id/delegation/preview',
    allow: HOLDERS,
    conversation: true,
    request: async ({ w, c }) => ({
      path: `/conversations/${id(c)}/delegation/preview`,
      body: { toLeaderId: await candidateOf(w, c) },
    }),
  },
  {
    route: 'POST /conversations/:id/reschedule',
    allow: HOLDERS,
    conversation: true,
    oneShot: true,
    freshGroup: 'move',
    request: async ({ c }) => ({
      path: `/conversations/${id(c)}/reschedule`,
      // nine weeks later, same weekday and time: a time nobody's calendar holds yet
      body: { start: new Date(Date.parse(c.conversation.start) + 63 * 86_400_000).toISOString() },
    }),
  },
  {
    route: 'POST /conversations/:id/referat/approve',
    allow: PARTIES,
    conversation: true,
    oneShot: true,
    request: async (cell) => {
      const { w, c, role } = cell;
      const edit = await referatEdit(cell);
      await w.call(c.conductorId, 'PATCH', edit.path, edit.body, edit.headers);
      let view = await w.referat(c);
      await w.call(
        c.conductorId,
        'PATCH',
        edit.path,
        { type: 'no-special-actions', value: true },
        { 'if-match': view.etag },
      );
      view = await w.referat(c);
      // the employee approves what the leader approved (DESIGN §2.6); the conductor's cell ran first on it
      if (role === 'employee' && !view.referat.approvals.some((a) => a.role === 'leader'))
        await w.call(c.conductorId, 'POST', `${edit.path}/approve`, { contentHash: view.contentHash });
      return { path: `${edit.path}/approve`, body: { contentHash: view.contentHash } };
    },
  },
  {
    route: 'POST /conversations/:id/delegate',
    allow: HOLDERS,
    conversation: true,
    oneShot: true,
    request: async ({ w, c }) => ({
      path: `/conversations/${id(c)}/delegate`,
      body: await handOverTo(w, c),
    }),
  },
  {
    route: 'POST /conversations/:id/cancel',
    allow: HOLDERS,
    conversation: true,
    oneShot: true,
    freshGroup: 'move',
    request: async ({ c }) => ({
      path: `/conversations/${id(c)}/cancel`,
      body: { message: 'Vi finner en ny tid.' },
    }),
  },
  {
    route: 'PATCH /actions/:conversationId/:actionId',
    // the employee ticks off their own line; the conductor reads it but does not tick it for them
    allow: ['employee'],
    conversation: true,
    stage: 'signed',
    request: async ({ c }) => ({ path: `/actions/${id(c)}/action-1`, body: { done: true } }),
  },
  { route: 'GET /actions/mine', allow: SIGNED_IN, conversation: false, request: path('/actions/mine') },
  // rooms are for booking: leaders
  { route: 'GET /rooms', allow: LEADERS, conversation: false, request: path('/rooms') },
  // the list with versions is HR's editor; a conversation's own version is read by id and version below
  { route: 'GET /templates', allow: ['hr'], conversation: false, request: path('/templates') },
  {
    route: 'GET /templates/:id/versions/:version',
    allow: SIGNED_IN,
    conversation: false,
    request: async ({ w }) => {
      const t = await templateOf(w);
      return { path: `/templates/${t.id}/versions/${t.version}` };
    },
  },
  {
    route: 'POST /templates/:id/versions',
    allow: ['hr'],
    conversation: false,
    oneShot: true,
    request: async ({ w }) => {
      const t = await templateOf(w);
      const res = await w.call(w.people.hr.id, 'GET', `/templates/${t.id}/versions/${t.version}`);
      const latest = await w.call(w.people.hr.id, 'GET', '/templates');
      const versionOf = (latest.body as { templates: { id: string; version: number }[] }).templates.find(
        (x) => x.id === t.id,
      )?.version;
      return {
        path: `/templates/${t.id}/versions`,
        body: {
          expectedVersion: versionOf ?? t.version,
          template: (res.body as { template: unknown }).template,
        },
      };
    },
  },
  // the policy settings page is HR's; the rules apply through the use cases for everyone else
  { route: 'GET /policy', allow: ['hr'], conversation: false, request: path('/policy') },
  { route: 'GET /policy/versions', allow: ['hr'], conversation: false, request: path('/policy/versions') },
  {
    route: 'PUT /policy',
    allow: ['hr'],
    conversation: false,
    oneShot: true,
    request: async ({ w }) => {
      const res = await w.call(w.people.hr.id, 'GET', '/policy');
      const settings = res.body as { file: unknown; version: number };
      return { path: '/policy', body: { policy: settings.file, expectedVersion: settings.version } };
    },
  },
  {
    route: 'GET /reports/compliance',
    allow: ['hr'],
    conversation: false,
    request: path(`/reports/compliance?year=${YEAR}`),
  },
  {
    route: 'GET /reports/needs',
    allow: ['hr'],
    conversation: false,
    request: path(`/reports/needs?year=${YEAR}`),
  },
  {
    route: 'POST /rounds',
    allow: ['conductor'],
    conversation: false,
    request: async ({ w }) => ({ path: '/rounds', body: roundBody(w) }),
  },
  {
    // the leaders near the caller (003, 002): a leader's own list, refused to those who lead nobody
    route: 'GET /rounds/co-conductors',
    allow: LEADERS,
    conversation: false,
    request: path('/rounds/co-conductors'),
  },
  {
    route: 'GET /rounds/:id',
    allow: ['conductor'],
    conversation: false,
    request: async ({ w }) => ({ path: `/rounds/${await roundOf(w)}` }),
  },
  {
    route: 'POST /rounds/:id/confirm',
    allow: ['conductor'],
    conversation: false,
    oneShot: true,
    request: async ({ w }) => ({ path: `/rounds/${await roundOf(w, true)}/confirm` }),
  },
  {
    route: 'POST /conversations',
    allow: ['conductor'],
    conversation: false,
    oneShot: true,
    request: async ({ w }) => {
      const employeeId = (freeForBooking ??= w.freeReport().id);
      const slots = await w.call(w.people.leader.id, 'POST', '/conversations/suggestions', {
        employeeId,
        kind: 'annual',
      });
      const start = (slots.body as { slots: { start: string }[] }).slots[0]!.start;
      return {
        path: '/conversations',
        body: { employeeId, kind: 'annual', start, location: null, online: true },
      };
    },
  },
  {
    route: 'GET /people/:id/checklist',
    allow: ['conductor'],
    conversation: false,
    request: async ({ c }) => ({ path: `/people/${c.employeeId}/checklist` }),
  },
  {
    route: 'POST /people/:id/checklist',
    allow: ['conductor'],
    conversation: false,
    request: async ({ c }) => ({
      path: `/people/${c.employeeId}/checklist`,
      body: { kind: 'exit', endDate: '2027-02-26' },
    }),
  },
  {
    route: 'PATCH /people/:id/checklist/:kind',
    allow: ['conductor'],
    conversation: false,
    request: async ({ w, c }) => {
      const list = await exitList(w, c);
      return {
        path: `/people/${c.employeeId}/checklist/exit`,
        headers: { 'if-match': list.etag },
        body: { endDate: '2027-02-26' },
      };
    },
  },
  {
    route: 'PATCH /people/:id/checklist/:kind/items/:itemId',
    allow: ['conductor'],
    conversation: false,
    request: async ({ w, c }) => {
      const list = await exitList(w, c);
      return {
        path: `/people/${c.employeeId}/checklist/exit/items/${list.itemId}`,
        headers: { 'if-match': list.itemEtag },
        body: { done: true },
      };
    },
  },
  {
    route: 'GET /people/:id/exemptions',
    allow: ['conductor'],
    conversation: false,
    request: async ({ c }) => ({ path: `/people/${c.employeeId}/exemptions` }),
  },
  {
    route: 'POST /people/:id/exemptions',
    allow: ['conductor'],
    conversation: false,
    oneShot: true,
    request: async ({ c }) => ({
      path: `/people/${c.employeeId}/exemptions`,
      body: { kind: 'annual', year: YEAR + 1, by: 'employee', reason: 'Lang permisjon hele året.' },
    }),
  },
  {
    route: 'POST /people/:id/exemptions/:exemptionId/withdraw',
    allow: ['conductor'],
    conversation: false,
    oneShot: true,
    request: async ({ w }) => {
      // the colleague's: the employee's years are taken by the row above and by their history
      const personId = w.people.colleague.id;
      // recorded once: every cell refers to the same one, and the leader's withdraws it last
      exemption ??= w
        .call(w.people.leader.id, 'POST', `/people/${personId}/exemptions`, {
          kind: 'annual',
          year: YEAR + 1,
          by: 'leader',
          reason: 'Vikariat som slutter før neste runde.',
        })
        .then((recorded) => {
          if (recorded.status !== 201)
            throw new Error(`recording an exemption: ${recorded.status} ${recorded.text}`);
          return (recorded.body as { id: string }).id;
        });
      const exemptionId = await exemption;
      return { path: `/people/${personId}/exemptions/${exemptionId}/withdraw`, body: {} };
    },
  },
];

let freeForBooking: string | undefined;
let exemption: Promise<string> | undefined;

let template: Promise<{ id: string; version: number }> | undefined;
/** the template and version the shared conversation is on */
function templateOf(w: World) {
  template ??= w
    .call(w.people.leader.id, 'GET', `/conversations/${w.main.conversation.id}/preparation`)
    .then((res) => (res.body as PreparationView).template);
  return template;
}

/** the colleague's conversation held by the delegate, a leader near the planner (003): fuzzing reaches it */
function roundBody(w: World) {
  return {
    kind: 'annual',
    period: { from: '2027-01-11', to: '2027-01-29' },
    employeeIds: [w.people.colleague.id],
    conductorOf: { [w.people.colleague.id]: w.people.delegate.id },
  };
}

const rounds: string[] = [];
/** a round the leader planned; a new one for each confirmation */
async function roundOf(w: World, fresh = false): Promise<string> {
  if (!fresh && rounds[0]) return rounds[0];
  const res = await w.call(w.people.leader.id, 'POST', '/rounds', roundBody(w));
  const roundId =
    (res.body as { id?: string; round?: { id: string } }).round?.id ?? (res.body as { id: string }).id;
  rounds.push(roundId);
  return roundId;
}

/** the employee's exit checklist, started by their leader once, with its version and an item */
async function exitList(w: World, c: Case): Promise<{ etag: string; itemId: string; itemEtag: string }> {
  const at = `/people/${c.employeeId}/checklist`;
  let res = await w.call(w.people.leader.id, 'GET', at);
  const find = (body: unknown) =>
    (
      body as { checklists?: { kind: string; etag: string; items: { id: string; etag: string }[] }[] }
    ).checklists?.find((l) => l.kind === 'exit');
  if (!find(res.body)) {
    await w.call(w.people.leader.id, 'POST', at, { kind: 'exit', endDate: '2027-02-26' });
    res = await w.call(w.people.leader.id, 'GET', at);
  }
  const list = find(res.body);
  if (!list) throw new Error(`no exit checklist: ${JSON.stringify(res.body).slice(0, 300)}`);
  return { etag: list.etag, itemId: list.items[0]!.id, itemEtag: list.items[0]!.etag };
}

/** a hand-over to a candidate: at the conversation's time when they are free then, else at one both are */
async function handOverTo(w: World, c: Case) {
  const toLeaderId = await candidateOf(w, c);
  const res = await w.call(c.conductorId, 'POST', `/conversations/${id(c)}/delegation/preview`, {
    toLeaderId,
  });
  const preview = res.body as { canKeepTime: boolean; suggestions: { start: string }[] };
  const start = preview.canKeepTime ? c.conversation.start : preview.suggestions[0]?.start;
  return { toLeaderId, start: start ?? c.conversation.start };
}

/** a leader the conversation's conductor may hand it to */
async function candidateOf(w: World, c: Case): Promise<string> {
  const res = await w.call(c.conductorId, 'GET', `/conversations/${id(c)}/delegation/candidates`);
  const { candidates } = res.body as { candidates: { id: string }[] };
  const other = candidates.find((x) => x.id !== c.conductorId);
  if (!other) throw new Error(`no candidate for ${id(c)}`);
  return other.id;
}

export { YEAR };
