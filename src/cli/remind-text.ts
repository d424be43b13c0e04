// `samtale remind --dry-run` for people: the reminders due on a day, per recipient, with what each is about
// and why it goes out, in the chosen language (bokmål by default).
import { DateTime } from 'luxon';
import { OSLO, osloDateOf } from '../core/calendar/oslo';
import { BEFORE_START_ITEMS } from '../core/checklists/before-start-items';
import { EXIT_ITEMS } from '../core/checklists/exit-items';
import { FIRST_DAYS_ITEMS } from '../core/checklists/first-days-items';
import type { ChecklistRole } from '../core/checklists/types';
import { KIND_NAMES } from '../core/kind-names';
import type { ConversationKind, Language } from '../core/org';
import type { ReminderRule } from '../core/reminders/rules';

/** What the preview says about one due reminder; remind.ts fills it from the state. */
export interface PreviewReminder {
  rule: ReminderRule;
  as: 'employee' | 'conductor' | 'responsible';
  dueOn: string;
  source: string;
  recipient: { id: string; name: string | null; mail: string | null };
  conversation?: { kind: ConversationKind; start: string; employeeName: string };
  /** referat: when the leader approved (the employee's reminder follows it) */
  leaderApprovedAt?: string | null;
  action?: { deadline: string; what: string | null };
  checklist?: { itemId: string; deadline: string; personName: string; responsible: ChecklistRole };
}

const LOCALE: Record<Language, string> = { nb: 'nb', nn: 'nn', en: 'en-GB' };
const DATE: Record<Language, string> = { nb: 'dd.MM.yyyy', nn: 'dd.MM.yyyy', en: 'd MMM yyyy' };
const TIME: Record<Language, string> = { nb: "'kl.' HH:mm", nn: "'kl.' HH:mm", en: "'at' HH:mm" };

const RULE: Record<Language, Record<ReminderRule, string>> = {
  nb: {
    'preparation-missing': 'Forberedelse mangler',
    'referat-to-approve': 'Referat til godkjenning',
    'action-deadline-near': 'Frist for tiltak nærmer seg',
    'checklist-item-due': 'Punkt på sjekklisten forfaller',
  },
  nn: {
    'preparation-missing': 'Førebuing manglar',
    'referat-to-approve': 'Referat til godkjenning',
    'action-deadline-near': 'Frist for tiltak nærmar seg',
    'checklist-item-due': 'Punkt på sjekklista forfell',
  },
  en: {
    'preparation-missing': 'Preparation missing',
    'referat-to-approve': 'Referat to approve',
    'action-deadline-near': 'Action deadline near',
    'checklist-item-due': 'Checklist item due',
  },
};

const ROLE: Record<Language, Record<ChecklistRole, string>> = {
  nb: { leader: 'leder', mentor: 'fadder', it: 'IT', hr: 'HR', archive: 'arkiv' },
  nn: { leader: 'leiar', mentor: 'fadder', it: 'IT', hr: 'HR', archive: 'arkiv' },
  en: { leader: 'leader', mentor: 'mentor', it: 'IT', hr: 'HR', archive: 'archive' },
};

interface Words {
  title(day: string, org: string | null): string;
  summary(reminders: number, people: number): string;
  preview: string;
  none: string;
  notSendingDay(day: string, from: string, to: string): string;
  with(name: string): string;
  deadline: string;
  unnamedAction: string;
  firstDue(day: string): string;
  why: Record<'employeePrep' | 'leaderPrep' | 'leaderReferat' | 'action', string>;
  employeeReferat(approved: string): string;
  checklistFor(item: string, person: string): string;
  checklistWhy(role: string): string;
}

