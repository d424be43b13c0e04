// HR's shared needs for a year (003: to the leader group and the autumn budget): the aggregate rows the
// referat approval writes (no names, no ids), grouped per unit with the small-number rule of
// core/reports/shared-needs.ts, using the directory's head count per unit.
import { SHARED_NEEDS } from './shared-needs';
import { periodOfYear } from '../core/reports/period';
import { sharedNeedsReport, type SharedNeedsReport } from '../core/reports/shared-needs';
import { ZSharedNeedsRow, type SharedNeedsRow } from '../core/reports/shared-needs-row';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import type { ReportInput } from './compliance-report';
import { unitOf } from './report-people';
import { requireHr } from './require-hr';

export async function getSharedNeedsReport(
  deps: { directory: Directory; store: Store },
  input: ReportInput,
): Promise<SharedNeedsReport> {
  requireHr(input.appRoles, input.hrAppRole);
  const [stored, people] = await Promise.all([
    deps.store.list<unknown>(SHARED_NEEDS, String(input.year)),
    deps.directory.listPeople(),
  ]);
  // A row that does not parse (an older shape) is left out rather than shown: nothing in it is known to
  // be free of names.
  const rows = stored.flatMap((row): SharedNeedsRow[] => {
    const parsed = ZSharedNeedsRow.safeParse(row.value);
    return parsed.success ? [parsed.data] : [];
  });
  const unitSizes = new Map<string, number>();
  for (const person of people) unitSizes.set(unitOf(person), (unitSizes.get(unitOf(person)) ?? 0) + 1);
  return sharedNeedsReport(rows, periodOfYear(input.year), { unitSizes });
}
