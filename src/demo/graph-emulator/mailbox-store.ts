// The messages in each user's mailbox, as far as Samtale makes them: drafts, and what sending a draft leaves
// in Sent Items. Like Exchange, sending deletes the draft and puts a copy under a new id in Sent Items
// (microsoftgraph/microsoft-graph-docs#6250), extended properties included; the mail itself is recorded in
// `sent()` for tests, once per send.

export interface MessageContent {
  subject: string;
  body: { contentType: 'text' | 'html'; content: string };
  to: { address: string; name: string }[];
  attachments: { name: string; contentType: string; bytes: Uint8Array }[];
  /** single-value extended properties, id -> value */
  extended: Map<string, string>;
}

export interface StoredMessage extends MessageContent {
  id: string;
  /** the mailbox owner's object id */
  mailbox: string;
  folder: 'drafts' | 'sentitems';
  createdAt: number;
  sentAt: number | null;
}

export interface SentMail {
  /** the sending mailbox's object id */
  from: string;
  to: string[];
  subject: string;
  html: string;
  attachments: { name: string; contentType: string; bytes: Uint8Array }[];
}

/** a message as a test sees it in a mailbox */
export interface MailboxMessage {
  id: string;
  folder: 'drafts' | 'sentitems';
  subject: string;
  to: string[];
  hasAttachments: boolean;
}

export interface MailOutbox {
  /** every mail sent so far, oldest first: one entry per send */
  sent(): SentMail[];
  /** what the mailbox holds now (drafts and Sent Items), for tests that check nothing is left behind */
  messages(mailboxId: string): MailboxMessage[];
}

export interface MailboxStore extends MailOutbox {
  create(mailbox: string, content: MessageContent, now: number): StoredMessage;
  get(mailbox: string, id: string): StoredMessage | undefined;
  list(mailbox: string): StoredMessage[];
  /** sends a draft: the draft is gone, its copy in Sent Items returned */
  send(draft: StoredMessage, now: number): StoredMessage;
  remove(message: StoredMessage): void;
}

/** `newId`: Exchange item ids, which look alike for events and messages (index.ts passes the events') */
export function createMailboxStore(newId: () => string): MailboxStore {
  const byMailbox = new Map<string, Map<string, StoredMessage>>();
  const sent: SentMail[] = [];
  const box = (mailbox: string) => {
    let found = byMailbox.get(mailbox);
    if (!found) byMailbox.set(mailbox, (found = new Map()));
    return found;
  };
  const put = (message: StoredMessage) => (box(message.mailbox).set(message.id, message), message);

  return {
    create: (mailbox, content, now) =>
      put({ ...content, id: newId(), mailbox, folder: 'drafts', createdAt: now, sentAt: null }),
    get: (mailbox, id) => byMailbox.get(mailbox)?.get(id),
    list: (mailbox) => [...(byMailbox.get(mailbox)?.values() ?? [])],
    send(draft, now) {
      box(draft.mailbox).delete(draft.id);
      sent.push({
        from: draft.mailbox,
        to: draft.to.map((r) => r.address),
        subject: draft.subject,
        html: draft.body.content,
        attachments: draft.attachments,
      });
      return put({ ...draft, id: newId(), folder: 'sentitems', sentAt: now });
    },
    remove: (message) => void byMailbox.get(message.mailbox)?.delete(message.id),
    sent: () => [...sent],
    messages: (mailboxId) =>
      [...(byMailbox.get(mailboxId)?.values() ?? [])].map((m) => ({
        id: m.id,
        folder: m.folder,
        subject: m.subject,
        to: m.to.map((r) => r.address),
        hasAttachments: m.attachments.length > 0,
      })),
  };
}
