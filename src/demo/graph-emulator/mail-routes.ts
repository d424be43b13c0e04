// POST /users/{id}/sendMail: accepted (202, no body) as Graph does, and kept in memory so tests can read
// what was sent, attachments decoded.
import type { Hono } from 'hono';
import { z } from 'zod';
import { graphError, notFound } from './errors';
import type { EmulatorEnv } from './exchange';
import type { Tenant } from './tenant';

const ZRecipient = z.object({
  emailAddress: z.object({ address: z.string().email(), name: z.string().optional() }),
});
const ZSendMail = z.object({
  message: z.object({
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
  }),
  saveToSentItems: z.boolean().optional(),
});

export interface SentMail {
  /** the sending mailbox's object id */
  from: string;
  to: string[];
  subject: string;
  html: string;
  saveToSentItems: boolean;
  attachments: { name: string; contentType: string; bytes: Uint8Array }[];
}

export interface MailOutbox {
  /** every mail accepted so far, oldest first */
  sent(): SentMail[];
}

export function registerMailRoutes(app: Hono<EmulatorEnv>, tenant: Tenant): MailOutbox {
  const sent: SentMail[] = [];
  app.post('/v1.0/users/:id/sendMail', async (c) => {
    c.set('route', { path: '/v1.0/users/{id}/sendMail', responseType: null });
    const sender = tenant.find(c.req.param('id'));
    if (!sender) return notFound(c, c.req.param('id'));
    const parsed = ZSendMail.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) {
      const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
      return graphError(c, 400, 'ErrorInvalidRequest', `Invalid sendMail body: ${where}`);
    }
    const { message, saveToSentItems } = parsed.data;
    sent.push({
      from: sender.id,
      to: message.toRecipients.map((r) => r.emailAddress.address),
      subject: message.subject,
      html: message.body.content,
      saveToSentItems: saveToSentItems ?? true,
      attachments: (message.attachments ?? []).map((a) => ({
        name: a.name,
        contentType: a.contentType,
        bytes: new Uint8Array(Buffer.from(a.contentBytes, 'base64')),
      })),
    });
    return c.body(null, 202);
  });
  return { sent: () => [...sent] };
}
