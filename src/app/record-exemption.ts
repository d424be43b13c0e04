// A leader records that a person skips a conversation one year, and why (000: "En leder kan ikke ... la være
// ... uten at dette er begrunnet", and an employee may ask to stå over "en gang", not for good). The leader
// records both kinds: the employee's wish is told to the leader (000: "ta en liten prat med sjefen din").
import { z } from 'zod';
import { osloDateOf } from '../core/calendar/oslo';
import { AppError } from '../core/errors';
import type { Clock } from '../ports/clock';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { requireReportOf } from './access';
import {
  indexExemption,
  insertExemption,
  listExemptionsOfPerson,
  type StoredExemption,
} from './exemptions-repo';

export interface ExemptionDeps {
  directory: Directory;
  store: Store;
  clock: Clock;
  newId(): string;
}

export const ZRecordExemptionInput = z.object({
  // aml. § 15-6: the probation follow-ups are the employer's duty, and a start conversation is how it begins;
  // only the annual and the exit conversation can be skipped
  kind: z.enum(['annual', 'exit']),
  year: z.number().int(),
  by: z.enum(['leader', 'employee']),
  reason: z.string().trim().min(3).max(1000),
});
export type RecordExemptionInput = z.infer<typeof ZRecordExemptionInput>;

export async function recordExemption(
  deps: ExemptionDeps,
  input: RecordExemptionInput & { leaderId: string; personId: string },
): Promise<StoredExemption> {
  await requireReportOf(deps.directory, input.leaderId, input.personId);
  const now = deps.clock.now();
  const today = osloDateOf(now.toISOString());
  const thisYear = Number(today.slice(0, 4));
  // last year (recorded after the fact, for the report) to next year (planned leave); not further: the
  // reason would be a guess
  if (input.year < thisYear - 1 || input.year > thisYear + 1)
    throw new AppError(
      'bad-request',
      `year ${input.year} is not between ${thisYear - 1} and ${thisYear + 1}`,
      'body.year',
    );
  const existing = await listExemptionsOfPerson(deps.store, input.personId);
  const same = existing.find(
    (e) => !e.value.withdrawn && e.value.kind === input.kind && e.value.year === input.year,
  );
  if (same) {
    // the first attempt may have crashed before its index row: write it, so the report and the team count it
    await indexExemption(deps.store, same.value);
    throw new AppError(
      'conflict',
      `${input.personId} is already exempt from ${input.kind} in ${input.year}`,
      'body.year',
    );
  }
  const leader = await deps.directory.getPerson(input.leaderId);
  const stored = await insertExemption(deps.store, {
    id: deps.newId(),
    personId: input.personId,
    kind: input.kind,
    year: input.year,
    by: input.by,
    reason: input.reason,
    recordedAt: today,
    recordedById: input.leaderId,
    recordedByName: leader?.displayName ?? '',
    recordedInstant: now.toISOString(),
    withdrawn: null,
  });
  return stored.value;
}
