// The load test's leaders, in a worker thread of their own so that making requests does not steal the
// server's event loop (the figure would then be the client's). Each leader does what the tab does: opens the
// overview (team and conversations at once), opens the conversation's referat, then writes it: the tab saves
// 800 ms after the last keystroke and one save at a time (src/tab/conversation/useReferat.ts), so between two
// saves there is a stretch of typing and then that pause. After a few saves the leader goes back to the
// overview. fetch in a worker rather than autocannon: every leader has its own token and follows its own
// ETag from save to save, which autocannon's fixed request lists do not do.
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadLeader {
  token: string;
  conversationId: string;
  sectionId: string;
  etag: string;
}

export interface LoadPlan {
  url: string;
  leaders: LoadLeader[];
  /** the leaders arrive spread over this long; only requests started after it are timed */
  rampMs: number;
  /** how long all of them work together after the ramp */
  durationMs: number;
  /** typing before each autosave, drawn between min and max; the tab's 800 ms pause comes on top */
  typingMs: { min: number; max: number };
  /** the tab's autosave delay after the last keystroke */
  autosaveDelayMs: number;
  savesPerOverview: number;
}

export interface LoadReport {
  latenciesMs: number[];
  /** the same, per "METHOD route", to see which one is slow */
  latenciesByRoute: Record<string, number[]>;
  /** count per "METHOD route status", e.g. "PATCH referat 200" */
  outcomes: Record<string, number>;
  /**
   * Every answer other than 200 and every socket error or timeout: 5xx, 429 (the rate limit must not bite
   * leaders working at this pace), 401/403/404 (each leader uses its own token on its own conversation) and
   * 409 (only the leader saves its referat, one save at a time on the ETag of the last, so a conflict is a
   * lost ETag, not a co-author)
   */
  errors: number;
  /** the 409s among the errors: the leader then reads the referat again and goes on, as the tab does */
  conflicts: number;
  firstErrors: string[];
  elapsedMs: number;
}

// a small deterministic generator (mulberry32): the same pauses every run
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(plan: LoadPlan): Promise<LoadReport> {
  const report: LoadReport = {
    latenciesMs: [],
    latenciesByRoute: {},
    outcomes: {},
    errors: 0,
    conflicts: 0,
    firstErrors: [],
    elapsedMs: 0,
  };
  const started = performance.now();
  const measuredFrom = started + plan.rampMs;
  const end = measuredFrom + plan.durationMs;

  async function request(
    leader: LoadLeader,
    method: string,
    route: string,
    path: string,
    expected: number[],
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response | null> {
    const t0 = performance.now();
    try {
      const res = await fetch(`${plan.url}/api${path}`, {
        method,
        headers: {
          authorization: `Bearer ${leader.token}`,
          'x-samtale-surface': 'tab',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      if (t0 >= measuredFrom) {
        report.latenciesMs.push(ms);
        (report.latenciesByRoute[`${method} ${route}`] ??= []).push(ms);
      }
      const key = `${method} ${route} ${res.status}`;
      report.outcomes[key] = (report.outcomes[key] ?? 0) + 1;
      if (res.status === 409) report.conflicts++;
      if (!expected.includes(res.status)) {
        report.errors++;
        if (report.firstErrors.length < 5) report.firstErrors.push(`${key}: ${text.slice(0, 200)}`);
      }
      return new Response(text, { status: res.status, headers: res.headers });
    } catch (error) {
      if (t0 >= measuredFrom) report.latenciesMs.push(performance.now() - t0);
      report.errors++;
      if (report.firstErrors.length < 5) report.firstErrors.push(`${method} ${route}: ${String(error)}`);
      return null;
    }
  }

  async function leaderLoop(leader: LoadLeader, index: number) {
    const next = random(index + 1);
    const typing = () => plan.typingMs.min + next() * (plan.typingMs.max - plan.typingMs.min);
    const referat = `/conversations/${encodeURIComponent(leader.conversationId)}/referat`;
    // people open Samtale one after another, not all in one second: a login storm is another test
    await sleep(next() * plan.rampMs);
    for (let round = 0; performance.now() < end; round++) {
      await Promise.all([
        request(leader, 'GET', 'team', '/team', [200]),
        request(leader, 'GET', 'conversations', '/conversations', [200]),
      ]);
      const opened = await request(leader, 'GET', 'referat', referat, [200]);
      leader.etag = opened?.headers.get('etag') ?? leader.etag;
      for (let save = 0; save < plan.savesPerOverview && performance.now() < end; save++) {
        await sleep(typing() + plan.autosaveDelayMs);
        if (performance.now() >= end) break;
        const change = {
          type: 'section',
          sectionId: leader.sectionId,
          agreedText: `Runde ${round}, lagring ${save}: målene er nådd, og vi følger opp kurset i vår.`,
        };
        const saved = await request(leader, 'PATCH', 'referat', referat, [200], change, {
          'if-match': leader.etag,
        });
        if (saved?.status === 409) {
          const fresh = await request(leader, 'GET', 'referat', referat, [200]);
          leader.etag = fresh?.headers.get('etag') ?? leader.etag;
        } else if (saved?.status === 200) leader.etag = saved.headers.get('etag') ?? leader.etag;
      }
    }
  }

  await Promise.all(plan.leaders.map((leader, i) => leaderLoop(leader, i)));
  report.elapsedMs = performance.now() - measuredFrom;
  return report;
}

if (parentPort && workerData) {
  const port = parentPort;
  run(workerData as LoadPlan).then(
    (report) => port.postMessage(report),
    (error: unknown) => port.postMessage({ failed: String(error) }),
  );
}
