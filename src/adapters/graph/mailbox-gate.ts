// Outlook serves at most four concurrent requests per mailbox and throttles the fifth; the gate keeps
// every request of this adapter under that before Graph has to say so. A $batch holds a slot per request
// Graph may run at once for a mailbox (Graph hands Outlook up to four of a batch's requests together).
export const MAILBOX_CONCURRENCY = 4;

export interface MailboxGate {
  /** waits until every mailbox has room for its count, takes the slots, and returns their release */
  acquire(slots: Map<string, number>): Promise<() => void>;
  /** the most slots one mailbox held at once (for tests and benchmarks) */
  maxHeld(): number;
}

export function createMailboxGate(limit = MAILBOX_CONCURRENCY): MailboxGate {
  const held = new Map<string, number>();
  const waiting: { slots: Map<string, number>; grant: () => void }[] = [];
  let max = 0;
  const fits = (slots: Map<string, number>) =>
    [...slots].every(([mailbox, n]) => (held.get(mailbox) ?? 0) + Math.min(n, limit) <= limit);
  const take = (slots: Map<string, number>) => {
    for (const [mailbox, n] of slots) {
      const now = (held.get(mailbox) ?? 0) + Math.min(n, limit);
      held.set(mailbox, now);
      max = Math.max(max, now);
    }
  };
  const release = (slots: Map<string, number>) => {
    for (const [mailbox, n] of slots) held.set(mailbox, (held.get(mailbox) ?? 0) - Math.min(n, limit));
    // first come, first served, but a later request that fits may pass one that is still waiting
    for (let i = 0; i < waiting.length;) {
      const next = waiting[i];
      if (next && fits(next.slots)) {
        waiting.splice(i, 1);
        take(next.slots);
        next.grant();
      } else i++;
    }
  };
  return {
    maxHeld: () => max,
    acquire(slots) {
      const normal = new Map<string, number>();
      for (const [mailbox, n] of slots)
        normal.set(mailbox.toLowerCase(), (normal.get(mailbox.toLowerCase()) ?? 0) + n);
      const done = () => {
        let released = false;
        return () => {
          if (released) return;
          released = true;
          release(normal);
        };
      };
      // a waiter for the same mailbox goes first; one for other mailboxes does not hold this one up
      const queued = waiting.some((w) => [...w.slots.keys()].some((mailbox) => normal.has(mailbox)));
      if (!queued && fits(normal)) {
        take(normal);
        return Promise.resolve(done());
      }
      return new Promise((resolve) => waiting.push({ slots: normal, grant: () => resolve(done()) }));
    },
  };
}
