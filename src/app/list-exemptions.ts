// A person's exemptions for their leader: in force and withdrawn, newest first, with the reasons.
import { requireReportOf } from './access';
import { listExemptionsOfPerson, type StoredExemption } from './exemptions-repo';
import type { ExemptionDeps } from './record-exemption';

export async function listExemptions(
  deps: Pick<ExemptionDeps, 'directory' | 'store'>,
  input: { leaderId: string; personId: string },
): Promise<StoredExemption[]> {
  await requireReportOf(deps.directory, input.leaderId, input.personId);
  return (await listExemptionsOfPerson(deps.store, input.personId)).map((e) => e.value);
}
