// Who may share a round's conversations with the leader planning it (003: "På store arbeidsplasser vil det
// være aktuelt at flere i lederstillinger deler på gjennomføringa av samtaler"). A co-conductor reads and
// writes the conversation's preparations and referat (DESIGN §6), so it is the same leaders a conversation
// may be handed to (002): those near the planner in the directory (leaders-near.ts).
import { AppError } from '../core/errors';
import { leadersNear, type NearLeader } from './leaders-near';
import type { SchedulingDeps } from './scheduling-deps';

export type CoConductor = NearLeader;

export async function listCoConductors(
  deps: Pick<SchedulingDeps, 'directory'>,
  input: { leaderId: string },
): Promise<CoConductor[]> {
  // only a leader plans a round (plan-round.ts answers the same to someone with nobody to plan for)
  const team = await deps.directory.listDirectReports(input.leaderId);
  if (team.length === 0) throw new AppError('not-a-leader', `${input.leaderId} has nobody to plan for`);
  return leadersNear(deps.directory, input.leaderId, team);
}
