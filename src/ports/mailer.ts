// Sending e-mail on a leader's behalf (Microsoft Graph sendMail): the employee's copy of the signed
// referat (003: "kopi til medarbeider") goes from the conductor's mailbox, so a reply reaches the leader.

export interface MailAttachment {
  /** the file name the recipient sees, e.g. "2026-11-30 Medarbeidersamtale.pdf" */
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface OutgoingMail {
  /** the Entra object id of the mailbox the mail is sent from */
  fromUserId: string;
  to: { mail: string; name: string };
  subject: string;
  /** the body as HTML; the caller escapes what it puts in */
  html: string;
  attachments: MailAttachment[];
}

export interface Mailer {
  /**
   * Sends one e-mail with its attachments (together under 3 MB: Graph's request limit is 4 MB and the
   * attachments travel base64-encoded). Not idempotent: calling it twice sends two mails.
   */
  sendMail(mail: OutgoingMail): Promise<void>;
}

/**
 * The sending mailbox may not send: Graph answered 403 (Mail.Send is limited to the leaders' group by an
 * Exchange application access policy or RBAC for Applications, and this mailbox is outside it) or 404 (no
 * Exchange mailbox). Trying again will not change it; another mailbox may be allowed.
 */
export class MailSenderRefusedError extends Error {
  constructor(
    readonly fromUserId: string,
    readonly status: 403 | 404,
    detail: string,
  ) {
    super(detail);
    this.name = 'MailSenderRefusedError';
  }
}
