// Withdrawing an exemption (the employee wants the conversation after all, or the reason fell away): the
// record stays, marked with who withdrew it and when; the conversation is due again from then on.
import { AppError } from '../core/errors';
import { requireReportOf } from './access';
import { getExemption, saveExemption, type StoredExemption } from './exemptions-repo';
import type { ExemptionDeps } from './record-exemption';

/** Withdrawing twice is harmless: the first withdrawal is what is recorded. */
export async function withdrawExemption(
  deps: Omit<ExemptionDeps, 'newId'>,
  input: { leaderId: string; personId: string; exemptionId: string },
): Promise<StoredExemption> {
  await requireReportOf(deps.directory, input.leaderId, input.personId);
  const stored = await getExemption(deps.store, input.personId, input.exemptionId);
  if (!stored) throw new AppError('not-found', input.exemptionId);
  if (stored.value.withdrawn) return stored.value;
  const leader = await deps.directory.getPerson(input.leaderId);
  const withdrawn: StoredExemption = {
    ...stored.value,
    withdrawn: {
      byId: input.leaderId,
      byName: leader?.displayName ?? '',
      at: deps.clock.now().toISOString(),
    },
  };
  return (await saveExemption(deps.store, withdrawn, stored.etag)).value;
}
