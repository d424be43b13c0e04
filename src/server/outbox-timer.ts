// Runs the archive outbox in the server: once at start (so a restart resumes the jobs it left pending)
// and then every interval. A pass that took a full batch runs again at once; passes never overlap.
import { randomUUID } from 'node:crypto';
import type { ArchiveDeps } from '../app/archive-deps';
import { processArchiveOutbox } from '../app/process-archive-outbox';

export interface OutboxTimerOptions {
  deps: ArchiveDeps;
  /** pause between passes; default 30 s */
  intervalMs?: number;
  /** jobs per pass; default 20 */
  limit?: number;
  log: (line: string) => void;
}

export interface OutboxTimer {
  /** this instance's lease owner id */
  owner: string;
  /** stops the timer and waits for a running pass to end */
  stop(): Promise<void>;
}

export function startOutboxTimer(options: OutboxTimerOptions): OutboxTimer {
  // Random per process: a restarted instance must not pass for the one that held a lease before.
  const owner = `instance-${randomUUID()}`;
  const limit = options.limit ?? 20;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    try {
      const { done, retried } = await processArchiveOutbox(options.deps, { owner, limit });
      if (done + retried > 0) options.log(`archive outbox: ${done} filed, ${retried} to retry`);
      return done + retried >= limit;
    } catch (error) {
      options.log(`archive outbox pass failed: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().then((full) => schedule(full ? 0 : (options.intervalMs ?? 30_000)));
    }, ms);
  };
  schedule(0);
  return {
    owner,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