const WORDS: Record<Language, Words> = {
  nb: {
    title: (day, org) => `Påminnelser ${day}${org ? ` – ${org}` : ''}`,
    summary: (r, p) =>
      `${r} ${r === 1 ? 'påminnelse' : 'påminnelser'} til ${p} ${p === 1 ? 'person' : 'personer'}`,
    preview: 'Forhåndsvisning: ingenting er lagret eller sendt. Serveren sender hver påminnelse én gang.',
    none: 'Ingen påminnelser går ut denne dagen.',
    notSendingDay: (day, from, to) =>
      `${day} er ingen sendedag: påminnelser går ut på arbeidsdager kl. ${from}–${to}, ikke i helger og på helligdager.`,
    with: (name) => `med ${name}`,
    deadline: 'frist',
    unnamedAction: 'Tiltak',
    firstDue: (day) => `forfalt første gang ${day}`,
    why: {
      employeePrep: 'den ansattes forberedelse er ikke sendt inn; påminnes to dager før',
      leaderPrep: 'lederens forberedelse er ikke sendt inn; påminnes to dager før',
      leaderReferat: 'lederen har ikke godkjent referatet; påminnes tre dager etter og så ukentlig',
      action: 'tiltaket er ikke utført; påminnes en uke før fristen',
    },
    employeeReferat: (approved) => `lederen godkjente ${approved}, den ansatte har ikke godkjent ennå`,
    checklistFor: (item, person) => `${item} (for ${person})`,
    checklistWhy: (role) => `ikke utført; ansvar: ${role}; påminnes to arbeidsdager før fristen`,
  },
  nn: {
    title: (day, org) => `Påminningar ${day}${org ? ` – ${org}` : ''}`,
    summary: (r, p) =>
      `${r} ${r === 1 ? 'påminning' : 'påminningar'} til ${p} ${p === 1 ? 'person' : 'personar'}`,
    preview: 'Førehandsvising: ingenting er lagra eller sendt. Serveren sender kvar påminning éin gong.',
    none: 'Ingen påminningar går ut denne dagen.',
    notSendingDay: (day, from, to) =>
      `${day} er ingen sendedag: påminningar går ut på arbeidsdagar kl. ${from}–${to}, ikkje i helger og på heilagdagar.`,
    with: (name) => `med ${name}`,
    deadline: 'frist',
    unnamedAction: 'Tiltak',
    firstDue: (day) => `forfall første gong ${day}`,
    why: {
      employeePrep: 'førebuinga til den tilsette er ikkje send inn; påminnast to dagar før',
      leaderPrep: 'førebuinga til leiaren er ikkje send inn; påminnast to dagar før',
      leaderReferat: 'leiaren har ikkje godkjent referatet; påminnast tre dagar etter og så kvar veke',
      action: 'tiltaket er ikkje utført; påminnast ei veke før fristen',
    },
    employeeReferat: (approved) => `leiaren godkjende ${approved}, den tilsette har ikkje godkjent enno`,
    checklistFor: (item, person) => `${item} (for ${person})`,
    checklistWhy: (role) => `ikkje utført; ansvar: ${role}; påminnast to arbeidsdagar før fristen`,
  },
  en: {
    title: (day, org) => `Reminders ${day}${org ? ` – ${org}` : ''}`,
    summary: (r, p) => `${r} ${r === 1 ? 'reminder' : 'reminders'} to ${p} ${p === 1 ? 'person' : 'people'}`,
    preview: 'Preview: nothing was stored or sent. The server sends each reminder once.',
    none: 'No reminders go out on this day.',
    notSendingDay: (day, from, to) =>
      `${day} is not a sending day: reminders go out on working days ${from}–${to}, not at weekends or on public holidays.`,
    with: (name) => `with ${name}`,
    deadline: 'deadline',
    unnamedAction: 'Action',
    firstDue: (day) => `first due ${day}`,
    why: {
      employeePrep: "the employee's preparation has not been submitted; reminded two days before",
      leaderPrep: "the leader's preparation has not been submitted; reminded two days before",
      leaderReferat: 'the leader has not approved the referat; reminded three days after, then weekly',
      action: 'the action is not done; reminded a week before its deadline',
    },
    employeeReferat: (approved) => `the leader approved on ${approved}, the employee has not approved yet`,
    checklistFor: (item, person) => `${item} (for ${person})`,
    checklistWhy: (role) => `not done; responsible: ${role}; reminded two working days before the deadline`,
  },
};

