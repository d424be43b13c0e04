// Pacing of bot messages under Teams' rate limits (DESIGN §8): a bot may post at most 7 messages a second
// into one conversation, and an app at most 50 requests a second per tenant. Teams answers 429 beyond
// that, so a sweep that finds 5,000 reminders at 08:00 must spread them out instead of firing them all.
//
// The pacer has no clock of its own: the caller passes its clock's `now` in milliseconds, asks how long to
// wait before sending into a conversation, and records the send when it goes. Sliding windows, not fixed
// buckets: 7 sends at 0.9 s and 7 more at 1.1 s are 14 within 0.2 s, which a fixed one-second bucket
// would allow and Teams would not.

/** At most `limit` sends in any span of `ms` milliseconds. */
export interface RateWindow {
  ms: number;
  limit: number;
}

export interface RateLimits {
  /** windows that apply to each conversation on its own */
  perConversation: readonly RateWindow[];
  /** windows that apply to every send of the app in this tenant together */
  perApp: readonly RateWindow[];
}

/**
 * Teams' published limits for a bot ("Optimize your bot with rate limiting in Teams"): per bot per thread
 * 7 per 1 s, 8 per 2 s, 60 per 30 s, 1,800 per 3,600 s; per app per tenant 50 requests per second. The
 * 2-second window is the one that bites in a burst: after the first 7, only one more may go in that
 * second, so 60 messages to one chat take about 15 s, not 9.
 */
export const TEAMS_BOT_LIMITS: RateLimits = {
  perConversation: [
    { ms: 1_000, limit: 7 },
    { ms: 2_000, limit: 8 },
    { ms: 30_000, limit: 60 },
    { ms: 3_600_000, limit: 1_800 },
  ],
  perApp: [{ ms: 1_000, limit: 50 }],
};

/**
 * How much sooner a send may arrive at Teams than it left here, relative to the one before it: the round
 * trip on a busy worker varies by tens of milliseconds. Measured with the send-rate bench against the local
 * Bot Connector (which counts arrivals as Teams does): without it 80 of 1,580 sends got a 429; with 50 ms, 7, at 47 a second.
 */
export const ARRIVAL_MARGIN_MS = 50;

/** The pacer the delivery worker uses: Teams' published limits, widened by the arrival margin. */
export function teamsPacer(): SendPacer {
  return new SendPacer(TEAMS_BOT_LIMITS, ARRIVAL_MARGIN_MS);
}

/** Send times of one conversation (or of the app), oldest first, with a hold set by a Retry-After. */
interface Track {
  sends: number[];
  holdUntil: number;
}

export class SendPacer {
  private readonly conversations = new Map<string, Track>();
  private readonly app: Track = { sends: [], holdUntil: 0 };
  private readonly longestConversationWindow: number;
  private readonly longestAppWindow: number;

  private readonly limits: RateLimits;

  /**
   * `marginMs` widens every window: the pacer counts a send when it leaves, Teams when it arrives, and two
   * sends 1,000 ms apart here can land 990 ms apart there (see teamsPacer).
   */
  constructor(limits: RateLimits = TEAMS_BOT_LIMITS, marginMs = 0) {
    const widen = (windows: readonly RateWindow[]) => windows.map((w) => ({ ...w, ms: w.ms + marginMs }));
    this.limits = { perConversation: widen(limits.perConversation), perApp: widen(limits.perApp) };
    this.longestConversationWindow = Math.max(0, ...this.limits.perConversation.map((w) => w.ms));
    this.longestAppWindow = Math.max(0, ...this.limits.perApp.map((w) => w.ms));
  }

  /** Milliseconds to wait before a send into this conversation may go; 0 means it may go now. */
  waitMs(now: number, conversationId: string): number {
    const track = this.conversations.get(conversationId);
    const forConversation = track ? waitFor(track, this.limits.perConversation, now) : 0;
    return Math.max(forConversation, waitFor(this.app, this.limits.perApp, now));
  }

