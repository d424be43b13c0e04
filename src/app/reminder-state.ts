// Gathers what the reminder rules read (core/reminders/state.ts) from the store, one partition at a time:
// a day of conversations, a deadline of actions, a sixteenth of the open checklists. The sweep hands each
// page to the rules and lets it go, so 50,000 employees never sit in memory at once (DESIGN §8).
import { createHash } from 'node:crypto';
import { osloDateOf } from '../core/calendar/oslo';
import type { Conversation } from '../core/conversation';
import { validApprovals } from '../core/referat/approval';
import { canonicalContent } from '../core/referat/canonical';
import type { Approval, Referat } from '../core/referat/referat';
import type {
  ReminderAction,
  ReminderChecklistItem,
  ReminderConversation,
  ReminderReferat,
} from '../core/reminders/state';
import type { Directory } from '../ports/directory';
import type { Store, Stored } from '../ports/store';
import { listActionsWithDeadline } from './action-deadlines-repo';
import { listActionStatuses } from './action-status-repo';
import { getChecklist, listOpenChecklists } from './checklists-repo';
import { getConversation, listConversationIdsOfDay } from './conversations-repo';
import { getPreparation } from './preparations-repo';
import { getReferat } from './referats-repo';

/** reads in flight at once: enough to overlap round trips to Table Storage, few enough for Azurite */
const PARALLEL = 16;

/** Meetings on an Oslo day, with both preparations: what the preparation reminder reads. */
export async function meetingsOfDay(store: Store, day: string): Promise<ReminderConversation[]> {
  const found = await mapLimited(await listConversationIdsOfDay(store, day), async (id) => {
    const c = await liveConversationOn(store, id, day);
    if (!c) return null;
    const [employee, leader] = await Promise.all([
      getPreparation(store, c.id, 'employee'),
      getPreparation(store, c.id, 'leader'),
    ]);
    return reminderConversation(c, {
      preparations: {
        employee: employee?.value.submittedAt ?? null,
        leader: leader?.value.submittedAt ?? null,
      },
      referat: null,
    });
  });
  return found.flatMap((c) => (c ? [c] : []));
}

/** Held meetings of an Oslo day whose referat both have not signed: what the referat reminder reads. */
export async function unsignedMeetingsOfDay(store: Store, day: string): Promise<ReminderConversation[]> {
  const found = await mapLimited(await listConversationIdsOfDay(store, day), async (id) => {
    // the referat first: most of a past day's are signed, and then the conversation need not be read
    const referat = await getReferat(store, id);
    const state = referat ? approvalsOf(store, referat, []) : null;
    if (state?.leaderApprovedAt && state.employeeApprovedAt) return null; // signed: nothing to remind
    const c = await liveConversationOn(store, id, day);
    if (!c) return null;
    // preparations do not matter after the meeting; marked as given so no rule reads them as missing
    return reminderConversation(c, { preparations: { employee: c.start, leader: c.start }, referat: state });
  });
  return found.flatMap((c) => (c ? [c] : []));
}

/**
 * Signed plans with an action due on `deadline`, each with only those actions and their done flags. The
 * index may lag its referat (a plan edited and signed again): the signed referat decides.
 */
export async function plansWithDeadline(store: Store, deadline: string): Promise<ReminderConversation[]> {
  const byConversation = new Map<string, Set<string>>();
  for (const ref of await listActionsWithDeadline(store, deadline)) {
    const ids = byConversation.get(ref.conversationId) ?? new Set<string>();
    byConversation.set(ref.conversationId, ids.add(ref.actionId));
  }
  const found = await mapLimited([...byConversation], async ([conversationId, actionIds]) => {
    const [stored, referat] = await Promise.all([
      getConversation(store, conversationId),
      getReferat(store, conversationId),
    ]);
    if (!stored || stored.value.status !== 'booked' || !referat) return null;
    const statuses = await listActionStatuses(store, conversationId);
    const actions = referat.value.actions
      .filter((a) => actionIds.has(a.id) && a.deadline === deadline)
      .map((a): ReminderAction => ({
        id: a.id,
        responsibleId: a.responsibleId,
        deadline: a.deadline,
        done: statuses.get(a.id)?.value.done ?? false,
      }));
    const state = approvalsOf(store, referat, actions);
    if (actions.length === 0 || !state.leaderApprovedAt || !state.employeeApprovedAt) return null;
    const c = stored.value;
    return reminderConversation(c, { preparations: { employee: c.start, leader: c.start }, referat: state });
  });
  return found.flatMap((c) => (c ? [c] : []));
}

