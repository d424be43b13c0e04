// Who a leader can hand a conversation to (002: "den aktuelle leder avklare med sin overordnede hvem som skal
// gjennomføre den"; 003: on large workplaces several leaders share). Leaders only, and those near the
// conductor in the directory: their own leader, the leaders beside them, and leaders under them.
import type { DirectoryPerson } from '../ports/directory';
import { requireConductor } from './access';
import { requireConversation } from './conversations-repo';
import type { SchedulingDeps } from './scheduling-deps';

export interface DelegationCandidate {
  id: string;
  displayName: string;
  jobTitle: string;
  department: string | null;
  mail: string;
  /** how they stand to the conductor: their leader, a leader beside them, or one under them */
  relation: 'manager' | 'peer' | 'report';
}

export async function listDelegationCandidates(
  deps: Pick<SchedulingDeps, 'directory' | 'store'>,
  input: { userId: string; conversationId: string },
): Promise<DelegationCandidate[]> {
  const { value: conversation } = await requireConversation(deps.store, input.conversationId);
  requireConductor(conversation, input.userId);
  const [manager, own] = await Promise.all([
    deps.directory.getManager(input.userId),
    deps.directory.listDirectReports(input.userId),
  ]);
  const peers = manager ? await deps.directory.listDirectReports(manager.id) : [];
  const seen = new Set([input.userId, conversation.employeeId]);
  const near: [DirectoryPerson, DelegationCandidate['relation']][] = [];
  const add = (p: DirectoryPerson, relation: DelegationCandidate['relation']) => {
    if (seen.has(p.id)) return;
    seen.add(p.id);
    near.push([p, relation]);
  };
  if (manager) add(manager, 'manager');
  for (const p of peers) add(p, 'peer');
  for (const p of own) add(p, 'report');
  // a leader is someone with people of their own; the manager always is
  const leads = await Promise.all(
    near.map(
      async ([p, relation]) =>
        relation === 'manager' || (await deps.directory.listDirectReports(p.id)).length > 0,
    ),
  );
  const order = { manager: 0, peer: 1, report: 2 } as const;
  return near
    .filter((_, i) => leads[i])
    .map(([p, relation]) => ({
      id: p.id,
      displayName: p.displayName,
      jobTitle: p.jobTitle,
      department: p.department,
      mail: p.mail,
      relation,
    }))
    .sort(
      (a, b) => order[a.relation] - order[b.relation] || a.displayName.localeCompare(b.displayName, 'nb'),
    );
}
