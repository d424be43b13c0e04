// Who a leader can hand a conversation to (002: "den aktuelle leder avklare med sin overordnede hvem som skal
// gjennomføre den"; 003: on large workplaces several leaders share): the leaders near the conductor
// (leaders-near.ts), never the conversation's own employee.
import { requireConductor } from './access';
import { requireConversation } from './conversations-repo';
import { leadersNear, type NearLeader } from './leaders-near';
import type { SchedulingDeps } from './scheduling-deps';

export type DelegationCandidate = NearLeader;

export async function listDelegationCandidates(
  deps: Pick<SchedulingDeps, 'directory' | 'store'>,
  input: { userId: string; conversationId: string },
): Promise<DelegationCandidate[]> {
  const { value: conversation } = await requireConversation(deps.store, input.conversationId);
  requireConductor(conversation, input.userId);
  const near = await leadersNear(deps.directory, input.userId);
  return near.filter((p) => p.id !== conversation.employeeId);
}
