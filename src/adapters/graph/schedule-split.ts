// getSchedule's limits (20 mailboxes, a window of at most 62 days) turned into pieces, and the pieces'
// answers merged back into one schedule per mailbox. Pure functions: the worked examples are in the tests.
import type { MailboxSchedule } from '../../ports/calendar';

export const SCHEDULES_PER_CALL = 20;
const DAY_MS = 86_400_000;
/** one day under Graph's 62, so a piece never meets the limit however Graph rounds a partial day */
export const WINDOW_MS = 61 * DAY_MS;

/** mailboxes once each (case-insensitive, first spelling kept), in groups of `size` */
export function chunkMailboxes(mailboxes: string[], size = SCHEDULES_PER_CALL): string[][] {
  const seen = new Set<string>();
  const unique = mailboxes.filter((m) => {
    const key = m.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += size) chunks.push(unique.slice(i, i + size));
  return chunks;
}

/** [start, end) in back-to-back pieces of at most `maxMs`; UTC ISO in and out */
export function splitWindow(start: string, end: string, maxMs = WINDOW_MS): [string, string][] {
  const from = Date.parse(start);
  const to = Date.parse(end);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`not a UTC window: ${start} - ${end}`);
  const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}Z`;
  const pieces: [string, string][] = [];
  for (let s = from; s < to; s += maxMs) pieces.push([iso(s), iso(Math.min(s + maxMs, to))]);
  return pieces;
}

/**
 * One schedule per asked mailbox, in the order asked. A meeting that spans two pieces comes back from both:
 * it is kept once. A mailbox that failed in any piece carries that error.
 */
export function mergeSchedules(asked: string[], pieces: MailboxSchedule[]): MailboxSchedule[] {
  const byMailbox = new Map<string, MailboxSchedule>();
  for (const piece of pieces) {
    const key = piece.mailbox.toLowerCase();
    const merged = byMailbox.get(key);
    if (!merged) {
      byMailbox.set(key, { ...piece, items: [...piece.items] });
      continue;
    }
    const seen = new Set(merged.items.map((i) => `${i.start}|${i.end}|${i.showAs}`));
    for (const item of piece.items)
      if (!seen.has(`${item.start}|${item.end}|${item.showAs}`)) merged.items.push(item);
    merged.workingHours ??= piece.workingHours;
    merged.error ??= piece.error;
  }
  return asked.map((mailbox) => {
    const found = byMailbox.get(mailbox.toLowerCase());
    if (!found) return { mailbox, items: [], workingHours: null, error: 'NoAnswer' };
    const items = found.error ? [] : [...found.items].sort((a, b) => a.start.localeCompare(b.start));
    return { ...found, mailbox, items };
  });
}
