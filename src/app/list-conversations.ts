import type { Conversation } from '../core/conversation';
import { listConversations as listStored } from './conversations-repo';
import type { SchedulingDeps } from './scheduling-deps';

/** The conversations a person is part of: those they conduct and their own, soonest first. */
export async function listMyConversations(
  deps: Pick<SchedulingDeps, 'store'>,
  input: { userId: string },
): Promise<{ conducting: Conversation[]; mine: Conversation[] }> {
  const [conducting, mine] = await Promise.all([
    listStored(deps.store, { conductorId: input.userId }),
    listStored(deps.store, { employeeId: input.userId }),
  ]);
  const byStart = (a: Conversation, b: Conversation) => a.start.localeCompare(b.start);
  return { conducting: conducting.sort(byStart), mine: mine.sort(byStart) };
}