  /** Records a send that goes now. Call it when waitMs said 0, in the same tick (no await in between). */
  record(now: number, conversationId: string): void {
    let track = this.conversations.get(conversationId);
    if (!track) this.conversations.set(conversationId, (track = { sends: [], holdUntil: 0 }));
    push(track, now, this.longestConversationWindow);
    push(this.app, now, this.longestAppWindow);
  }

  /**
   * Takes a send slot if there is one: 0 when the send may go now (and it is recorded), else the wait.
   * The usual call for a worker: `const wait = pacer.acquire(clock(), chat); if (wait) sleep(wait)`.
   */
  acquire(now: number, conversationId: string): number {
    const wait = this.waitMs(now, conversationId);
    if (wait === 0) this.record(now, conversationId);
    return wait;
  }

  /** Teams asked this conversation to wait (429 with Retry-After): nothing goes into it before `until`. */
  holdConversation(conversationId: string, until: number): void {
    let track = this.conversations.get(conversationId);
    if (!track) this.conversations.set(conversationId, (track = { sends: [], holdUntil: 0 }));
    track.holdUntil = Math.max(track.holdUntil, until);
  }

  /** Teams asked the whole app to wait: nothing goes anywhere before `until`. */
  holdAll(until: number): void {
    this.app.holdUntil = Math.max(this.app.holdUntil, until);
  }

  /**
   * Forgets conversations with nothing left in any window, so a sweep over 50,000 chats does not keep
   * 50,000 entries for an hour. Cheap enough to call every few thousand sends.
   */
  prune(now: number): void {
    for (const [id, track] of this.conversations) {
      dropOlder(track, now - this.longestConversationWindow);
      if (track.sends.length === 0 && track.holdUntil <= now) this.conversations.delete(id);
    }
    dropOlder(this.app, now - this.longestAppWindow);
  }

  /** how many conversations the pacer still tracks (for tests and the bench) */
  get trackedConversations(): number {
    return this.conversations.size;
  }
}

/**
 * The wait until every window has room: a window of `ms` with `limit` already holding n ≥ limit sends
 * admits the next one when the (n - limit + 1)-th newest of them has left it, i.e. at that send + ms.
 */
function waitFor(track: Track, windows: readonly RateWindow[], now: number): number {
  let earliest = Math.max(now, track.holdUntil);
  const { sends } = track;
  for (const window of windows) {
    const inWindow = sends.length - firstAfter(sends, now - window.ms);
    if (inWindow < window.limit) continue;
    const blocking = sends[sends.length - window.limit];
    if (blocking !== undefined) earliest = Math.max(earliest, blocking + window.ms);
  }
  return earliest - now;
}

/** index of the first send later than `t` (sends are in ascending order) */
function firstAfter(sends: readonly number[], t: number): number {
  let lo = 0;
  let hi = sends.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sends[mid] ?? 0) > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function push(track: Track, now: number, keepMs: number): void {
  // a clock that stepped back must not unsort the log; the send counts as at the latest time seen
  const last = track.sends[track.sends.length - 1];
  track.sends.push(last !== undefined && last > now ? last : now);
  // trim in batches: shifting one element per send would make a busy log quadratic
  if (track.sends.length > 64 && (track.sends[0] ?? now) <= now - keepMs) dropOlder(track, now - keepMs);
}

function dropOlder(track: Track, t: number): void {
  const keepFrom = firstAfter(track.sends, t);
  if (keepFrom > 0) track.sends.splice(0, keepFrom);
}

/**
 * The items in turns: the first of each key in the order they came, then the second of each, and so on.
 * The delivery worker sends a pass in this order so that ten notices for one leader's chat (held to 7 a
 * second there) are spread among everyone else's instead of queued together, where every worker would wait
 * on that one chat while the app's 50 a second went unused.
 */
export function takeTurns<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const queues = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const queue = queues.get(key);
    if (queue) queue.push(item);
    else queues.set(key, [item]);
  }
  const out: T[] = [];
  let open = [...queues.values()];
  for (let round = 0; open.length > 0; round++) {
    for (const queue of open) out.push(queue[round] as T);
    open = open.filter((queue) => queue.length > round + 1);
  }
  return out;
}