const ITEM_TEXT = new Map(
  [...BEFORE_START_ITEMS, ...FIRST_DAYS_ITEMS, ...EXIT_ITEMS].map((item) => [item.id, item.text]),
);

export function formatDay(date: string, language: Language, weekday = false): string {
  const format = weekday ? `cccc ${DATE[language]}` : DATE[language];
  return DateTime.fromISO(date, { zone: OSLO }).setLocale(LOCALE[language]).toFormat(format);
}

/** a UTC instant as a reader in Oslo sees it */
export function formatInstant(instant: string, language: Language): string {
  const local = DateTime.fromISO(instant, { zone: 'utc' }).setZone(OSLO).setLocale(LOCALE[language]);
  return local.toFormat(`${DATE[language]} ${TIME[language]}`);
}

export function notSendingDayText(
  day: string,
  hours: { from: string; to: string },
  language: Language,
): string {
  return `${WORDS[language].notSendingDay(formatDay(day, language, true), hours.from, hours.to)}\n`;
}

function about(r: PreviewReminder, language: Language): string {
  const w = WORDS[language];
  if (r.checklist) {
    const text = ITEM_TEXT.get(r.checklist.itemId)?.[language] ?? r.checklist.itemId;
    const item = `${text}, ${w.deadline} ${formatDay(r.checklist.deadline, language)}`;
    return w.checklistFor(item, r.checklist.personName);
  }
  const c = r.conversation;
  const meeting = c
    ? `${KIND_NAMES[c.kind][language]} ${w.with(c.employeeName)} ${formatInstant(c.start, language)}`
    : '';
  if (r.action) {
    const what = r.action.what ?? w.unnamedAction;
    return `${what}, ${w.deadline} ${formatDay(r.action.deadline, language)} (${meeting})`;
  }
  return meeting;
}

function why(r: PreviewReminder, language: Language): string {
  const w = WORDS[language];
  switch (r.rule) {
    case 'preparation-missing':
      return r.as === 'employee' ? w.why.employeePrep : w.why.leaderPrep;
    case 'referat-to-approve':
      return r.as === 'employee' && r.leaderApprovedAt
        ? w.employeeReferat(formatDay(osloDateOf(r.leaderApprovedAt), language))
        : w.why.leaderReferat;
    case 'action-deadline-near':
      return w.why.action;
    case 'checklist-item-due':
      return w.checklistWhy(ROLE[language][r.checklist?.responsible ?? 'leader']);
  }
}

/** The preview as text: a heading, a count, then each recipient with their reminders. */
export function remindText(
  reminders: PreviewReminder[],
  heading: { today: string; org: string | null },
  language: Language,
): string {
  const w = WORDS[language];
  const byRecipient = new Map<string, PreviewReminder[]>();
  for (const r of reminders) byRecipient.set(r.recipient.id, [...(byRecipient.get(r.recipient.id) ?? []), r]);
  const lines = [
    w.title(formatDay(heading.today, language, true), heading.org),
    w.summary(reminders.length, byRecipient.size),
    w.preview,
    '',
  ];
  if (reminders.length === 0) lines.push(w.none);
  for (const list of byRecipient.values()) {
    const first = list[0] as PreviewReminder;
    const who = first.recipient.name ?? first.recipient.id;
    lines.push(first.recipient.mail ? `${who} <${first.recipient.mail}>` : who);
    for (const r of list) {
      lines.push(`  ${RULE[language][r.rule]}: ${about(r, language)}`);
      const late = r.dueOn < heading.today ? `; ${w.firstDue(formatDay(r.dueOn, language))}` : '';
      lines.push(`    ${why(r, language)}${late} (${r.source})`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
