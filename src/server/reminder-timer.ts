// Runs the reminder sweep in every server instance (DESIGN §2.8, §8): once at start, then every interval.
// The lease makes one instance do the work; the others find it held and wait for the next pass. Passes
// never overlap within an instance.
import { randomUUID } from 'node:crypto';
import { sweepReminders, type SweepDeps } from '../app/sweep-reminders';

/** a quarter of an hour: a reminder's day starts at 08:00, and the first pass after that sends it */
export const REMINDER_INTERVAL_MS = 15 * 60_000;

export interface ReminderTimerOptions {
  deps: SweepDeps;
  /** pause between sweeps; default 15 min */
  intervalMs?: number;
  log: (line: string) => void;
}

export interface ReminderTimer {
  /** this instance's lease owner id */
  owner: string;
  /** stops the timer and waits for a running sweep to end */
  stop(): Promise<void>;
}

export function startReminderTimer(options: ReminderTimerOptions): ReminderTimer {
  // random per process: a restarted instance must not pass for the one that held the lease before
  const owner = `instance-${randomUUID()}`;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async () => {
    const started = Date.now();
    try {
      const result = await sweepReminders(options.deps, { owner });
      if (result.status === 'swept' || result.status === 'lease-lost') {
        const rules = Object.entries(result.byRule)
          .filter(([, n]) => n > 0)
          .map(([rule, n]) => `${rule} ${n}`)
          .join(', ');
        options.log(
          `reminder sweep${result.status === 'lease-lost' ? ' (lease lost, stopped)' : ''}: ` +
            `${result.due} due (${result.queued} new, ${result.known} stored before)${rules ? ` [${rules}]` : ''}; ` +
            `read ${result.conversations} conversations, ${result.checklistItems} checklist items in ${Date.now() - started} ms`,
        );
      }
    } catch (error) {
      options.log(`reminder sweep failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = pass().then(() => schedule(options.intervalMs ?? REMINDER_INTERVAL_MS));
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
