// Deletion after retention (DESIGN §6): the rules of core/retention.ts turned into the exact rows to delete.
// The dry run and the real run make the same plan from the same state; the real run deletes exactly its rows,
// each after an audit entry that names the table and the rule, never the content. A second run finds nothing
// left to plan, so it deletes nothing (idempotent). The conversation record goes last, so a run stopped half
// way plans the rest again next time.
import { SYSTEM_ACTOR } from '../core/audit';
import { osloDateOf } from '../core/calendar/oslo';
import { ZConversation, type Conversation } from '../core/conversation';
import { isFullyApproved } from '../core/referat/approval';
import { contentHash } from '../core/referat/canonical';
import type { Referat } from '../core/referat/referat';
import { retentionDue, type Leaver, type RetentionDecision, type RetentionReason } from '../core/retention';
import type { Policy } from '../core/policy/schema';
import type { Store } from '../ports/store';
import type { StoreScan } from '../ports/store-scan';
import { getDoneJob } from './archive-outbox';
import { recordAudit } from './audit-log';
import { openChecklistPartition } from './checklists-repo';
import { getReferat } from './referats-repo';

export interface PlannedDeletion {
  /** the conversation, or `person-<id>` for a person's own partitions: the audit partition it is logged under */
  subject: string;
  table: string;
  partitionKey: string;
  rowKey: string;
  /** delete the row, or (a leader who left) empty only the private notes of a referat the employee keeps */
  op: 'delete' | 'clear-private-notes';
  reason: RetentionReason | { rule: 'person-left'; personId: string; lastDay: string; dueFrom: string };
}

export interface RetentionPlan {
  today: string;
  policy: Pick<Policy, 'retention' | 'keepAfterLeavingDays'>;
  deletions: PlannedDeletion[];
  /** due by a rule but signed and not filed yet: kept (never delete what the archive does not have) */
  held: { conversationId: string; reason: RetentionReason }[];
}

export interface RetentionDeps {
  store: Store;
  scan: StoreScan;
  clock: { now(): Date };
  newId(): string;
}

export async function planRetention(
  deps: Pick<RetentionDeps, 'store' | 'scan'>,
  input: { today: string; policy: RetentionPlan['policy']; leavers: Leaver[] },
): Promise<RetentionPlan> {
  const known = new Map<string, { conversation: Conversation; referat: Referat | null }>();
  const facts = [];
  for await (const row of deps.scan.scan<unknown>('conversations')) {
    const parsed = ZConversation.safeParse(row.value);
    if (!parsed.success) continue;
    const conversation = parsed.data;
    const referat = (await getReferat(deps.store, conversation.id))?.value ?? null;
    const done = (await getDoneJob(deps.store, conversation.id))?.value;
    known.set(conversation.id, { conversation, referat });
    facts.push({
      id: conversation.id,
      kind: conversation.kind,
      employeeId: conversation.employeeId,
      conductorId: conversation.conductorId,
      start: conversation.start,
      signedHash: referat && isFullyApproved(referat) ? contentHash(referat) : null,
      filedHash: done?.status === 'done' && done.steps.filed ? done.contentHash : null,
    });
  }
  const outcome = retentionDue({ ...input, conversations: facts });

  const deletions: PlannedDeletion[] = [];
  for (const decision of outcome.due) {
    const { conversation, referat } = known.get(decision.conversationId)!;
    deletions.push(...(await conversationRows(deps.store, decision, conversation, referat)));
  }
  for (const person of outcome.people) {
    const reason = { rule: 'person-left' as const, ...person };
    deletions.push(...(await personRows(deps, person.personId, reason)));
  }
  return {
    today: input.today,
    policy: input.policy,
    deletions,
    held: outcome.held.map(({ conversationId, reason }) => ({ conversationId, reason })),
  };
}

/** Deletes what the plan lists, each row after its audit entry; returns how many rows it changed. */
export async function carryOutRetention(deps: RetentionDeps, plan: RetentionPlan): Promise<number> {
  let changed = 0;
  for (const item of plan.deletions) {
    // the entry first: a run that stops between the two has logged a deletion the next run repeats,
    // never deleted something the log does not show
    await recordAudit(
      deps.store,
      {
        at: deps.clock.now().toISOString(),
        actorId: SYSTEM_ACTOR,
        conversationId: item.subject,
        action: 'delete-retention',
        surface: 'cli',
        part: `${item.reason.rule}:${item.table}`.slice(0, 100),
      },
      deps.newId(),
    );
    if (item.op === 'delete') await deps.store.delete(item.table, item.partitionKey, item.rowKey);
    else {
      const stored = await getReferat(deps.store, item.partitionKey);
      if (stored) {
        const cleared = { ...stored.value, privateNotes: { text: '' } };
        await deps.store.put(item.table, item.partitionKey, item.rowKey, cleared, stored.etag);
      }
    }
    changed++;
  }
  return changed;
}

