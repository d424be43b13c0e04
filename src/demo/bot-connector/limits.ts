// The limits the local Bot Connector enforces, as Teams publishes them ("Optimize your bot with rate limiting
// and best practices in Teams"): per bot per conversation 7 messages in 1 s, 8 in 2 s, 60 in 30 s and 1,800
// in an hour; per app per tenant 50 a second. Written apart from core/pacing.ts on purpose: the double is
// what checks the pacer, so it must not share the pacer's arithmetic (a shared mistake would pass).

export interface ConnectorWindow {
  ms: number;
  limit: number;
}

export interface ConnectorLimits {
  perConversation: readonly ConnectorWindow[];
  perApp: readonly ConnectorWindow[];
}

export const TEAMS_PUBLISHED_LIMITS: ConnectorLimits = {
  perConversation: [
    { ms: 1_000, limit: 7 },
    { ms: 2_000, limit: 8 },
    { ms: 30_000, limit: 60 },
    { ms: 3_600_000, limit: 1_800 },
  ],
  perApp: [{ ms: 1_000, limit: 50 }],
};

/**
 * Accepted messages of one conversation or of the app, as arrival times in milliseconds. A message at `t`
 * fits a window when fewer than `limit` accepted ones arrived in (t - ms, t]: a sliding window, so 7 at
 * 0.9 s and 7 at 1.1 s are 14 within 0.2 s and the eighth of them is refused. Refused requests are not
 * counted: the double checks what got through, which is what a person's chat would show.
 */
export class ArrivalLog {
  private times: number[] = [];

  constructor(private readonly keepMs: number) {}

  /** 0 when a message at `now` fits every window, else the milliseconds until it would */
  waitMs(now: number, windows: readonly ConnectorWindow[]): number {
    let wait = 0;
    for (const { ms, limit } of windows) {
      const inWindow = this.times.filter((t) => t > now - ms);
      if (inWindow.length < limit) continue;
      // the window has room again when the oldest of its newest `limit` messages leaves it
      const leaving = inWindow[inWindow.length - limit] as number;
      wait = Math.max(wait, leaving + ms - now);
    }
    return wait;
  }

  add(now: number): void {
    this.times.push(Math.max(now, this.times[this.times.length - 1] ?? now));
    const oldest = now - this.keepMs;
    if ((this.times[0] ?? now) <= oldest) this.times = this.times.filter((t) => t > oldest);
  }

  get size(): number {
    return this.times.length;
  }
}
