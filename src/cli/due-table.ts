// `samtale due` for people: one table per leader, the most urgent first, in bokmål.
import { dayOf } from '../core/calendar/days';
import { formatDate } from '../core/calendar/oslo';
import { RULES } from '../core/due/rules';
import type { DueItem, DuePerson, DueStatus } from '../core/due/types';
import type { Person } from '../core/org';

const STATUS: Record<DueStatus, string> = {
  overdue: 'forfalt',
  due: 'nå',
  upcoming: 'kommende',
  offered: 'tilbys',
  exempt: 'fritatt',
};
const URGENCY: DueStatus[] = ['overdue', 'due', 'upcoming', 'offered', 'exempt'];

/** what the table shows: all that needs action now, and what opens within the horizon (null: everything) */
export interface DueView {
  today: string;
  horizonDays: number | null;
}

export function kindName(item: Pick<DueItem, 'kind' | 'number'>): string {
  switch (item.kind) {
    case 'annual':
      return 'Medarbeidersamtale';
    case 'start':
      return 'Startsamtale';
    case 'probation-followup':
      return item.number === undefined ? 'Oppfølging (prøvetid)' : `Oppfølging ${item.number} (prøvetid)`;
    case 'exit':
      return 'Sluttsamtale';
  }
}

export function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function summaryLine(list: DuePerson[]): string {
  const counts = new Map<DueStatus, number>();
  for (const person of list) {
    for (const item of person.items) counts.set(item.status, (counts.get(item.status) ?? 0) + 1);
  }
  return URGENCY.map((status) => `${STATUS[status]}: ${counts.get(status) ?? 0}`).join(' · ');
}

function shown(item: DueItem, view: DueView): boolean {
  if (view.horizonDays === null || item.status === 'overdue' || item.status === 'due') return true;
  return dayOf(item.window.from) - dayOf(view.today) <= view.horizonDays;
}

function ruleNote(item: DueItem): string {
  const notes = [RULES[item.rule].source];
  if (item.neverHeld) notes.push('aldri holdt');
  if (item.exemption) {
    notes.push(`fritak (${item.exemption.by === 'leader' ? 'leder' : 'ansatt'}): ${item.exemption.reason}`);
  }
  return notes.join('; ');
}

/** two people may share a name; the employee number tells them apart */
const nameOf = (person: Person) => `${person.displayName} (${person.employeeNumber})`;

function section(entries: DuePerson[], people: Map<string, Person>, view: DueView): string[] {
  const rows: { person: Person; item: DueItem }[] = [];
  let hidden = 0;
  for (const entry of entries) {
    const person = people.get(entry.personId);
    if (!person) continue;
    for (const item of entry.items) {
      if (shown(item, view)) rows.push({ person, item });
      else hidden += 1;
    }
  }
  const rank = (status: DueStatus) => URGENCY.indexOf(status);
  rows.sort(
    (a, b) => rank(a.item.status) - rank(b.item.status) || a.item.dueDate.localeCompare(b.item.dueDate),
  );
  const cells = rows.map(({ person, item }) => [
    nameOf(person),
    kindName(item),
    formatDate(item.dueDate),
    `${formatDate(item.window.from)}–${formatDate(item.window.to)}`,
    STATUS[item.status],
    ruleNote(item),
  ]);
  const lines = table([['Navn', 'Samtale', 'Frist', 'Vindu', 'Status', 'Regel'], ...cells]).map(
    (l) => `  ${l}`,
  );
  if (hidden > 0)
    lines.push(`  + ${hidden} som åpner senere enn om ${view.horizonDays} dager (vis alle med --all)`);
  for (const entry of entries) {
    const person = people.get(entry.personId);
    const name = person ? nameOf(person) : entry.personId;
    const p = entry.probation;
    if (p) {
      const extended = p.extendedByDays > 0 ? `, forlenget ${p.extendedByDays} dager for fravær` : '';
      lines.push(`  ${name}: prøvetid ${formatDate(p.start)}–${formatDate(p.end)}${extended}`);
    }
    for (const warning of entry.warnings) {
      lines.push(`  ! ${name}: ${RULES[warning.rule].text.nb} (${RULES[warning.rule].source})`);
    }
  }
  return lines;
}

/** The due list as text: a section per leader (by managerId), people without a leader last. */
export function dueTable(list: DuePerson[], people: Map<string, Person>, view: DueView): string {
  const byLeader = new Map<string, DuePerson[]>();
  for (const entry of list) {
    const key = entry.managerId ?? '';
    const group = byLeader.get(key);
    if (group) group.push(entry);
    else byLeader.set(key, [entry]);
  }
  const leaderName = (id: string) => (id ? (people.get(id)?.displayName ?? id) : 'Uten leder i katalogen');
  const sections = [...byLeader.entries()].sort(([a], [b]) =>
    a === '' ? 1 : b === '' ? -1 : leaderName(a).localeCompare(leaderName(b), 'nb'),
  );
  const out: string[] = [];
  for (const [leaderId, entries] of sections) {
    out.push('', `${leaderName(leaderId)} – ${summaryLine(entries)}`, ...section(entries, people, view));
  }
  return `${out.join('\n')}\n`;
}
