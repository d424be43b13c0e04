// samtale due --org FILE --today YYYY-MM-DD [--policy FILE] [--leader ID|MAIL] [--all] [--json]
import { isCalendarDate } from '../../core/calendar/days';
import { formatDate } from '../../core/calendar/oslo';
import { computeDueList } from '../../core/due/due-list';
import { ZOrgFile } from '../../core/due/org-file';
import type { Person } from '../../core/org';
import { dueTable, summaryLine } from '../due-table';
import { EXIT, UsageError, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';
import { loadPolicy, readJsonInput } from '../read-json-input';

/** the table shows what opens within three months; the rest is counted (--all and --json show everything) */
const HORIZON_DAYS = 90;

export const due: Command = async (args, io) => {
  const options = parseOptions(args, {
    org: { type: 'string' },
    today: { type: 'string' },
    policy: { type: 'string' },
    leader: { type: 'string' },
    json: { type: 'boolean', default: false },
    all: { type: 'boolean', default: false },
  });
  if (options.org === undefined) throw new UsageError('--org FILE is required (see `samtale schema org`)');
  const today = dateOption('today', options.today, isCalendarDate);
  const org = await readJsonInput(io, options.org, ZOrgFile);
  const policy = await loadPolicy(io, options.policy, { policy: org.policy, file: options.org });

  const people = new Map<string, Person>(org.people.map((p) => [p.id, p]));
  let list = computeDueList({ ...org, today, policy });
  if (options.leader !== undefined) {
    const wanted = options.leader.toLowerCase();
    const leader = org.people.find((p) => p.id === wanted || p.mail.toLowerCase() === wanted);
    if (!leader) throw new UsageError(`--leader: no person with id or mail '${options.leader}'`);
    list = list.filter((entry) => entry.managerId === leader.id);
  }

  if (options.json) {
    const out = list.map((entry) => ({ ...entry, displayName: people.get(entry.personId)?.displayName }));
    io.stdout(`${JSON.stringify({ today, people: out }, null, 2)}\n`);
    return EXIT.ok;
  }
  const title = `Samtaler per ${formatDate(today)}${org.name ? ` – ${org.name}` : ''}`;
  io.stdout(
    `${title}\n${list.length} personer · ${summaryLine(list)}\n${dueTable(list, people, { today, horizonDays: options.all ? null : HORIZON_DAYS })}`,
  );
  return EXIT.ok;
};
