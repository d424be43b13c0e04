// samtale retention --dry-run [--today YYYY-MM-DD] [--org FILE] [--json]   (without --dry-run: deletes)
// Deletion after retention (DESIGN §6) on the store the server uses: what the policy makes due, and why; the
// real run deletes exactly that, each row after an audit entry without content, and a second run finds nothing.
import { carryOutRetention, planRetention, type RetentionPlan } from '../../app/apply-retention';
import { readCurrentPolicy } from '../../app/policy-repo';
import { isCalendarDate } from '../../core/calendar/days';
import { osloDateOf } from '../../core/calendar/oslo';
import { ZOrgFile } from '../../core/due/org-file';
import { resolvePolicy } from '../../core/policy/resolve';
import type { Leaver } from '../../core/retention';
import { EXIT, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';
import { readJsonInput } from '../read-json-input';
import { openServerStore } from '../store-connection';

export const RETENTION_HELP = `Usage: samtale retention --dry-run [--today YYYY-MM-DD] [--org FILE] [--json]
       samtale retention [--today YYYY-MM-DD] [--org FILE] [--json]

What Samtale's own copies are due for deletion, and why, by the policy HR saved (the server's):
  - retention "replace-previous" (002): an earlier conversation's referat, plan and preparations, once the
    employee's next one of the same kind is signed and filed in the personnel folder
  - people who left (their last day in --org): keepAfterLeavingDays (default 90) after the last day, all of
    their conversations as employee, and a leader's own part (private notes, preparation) of those they held
  - never what is signed but not yet filed in the archive: that is listed as held
--dry-run lists and changes nothing. Without it each row is deleted after an audit entry (no content).

  --today DATE  the day to decide for (default: today in Oslo)
  --org FILE    people with their last day (endDate), as \`samtale schema org\`; without it nobody has left
  --json        the plan as JSON
`;

export const retention: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(RETENTION_HELP);
    return EXIT.ok;
  }
  const options = parseOptions(args, {
    'dry-run': { type: 'boolean', default: false },
    today: { type: 'string' },
    org: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  const today =
    options.today === undefined
      ? osloDateOf(new Date().toISOString())
      : dateOption('today', options.today, isCalendarDate);
  const org = options.org === undefined ? null : await readJsonInput(io, options.org, ZOrgFile);
  const leavers: Leaver[] = (org?.people ?? []).flatMap((p) =>
    p.endDate && p.endDate < today ? [{ personId: p.id, lastDay: p.endDate }] : [],
  );

  const opened = await openServerStore(io);
  try {
    const { record } = await readCurrentPolicy(opened.store);
    const { retention: rule, keepAfterLeavingDays } = resolvePolicy(record?.file ?? {}).municipality;
    const plan = await planRetention(opened, {
      today,
      policy: { retention: rule, keepAfterLeavingDays },
      leavers,
    });
    let deleted = 0;
    if (!options['dry-run'])
      deleted = await carryOutRetention(
        { ...opened, clock: { now: () => new Date() }, newId: () => crypto.randomUUID() },
        plan,
      );
    io.stdout(
      options.json
        ? `${JSON.stringify({ dryRun: options['dry-run'], deleted, ...plan }, null, 2)}\n`
        : planText(plan, options['dry-run'], deleted, opened.where),
    );
    return EXIT.ok;
  } finally {
    await opened.close();
  }
};

function planText(plan: RetentionPlan, dryRun: boolean, deleted: number, where: string): string {
  const lines = [
    `Retention ${plan.today} (${where}): policy ${plan.policy.retention}, ` +
      `${plan.policy.keepAfterLeavingDays} days after leaving`,
  ];
  const groups = new Map<string, RetentionPlan['deletions']>();
  for (const item of plan.deletions) groups.set(item.subject, [...(groups.get(item.subject) ?? []), item]);
  for (const [subject, items] of groups) {
    lines.push('', `${subject}: ${whyText(items[0]!.reason)}`);
    for (const item of items)
      lines.push(
        `  ${item.op === 'delete' ? 'delete' : 'clear private notes'} ${item.table}/${item.partitionKey}/${item.rowKey}`,
      );
  }
  for (const held of plan.held)
    lines.push(
      '',
      `${held.conversationId}: held, signed but not filed in the archive yet (${whyText(held.reason)})`,
    );
  lines.push(
    '',
    dryRun
      ? `Dry run: ${plan.deletions.length} rows would change; nothing was changed.`
      : `${deleted} rows changed, each logged in the audit log.`,
  );
  return `${lines.join('\n')}\n`;
}

function whyText(reason: RetentionPlan['deletions'][number]['reason']): string {
  switch (reason.rule) {
    case 'replaced':
      return `replaced by ${reason.by}, signed and filed (002: the old form is destroyed)`;
    case 'employee-left':
      return `the employee left ${reason.lastDay}; kept until ${reason.dueFrom} (002)`;
    case 'conductor-left':
      return `the conductor left ${reason.lastDay}: the leader's own notes and preparation (002)`;
    case 'person-left':
      return `left ${reason.lastDay}; their own records kept until ${reason.dueFrom} (002)`;
  }
}
