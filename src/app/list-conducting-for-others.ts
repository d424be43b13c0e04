// Conversations a leader holds for people who do not report to them: delegated to them (002) or given them
// in a shared round (003). The team overview lists them apart, so the new conductor finds the way to the
// preparations and the referat.
import type { Conversation } from '../core/conversation';
import { listConversations } from './conversations-repo';
import type { SchedulingDeps } from './scheduling-deps';

export interface ConductedForOther {
  conversationId: string;
  kind: Conversation['kind'];
  start: string;
  employee: { id: string; displayName: string };
}

/** after the meeting there is still the referat to write and sign: held ones stay listed this long */
const KEEP_AFTER_DAYS = 60;

export async function listConductingForOthers(
  deps: Pick<SchedulingDeps, 'directory' | 'store' | 'clock'>,
  input: { leaderId: string; teamIds: readonly string[] },
): Promise<ConductedForOther[]> {
  const team = new Set(input.teamIds);
  const since = deps.clock.now().getTime() - KEEP_AFTER_DAYS * 86_400_000;
  const conducting = await listConversations(deps.store, { conductorId: input.leaderId });
  const others = conducting.filter(
    (c) => !team.has(c.employeeId) && c.status !== 'cancelled' && Date.parse(c.end) > since,
  );
  const people = await Promise.all(others.map((c) => deps.directory.getPerson(c.employeeId)));
  return others
    .map((c, i) => ({
      conversationId: c.id,
      kind: c.kind,
      start: c.start,
      employee: { id: c.employeeId, displayName: people[i]?.displayName ?? '' },
    }))
    .sort((a, b) => a.start.localeCompare(b.start));
}
