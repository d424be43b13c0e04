// samtale remind --dry-run [--today YYYY-MM-DD] [--org FILE] [--state FILE] [--policy FILE] [--lang nb|nn|en]
//                [--json]
// The reminders the server's sweep would find due on a day (DESIGN §2.8), from the same core rules, without
// storing or sending anything. Sending is the server's: its sweep runs every quarter of an hour.
import { dayOf, isCalendarDate } from '../../core/calendar/days';
import { osloDateOf, osloToUtc } from '../../core/calendar/oslo';
import { ZOrgFile, type OrgFile } from '../../core/due/org-file';
import { ZLanguage, type Person } from '../../core/org';
import { computedChecklistItems } from '../../core/reminders/checklist-reminders';
import { dueReminders } from '../../core/reminders/due-reminders';
import type { DueReminder } from '../../core/reminders/rules';
import { isSendingTime } from '../../core/reminders/sending-time';
import { ZReminderState, type ReminderState } from '../../core/reminders/state';
import { EXIT, UsageError, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';
import { fieldPath, loadPolicy, readJsonInput } from '../read-json-input';
import { notSendingDayText, remindText, type PreviewReminder } from '../remind-text';

export const REMIND_HELP = `Usage: samtale remind --dry-run [--today YYYY-MM-DD] [--org FILE] [--state FILE]
                      [--policy FILE] [--lang nb|nn|en] [--json]

Shows the reminders that go out on a day (default: today in Oslo) and why: a missing preparation two days
before, an unsigned referat three days after, an action's deadline a week ahead, a checklist item two
working days before (DESIGN §2.8). Nothing is stored and nothing is sent: the server's reminder sweep does
that every 15 minutes, each reminder once, so there is no run without --dry-run.

  --org FILE     the people (names, managers, start and last days; \`samtale schema org\`); checklist items
                 are worked out from their dates for anyone the state file lists none for
  --state FILE   conversations, preparations, referats, actions and checklist items
                 (\`samtale schema reminder-state\`, example in examples/reminder-state.json)
  --policy FILE  the policy whose working hours are the sending hours (default: the org file's policy)
  --json         every reminder with its recipient, rule, key and notice
`;

export const remind: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(REMIND_HELP);
    return EXIT.ok;
  }
  const options = parseOptions(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    org: { type: 'string' },
    state: { type: 'string' },
    policy: { type: 'string' },
    lang: { type: 'string', default: 'nb' },
    json: { type: 'boolean', default: false },
  });
  if (!options['dry-run'])
    throw new UsageError('only --dry-run: the server sends the reminders (see samtale remind --help)');
  if (options.org === undefined && options.state === undefined)
    throw new UsageError('give --org FILE, --state FILE or both (see samtale remind --help)');
  const language = ZLanguage.safeParse(options.lang);
  if (!language.success) throw new UsageError(`--lang: expected nb, nn or en, got '${options.lang}'`);
  const today =
    options.today === undefined
      ? osloDateOf(new Date().toISOString())
      : dateOption('today', options.today, isCalendarDate);

  const org = options.org === undefined ? null : await readJsonInput(io, options.org, ZOrgFile);
  const state: ReminderState =
    options.state === undefined
      ? { conversations: [], checklistItems: [] }
      : await readJsonInput(io, options.state, ZReminderState);
  if (org && options.state !== undefined) checkPeople(state, org, options.state, options.org ?? '');
  const inline = org ? { policy: org.policy, file: options.org ?? '' } : undefined;
  const hours = (await loadPolicy(io, options.policy, inline)).municipality.workingHours;

  // the sweep's first pass of the day, when the sending hours open
  const now = osloToUtc(today, hours.from);
  if (!isSendingTime(now, hours)) {
    io.stdout(
      options.json
        ? `${JSON.stringify({ today, sendingDay: false, sendingHours: hours, reminders: [] }, null, 2)}\n`
        : notSendingDayText(today, hours, language.data),
    );
    return EXIT.ok;
  }
  const listed = new Set(state.checklistItems.map((item) => item.personId));
  const unlisted = (org?.people ?? []).filter((p) => !listed.has(p.id));
  const full: ReminderState = {
    conversations: state.conversations,
    checklistItems: [...state.checklistItems, ...computedChecklistItems(unlisted, dayOf(today))],
  };
  const people = new Map<string, Person>((org?.people ?? []).map((p) => [p.id, p]));
  const preview = dueReminders({ now, state: full, sendingHours: hours })
    .map((due) => previewOf(due, full, people))
    .sort(byRecipient);

  if (options.json) {
    const out = { today, sendingDay: true, sendingHours: hours, reminders: preview };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(remindText(preview, { today, org: org?.name ?? null }, language.data));
  return EXIT.ok;
};

