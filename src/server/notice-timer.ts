// Runs the notice delivery worker in the server (DESIGN §2.8): once at start (a restart sends what it left
// pending), at once when a use case has stored a notice (kick), and every interval for retries and for
// notices stored by another instance. Passes never overlap; a kick during a pass runs one more after it.
//
// The same timer runs the mail copy queue (app/mail-copy-removals.ts), which removes every sent Samtale mail's
// copy from the sender's mailbox, the referat copy the archive job sends included. This timer rather than
// the archive outbox's: it runs on every instance in every setup, with a mailer, while the archive outbox
// runs only once archiving is configured, and a notice by e-mail leaves a copy without it. The removals run
// beside the delivery pass, not in it, at most one pass of them at a time and at most one started per
// interval (kicks do not start more): Graph hanging on a removal must not hold back the notices, which go
// to Teams.
import { randomUUID } from 'node:crypto';
import { deliverNotices, type DeliveryDeps } from '../app/deliver-notices';
import { processCopyRemovals, type CopyRemovalCounts } from '../app/mail-copy-removals';
import { teamsPacer } from '../core/pacing';

export interface NoticeTimerOptions {
  deps: DeliveryDeps;
  /** pause between passes; default 30 s */
  intervalMs?: number;
  log: (line: string) => void;
}

export interface NoticeTimer {
  owner: string;
  /** deliver now (a use case just stored a notice) */
  kick(): void;
  /** stops the timer and waits for a running pass to end */
  stop(): Promise<void>;
}

export function startNoticeTimer(options: NoticeTimerOptions): NoticeTimer {
  // Random per process: a restarted instance must not pass for the one that held a lease before.
  const owner = `instance-${randomUUID()}`;
  // one pacer for the process, so the limits hold across passes, not only within one
  const deps: DeliveryDeps = { ...options.deps, pacer: options.deps.pacer ?? teamsPacer() };
  const intervalMs = options.intervalMs ?? 30_000;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let removing: Promise<void> | null = null;
  let removalsStartedAt = -Infinity;

  const pass = async () => {
    startRemovals();
    try {
      const c = await deliverNotices(deps, { owner });
      const done = c.sent + c.mailed + c.dropped + c.failed;
      if (done + c.retried > 0)
        options.log(
          `notices: ${c.sent} sent, ${c.mailed} by e-mail, ${c.dropped} dropped, ${c.failed} failed, ${c.retried} to retry`,
        );
    } catch (error) {
      options.log(`notice delivery pass failed: ${messageOf(error)}`);
    }
  };
  const startRemovals = () => {
    const { mailer } = deps;
    // no mailer: this server sends no mail; the removals wait in the shared store for an instance that does
    if (!mailer || removing || Date.now() - removalsStartedAt < intervalMs) return;
    removalsStartedAt = Date.now();
    const removalDeps = { store: deps.store, clock: deps.clock, mailer, random: deps.random };
    removing = processCopyRemovals(removalDeps, { owner })
      .then((counts) => logRemovals(options.log, counts))
      .catch((error: unknown) => options.log(`mail copy removal pass failed: ${messageOf(error)}`))
      .finally(() => {
        removing = null;
      });
  };
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    clearTimeout(timer);
    running = pass().finally(() => {
      running = null;
      if (again) {
        again = false;
        run();
      } else if (!stopped) timer = setTimeout(run, intervalMs);
    });
  };
  timer = setTimeout(run, 0);
  return {
    owner,
    kick: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await removing;
    },
  };
}

/** every failed removal on a line of its own: a removal is never given up, so the operator must see it */
function logRemovals(log: (line: string) => void, c: CopyRemovalCounts): void {
  if (c.removed + c.retried > 0)
    log(`mail copies: ${c.removed} removed from Sent Items, ${c.retried} to retry`);
  for (const f of c.failures)
    log(
      `mail copy not removed from mailbox ${f.senderId} (${f.key}), try ${f.attempts}, next at ${f.notBefore}: ${f.error}`,
    );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
