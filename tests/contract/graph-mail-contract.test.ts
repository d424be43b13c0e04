// Every mail request the Graph mailer sends and every answer the emulator gives (a draft with our extended
// property and a fileAttachment, the look-up by that property, the send, the permanent delete, and Graph's
// error answers) holds against Microsoft's Graph v1.0 metadata.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphClient } from '../../src/adapters/graph/client';
import { createGraphMailer, draftOf, MAIL_KEY_PROPERTY } from '../../src/adapters/graph/mailer';
import { emulatorToken, startGraphEmulator } from '../../src/demo/graph-emulator';
import type { GraphEmulator } from '../../src/demo/graph-emulator';
import type { OutgoingMail } from '../../src/ports/mailer';
import { createGraphRecorder } from './recorder';
import { IDS, smallMunicipality } from './small-municipality';

const recorder = createGraphRecorder();
let emulator: GraphEmulator;
const token = emulatorToken({ idtyp: 'app' });

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(new URL(path, emulator.url), {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
}

const mail = (key: string): OutgoingMail => ({
  fromUserId: IDS.leader,
  to: { mail: 'person11@testvik.kommune.no', name: 'Navn11 Etternavn11' },
  subject: 'Referat fra medarbeidersamtalen',
  html: '<p>Referatet ligger ved.</p>',
  attachments: [
    { name: 'referat.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68, 70]) },
  ],
  key,
});

beforeAll(async () => {
  emulator = await startGraphEmulator({ municipality: smallMunicipality(), onExchange: recorder.record });
});
afterAll(() => emulator.stop());

describe('Graph contract of the mailer and the emulator', () => {
  it('the adapter sends a keyed mail once, sends a draft a lost answer left, and removes a sent copy', async () => {
    const client = createGraphClient({ baseUrl: emulator.url, getToken: async () => token });
    const mailer = createGraphMailer({ client });
    await mailer.sendMail(mail('contract:1'));
    await mailer.sendMail(mail('contract:1')); // found sent: nothing more
    expect(emulator.mail.sent()).toHaveLength(1);
    expect(emulator.mail.sent()[0]).toMatchObject({
      from: IDS.leader,
      to: ['person11@testvik.kommune.no'],
      attachments: [{ name: 'referat.pdf', contentType: 'application/pdf' }],
    });

    // a draft whose creation answered too late: the next try finds it and sends it, and makes no other
    const draft = await call(
      'POST',
      `v1.0/users/${IDS.leader}/messages`,
      draftOf(mail('contract:2'), MAIL_KEY_PROPERTY),
    );
    expect(draft).toMatchObject({ status: 201, body: { isDraft: true, hasAttachments: true } });
    await mailer.sendMail(mail('contract:2'));
    expect(emulator.mail.sent()).toHaveLength(2);
    const folders = emulator.mail.messages(IDS.leader).map((m) => m.folder);
    expect(folders).toEqual(['sentitems', 'sentitems']);

    await mailer.discardSentCopy(IDS.leader, 'contract:1');
    await mailer.discardSentCopy(IDS.leader, 'contract:1'); // nothing left under the key: done
    expect(emulator.mail.messages(IDS.leader)).toHaveLength(1);
    await expect(
      mailer.sendMail({ ...mail('contract:3'), fromUserId: '00000000-0000-4000-8000-00000000dead' }),
    ).rejects.toMatchObject({ name: 'MailSenderRefusedError', status: 404 });
  });

  it("Graph's answers for what it refuses", async () => {
    const messages = `v1.0/users/${IDS.leader}/messages`;
    const [sent] = emulator.mail.messages(IDS.leader);
    // a sent message is not a draft; the draft's own id is gone (Sent Items holds a copy under a new id)
    expect(await call('POST', `${messages}/${encodeURIComponent(sent!.id)}/send`)).toMatchObject({
      status: 400,
      body: { error: { code: 'ErrorInvalidOperation' } },
    });
    expect(await call('POST', `${messages}/AAMkAGVtdWxhdG9yZ29uZQAA/permanentDelete`)).toMatchObject({
      status: 404,
      body: { error: { code: 'ErrorItemNotFound' } },
    });
    const filter = encodeURIComponent("subject eq 'Referat'");
    expect((await call('GET', `${messages}?$filter=${filter}`)).status).toBe(400);
    expect((await call('GET', `${messages}?$select=stillingsprosent`)).status).toBe(400);
    expect((await call('POST', messages, { subject: 'no body, nobody to send to' })).status).toBe(400);
  });

  it('every recorded request and response validates against the Graph CSDL', () => {
    console.log(`Mail requests checked against the CSDL:\n  ${recorder.checkedRequests().join('\n  ')}`);
    const routes = new Set(
      recorder.exchanges.filter((e) => e.status < 400).map((e) => `${e.method} ${e.path}`),
    );
    expect([...routes].sort()).toEqual([
      'GET /v1.0/users/{id}/messages',
      'POST /v1.0/users/{id}/messages',
      'POST /v1.0/users/{id}/messages/{id}/permanentDelete',
      'POST /v1.0/users/{id}/messages/{id}/send',
    ]);
    // the look-up asks for our property's value and only what it reads
    const lookUp = recorder.exchanges.find((e) => e.method === 'GET' && e.status === 200)!;
    expect(decodeURIComponent(lookUp.url)).toContain(`ep/id eq '${MAIL_KEY_PROPERTY}'`);
    expect(lookUp.url).toContain('$select=id,isDraft');
    recorder.assertAllValid();
  });
});
