// What a person is told in Teams (or by e-mail when Teams cannot reach them), as the domain sees it: the
// kind of message and the ids it is about, never its rendered text. A use case or the reminder sweep stores
// a notice in the outbox under its key before anything is sent (DESIGN §2.8: each reminder is sent once);
// the delivery worker renders it in the recipient's language and sends it, so a retry never sends twice.
import { z } from 'zod';
import { ZIsoDate } from './org';

const ZId = z.string().min(1);

/** DESIGN §2.8: what the reminder sweep sends; one union of its own, since they share type 'reminder' */
export const ZReminderNotice = z.discriminatedUnion('reminder', [
  /** DESIGN §2.8: a side's preparation is missing two days before the meeting */
  z.object({ type: z.literal('reminder'), reminder: z.literal('preparation-missing'), conversationId: ZId }),
  /** DESIGN §2.8: the referat is still unsigned by the recipient three days after the meeting */
  z.object({ type: z.literal('reminder'), reminder: z.literal('referat-to-approve'), conversationId: ZId }),
  /** DESIGN §2.8: an action of a signed plan has its deadline near */
  z.object({
    type: z.literal('reminder'),
    reminder: z.literal('action-deadline-near'),
    conversationId: ZId,
    actionId: ZId,
  }),
  /** DESIGN §2.8, 000 3-5: an onboarding or exit checklist item is due */
  z.object({
    type: z.literal('reminder'),
    reminder: z.literal('checklist-item-due'),
    /** the new hire or leaver the checklist is for */
    personId: ZId,
    itemId: ZId,
    due: ZIsoDate,
  }),
]);

// A discriminated union keyed by type, with the reminders nested under their own key: zod refuses the
// same discriminator value ("reminder") twice in one flat union.
export const ZNotice = z.discriminatedUnion('type', [
  /** to the employee when the conversation is booked (000: "innkalling 1-2 uker i forveien") */
  z.object({ type: z.literal('invitation'), conversationId: ZId }),
  /** to the employee once the leader has approved the referat (DESIGN §2.6) */
  z.object({ type: z.literal('referat-to-approve'), conversationId: ZId }),
  /**
   * to the conductor when the employee acts (prepared, asked for another time, approved, or commented on
   * the referat from the card instead of approving it), or when another leader made them the conductor (a
   * shared round's co-conductor, 003; the leader a conversation was handed to, 002)
   */
  z.object({
    type: z.literal('leader-notification'),
    event: z.enum([
      'preparation-submitted',
      'other-time-requested',
      'referat-approved',
      'referat-commented',
      'conductor-assigned',
    ]),
    conversationId: ZId,
  }),
  ZReminderNotice,
]);
export type Notice = z.infer<typeof ZNotice>;

/** A notice addressed to one person, with the key that makes it go out once. */
export const ZAddressedNotice = z.object({
  /** the Entra object id of the person it is for */
  recipientId: z.string().uuid(),
  /**
   * the idempotency key: the same reminder for the same person and occasion gets the same key, so a second
   * sweep (or a second server instance) finds it stored and sends nothing. Only [A-Za-z0-9:._-].
   */
  key: z.string().regex(/^[A-Za-z0-9:._-]{1,200}$/),
  notice: ZNotice,
});
export type AddressedNotice = z.infer<typeof ZAddressedNotice>;

/**
 * The key of a notice for one recipient. `occasion` tells two sends of the same kind apart when both are
 * meant (a rebooked meeting's new invitation: its start; a reminder repeated daily would pass the day).
 */
export function noticeKey(recipientId: string, notice: Notice, occasion = ''): string {
  const parts: string[] = [notice.type];
  if (notice.type === 'leader-notification') parts.push(notice.event);
  if (notice.type === 'reminder') parts.push(notice.reminder);
  if ('conversationId' in notice) parts.push(notice.conversationId);
  if (notice.type === 'reminder' && notice.reminder === 'action-deadline-near') parts.push(notice.actionId);
  if (notice.type === 'reminder' && notice.reminder === 'checklist-item-due')
    parts.push(notice.personId, notice.itemId, notice.due);
  parts.push(recipientId);
  if (occasion) parts.push(occasion);
  return parts.map((p) => p.replace(/[^A-Za-z0-9._-]/g, '_')).join(':');
}
