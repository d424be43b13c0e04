// Right of access (GDPR art. 15; DESIGN §6 "Data of a person can be exported"): everything Samtale stores about
// one person, read table by table from the whole store, so what a new table holds is never left out unseen.
import { AppError } from '../core/errors';
import type { Clock } from '../ports/clock';
import type { Stored } from '../ports/store';
import type { StoreScan } from '../ports/store-scan';
import { ruleOf, unlistedTables, type ExportSection, type TableRule } from './personal-data-tables';

/** Raised when the store has a table PERSONAL_DATA_TABLES does not describe: the export would be incomplete. */
export class UnlistedTablesError extends AppError {
  constructor(readonly tables: string[]) {
    super(
      'internal',
      `the store has tables the export does not know (${tables.join(', ')}): list each in ` +
        'src/app/personal-data-tables.ts as personal data, an index, or holding nothing personal',
    );
    this.name = 'UnlistedTablesError';
  }
}

export const EXPORT_SCHEMA_VERSION = 1;

/** the person's part in a row: a conversation's employee or conductor, their own partition, or named in it */
export type ExportRole = 'employee' | 'conductor' | 'self' | 'mentioned';

export interface ExportedRow {
  table: string;
  partitionKey: string;
  rowKey: string;
  role: ExportRole;
  value: unknown;
}

export interface PersonExport {
  format: 'samtale-personal-data-export';
  schemaVersion: typeof EXPORT_SCHEMA_VERSION;
  personId: string;
  exportedAt: string;
  conversations: { id: string; role: 'employee' | 'conductor' }[];
  sections: Partial<Record<ExportSection, ExportedRow[]>>;
  /** every table walked and what it holds, so the reader sees what was looked at */
  tables: { table: string; holds: TableRule['holds']; rows: number; note: string | null }[];
}

export async function exportPerson(
  deps: { scan: StoreScan; clock: Clock },
  input: { personId: string },
): Promise<PersonExport> {
  const { personId } = input;
  const tables = await deps.scan.tables();
  const unlisted = unlistedTables(tables);
  if (unlisted.length > 0) throw new UnlistedTablesError(unlisted);

  // The person's conversations first: the other tables are keyed by conversation id.
  const roles = new Map<string, 'employee' | 'conductor'>();
  const conversationsTable = tables.find((t) => ruleOf(t)?.name === 'conversations');
  if (conversationsTable) {
    for await (const row of deps.scan.scan<{ employeeId?: string; conductorId?: string }>(
      conversationsTable,
    )) {
      if (row.value.employeeId === personId) roles.set(row.partitionKey, 'employee');
      else if (row.value.conductorId === personId) roles.set(row.partitionKey, 'conductor');
    }
  }

  const sections: PersonExport['sections'] = {};
  const walked: PersonExport['tables'] = [];
  for (const table of tables) {
    const { name, rule } = ruleOf(table)!;
    if (rule.holds !== 'personal') {
      walked.push({
        table: name,
        holds: rule.holds,
        rows: 0,
        note: rule.holds === 'index' ? `an index of ${rule.of}` : rule.why,
      });
      continue;
    }
    let count = 0;
    for await (const row of deps.scan.scan<unknown>(table)) {
      const role = roleIn(row, rule.match, personId, roles);
      if (!role) continue;
      const value = visibleValue(name, row, role);
      if (value === undefined) continue;
      (sections[rule.section] ??= []).push({
        table: name,
        partitionKey: row.partitionKey,
        rowKey: row.rowKey,
        role,
        value,
      });
      count++;
    }
    walked.push({ table: name, holds: 'personal', rows: count, note: null });
  }
  return {
    format: 'samtale-personal-data-export',
    schemaVersion: EXPORT_SCHEMA_VERSION,
    personId,
    exportedAt: deps.clock.now().toISOString(),
    conversations: [...roles].map(([id, role]) => ({ id, role })),
    sections,
    tables: walked,
  };
}

function roleIn(
  row: Stored<unknown>,
  match: readonly string[],
  personId: string,
  roles: Map<string, 'employee' | 'conductor'>,
): ExportRole | null {
  if (match.includes('person') && row.partitionKey === personId) return 'self';
  if (match.includes('conversation')) {
    const role = roles.get(row.partitionKey);
    if (role) return role;
  }
  if (match.includes('mentions')) {
    let found: ExportRole | null = null;
    forEachString(row.value, (s) => {
      if (s === personId) found = 'mentioned';
      else if (!found) found = roles.get(s) ?? null;
    });
    if (!found && roles.has(row.rowKey)) found = roles.get(row.rowKey)!;
    return found;
  }
  return null;
}

/** What of a row is the person's; undefined when none of it is. */
function visibleValue(table: string, row: Stored<unknown>, role: ExportRole): unknown {
  if (table === 'referats' && role !== 'conductor' && isObject(row.value)) {
    // The conductor's private notes are the leader's own working notes, kept from the employee by law
    // (offl. § 13 jf. fvl. § 13: the employee's access is to the referat both signed) and by DESIGN §6
    // ("private notes only to the conductor"). They are the leader's personal data, so they go into the
    // leader's export, not the employee's.
    return Object.fromEntries(Object.entries(row.value).filter(([key]) => key !== 'privateNotes'));
  }
  if (table === 'preparations') {
    // each side's preparation is that side's own writing: the employee's column to the employee, the
    // leader's to the conductor (004: both prepare), as the conversation page shows each its own
    const own = role === 'employee' ? 'employee' : role === 'conductor' ? 'leader' : null;
    return row.rowKey === own ? row.value : undefined;
  }
  return row.value;
}

function forEachString(value: unknown, visit: (s: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) for (const item of value) forEachString(item, visit);
  else if (isObject(value)) for (const item of Object.values(value)) forEachString(item, visit);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
