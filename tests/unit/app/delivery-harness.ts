// The delivery worker's test world: the memory store, a fake Teams that records what it is sent, a mailer that
// records mails and removed copies, the mail copy queue beside the worker (as the notice timer runs it), and
// a clock that only moves when a test (or a sleep) moves it.
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import type { DeliveryDeps } from '../../../src/app/deliver-notices';
import { processCopyRemovals } from '../../../src/app/mail-copy-removals';
import { enqueueNotices } from '../../../src/app/notice-outbox';
import { noticeKey, type AddressedNotice, type Notice } from '../../../src/core/notices';
import type { Directory, DirectoryPerson } from '../../../src/ports/directory';
import type { OutgoingMail } from '../../../src/ports/mailer';
import type { ChatMessage, ChatReference, Messenger } from '../../../src/ports/messenger';
import type { Store } from '../../../src/ports/store';

export const TENANT = 'tenant-1';
export const ANNE = '11111111-1111-4111-8111-111111111111';
export const START = new Date('2026-11-23T07:00:00.000Z');

export const person = (id: string): DirectoryPerson => ({
  id,
  displayName: 'Anne Aas',
  givenName: 'Anne',
  surname: 'Aas',
  mail: 'anne@fjordvik.kommune.no',
  jobTitle: 'Sykepleier',
  department: 'Helse',
  employeeNumber: null,
  startDate: null,
  endDate: null,
  employeeType: null,
  positionPercent: null,
  preferredLanguage: 'nn-NO',
});

export const directory: Directory = {
  getPerson: async (id) => person(id),
  getManager: async () => null,
  listDirectReports: async () => [],
  listPeople: async () => [],
};

export const chatOf = (userId: string, conversationId = `chat-${userId}`): ChatReference => ({
  userId,
  conversationId,
  serviceUrl: 'https://smba.example/teams/',
  tenantId: TENANT,
  locale: 'nb-NO',
});

export interface Sent {
  chat: ChatReference;
  message: ChatMessage;
  at: number;
}

export function harness(opts: { messenger?: (chat: ChatReference, sent: Sent[]) => Promise<void> } = {}) {
  let now = START.getTime();
  const sent: Sent[] = [];
  const mails: OutgoingMail[] = [];
  /** copies removed, as `mailbox/key` */
  const removed: string[] = [];
  const sleeps: number[] = [];
  const languages: string[] = [];
  const messenger: Messenger = {
    async send(chat, message) {
      await opts.messenger?.(chat, sent);
      sent.push({ chat, message, at: now });
      return { activityId: `activity-${sent.length}` };
    },
    async update() {},
  };
  const store = createMemoryStore();
  const deps: DeliveryDeps = {
    store,
    clock: { now: () => new Date(now) },
    directory,
    messenger,
    renderer: {
      chat: async (n, language) => {
        languages.push(language);
        return n.notice.type === 'invitation' && n.notice.conversationId === 'cancelled'
          ? null
          : {
              card: { type: 'AdaptiveCard', version: '1.5', body: [] },
              summary: `${n.notice.type} ${language}`,
            };
      },
      mail: async (n, recipient, language) => ({
        fromUserId: 'leader-1',
        to: { mail: recipient.mail, name: recipient.displayName },
        subject: `${n.notice.type} ${language}`,
        html: '<p>Samtale</p>',
        attachments: [],
      }),
    },
    mailer: {
      sendMail: async (mail) => void mails.push(mail),
      discardSentCopy: async (from, key) => void removed.push(`${from}/${key}`),
    },
    teamsApps: null,
    serviceUrl: 'https://smba.trafficmanager.net/teams/',
    tenantId: TENANT,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
  /** one pass of the mail copy queue on the worker's store, clock and (current) mailer */
  const removeCopies = (owner = 'a') =>
    processCopyRemovals(
      { store: deps.store, clock: deps.clock, mailer: deps.mailer!, random: deps.random },
      { owner },
    );
  return {
    deps,
    store,
    sent,
    mails,
    removed,
    sleeps,
    languages,
    advance: (ms: number) => (now += ms),
    removeCopies,
  };
}

export const invitation = (conversationId: string, recipientId = ANNE): AddressedNotice => {
  const notice: Notice = { type: 'invitation', conversationId };
  return { recipientId, key: noticeKey(recipientId, notice), notice };
};

export async function queue(store: Store, notices: AddressedNotice[]) {
  await enqueueNotices(store, notices, START);
}
