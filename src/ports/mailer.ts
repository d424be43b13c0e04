// Sending e-mail on a leader's behalf (Microsoft Graph): the employee's copy of the signed referat (003:
// "kopi til medarbeider") and a notice where Teams cannot reach the person go from a leader's mailbox, so a
// reply reaches the leader.

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
  /**
   * the same for every try of one logical mail and different for any other mail from that mailbox, e.g. the
   * notice's key or the archive job's
   */
  key: string;
}

export interface Mailer {
  /**
   * Sends one e-mail with its attachments (together under 3 MB: Graph's request limit is 4 MB and the
   * attachments travel base64-encoded). Idempotent per key within the sender's mailbox: a call after a lost
   * answer or a crash finds the mail of the earlier call and sends nothing more. The sent mail stays in the
   * sender's Sent Items until discardSentCopy removes it.
   */
  sendMail(mail: OutgoingMail): Promise<void>;
  /**
   * Removes the sent mail with this key from the sender's mailbox for good; none there is done. Call it only
   * once the send is recorded: a sendMail with the same key after it finds nothing and sends again.
   */
  discardSentCopy(fromUserId: string, key: string): Promise<void>;
}

/**
 * The sending mailbox may not send: Graph answered 403 (Samtale's mail permissions are limited to the
 * leaders' group by an Exchange application access policy or RBAC for Applications, and this mailbox is
 * outside it) or 404 (no Exchange mailbox). Trying again will not change it; another mailbox may be allowed.
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
