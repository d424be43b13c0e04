import { describe, expect, it } from 'vitest';
import { SendPacer, takeTurns, TEAMS_BOT_LIMITS, type RateWindow } from '../../../src/core/pacing';

/** A sender with one message in flight at a time: it asks, waits what it is told, and sends. */
function drive(pacer: SendPacer, chats: string[], start = 0): { chat: string; at: number }[] {
  let now = start;
  const sent: { chat: string; at: number }[] = [];
  for (const chat of chats) {
    for (let wait = pacer.acquire(now, chat); wait > 0; wait = pacer.acquire(now, chat)) now += wait;
    sent.push({ chat, at: now });
  }
  return sent;
}

/** The most sends found in any span of `ms` (sliding: every send opens a window). */
function busiest(times: number[], window: RateWindow): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0; i < sorted.length; i++) {
    const from = sorted[i] ?? 0;
    most = Math.max(most, sorted.filter((t) => t >= from && t < from + window.ms).length);
  }
  return most;
}

describe('pacing bot messages (DESIGN §8: 7 per second per conversation, 50 per second per app)', () => {
  it('spreads a burst of 60 reminders to one chat over 14 s: 7 at once, then 8 in every 2 s', () => {
    const sent = drive(
      new SendPacer(),
      Array.from({ length: 60 }, () => 'chat-1'),
    );
    const times = sent.map((s) => s.at);
    expect(times.slice(0, 7)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(times[7]).toBe(1_000); // the 1-second window is full
    expect(times[8]).toBe(2_000); // the 2-second window (8) is full until the first seven leave it
    expect(times.at(-1)).toBe(14_000);
    for (const window of TEAMS_BOT_LIMITS.perConversation)
      expect(busiest(times, window)).toBeLessThanOrEqual(window.limit);
  });

  it('sends 200 reminders to 200 chats at 50 a second: done at 3 s, never 51 in a second', () => {
    const chats = Array.from({ length: 200 }, (_, i) => `chat-${i}`);
    const sent = drive(new SendPacer(), chats);
    const times = sent.map((s) => s.at);
    expect(times.filter((t) => t === 0)).toHaveLength(50);
    expect(times.at(-1)).toBe(3_000);
    expect(busiest(times, { ms: 1_000, limit: 50 })).toBe(50);
    expect(new Set(sent.map((s) => s.chat)).size).toBe(200);
  });

  it('lets another chat go while one chat waits', () => {
    const pacer = new SendPacer();
    for (let i = 0; i < 7; i++) expect(pacer.acquire(100, 'busy')).toBe(0);
    expect(pacer.waitMs(100, 'busy')).toBe(1_000);
    expect(pacer.acquire(100, 'quiet')).toBe(0);
    expect(pacer.waitMs(1_099, 'busy')).toBe(1);
    expect(pacer.waitMs(1_100, 'busy')).toBe(0);
  });

  it('holds a chat for the 3 s Teams asked for in Retry-After, and only that chat', () => {
    const pacer = new SendPacer();
    pacer.holdConversation('throttled', 5_000 + 3_000);
    expect(pacer.waitMs(5_000, 'throttled')).toBe(3_000);
    expect(pacer.waitMs(5_000, 'other')).toBe(0);
    expect(pacer.waitMs(8_000, 'throttled')).toBe(0);
    pacer.holdAll(9_500);
    expect(pacer.waitMs(9_000, 'other')).toBe(500);
  });

  it('does not count a send twice when the clock steps back, and keeps the limit', () => {
    const pacer = new SendPacer();
    for (let i = 0; i < 7; i++) pacer.record(10_000, 'c');
    // the clock went back 2 s (NTP): the seven still count as at 10 s
    expect(pacer.waitMs(8_000, 'c')).toBe(3_000);
  });

  it('forgets quiet chats, so a sweep over many chats does not keep them all for an hour', () => {
    const pacer = new SendPacer();
    drive(
      pacer,
      Array.from({ length: 500 }, (_, i) => `chat-${i}`),
    );
    expect(pacer.trackedConversations).toBe(500);
    pacer.prune(3_600_000 + 20_000);
    expect(pacer.trackedConversations).toBe(0);
    expect(pacer.waitMs(3_600_000 + 20_000, 'chat-1')).toBe(0);
  });

  it('takes other limits when given (the connector double enforces 7/s and 50/s only)', () => {
    const pacer = new SendPacer({ perConversation: [{ ms: 1_000, limit: 7 }], perApp: [] });
    const times = drive(
      pacer,
      Array.from({ length: 21 }, () => 'c'),
    ).map((s) => s.at);
    expect(times.at(-1)).toBe(2_000);
  });
});

describe('taking turns among chats (a pass sends one per person before anyone gets a second)', () => {
  it('spreads one chat’s notices among the others, keeping each chat’s own order', () => {
    const items = ['a1', 'a2', 'a3', 'b1', 'c1', 'c2'];
    expect(takeTurns(items, (s) => s[0] as string)).toEqual(['a1', 'b1', 'c1', 'a2', 'c2', 'a3']);
  });

  it('keeps every item exactly once', () => {
    const items = Array.from({ length: 500 }, (_, i) => `${i % 7 === 0 ? 'leader' : i}-${i}`);
    const turns = takeTurns(items, (s) => s.split('-')[0] as string);
    expect(turns).toHaveLength(items.length);
    expect(new Set(turns)).toEqual(new Set(items));
    expect(takeTurns([], () => 'x')).toEqual([]);
  });
});
