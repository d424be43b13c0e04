// The Graph mailer's branches, against a scripted Graph: each try looks the key up first and does only what
// is left (nothing, send the draft, or create and send), so a lost answer is never a second mail; a mailbox
// that refuses us is told apart from a message that is gone.
import { Client } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import { describe, expect, it } from 'vitest';
import { GraphRequestError } from '../../../../src/adapters/graph/errors';
import { createGraphMailer, MAIL_KEY_PROPERTY } from '../../../../src/adapters/graph/mailer';
import { MailSenderRefusedError, type OutgoingMail } from '../../../../src/ports/mailer';

interface Call {
  method: string;
  /** the path and query, decoded */
  url: string;
  body: unknown;
}
type Answer = { status: number; body?: unknown };

/** a Graph client whose every request `answer` answers; the calls in order */
function scripted(answer: (call: Call) => Answer) {
  const calls: Call[] = [];
  const graph: Middleware = {
    async execute(context: Context) {
      const url = new URL(typeof context.request === 'string' ? context.request : context.request.url);
      const raw = context.options?.body;
      const call = {
        method: context.options?.method ?? 'GET',
        url: decodeURIComponent(url.pathname + url.search),
        body: typeof raw === 'string' ? (JSON.parse(raw) as unknown) : null,
      };
      calls.push(call);
      const { status, body } = answer(call);
      // as Graph: a 202 or 204 comes without a body and without a content type
      context.response =
        body === undefined
          ? new Response(null, { status })
          : new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    },
  };
  const client = Client.initWithMiddleware({ middleware: graph, baseUrl: 'https://graph.test/' });
  return { mailer: createGraphMailer({ client }), calls };
}

const error = (status: number, code: string): Answer => ({
  status,
  body: { error: { code, message: code } },
});
const found = (...messages: { id: string; isDraft: boolean }[]): Answer => ({
  status: 200,
  body: { value: messages },
});
const isLookUp = (c: Call) => c.method === 'GET' && c.url.startsWith('/v1.0/users/leader-1/messages?');
const route = (c: Call) => `${c.method} ${c.url.split('?')[0]}`;

const mail: OutgoingMail = {
  fromUserId: 'leader-1',
  to: { mail: 'anne@fjordvik.kommune.no', name: 'Anne' },
  subject: 'Referat',
  html: '<p>Referat</p>',
  attachments: [{ name: 'referat.pdf', contentType: 'application/pdf', bytes: new Uint8Array([37, 80, 68]) }],
  key: "archive:c-1:copy'1",
};

