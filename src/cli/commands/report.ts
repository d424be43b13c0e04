// samtale report compliance --org FILE (--period YYYY | --from D --to D) [--policy FILE] [--conversations FILE]
//                           [--csv | --json]
// samtale report needs --needs FILE (--period YYYY | --from D --to D) [--org FILE] [--csv | --json]
import { isCalendarDate } from '../../core/calendar/days';
import { ZOrgFile, type OrgFile } from '../../core/due/org-file';
import { complianceReport, type ReportConversation } from '../../core/reports/compliance';
import { ZConversationsFile } from '../../core/reports/conversations-file';
import { complianceCsv, sharedNeedsCsv } from '../../core/reports/csv';
import { periodOfYear, type ReportPeriod } from '../../core/reports/period';
import { sharedNeedsReport } from '../../core/reports/shared-needs';
import { ZSharedNeedsFile } from '../../core/reports/shared-needs-row';
import { EXIT, UsageError, type CliIo, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';
import { loadPolicy, readJsonInput } from '../read-json-input';
import { complianceText, needsText } from '../report-table';

const PERIOD_OPTIONS = {
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  csv: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
} as const;

type Values = { period?: string; from?: string; to?: string; csv: boolean; json: boolean };

function periodFrom(values: Values): ReportPeriod {
  if (values.period !== undefined) {
    if (values.from !== undefined || values.to !== undefined)
      throw new UsageError('give --period or --from and --to, not both');
    if (!/^\d{4}$/.test(values.period))
      throw new UsageError(`--period: expected a year as YYYY, got '${values.period}'`);
    return periodOfYear(Number(values.period));
  }
  if (values.from === undefined && values.to === undefined)
    throw new UsageError('--period YYYY (or --from YYYY-MM-DD --to YYYY-MM-DD) is required');
  const from = dateOption('from', values.from, isCalendarDate);
  const to = dateOption('to', values.to, isCalendarDate);
  if (to < from) throw new UsageError('--to: must not be before --from');
  return { from, to };
}

function format(values: Values): 'csv' | 'json' | 'text' {
  if (values.csv && values.json) throw new UsageError('give --csv or --json, not both');
  return values.csv ? 'csv' : values.json ? 'json' : 'text';
}

// The org file's `planned` rows carry a date, not a time: noon UTC is that same date in Oslo all year.
function plannedAsConversations(org: OrgFile): ReportConversation[] {
  return org.planned.map((p) => ({
    employeeId: p.personId,
    kind: p.kind,
    status: 'booked',
    start: `${p.date}T12:00:00Z`,
  }));
}

async function readConversations(io: CliIo, file: string | undefined, org: OrgFile) {
  if (file === undefined) return [];
  const rows = await readJsonInput(io, file, ZConversationsFile);
  const ids = new Set(org.people.map((p) => p.id));
  const stray = rows.findIndex((c) => !ids.has(c.employeeId));
  // a booking for someone not in the org file means the two files do not belong together
  if (stray >= 0)
    throw new UsageError(
      `invalid input\n  ${file}: [${stray}].employeeId: no person with this id in the org file`,
    );
  return rows;
}

const compliance: Command = async (args, io) => {
  const values = parseOptions(args, {
    ...PERIOD_OPTIONS,
    org: { type: 'string' },
    policy: { type: 'string' },
    conversations: { type: 'string' },
  });
  if (values.org === undefined) throw new UsageError('--org FILE is required (see `samtale schema org`)');
  const period = periodFrom(values);
  const output = format(values);
  const org = await readJsonInput(io, values.org, ZOrgFile);
  const policy = await loadPolicy(io, values.policy, { policy: org.policy, file: values.org });
  const conversations = [
    ...plannedAsConversations(org),
    ...(await readConversations(io, values.conversations, org)),
  ];
  const report = complianceReport({ ...org, conversations, policy, period });
  if (output === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === 'csv') io.stdout(complianceCsv(report));
  else io.stdout(complianceText(report, org.name));
  return EXIT.ok;
};

/** employees per unit name who worked there in the period: the head counts of the small-number rule */
function unitSizes(org: OrgFile, period: ReportPeriod): Map<string, number> {
  const names = new Map(org.units.map((u) => [u.id, u.name]));
  const sizes = new Map<string, number>();
  for (const p of org.people) {
    if (p.startDate > period.to || (p.endDate !== null && p.endDate < period.from)) continue;
    const name = names.get(p.unitId) ?? p.unitId;
    sizes.set(name, (sizes.get(name) ?? 0) + 1);
  }
  return sizes;
}

const needs: Command = async (args, io) => {
  const values = parseOptions(args, {
    ...PERIOD_OPTIONS,
    needs: { type: 'string' },
    org: { type: 'string' },
  });
  if (values.needs === undefined)
    throw new UsageError('--needs FILE is required (see `samtale schema shared-needs`)');
  const period = periodFrom(values);
  const output = format(values);
  const rows = await readJsonInput(io, values.needs, ZSharedNeedsFile);
  const org = values.org === undefined ? undefined : await readJsonInput(io, values.org, ZOrgFile);
  const report = sharedNeedsReport(rows, period, org ? { unitSizes: unitSizes(org, period) } : {});
  if (output === 'json') io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (output === 'csv') io.stdout(sharedNeedsCsv(report));
  else io.stdout(needsText(report));
  return EXIT.ok;
};

export const report: Command = async (args, io) => {
  const [which, ...rest] = args;
  if (which === 'compliance') return compliance(rest, io);
  if (which === 'needs') return needs(rest, io);
  throw new UsageError('give a report: compliance or needs');
};
