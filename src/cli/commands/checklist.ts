// samtale checklist --start YYYY-MM-DD | --end YYYY-MM-DD [--mentor] [--new-leader] [--lang nb|nn|en]
//                   [--policy FILE] [--json]
// With --start the probation plan of the policy follows the checklist (DESIGN.md §2.9).
import { dayOf, isCalendarDate, isoOf } from '../../core/calendar/days';
import { exitChecklist, onboardingChecklist } from '../../core/checklists/build';
import { probationPeriod, probationPlan } from '../../core/due/probation';
import { ZLanguage } from '../../core/org';
import { checklistTable, probationTable } from '../checklist-table';
import { EXIT, UsageError, type Command } from '../io';
import { dateOption, parseOptions } from '../parse-options';
import { loadPolicy } from '../read-json-input';

export const checklist: Command = async (args, io) => {
  const options = parseOptions(args, {
    start: { type: 'string' },
    end: { type: 'string' },
    mentor: { type: 'boolean', default: false },
    'new-leader': { type: 'boolean', default: false },
    lang: { type: 'string', default: 'nb' },
    policy: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if ((options.start === undefined) === (options.end === undefined)) {
    throw new UsageError('give either --start YYYY-MM-DD (onboarding) or --end YYYY-MM-DD (exit)');
  }
  const language = ZLanguage.safeParse(options.lang);
  if (!language.success) throw new UsageError(`--lang: expected nb, nn or en, got '${options.lang}'`);
  const policy = (await loadPolicy(io, options.policy)).municipality;

  if (options.end !== undefined) {
    const endDate = dateOption('end', options.end, isCalendarDate);
    const items = exitChecklist(endDate);
    io.stdout(
      options.json
        ? `${JSON.stringify({ endDate, items }, null, 2)}\n`
        : checklistTable(items, language.data, { kind: 'exit', date: endDate }),
    );
    return EXIT.ok;
  }
  const startDate = dateOption('start', options.start, isCalendarDate);
  const items = onboardingChecklist({ startDate, mentor: options.mentor, newLeader: options['new-leader'] });
  const period = probationPeriod(dayOf(startDate), policy.probation.months, []);
  const plan = probationPlan(period.start, period.end, policy.probation);
  if (options.json) {
    const probation = {
      end: isoOf(period.end),
      conversations: plan.map((m) => ({
        kind: m.kind,
        number: m.number,
        from: isoOf(m.from),
        dueDate: isoOf(m.to),
        rule: m.rule,
      })),
    };
    io.stdout(`${JSON.stringify({ startDate, items, probation }, null, 2)}\n`);
    return EXIT.ok;
  }
  io.stdout(
    `${checklistTable(items, language.data, { kind: 'onboarding', date: startDate })}\n${probationTable(period, plan, language.data)}`,
  );
  return EXIT.ok;
};
