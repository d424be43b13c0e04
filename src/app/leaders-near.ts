// The leaders near a leader in the directory: their own leader, the leaders beside them and the leaders under
// them. They are the ones a conversation may be handed to (002: "den aktuelle leder avklare med sin
// overordnede hvem som skal gjennomføre den") and the ones who may share a round's conversations (003: on
// large workplaces several leaders share). Both give the new conductor the conversation's content (DESIGN §6),
// so both ask this one rule: a deputy in the next building, never a leader across the municipality.
import type { Directory, DirectoryPerson } from '../ports/directory';

export interface NearLeader {
  id: string;
  displayName: string;
  jobTitle: string;
  department: string | null;
  mail: string;
  /** how they stand to the leader: their leader, a leader beside them, or one under them */
  relation: 'manager' | 'peer' | 'report';
}

/** The near leaders of `leaderId`, never the leader themselves: their own leader first, then by name. */
export async function leadersNear(
  directory: Pick<Directory, 'getManager' | 'listDirectReports'>,
  leaderId: string,
  /** the leader's own reports, when the caller has read them already */
  ownReports?: DirectoryPerson[],
): Promise<NearLeader[]> {
  const [manager, own] = await Promise.all([
    directory.getManager(leaderId),
    ownReports ?? directory.listDirectReports(leaderId),
  ]);
  const peers = manager ? await directory.listDirectReports(manager.id) : [];
  const seen = new Set([leaderId]);
  const near: [DirectoryPerson, NearLeader['relation']][] = [];
  const add = (p: DirectoryPerson, relation: NearLeader['relation']) => {
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
      async ([p, relation]) => relation === 'manager' || (await directory.listDirectReports(p.id)).length > 0,
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