describe('sendMail', () => {
  it('nothing under the key: makes the draft with the key and the attachment inline, then sends it', async () => {
    const { mailer, calls } = scripted((c) =>
      isLookUp(c) ? found() : c.url.endsWith('/send') ? { status: 202 } : { status: 201, body: { id: 'd1' } },
    );
    await mailer.sendMail(mail);
    expect(calls.map(route)).toEqual([
      'GET /v1.0/users/leader-1/messages',
      'POST /v1.0/users/leader-1/messages',
      'POST /v1.0/users/leader-1/messages/d1/send',
    ]);
    // the key found by our property, its quote doubled as OData writes it
    expect(calls[0]!.url).toContain(
      `$filter=singleValueExtendedProperties/Any(ep: ep/id eq '${MAIL_KEY_PROPERTY}' and ep/value eq 'archive:c-1:copy''1')`,
    );
    expect(calls[0]!.url).toContain('$select=id,isDraft');
    expect(calls[1]!.body).toMatchObject({
      subject: 'Referat',
      toRecipients: [{ emailAddress: { address: 'anne@fjordvik.kommune.no', name: 'Anne' } }],
      attachments: [
        { '@odata.type': '#microsoft.graph.fileAttachment', name: 'referat.pdf', contentBytes: 'JVBE' },
      ],
      singleValueExtendedProperties: [{ id: MAIL_KEY_PROPERTY, value: mail.key }],
    });
  });

  it('sent already under the key (an earlier try whose answer was lost): sends nothing', async () => {
    const { mailer, calls } = scripted(() =>
      found({ id: 'd1', isDraft: true }, { id: 's1', isDraft: false }),
    );
    await mailer.sendMail(mail);
    expect(calls.map(route)).toEqual(['GET /v1.0/users/leader-1/messages']);
  });

  it('a draft under the key (its creation answered too late): sends that draft, makes no other', async () => {
    const { mailer, calls } = scripted((c) =>
      isLookUp(c) ? found({ id: 'd1', isDraft: true }) : { status: 202 },
    );
    await mailer.sendMail(mail);
    expect(calls.map(route)).toEqual([
      'GET /v1.0/users/leader-1/messages',
      'POST /v1.0/users/leader-1/messages/d1/send',
    ]);
  });

  it('the draft gone when sending it: done if it was sent meanwhile, else a failure to retry', async () => {
    // first the draft; looked up again after the failed send, the sent message
    const lookUps = [found({ id: 'd1', isDraft: true }), found({ id: 's1', isDraft: false })];
    const sentMeanwhile = scripted((c) => (isLookUp(c) ? lookUps.shift()! : error(404, 'ErrorItemNotFound')));
    await sentMeanwhile.mailer.sendMail(mail);
    expect(sentMeanwhile.calls.map(route)).toEqual([
      'GET /v1.0/users/leader-1/messages',
      'POST /v1.0/users/leader-1/messages/d1/send',
      'GET /v1.0/users/leader-1/messages',
    ]);

    const gone = scripted((c) =>
      isLookUp(c) ? found({ id: 'd1', isDraft: true }) : error(404, 'ErrorItemNotFound'),
    );
    const failure = await gone.mailer.sendMail(mail).catch((e: unknown) => e);
    // not the mailbox refusing: another sender would not help, the next try will
    expect(failure).toBeInstanceOf(GraphRequestError);
    expect(failure).not.toBeInstanceOf(MailSenderRefusedError);
  });

  it('the mailbox refusing us (403) or having no mailbox (404) is MailSenderRefusedError', async () => {
    const denied = scripted(() => error(403, 'ErrorAccessDenied'));
    await expect(denied.mailer.sendMail(mail)).rejects.toMatchObject({
      name: 'MailSenderRefusedError',
      status: 403,
      fromUserId: 'leader-1',
    });
    const noMailbox = scripted((c) => (isLookUp(c) ? found() : error(404, 'MailboxNotEnabledForRESTAPI')));
    await expect(noMailbox.mailer.sendMail(mail)).rejects.toMatchObject({
      name: 'MailSenderRefusedError',
      status: 404,
    });
    const sendDenied = scripted((c) =>
      isLookUp(c) ? found({ id: 'd1', isDraft: true }) : error(403, 'ErrorAccessDenied'),
    );
    await expect(sendDenied.mailer.sendMail(mail)).rejects.toBeInstanceOf(MailSenderRefusedError);
  });
});

describe('discardSentCopy', () => {
  it('deletes for good every message under the key, and takes one already gone as done', async () => {
    const { mailer, calls } = scripted((c) =>
      isLookUp(c)
        ? found({ id: 's1', isDraft: false }, { id: 'd2', isDraft: true })
        : c.url.includes('/s1/')
          ? error(404, 'ErrorItemNotFound')
          : { status: 204 },
    );
    await mailer.discardSentCopy('leader-1', mail.key);
    expect(calls.map(route)).toEqual([
      'GET /v1.0/users/leader-1/messages',
      'POST /v1.0/users/leader-1/messages/s1/permanentDelete',
      'POST /v1.0/users/leader-1/messages/d2/permanentDelete',
    ]);
  });

  it('nothing under the key: nothing to do; Graph failing: the caller retries', async () => {
    const none = scripted(() => found());
    await none.mailer.discardSentCopy('leader-1', mail.key);
    expect(none.calls).toHaveLength(1);
    const down = scripted((c) =>
      isLookUp(c) ? found({ id: 's1', isDraft: false }) : error(503, 'ServiceNotAvailable'),
    );
    await expect(down.mailer.discardSentCopy('leader-1', mail.key)).rejects.toMatchObject({ status: 503 });
  });
});
