// The reminder sweep (DESIGN §2.8, §8): under a lease, so one server instance sweeps at a time, it pages
// through the state the rules can find something due in (a few weeks of days, a fortnight of deadlines,
// the open checklists), asks the rules what is due now, and stores each due reminder in the notice outbox
// under its idempotency key. The delivery worker sends; a reminder whose key is stored already (an earlier
// sweep, another instance) is `known` and sent no second time.
import { dayOf, isoOf } from '../core/calendar/days';
import { osloDateOf } from '../core/calendar/oslo';
import { dueReminders } from '../core/reminders/due-reminders';
import type { DueReminder } from '../core/reminders/rules';
import { isSendingTime } from '../core/reminders/sending-time';
import type { ReminderState } from '../core/reminders/state';
import { daysOf, sweepWindows } from '../core/reminders/windows';
import type { Policy } from '../core/policy/schema';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import { ConflictError, type Store, type Stored } from '../ports/store';
import { OPEN_CHECKLIST_PARTITIONS } from './checklists-repo';
import { enqueueNotices } from './notice-outbox';
import {
  meetingsOfDay,
  openChecklistItems,
  plansWithDeadline,
  unsignedMeetingsOfDay,
} from './reminder-state';
import { releaseLease, renewLease, takeLease, type Lease } from './sweep-lease';

export const SWEEP_LEASE = 'reminder-sweep';
/** longer than a sweep takes (seconds at 50,000 employees), short enough that a crash costs one pass */
const LEASE_MS = 5 * 60_000;
/**
 * Open checklists are read when their next undone deadline is at most this far ahead: the rules remind two
 * working days before a deadline, which over Easter is at most a week.
 */
const CHECKLIST_HORIZON_DAYS = 7;

export interface SweepDeps {
  store: Store;
  clock: Clock;
  /** the checklists' nearest leaders */
  directory: Directory;
  /** the policy that applies to a unit; null: the municipality's. Its working hours are the sending hours */
  policyFor(unitName: string | null): Promise<Policy>;
  /** stores notices under their keys; default the notice outbox (tests pass a failing one) */
  enqueue?: typeof enqueueNotices;
}

export interface SweepOptions {
  /** this instance's id, written into the lease */
  owner: string;
  /** how long the lease lasts before it must be renewed; default 5 min */
  leaseMs?: number;
}

export interface SweepCounts {
  /** conversations and checklists the rules looked at */
  conversations: number;
  checklistItems: number;
  /** reminders the rules found due */
  due: number;
  /** of those, newly stored for delivery, and already stored before (sent or on their way) */
  queued: number;
  known: number;
  /** due reminders per rule */
  byRule: Record<DueReminder['rule'], number>;
}

export type SweepResult =
  | ({ status: 'swept' } & SweepCounts)
  /** another instance holds the lease */
  | { status: 'busy' }
  /** outside the sending hours nothing can be due, so nothing is read */
  | { status: 'quiet' }
  /** the lease ran out mid-sweep and another instance took it; what was stored stays stored */
  | ({ status: 'lease-lost' } & SweepCounts);

export async function sweepReminders(deps: SweepDeps, opts: SweepOptions): Promise<SweepResult> {
  const policy = await deps.policyFor(null);
  if (!isSendingTime(deps.clock.now().toISOString(), policy.workingHours)) return { status: 'quiet' };
  const leaseMs = opts.leaseMs ?? LEASE_MS;
  let lease = await takeLease(deps.store, SWEEP_LEASE, opts.owner, deps.clock.now(), leaseMs);
  if (!lease) return { status: 'busy' };

  const counts: SweepCounts = {
    conversations: 0,
    checklistItems: 0,
    due: 0,
    queued: 0,
    known: 0,
    byRule: {
      'preparation-missing': 0,
      'referat-to-approve': 0,
      'action-deadline-near': 0,
      'checklist-item-due': 0,
    },
  };
  const enqueue = deps.enqueue ?? enqueueNotices;
  let renewedAt = deps.clock.now().getTime();

  /** one page: the rules over it, its due reminders stored; then the lease renewed when a third has gone */
  const page = async (state: Partial<ReminderState>): Promise<void> => {
    const full: ReminderState = {
      conversations: state.conversations ?? [],
      checklistItems: state.checklistItems ?? [],
    };
    counts.conversations += full.conversations.length;
    counts.checklistItems += full.checklistItems.length;
    const now = deps.clock.now();
    const due = dueReminders({ now: now.toISOString(), state: full, sendingHours: policy.workingHours });
    if (due.length > 0) {
      const stored = await enqueue(
        deps.store,
        due.map((d) => d.addressed),
        now,
      );
      counts.due += due.length;
      counts.queued += stored.queued;
      counts.known += stored.known;
      for (const d of due) counts.byRule[d.rule] += 1;
    }
    if (now.getTime() - renewedAt > leaseMs / 3) {
      lease = await renewLease(deps.store, lease as Stored<Lease>, now, leaseMs);
      renewedAt = now.getTime();
    }
  };

  try {
    const today = dayOf(osloDateOf(deps.clock.now().toISOString()));
    const windows = sweepWindows(today);
    for (const day of daysOf(windows.upcomingMeetings))
      await page({ conversations: await meetingsOfDay(deps.store, day) });
    for (const day of daysOf(windows.pastMeetings))
      await page({ conversations: await unsignedMeetingsOfDay(deps.store, day) });
    for (const deadline of daysOf(windows.actionDeadlines))
      await page({ conversations: await plansWithDeadline(deps.store, deadline) });
    const leaders = new Map<string, string | null>();
    const horizon = isoOf(today + CHECKLIST_HORIZON_DAYS);
    for (const partition of OPEN_CHECKLIST_PARTITIONS)
      await page({ checklistItems: await openChecklistItems({ ...deps, leaders }, partition, horizon) });
  } catch (error) {
    if (error instanceof ConflictError && error.table === 'leases')
      return { status: 'lease-lost', ...counts };
    throw error;
  } finally {
    // also after a failure: the next pass need not wait for the lease to run out (a lost one is left alone)
    await releaseLease(deps.store, lease, deps.clock.now());
  }
  return { status: 'swept', ...counts };
}