async function conversationRows(
  store: Store,
  decision: RetentionDecision,
  c: Conversation,
  referat: Referat | null,
): Promise<PlannedDeletion[]> {
  const rows: PlannedDeletion[] = [];
  const add = (table: string, partitionKey: string, rowKey: string, op: PlannedDeletion['op'] = 'delete') =>
    rows.push({ subject: c.id, table, partitionKey, rowKey, op, reason: decision.reason });
  const addListed = async (table: string, partitionKey: string, prefix?: string) => {
    for (const row of await store.list(table, partitionKey, prefix)) add(table, partitionKey, row.rowKey);
  };
  const addIfThere = async (table: string, partitionKey: string, rowKey: string) => {
    if (await store.get(table, partitionKey, rowKey)) add(table, partitionKey, rowKey);
  };

  if (decision.scope === 'leader-own') {
    await addIfThere('preparations', c.id, 'leader');
    if (referat && referat.privateNotes.text !== '') add('referats', c.id, 'referat', 'clear-private-notes');
    return rows;
  }
  // the referat, its plan and what hangs off them (002: the old form is destroyed)
  await addListed('preparations', c.id);
  await addListed('actionStatus', c.id);
  await addListed('referatComments', c.id);
  for (const action of referat?.actions ?? []) {
    const key = `${encodeURIComponent(c.id)}:${encodeURIComponent(action.id)}`;
    await addIfThere('actionDeadlines', action.deadline, key);
  }
  if (referat) add('referats', c.id, 'referat');
  if (decision.scope !== 'conversation') return rows;

  // the employee left: the whole conversation, the record last
  await addListed('invitationResponses', c.id);
  await addListed('conversationTemplates', c.id);
  await addListed('delegations', c.id);
  await addIfThere('conversationsByEmployee', c.employeeId, c.id);
  await addIfThere('conversationsByConductor', c.conductorId, c.id);
  await addIfThere('conversationsByYear', osloDateOf(c.start).slice(0, 4), c.id);
  await addIfThere('conversationsByDay', osloDateOf(c.start), c.id);
  if (c.meeting?.iCalUId)
    await addIfThere('conversationsByICalUId', encodeURIComponent(c.meeting.iCalUId), c.id);
  // notices still waiting to go out about it (to either side) would only point at nothing
  for (const row of await store.list<{ notice?: { conversationId?: string } }>('noticeOutbox', 'pending'))
    if (row.value.notice?.conversationId === c.id) add('noticeOutbox', 'pending', row.rowKey);
  // after the referat: while the referat is there, its filing must stay known, or it would look unfiled
  await addIfThere('archiveDone', c.id, 'job');
  add('conversations', c.id, 'conversation');
  return rows;
}

async function personRows(
  deps: Pick<RetentionDeps, 'store' | 'scan'>,
  personId: string,
  reason: PlannedDeletion['reason'],
): Promise<PlannedDeletion[]> {
  const { store } = deps;
  const rows: PlannedDeletion[] = [];
  const subject = `person-${personId}`;
  const add = (table: string, partitionKey: string, rowKey: string) =>
    rows.push({ subject, table, partitionKey, rowKey, op: 'delete', reason });
  const addListed = async (table: string) => {
    const listed = await store.list(table, personId);
    for (const row of listed) add(table, personId, row.rowKey);
    return listed;
  };
  const addIfThere = async (table: string, partitionKey: string, rowKey: string) => {
    if (await store.get(table, partitionKey, rowKey)) add(table, partitionKey, rowKey);
  };

  for (const row of await addListed('checklists')) {
    // a header row's key is the list's kind; its open-index row is `<person>.<kind>`
    if (!row.rowKey.includes('.'))
      await addIfThere('checklistsOpen', openChecklistPartition(personId), `${personId}.${row.rowKey}`);
  }
  for (const row of await addListed('exemptions')) {
    const year = (row.value as { year?: number }).year;
    if (year !== undefined) await addIfThere('exemptionsByYear', String(year), `${personId}.${row.rowKey}`);
  }
  for (const row of await addListed('history')) {
    await addIfThere('historyByYear', row.rowKey.slice(0, 4), `${personId}_${row.rowKey}`);
  }
  await addListed('notices');
  for (const row of await store.list<{ recipientId?: string }>('noticeOutbox', 'pending')) {
    if (row.value.recipientId === personId) add('noticeOutbox', 'pending', row.rowKey);
  }
  await addListed('chatReferences');
  await addListed('rounds');
  // Not mailCopyRemovals, though a row names the mailbox a mail went from: it holds ids and a key only,
  // and it removes a copy of a mail from that mailbox (mail-copy-removals.ts), deleting itself once the copy
  // is gone. Deleted here before it ran, the copy (a referat, an action's title) would stay there for good,
  // out of reach of any later run. The same holds for a conversation's deletion above.
  return rows;
}
