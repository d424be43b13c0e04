// DESIGN §6: every read and change of a conversation's content is logged: who, when, what, through which
// surface. The entry never holds the content itself, so HR can read the log without reading the conversation.
import { z } from 'zod';

export const ZAuditAction = z.enum([
  'read-referat',
  'edit-referat',
  'approve-referat',
  'read-preparation',
  'save-preparation',
  'submit-preparation',
  /** a signed action plan with its follow-up (Mine tiltak, or the conductor's view of one conversation) */
  'read-actions',
  /** done or the comment of one action; part is the action's id */
  'update-action',
  /** the employee's comment on the referat, sent from the card to the conductor instead of approving */
  'comment-referat',
  /** a card action refused (part: not-party or stale); nothing changed, nothing was shown */
  'refuse-card-action',
  /** the conversation was handed to another leader (002); part is the new conductor's id */
  'delegate-conversation',
  /** retention deleted a stored row (part: table and rule); the row's content is not in the entry */
  'delete-retention',
]);
export type AuditAction = z.infer<typeof ZAuditAction>;

/** Where the person acted: the Teams tab, the Outlook add-in, a card in Teams chat, or the API directly. */
export const ZSurface = z.enum(['tab', 'outlook', 'bot', 'api', 'cli']);
export type Surface = z.infer<typeof ZSurface>;
/** What a request may say it came from: `cli` is the operator's `samtale` command, never an HTTP caller. */
export const ZRequestSurface = ZSurface.exclude(['cli']);

/** The actor of what Samtale does by itself (retention): the nil UUID, which no Entra user has. */
export const SYSTEM_ACTOR = '00000000-0000-0000-0000-000000000000';

export const ZAuditEntry = z
  .object({
    at: z.string().datetime(),
    actorId: z.string().uuid(),
    conversationId: z.string().min(1),
    action: ZAuditAction,
    surface: ZSurface,
    /** for an edit: which part changed (a section id, "actions", "private-notes"), never its text */
    part: z.string().max(100).nullable(),
  })
  .strict();
export type AuditEntry = z.infer<typeof ZAuditEntry>;