/**
 * The undone items of the open checklists in one index partition whose next deadline is within `horizon`
 * (YYYY-MM-DD, inclusive). The nearest leader is the directory's manager; an item for the fadder goes to
 * the fadder named on the list.
 */
export async function openChecklistItems(
  deps: { store: Store; directory: Directory; leaders: Map<string, string | null> },
  partition: string,
  horizon: string,
): Promise<ReminderChecklistItem[]> {
  const open = (await listOpenChecklists(deps.store, partition)).filter((o) => o.nextDeadline <= horizon);
  const lists = await mapLimited(open, async (entry) => {
    const list = await getChecklist(deps.store, entry.personId, entry.kind);
    if (!list) return [];
    const leaderId = await leaderOf(deps, entry.personId);
    const mentorId = list.header.value.mentor?.id ?? null;
    return list.items.map(({ value: item }): ReminderChecklistItem => ({
      personId: entry.personId,
      itemId: item.id,
      deadline: item.deadline,
      responsible: item.responsible,
      assigneeId: item.responsible === 'mentor' ? mentorId : null,
      leaderId,
      done: item.done !== null,
    }));
  });
  return lists.flat();
}

async function leaderOf(
  deps: { directory: Directory; leaders: Map<string, string | null> },
  personId: string,
): Promise<string | null> {
  if (!deps.leaders.has(personId))
    deps.leaders.set(personId, (await deps.directory.getManager(personId))?.id ?? null);
  return deps.leaders.get(personId) ?? null;
}

/** the conversation, if it still starts on that Oslo day and is not cancelled (the record decides) */
async function liveConversationOn(store: Store, id: string, day: string): Promise<Conversation | null> {
  const stored = await getConversation(store, id);
  if (!stored || osloDateOf(stored.value.start) !== day) return null;
  return stored.value.status === 'cancelled' ? null : stored.value;
}

/**
 * Valid approvals per referat version. Hashing the content is most of a sweep's work (50,000 employees
 * leave ~12,000 referats in the 90 days it looks back over) and a referat's ETag changes with its content,
 * so the next pass a quarter of an hour later hashes only what changed. Per store: ETags are per store.
 */
const approvalCache = new WeakMap<Store, Map<string, { etag: string; valid: Approval[] }>>();
const APPROVAL_CACHE_MAX = 200_000;

function validApprovalsOf(store: Store, referat: Stored<Referat>): Approval[] {
  if (referat.value.approvals.length === 0) return [];
  let cache = approvalCache.get(store);
  if (!cache) approvalCache.set(store, (cache = new Map()));
  const key = referat.value.conversationId;
  const hit = cache.get(key);
  if (hit?.etag === referat.etag) return hit.valid;
  if (cache.size >= APPROVAL_CACHE_MAX) cache.clear();
  const valid = validApprovals(referat.value, contentHashOf(referat.value));
  cache.set(key, { etag: referat.etag, valid });
  return valid;
}

/**
 * The core's contentHash with node's SHA-256: the same digest of the same canonical UTF-8 (the core's is
 * checked against node:crypto in tests/unit/core/referat/sha256.test.ts), in a fifth of the time; a cold
 * sweep at 50,000 employees hashes about 12,000 referats.
 */
export function contentHashOf(referat: Referat): string {
  return createHash('sha256').update(canonicalContent(referat), 'utf8').digest('hex');
}

/** the valid approvals: an approval of other content (edited since) does not count (DESIGN §2.6) */
function approvalsOf(store: Store, stored: Stored<Referat>, actions: ReminderAction[]): ReminderReferat {
  const referat = stored.value;
  const valid = validApprovalsOf(store, stored);
  return {
    heldOn: referat.heldOn,
    leaderApprovedAt: valid.find((a) => a.role === 'leader')?.at ?? null,
    employeeApprovedAt: valid.find((a) => a.role === 'employee')?.at ?? null,
    actions,
  };
}

function reminderConversation(
  c: Conversation,
  rest: Pick<ReminderConversation, 'preparations' | 'referat'>,
): ReminderConversation {
  return {
    id: c.id,
    kind: c.kind,
    employeeId: c.employeeId,
    conductorId: c.conductorId,
    status: c.status,
    start: c.start,
    end: c.end,
    bookedAt: c.createdAt,
    ...rest,
  };
}

async function mapLimited<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await fn(items[i] as T);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
  return results;
}
