// A notice by e-mail, where Teams cannot reach the person (issue 5 item 5): the same content with a link to
// the tab, from the conductor's mailbox so a reply reaches the leader. Samtale's mail permissions are limited
// to the leaders' group (docs/deploy.md), so a conductor outside it (a deputy the conversation was handed to)
// is refused with 403: the mail then goes from the leader above them, and, when no mailbox up the line may
// send, the notice is recorded as failed with why, instead of being tried again for a day.
// The mail is keyed by the notice, so a try after a lost answer or a crash finds it sent and sends nothing.
// Its copy in the sender's Sent Items is scheduled for removal once the notice is recorded as mailed
// (notice-outbox.ts, completeNotice; the queue in mail-copy-removals.ts), like the referat copy: an
// action-deadline reminder carries the title of an action from the signed plan (offl. § 13), the sender may
// be the leader above, who is no party to the conversation, and a copy in a mailbox is out of reach of
// Samtale's retention and deletion. No Samtale mail leaves a copy in any mailbox.
import { languageFromLocale } from '../core/language';
import type { AddressedNotice } from '../core/notices';
import { MailSenderRefusedError } from '../ports/mailer';
import type { DeliveryDeps, NoticeMail } from './delivery-deps';
import type { NoticeOutcome } from './notice-outbox';

/** mailboxes above the conductor tried after a refusal: their leader, and that leader's */
const SENDERS_ABOVE = 2;

export async function deliverByMail(
  deps: DeliveryDeps,
  notice: AddressedNotice,
  reason: string,
  lastTry: boolean,
): Promise<NoticeOutcome> {
  if (!deps.mailer) return { status: 'failed', detail: `${reason}; no e-mail configured` };
  const person = await deps.directory.getPerson(notice.recipientId);
  if (!person?.mail) return { status: 'failed', detail: `${reason}; no mailbox` };
  const mail = await deps.renderer.mail(notice, person, languageFromLocale(person.preferredLanguage));
  if (!mail) return { status: 'dropped', detail: 'nothing to say any more' };
  const refused: string[] = [];
  for (let sender: string | null = mail.fromUserId; sender;) {
    try {
      const key = mailKeyOf(notice);
      await deps.mailer.sendMail({ ...mail, fromUserId: sender, key });
      const detail = refused.length ? `${reason}; ${refused.join('; ')}` : reason;
      return { status: 'mailed', detail, mail: { fromUserId: sender, key } };
    } catch (error) {
      if (!(error instanceof MailSenderRefusedError)) {
        if (lastTry) return { status: 'failed', detail: `${reason}; e-mail failed: ${firstLine(error)}` };
        throw error;
      }
      refused.push(`mailbox ${sender} refused (${error.status})`);
      sender = refused.length > SENDERS_ABOVE ? null : await leaderAbove(deps, sender, mail);
    }
  }
  return { status: 'failed', detail: `${reason}; no mailbox may send it: ${refused.join('; ')}` };
}

/** the notice's key is unique across the outbox (its row key), so it names this one mail */
function mailKeyOf(notice: AddressedNotice): string {
  return `notice:${notice.key}`;
}

async function leaderAbove(deps: DeliveryDeps, userId: string, mail: NoticeMail): Promise<string | null> {
  const above = await deps.directory.getManager(userId);
  return above && above.id !== mail.fromUserId ? above.id : null;
}

function firstLine(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
}
