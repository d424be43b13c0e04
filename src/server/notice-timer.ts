// Runs the notice delivery worker in the server (DESIGN §2.8): once at start (a restart sends what it left
// pending), at once when a use case has stored a notice (kick), and every interval for retries and for
// notices stored by another instance. Passes never overlap; a kick during a pass runs one more after it.
import { randomUUID } from 'node:crypto';
import { deliverNotices, type DeliveryDeps } from '../app/deliver-notices';
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

  const pass = async () => {
    try {
      const c = await deliverNotices(deps, { owner });
      const done = c.sent + c.mailed + c.dropped + c.failed + c.copiesRemoved;
      if (done + c.retried > 0)
        options.log(
          `notices: ${c.sent} sent, ${c.mailed} by e-mail, ${c.dropped} dropped, ${c.failed} failed, ` +
            `${c.copiesRemoved} mail copies removed, ${c.retried} to retry`,
        );
    } catch (error) {
      options.log(`notice delivery pass failed: ${error instanceof Error ? error.message : String(error)}`);
    }
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
    },
  };
}
