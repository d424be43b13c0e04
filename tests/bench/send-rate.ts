// Benchmark: how fast the notice delivery worker gets a morning's reminders out under Teams' limits (issue 5:
// goal ≥ 45 a second, none lost, none twice). The real worker (app/deliver-notices: lease, SendPacer, retries)
// sends through the real Messenger adapter on the Teams SDK's client to the local Bot Connector, which answers
// 429 past Teams' published windows by its own arithmetic, so a pacer that sends too fast is slowed and caught
// here rather than trusted. Real clock and sleeps; the memory store, since the rate is the pacer's and the
// connector's, not the store's. The renderer builds the real reminder card without reading conversation state
// (that lookup is measured by the sweep and API benches): the summary carries the notice key, so the connector's
// log tells each notice apart.
import { createMemoryStore } from '../../src/adapters/memory/memory-store';
import { botApiClient, createTeamsMessenger } from '../../src/adapters/bot/teams-messenger';
import { saveChatReference } from '../../src/app/chat-references-repo';
import { deliverNotices, type DeliveryDeps, type NoticeRenderer } from '../../src/app/deliver-notices';
import { enqueueNotices, listPendingNotices } from '../../src/app/notice-outbox';
import { reminderCard } from '../../src/cards/reminder';
import { noticeKey, type AddressedNotice, type Notice } from '../../src/core/notices';
import { teamsPacer } from '../../src/core/pacing';
import { startBotConnector } from '../../src/demo/bot-connector/server';
import type { Directory } from '../../src/ports/directory';
import type { BenchResult } from './types';

const TENANT = '5e0c1a7e-0000-4000-8000-000000000001';
/** people who get one reminder each, and leaders who get several into the same chat (the 7/s per chat) */
const SINGLE = 1_200;
const LEADERS = 30;
const PER_LEADER = 10;

const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, '0')}`;

function noticesFor(): AddressedNotice[] {
  const out: AddressedNotice[] = [];
  const add = (recipientId: string, notice: Notice) =>
    out.push({ recipientId, key: noticeKey(recipientId, notice), notice });
  for (let i = 0; i < SINGLE; i++) {
    const id = uuid(i + 1);
    add(id, {
      type: 'reminder',
      reminder: 'checklist-item-due',
      personId: id,
      itemId: 'id-card',
      due: '2026-12-03',
    });
  }
  for (let l = 0; l < LEADERS; l++) {
    const leader = uuid(100_000 + l);
    for (let n = 0; n < PER_LEADER; n++)
      add(leader, {
        type: 'reminder',
        reminder: 'checklist-item-due',
        personId: uuid(200_000 + l * PER_LEADER + n),
        itemId: 'workplace',
        due: '2026-12-03',
      });
  }
  return out;
}

const renderer: NoticeRenderer = {
  async chat(notice, language) {
    const card = reminderCard(
      {
        reminder: 'checklist-item-due',
        item: 'Adgangskort',
        due: '2026-12-03',
        openUrl: 'https://samtale.example/',
      },
      language,
    );
    return { card, summary: notice.key };
  },
  mail: async () => null,
};

const directory: Directory = {
  getPerson: async () => null,
  getManager: async () => null,
  listDirectReports: async () => [],
  listPeople: async () => [],
};

export async function benchSendRate(): Promise<BenchResult[]> {
  const connector = await startBotConnector();
  try {
    const store = createMemoryStore();
    const notices = noticesFor();
    const recipients = [...new Set(notices.map((n) => n.recipientId))];
    for (const userId of recipients)
      await saveChatReference(store, {
        userId,
        conversationId: `a:chat-${userId}`,
        serviceUrl: connector.url,
        tenantId: TENANT,
        locale: 'nb-NO',
      });
    const clock = { now: () => new Date() };
    await enqueueNotices(store, notices, clock.now());
    const client = botApiClient({ serviceUrl: connector.url, token: async () => 'bench-token' });
    const deps: DeliveryDeps = {
      store,
      clock,
      directory,
      messenger: createTeamsMessenger({ client }),
      renderer,
      mailer: null,
      teamsApps: null,
      serviceUrl: connector.url,
      tenantId: TENANT,
      // kept across passes, as the server's delivery timer keeps it
      pacer: teamsPacer(),
    };

    const started = performance.now();
    let failed = 0;
    let retried = 0;
    // passes until the outbox is empty, as the timer would run them; a notice waiting on a backoff is due
    // again after its pause, so a short sleep between passes stands in for the timer's kick
    for (;;) {
      const counts = await deliverNotices(deps, { owner: 'bench' });
      failed += counts.failed;
      retried += counts.retried;
      if ((await listPendingNotices(store)).length === 0) break;
      if (performance.now() - started > 120_000) throw new Error('notices still pending after 2 minutes');
      await new Promise((r) => setTimeout(r, 50));
    }
    const seconds = (performance.now() - started) / 1000;

    const seen = new Map<string, number>();
    for (const a of connector.activities()) {
      if (a.update) continue;
      const key = String(a.activity.summary);
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    const lost = notices.filter((n) => !seen.has(n.key)).length;
    const twice = [...seen.values()].filter((count) => count > 1).length;
    const stats = connector.stats();
    return [
      { name: 'send_rate_per_s', value: Math.round((notices.length / seconds) * 10) / 10, unit: 'msg/s' },
      { name: 'send_notices', value: notices.length, unit: 'notices' },
      { name: 'send_lost', value: lost + failed, unit: 'notices' },
      { name: 'send_duplicated', value: twice, unit: 'notices' },
      // answered 429 by the connector: the pacer's own windows should keep this at 0
      { name: 'send_throttled', value: stats.throttled, unit: 'requests' },
      { name: 'send_retried', value: retried, unit: 'notices' },
    ];
  } finally {
    await connector.close();
  }
}