type Preview = PreviewReminder & Pick<DueReminder['addressed'], 'key' | 'notice'>;

function previewOf(due: DueReminder, state: ReminderState, people: Map<string, Person>): Preview {
  const { recipientId, key, notice } = due.addressed;
  const person = people.get(recipientId);
  const name = (id: string) => people.get(id)?.displayName ?? id;
  const base: Preview = {
    rule: due.rule,
    as: due.as,
    dueOn: due.dueOn,
    source: due.source,
    recipient: { id: recipientId, name: person?.displayName ?? null, mail: person?.mail ?? null },
    key,
    notice,
  };
  if (notice.type !== 'reminder') return base;
  if (notice.reminder === 'checklist-item-due') {
    const item = state.checklistItems.find(
      (i) => i.personId === notice.personId && i.itemId === notice.itemId,
    );
    const responsible = item?.responsible ?? 'leader';
    return {
      ...base,
      checklist: {
        itemId: notice.itemId,
        deadline: notice.due,
        personName: name(notice.personId),
        responsible,
      },
    };
  }
  const c = state.conversations.find((x) => x.id === notice.conversationId);
  if (!c) return base;
  const withConversation: Preview = {
    ...base,
    conversation: { kind: c.kind, start: c.start, employeeName: name(c.employeeId) },
    leaderApprovedAt: c.referat?.leaderApprovedAt ?? null,
  };
  if (notice.reminder !== 'action-deadline-near') return withConversation;
  const action = c.referat?.actions.find((a) => a.id === notice.actionId);
  return {
    ...withConversation,
    action: { deadline: action?.deadline ?? '', what: action?.what ?? null },
  };
}

const RULE_ORDER: DueReminder['rule'][] = [
  'preparation-missing',
  'referat-to-approve',
  'action-deadline-near',
  'checklist-item-due',
];

function byRecipient(a: Preview, b: Preview): number {
  const name = (p: Preview) => p.recipient.name ?? p.recipient.id;
  return (
    name(a).localeCompare(name(b), 'nb') ||
    RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) ||
    a.key.localeCompare(b.key)
  );
}

/** every person the state names must be in the org file: a typo would silently remind nobody */
function checkPeople(state: ReminderState, org: OrgFile, stateFile: string, orgFile: string): void {
  const ids = new Set(org.people.map((p) => p.id));
  const issues: string[] = [];
  const check = (id: string | null, path: (string | number)[]) => {
    if (id !== null && !ids.has(id))
      issues.push(`  ${stateFile}: ${fieldPath(path)}: no person with this id in ${orgFile}`);
  };
  state.conversations.forEach((c, i) => {
    check(c.employeeId, ['conversations', i, 'employeeId']);
    check(c.conductorId, ['conversations', i, 'conductorId']);
    c.referat?.actions.forEach((a, j) =>
      check(a.responsibleId, ['conversations', i, 'referat', 'actions', j, 'responsibleId']),
    );
  });
  state.checklistItems.forEach((item, i) => {
    check(item.personId, ['checklistItems', i, 'personId']);
    check(item.assigneeId, ['checklistItems', i, 'assigneeId']);
    check(item.leaderId, ['checklistItems', i, 'leaderId']);
  });
  if (issues.length > 0) throw new UsageError(`invalid input\n${issues.slice(0, 10).join('\n')}`);
}
