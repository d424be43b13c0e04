// The Mailer port on Microsoft Graph, idempotent per key. Graph's sendMail takes no idempotency key, so a
// try whose answer was lost (or whose process died) had sent the mail, and the next try sent it again.
// Instead the mail is made as a draft in the sender's mailbox that carries the key in an extended property
// of ours, and then sent. Every try first looks the key up (/messages spans the mailbox's folders, Drafts
// and Sent Items alike) and does only what is left: a sent message, nothing; a draft, send it; none, create
// the draft and send it. A lost answer on any step is then safe to repeat. Exchange keeps a sent draft in
// Sent Items under a new id (microsoftgraph/microsoft-graph-docs#6250), which is why the key, not the id,
// finds it. Exchange sends after it has answered 202; both callers retry 30 s or more later (their
// backoff), so a draft that was sent has long left Drafts when the next try looks. App-only, this needs
// Mail.ReadWrite (draft, look-up, discard) and Mail.Send (send), which IT limits to the leaders' mailboxes in
// Exchange (docs/deploy.md).
import type { Client } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { MailSenderRefusedError, type Mailer, type OutgoingMail } from '../../ports/mailer';
import { toGraphRequestError, type GraphRequestError } from './errors';
import { findFilter, samtaleProperty } from './extended-property';

export const MAIL_KEY_PROPERTY = samtaleProperty('SamtaleMailKey');

const MESSAGES = '/users/{id}/messages';
const ZFound = z.object({ value: z.array(z.object({ id: z.string().min(1), isDraft: z.boolean() })) });
const ZCreated = z.object({ id: z.string().min(1) });

export interface GraphMailerOptions {
  client: Client;
  /** the extended property holding the key; default `String {our GUID} Name SamtaleMailKey` */
  keyPropertyId?: string;
}

export function createGraphMailer(options: GraphMailerOptions): Mailer {
  const { client } = options;
  const propertyId = options.keyPropertyId ?? MAIL_KEY_PROPERTY;
  const messages = (userId: string) => `/users/${encodeURIComponent(userId)}/messages`;
  const message = (userId: string, id: string) => `${messages(userId)}/${encodeURIComponent(id)}`;

  /** every message of the mailbox that carries the key, drafts and sent alike */
  const lookUp = (userId: string, key: string) =>
    call(userId, MESSAGES, async () => {
      const request = client
        .api(messages(userId))
        .filter(findFilter(propertyId, key))
        .select(['id', 'isDraft']);
      return ZFound.parse(await request.get()).value;
    });

  const createDraft = (mail: OutgoingMail) =>
    call(mail.fromUserId, MESSAGES, async () => {
      const created: unknown = await client.api(messages(mail.fromUserId)).post(draftOf(mail, propertyId));
      return ZCreated.parse(created).id;
    });

  // no body at all (Graph's send and permanentDelete take none); fetch then sends Content-Length: 0
  const send = async (userId: string, id: string) =>
    client.api(`${message(userId, id)}/send`).post(undefined);

  return {
    async sendMail(mail) {
      const from = mail.fromUserId;
      const found = await lookUp(from, mail.key);
      if (found.some((m) => !m.isDraft)) return; // an earlier try sent it
      const draftId = found[0]?.id ?? (await createDraft(mail));
      try {
        await send(from, draftId);
      } catch (error) {
        const failure = toGraphRequestError(error, `${MESSAGES}/{id}/send`);
        // The draft is gone: an earlier try's send went through after our look-up. Sent, it is done.
        if (isItemNotFound(failure) && (await lookUp(from, mail.key)).some((m) => !m.isDraft)) return;
        throw refusedOr(from, failure);
      }
    },

    async discardSentCopy(fromUserId, key) {
      // A draft with the key is removed too: one a lost create left behind holds the same content.
      for (const found of await lookUp(fromUserId, key)) {
        const path = `${message(fromUserId, found.id)}/permanentDelete`;
        try {
          // permanentDelete, not DELETE: Microsoft documents it as moving the message to the dumpster's
          // Purges folder, which Outlook cannot open; its DELETE page does not say where the message goes,
          // and clients report Deleted Items, which a deputy with access to the mailbox reads
          await client.api(path).post(undefined);
        } catch (error) {
          const failure = toGraphRequestError(error, `${MESSAGES}/{id}/permanentDelete`);
          if (!isItemNotFound(failure)) throw failure; // gone already: what we wanted
        }
      }
    },
  };
}

/** the body of POST /users/{id}/messages: the draft, with the attachments inline and our key */
export function draftOf(mail: OutgoingMail, propertyId: string): Record<string, unknown> {
  return {
    subject: mail.subject,
    body: { contentType: 'html', content: mail.html },
    toRecipients: [{ emailAddress: { address: mail.to.mail, name: mail.to.name } }],
    attachments: mail.attachments.map((a) => ({
      '@odata.type': '#microsoft.graph.fileAttachment',
      name: a.name,
      contentType: a.contentType,
      contentBytes: Buffer.from(a.bytes).toString('base64'),
    })),
    singleValueExtendedProperties: [{ id: propertyId, value: mail.key }],
  };
}

/** one mailbox request; the mailbox refusing us (403, or 404: no mailbox) as MailSenderRefusedError */
async function call<T>(userId: string, path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw refusedOr(userId, toGraphRequestError(error, path));
  }
}

// 403 ErrorAccessDenied: outside the scope IT limits the mail permissions to; 404: no mailbox to send from.
// A 404 for one message (ErrorItemNotFound) is about that message, not the mailbox.
function refusedOr(userId: string, failure: GraphRequestError): Error {
  if (failure.status === 403 || (failure.status === 404 && !isItemNotFound(failure)))
    return new MailSenderRefusedError(userId, failure.status, failure.message);
  return failure;
}

function isItemNotFound(failure: GraphRequestError): boolean {
  return failure.status === 404 && failure.graphCode === 'ErrorItemNotFound';
}
