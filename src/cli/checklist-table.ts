// `samtale checklist` for people: the checklist and the probation plan as text, in the chosen language.
import { formatDate } from '../core/calendar/oslo';
import type { ChecklistItem, ChecklistRole } from '../core/checklists/types';
import type { ProbationPeriod, PlannedMeeting } from '../core/due/probation';
import { isoOf } from '../core/calendar/days';
import type { Language } from '../core/org';
import { table } from './due-table';

const WORDS = {
  nb: {
    deadline: 'Frist',
    who: 'Ansvar',
    task: 'Oppgave',
    onboarding: 'Sjekkliste ved oppstart',
    exit: 'Sjekkliste ved avslutning',
    start: 'første dag',
    end: 'siste dag',
    probation: 'Prøvetid',
    startTalk: 'Startsamtale',
    followUp: 'Oppfølging',
    window: 'Vindu',
    extra: 'med',
  },
  nn: {
    deadline: 'Frist',
    who: 'Ansvar',
    task: 'Oppgåve',
    onboarding: 'Sjekkliste ved oppstart',
    exit: 'Sjekkliste ved avslutning',
    start: 'første dag',
    end: 'siste dag',
    probation: 'Prøvetid',
    startTalk: 'Oppstartssamtale',
    followUp: 'Oppfølging',
    window: 'Vindauge',
    extra: 'med',
  },
  en: {
    deadline: 'Deadline',
    who: 'Responsible',
    task: 'Task',
    onboarding: 'Onboarding checklist',
    exit: 'Exit checklist',
    start: 'first day',
    end: 'last day',
    probation: 'Probation',
    startTalk: 'Start conversation',
    followUp: 'Follow-up',
    window: 'Window',
    extra: 'with',
  },
} as const;

const ROLES: Record<Language, Record<ChecklistRole, string>> = {
  nb: { leader: 'leder', mentor: 'fadder', it: 'IT', hr: 'HR', archive: 'arkiv' },
  nn: { leader: 'leiar', mentor: 'fadder', it: 'IT', hr: 'HR', archive: 'arkiv' },
  en: { leader: 'leader', mentor: 'mentor', it: 'IT', hr: 'HR', archive: 'archive' },
};

export function checklistTable(
  items: ChecklistItem[],
  language: Language,
  heading: { kind: 'onboarding' | 'exit'; date: string },
): string {
  const w = WORDS[language];
  const title = `${w[heading.kind]} – ${heading.kind === 'onboarding' ? w.start : w.end} ${formatDate(heading.date)}`;
  const rows = items.map((item) => [
    formatDate(item.deadline),
    item.involves
      ? `${ROLES[language][item.responsible]} ${w.extra} ${ROLES[language][item.involves]}`
      : ROLES[language][item.responsible],
    item.text[language],
  ]);
  return [title, '', ...table([[w.deadline, w.who, w.task], ...rows])].join('\n') + '\n';
}

export function probationTable(period: ProbationPeriod, plan: PlannedMeeting[], language: Language): string {
  const w = WORDS[language];
  const rows = plan.map((meeting) => [
    meeting.kind === 'start' ? w.startTalk : `${w.followUp} ${meeting.number ?? ''}`,
    formatDate(isoOf(meeting.to)),
    `${formatDate(isoOf(meeting.from))}–${formatDate(isoOf(meeting.to))}`,
  ]);
  const title = `${w.probation} (aml. § 15-6): ${formatDate(isoOf(period.start))}–${formatDate(isoOf(period.end))}`;
  return [title, '', ...table([['', w.deadline, w.window], ...rows])].join('\n') + '\n';
}
