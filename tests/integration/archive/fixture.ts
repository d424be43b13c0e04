// The demo stack with the archive outbox and the mail copy queue run by hand (no timers), a referat both have
// signed, and ways to look into the emulated personnel library and mailboxes the way HR and the employee would.
import type { ArchiveDeps } from '../../../src/app/archive-deps';
import { enqueueArchive } from '../../../src/app/archive-outbox';
import { insertConversation } from '../../../src/app/conversations-repo';
import { processCopyRemovals, type CopyRemovalCounts } from '../../../src/app/mail-copy-removals';
import { processArchiveOutbox } from '../../../src/app/process-archive-outbox';
import type { Conversation } from '../../../src/core/conversation';
import type { Person } from '../../../src/core/org';
import { approve } from '../../../src/core/referat/approval';
import { contentHash } from '../../../src/core/referat/canonical';
import { edit } from '../../../src/core/referat/edit';
import { startReferat, type Referat } from '../../../src/core/referat/referat';
import { latestTemplate } from '../../../src/core/templates/registry';
import { demoArchive, emulatorToken } from '../../../src/demo/graph-emulator';
import { startDemoStack, type DemoStack } from '../../../src/server/demo-stack';
import { createGraphRecorder, type GraphRecorder } from '../../contract/recorder';
import { createLibraryReader, type LibraryReader } from '../fixtures/library-reader';

/** Monday 23 November 2026, 10:00 in Oslo */
export const NOW = new Date('2026-11-23T09:00:00Z');
export const minutesLater = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

export interface ArchiveWorld {
  stack: DemoStack;
  graph: GraphRecorder;
  library: LibraryReader;
  leader: Person;
  /** a report of the leader no other test uses */
  nextEmployee(): Person;
  call<T>(personId: string, path: string): Promise<{ status: number; body: T }>;
  /** one pass of the worker as instance `owner`, at `at` (the stack's own clock stays at NOW) */
  run(owner: string, at: Date, over?: Partial<ArchiveDeps>): Promise<{ done: number; retried: number }>;
  /** one pass of the mail copy queue as instance `owner`, at `at` */
  removeCopies(owner: string, at: Date): Promise<CopyRemovalCounts>;
  /** the folder HR opens: "<nr> <name>/Medarbeidersamtale/2026" */
  filesOf(employee: Person): Promise<string[]>;
  mailsTo(employee: Person): ReturnType<DemoStack['graph']['mail']['sent']>;
  /** messages to the employee still in the leader's mailbox (drafts or Sent Items) */
  copiesLeftFor(employee: Person): ReturnType<DemoStack['graph']['mail']['messages']>;
}

export async function startArchiveWorld(): Promise<ArchiveWorld> {
  const graph = createGraphRecorder();
  const stack = await startDemoStack({
    inMemory: true,
    today: '2026-11-23',
    clock: { now: () => NOW },
    onGraphExchange: graph.record,
    outboxIntervalMs: null,
    // the clock stands still here; the bot's delivery pass (notices the use cases queue) is not what these
    // tests look at, and a pass running on a frozen clock kept stop() waiting
    noticeIntervalMs: null,
  });
  const token = emulatorToken({ idtyp: 'app' });
  const library = createLibraryReader(stack.graphUrl, demoArchive(stack.municipality).driveId, token);
  const people = stack.municipality.people;
  const reportsOf = (id: string) => people.filter((p) => p.managerId === id);
  const leader = [...people].sort((a, b) => reportsOf(b.id).length - reportsOf(a.id).length)[0]!;
  const unused = reportsOf(leader.id).filter((p) => p.employeeNumber);
  const tokens = new Map<string, string>();
  const signIn = async (personId: string) => {
    const res = await fetch(`${stack.url}/api/demo/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId }),
    });
    const { accessToken } = (await res.json()) as { accessToken: string };
    tokens.set(personId, accessToken);
    return accessToken;
  };
  return {
    stack,
    graph,
    library,
    leader,
    nextEmployee: () => {
      const next = unused.shift();
      if (!next) throw new Error('the leader has no more reports for another test');
      return next;
    },
    async call<T>(personId: string, path: string) {
      const bearer = tokens.get(personId) ?? (await signIn(personId));
      const res = await fetch(`${stack.url}/api${path}`, { headers: { authorization: `Bearer ${bearer}` } });
      return { status: res.status, body: (await res.json()) as T };
    },
    run: (owner, at, over = {}) =>
      processArchiveOutbox(
        { ...stack.archiveDeps, clock: { now: () => at }, random: () => 0, ...over },
        { owner },
      ),
    removeCopies: (owner, at) =>
      processCopyRemovals({ ...stack.copyRemovalDeps, clock: { now: () => at }, random: () => 0 }, { owner }),
    filesOf: (employee) =>
      library.filesIn(`${employee.employeeNumber} ${employee.displayName}/Medarbeidersamtale/2026`),
    mailsTo: (employee) => stack.graph.mail.sent().filter((m) => m.to.includes(employee.mail)),
    copiesLeftFor: (employee) =>
      stack.graph.mail.messages(leader.id).filter((m) => m.to.includes(employee.mail)),
  };
}

/**
 * A held annual conversation whose referat the leader and then the employee approved, stored as the
 * lead's approve use case leaves it, and its archive job enqueued. Returns the conversation id.
 */
export async function signedReferat(world: ArchiveWorld, employee: Person): Promise<string> {
  const { store } = world.stack;
  const id = `archive-${employee.employeeNumber}`;
  const conversation: Conversation = {
    id,
    kind: 'annual',
    employeeId: employee.id,
    conductorId: world.leader.id,
    status: 'booked',
    start: '2026-11-20T09:00:00.000Z',
    end: '2026-11-20T10:00:00.000Z',
    location: { displayName: 'Møterom Fjellet', roomMail: null },
    online: false,
    specialTopics: '',
    roundId: null,
    meeting: null,
    newTimeRequest: null,
    cancelMessage: null,
    createdBy: world.leader.id,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };
  await insertConversation(store, conversation);
  const template = latestTemplate('annual');
  let referat: Referat = startReferat({
    conversationId: id,
    employeeId: employee.id,
    conductorId: world.leader.id,
    template,
    conditions: [],
    heldOn: '2026-11-20',
  });
  referat = edit(referat, {
    type: 'section',
    sectionId: template.sections[0]!.id,
    agreedText: 'Trives godt på avdelingen; ønsker mer ansvar for opplæring av nyansatte.',
  });
  referat = edit(referat, {
    type: 'add-action',
    action: {
      id: 'a1',
      what: 'Kurs i veiledning',
      responsibleId: employee.id,
      responsibleName: employee.displayName,
      deadline: '2027-03-01',
      sharedNeed: false,
    },
  });
  referat = edit(referat, { type: 'private-notes', notes: { text: 'Ikke i PDF-en.' } });
  referat = approve(referat, { by: world.leader.id, role: 'leader', at: '2026-11-20T10:05:00.000Z' });
  referat = approve(referat, { by: employee.id, role: 'employee', at: '2026-11-21T08:00:00.000Z' });
  await store.put('referats', id, 'referat', referat);
  await enqueueArchive(store, {
    conversationId: id,
    contentHash: contentHash(referat),
    requestedAt: '2026-11-21T08:00:00.000Z',
  });
  return id;
}
