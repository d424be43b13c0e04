// Messages in a user's mailbox, the calls the Graph mailer makes (src/adapters/graph/mailer.ts): create a
// draft (attachments inline, our extended property), find messages by that property, send a draft, and
// delete one for good. A message that is not there is Exchange's ErrorItemNotFound, not the directory's 404.
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import { parseExtendedFilter } from './extended-filter';
import type { MailboxStore, StoredMessage } from './mailbox-store';
import { contextUrl, pageOf, readQuery } from './odata';
import type { Tenant } from './tenant';

type C = Context<EmulatorEnv>;
const MESSAGE = 'microsoft.graph.message';
/** Graph's page of messages when the caller sends no $top */
const MESSAGES_PAGE = 10;

const ZRecipient = z.object({
  emailAddress: z.object({ address: z.string().email(), name: z.string().optional() }),
});
// Graph takes a draft without recipients; the product always addresses its drafts, so one is required here
const ZDraft = z.object({
  subject: z.string(),
  body: z.object({ contentType: z.enum(['text', 'html', 'Text', 'HTML']), content: z.string() }),
  toRecipients: z.array(ZRecipient).min(1),
  attachments: z
    .array(
      z.object({
        '@odata.type': z.literal('#microsoft.graph.fileAttachment'),
        name: z.string().min(1),
        contentType: z.string().min(1),
        contentBytes: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64'),
      }),
    )
    .optional(),
  singleValueExtendedProperties: z.array(z.object({ id: z.string().min(1), value: z.string() })).optional(),
});

export function registerMailRoutes(app: Hono<EmulatorEnv>, tenant: Tenant, store: MailboxStore): void {
  const owner = (c: C): string | Response => {
    const person = tenant.find(c.req.param('id') ?? '');
    return person ? person.id : notFound(c, c.req.param('id') ?? '');
  };
  const itemNotFound = (c: C) =>
    graphError(c, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
  /** the message the path names, or the answer when the mailbox or the message is not there */
  const messageOf = (c: C): StoredMessage | Response => {
    const mailbox = owner(c);
    if (mailbox instanceof Response) return mailbox;
    return store.get(mailbox, c.req.param('messageId') ?? '') ?? itemNotFound(c);
  };

  app.post('/v1.0/users/:id/messages', async (c) => {
    c.set('route', { path: '/v1.0/users/{id}/messages', requestType: MESSAGE, responseType: MESSAGE });
    const mailbox = owner(c);
    if (mailbox instanceof Response) return mailbox;
    const parsed = ZDraft.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      return graphError(c, 400, 'ErrorInvalidRequest', `Invalid message body: ${where}`);
    }
    const draft = store.create(mailbox, contentOf(parsed.data), Date.now());
    const context = contextUrl(c, `users('${mailbox}')/messages`, null, true);
    return c.json({ '@odata.context': context, ...toGraphMessage(draft) }, 201);
  });

  app.get('/v1.0/users/:id/messages', (c) => {
    c.set('route', { path: '/v1.0/users/{id}/messages', responseType: `Collection(${MESSAGE})` });
    const mailbox = owner(c);
    if (mailbox instanceof Response) return mailbox;
    const query = readQuery(c, MESSAGE, SELECTABLE);
    if (!query.ok) return query.response;
    let messages = store.list(mailbox);
    if (query.filter !== null) {
      const wanted = parseExtendedFilter(query.filter);
      if (!wanted) return unsupported(c, `$filter=${query.filter}`);
      // Graph compares the value without regard to case (its extended-properties documentation)
      const value = wanted.value.toLowerCase();
      messages = messages.filter((m) => m.extended.get(wanted.id)?.toLowerCase() === value);
    }
    const top = c.req.query('$top') === undefined ? MESSAGES_PAGE : query.top;
    const value = messages.map((m) => selected(toGraphMessage(m), query.select));
    const context = contextUrl(c, `users('${mailbox}')/messages`, query.select, false);
    return c.json(pageOf(c, value, { top, skip: query.skip }, context));
  });

  app.post('/v1.0/users/:id/messages/:messageId/send', (c) => {
    c.set('route', { path: '/v1.0/users/{id}/messages/{id}/send', responseType: null });
    const message = messageOf(c);
    if (message instanceof Response) return message;
    // Microsoft's reference documents no answer for this; Exchange's code for an operation the item's state
    // does not allow is taken (not checked against Graph itself). The product never sends a sent message.
    if (message.folder !== 'drafts')
      return graphError(c, 400, 'ErrorInvalidOperation', 'Only a draft message can be sent.');
    store.send(message, Date.now());
    return c.body(null, 202);
  });

  app.post('/v1.0/users/:id/messages/:messageId/permanentDelete', (c) => {
    c.set('route', { path: '/v1.0/users/{id}/messages/{id}/permanentDelete', responseType: null });
    const message = messageOf(c);
    if (message instanceof Response) return message;
    store.remove(message);
    return c.body(null, 204);
  });
}

function contentOf(draft: z.infer<typeof ZDraft>) {
  return {
    subject: draft.subject,
    body: {
      contentType: draft.body.contentType.toLowerCase() as 'text' | 'html',
      content: draft.body.content,
    },
    to: draft.toRecipients.map((r) => ({
      address: r.emailAddress.address,
      name: r.emailAddress.name ?? r.emailAddress.address,
    })),
    attachments: (draft.attachments ?? []).map((a) => ({
      name: a.name,
      contentType: a.contentType,
      bytes: new Uint8Array(Buffer.from(a.contentBytes, 'base64')),
    })),
    extended: new Map((draft.singleValueExtendedProperties ?? []).map((p) => [p.id, p.value])),
  };
}

function toGraphMessage(m: StoredMessage): Record<string, unknown> {
  const stamp = (ms: number) => new Date(ms).toISOString();
  const changeKey = Buffer.from(`${m.id}:${m.folder}`).toString('base64');
  return {
    '@odata.etag': `W/"${changeKey}"`,
    id: m.id,
    createdDateTime: stamp(m.createdAt),
    lastModifiedDateTime: stamp(m.sentAt ?? m.createdAt),
    changeKey,
    sentDateTime: m.sentAt === null ? null : stamp(m.sentAt),
    hasAttachments: m.attachments.length > 0,
    subject: m.subject,
    bodyPreview: m.body.content.replace(/<[^>]*>/g, '').slice(0, 255),
    importance: 'normal',
    isRead: true,
    isDraft: m.folder === 'drafts',
    body: m.body,
    toRecipients: m.to.map((r) => ({ emailAddress: { name: r.name, address: r.address } })),
  };
}

/** the properties toGraphMessage writes, which $select may name */
const SELECTABLE: ReadonlySet<string> = new Set([
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'sentDateTime',
  'hasAttachments',
  'subject',
  'bodyPreview',
  'importance',
  'isRead',
  'isDraft',
  'body',
  'toRecipients',
]);

/** Graph always adds the etag and the id to a $select answer */
function selected(full: Record<string, unknown>, select: string[] | null): Record<string, unknown> {
  if (!select) return full;
  return Object.fromEntries(['@odata.etag', 'id', ...select].map((name) => [name, full[name]] as const));
}

function unsupported(c: C, what: string): Response {
  return graphError(
    c,
    400,
    'ErrorInvalidUrlQuery',
    `The query option is not supported by the emulator: ${what}`,
  );
}
