import type { AddressedNotice } from '../core/notices';
import type { Language } from '../core/org';
import type { SendPacer } from '../core/pacing';
import type { Clock } from '../ports/clock';
import type { Directory, DirectoryPerson } from '../ports/directory';
import type { Mailer, OutgoingMail } from '../ports/mailer';
import type { ChatMessage, Messenger } from '../ports/messenger';
import type { Store } from '../ports/store';
import type { TeamsApps } from '../ports/teams-apps';

/** a notice's e-mail; the delivery worker gives it the notice's key */
export type NoticeMail = Omit<OutgoingMail, 'key'>;

/**
 * Turns a notice (ids only) into what the person reads. Implemented beside the bot (server/bot), where the
 * cards are; `app` never builds a card. Both return null when there is nothing to say any more (the
 * conversation was cancelled or is gone, the referat changed and a newer notice is on its way).
 */
export interface NoticeRenderer {
  /** the Adaptive Card and its summary, in the language */
  chat(notice: AddressedNotice, language: Language): Promise<ChatMessage | null>;
  /** the same content as an e-mail with a link to the tab, from a mailbox Samtale may send from */
  mail(notice: AddressedNotice, recipient: DirectoryPerson, language: Language): Promise<NoticeMail | null>;
}

/** What the delivery worker needs. */
export interface DeliveryDeps {
  store: Store;
  clock: Clock;
  directory: Directory;
  messenger: Messenger;
  renderer: NoticeRenderer;
  /** null: no e-mail fallback (the notice is recorded as failed when Teams cannot reach the person) */
  mailer: Mailer | null;
  /** installs Samtale for a person without it (reach); null: not available, e-mail instead */
  teamsApps: TeamsApps | null;
  /** the Bot Connector for a chat reach has just made (Teams gives the exact one in its conversationUpdate) */
  serviceUrl: string;
  tenantId: string;
  /** the rate limiter, kept across passes; default a new one per pass */
  pacer?: SendPacer;
  /** in [0, 1), as Math.random; tests pass a fixed one */
  random?: () => number;
  /** waits (pacing, a short retry); tests pass one that moves their clock */
  sleep?: (ms: number) => Promise<void>;
  leaseMs?: number;
}
