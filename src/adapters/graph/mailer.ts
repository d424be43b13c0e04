// The Mailer port on Microsoft Graph: POST /users/{id}/sendMail with the attachments inline as
// fileAttachment (base64). App-only sending needs Mail.Send, which reaches every mailbox; IT narrows it to
// the leaders with an Exchange application access policy (RBAC for Applications).
import type { Client } from '@microsoft/microsoft-graph-client';
import { MailSenderRefusedError, type Mailer } from '../../ports/mailer';
import { toGraphRequestError } from './errors';

export function createGraphMailer(options: { client: Client }): Mailer {
  return {
    async sendMail(mail) {
      const path = `/users/${encodeURIComponent(mail.fromUserId)}/sendMail`;
      const message = {
        subject: mail.subject,
        body: { contentType: 'html', content: mail.html },
        toRecipients: [{ emailAddress: { address: mail.to.mail, name: mail.to.name } }],
        attachments: mail.attachments.map((a) => ({
          '@odata.type': '#microsoft.graph.fileAttachment',
          name: a.name,
          contentType: a.contentType,
          contentBytes: Buffer.from(a.bytes).toString('base64'),
        })),
      };
      try {
        // Not in Sent Items: the confidential referat is kept in the personnel folder, not in a mailbox
        // the leader may share with a deputy.
        await options.client.api(path).post({ message, saveToSentItems: false });
      } catch (error) {
        const failure = toGraphRequestError(error, '/users/{id}/sendMail');
        // 403 ErrorAccessDenied: outside the scope IT limits Mail.Send to; 404: no mailbox to send from
        if (failure.status === 403 || failure.status === 404)
          throw new MailSenderRefusedError(mail.fromUserId, failure.status, failure.message);
        throw failure;
      }
    },
  };
}
