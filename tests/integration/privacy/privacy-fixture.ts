// A worked example for the right of access and retention: conversations held through the API on the demo stack
// (Azurite), and the `samtale` command run against the same store through the settings the server reads.
import type { ReferatView } from '../../../src/app/open-referat';
import { processArchiveOutbox } from '../../../src/app/process-archive-outbox';
import { main } from '../../../src/cli/main';
import type { Conversation } from '../../../src/core/conversation';
import type { FreeSlot } from '../../../src/core/scheduling/slots';
import type { Scheduling } from '../scheduling/helpers';

export const NOTES = 'Privat: virker sliten, følg opp';
export const AGREED = 'Vi ble enige om mer ansvar i prosjektet.';

/** Books a conversation, writes and signs its referat (notes and one action); files it when asked. */
export async function holdConversation(
  s: Scheduling,
  leaderId: string,
  employeeId: string,
  opts: { slot: number; file: boolean; sign?: boolean },
): Promise<Conversation> {
  const { body } = await s.call<{ slots: FreeSlot[] }>(leaderId, 'POST', '/conversations/suggestions', {
    employeeId,
    kind: 'annual',
  });
  const booked = await s.call<{ conversation: Conversation }>(leaderId, 'POST', '/conversations', {
    employeeId,
    kind: 'annual',
    start: body.slots[opts.slot]!.start,
    location: null,
    online: true,
  });
  if (booked.status !== 201 && booked.status !== 200) throw new Error(`booking: ${JSON.stringify(booked)}`);
  const conversation = booked.body.conversation;
  const path = `/conversations/${conversation.id}/referat`;
  let view = (await s.call<ReferatView>(leaderId, 'GET', path)).body;
  const patch = async (change: unknown) => {
    const res = await fetch(`${s.stack.url}/api${path}`, {
      method: 'PATCH',
      headers: {
        authorization: `Bearer ${await s.token(leaderId)}`,
        'content-type': 'application/json',
        'if-match': view.etag,
      },
      body: JSON.stringify(change),
    });
    if (res.status !== 200) throw new Error(`patch ${res.status}: ${await res.text()}`);
    view = (await res.json()) as ReferatView;
  };
  await patch({ type: 'private-notes', notes: { text: NOTES } });
  await patch({ type: 'section', sectionId: view.referat.sections[0]!.sectionId, agreedText: AGREED });
  await patch({
    type: 'add-action',
    action: {
      id: 'a1',
      what: 'Prosjektlederkurs',
      responsibleId: employeeId,
      responsibleName: 'Medarbeideren',
      deadline: '2027-04-01',
      sharedNeed: false,
    },
  });
  if (opts.sign === false) return conversation;
  for (const who of [leaderId, employeeId]) {
    const signed = await s.call(who, 'POST', `${path}/approve`, { contentHash: view.contentHash });
    if (signed.status !== 200) throw new Error(`approve: ${JSON.stringify(signed)}`);
  }
  if (opts.file) await processArchiveOutbox(s.stack.archiveDeps, { owner: 'test' });
  return conversation;
}

/** `samtale …` with the server's storage settings, as an operator would run it; stdout, stderr and exit code. */
export async function samtale(s: Scheduling, args: string[], files = new Map<string, string>()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: async (file) => {
      const text = files.get(file);
      if (text === undefined) throw new Error(`no such file ${file}`);
      return text;
    },
    writeFile: async (file, bytes) => void files.set(file, new TextDecoder().decode(bytes)),
    env: {
      SAMTALE_STORAGE_CONNECTION_STRING: s.stack.storeConnection.connectionString,
      SAMTALE_TABLE_PREFIX: s.stack.storeConnection.tablePrefix,
    },
  });
  return { code, stdout, stderr, files };
}
