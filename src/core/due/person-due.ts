// The due items of one person; due-list.ts runs it for everyone.
import { dayOf, isoOf } from '../calendar/days';
import type { PastConversation, Person } from '../org';
import type { Policy } from '../policy/schema';
import { annualDue, annualEligibility, exemptionFor } from './annual';
import type { Exemption } from './inputs';
import { probationPeriod, probationPlan, type AbsenceSpan } from './probation';
import type { RuleId } from './rules';
import type { DueItem, DuePerson, DueStatus, DueWarning } from './types';

export interface PersonRecords {
  history: PastConversation[];
  absences: AbsenceSpan[];
  exemptions: Exemption[];
  /** days of booked, not yet held probation follow-ups */
  plannedFollowUps: number[];
}

function timing(from: number, to: number, today: number): DueStatus {
  if (today > to) return 'overdue';
  return today >= from ? 'due' : 'upcoming';
}

function item(
  kind: DueItem['kind'],
  from: number,
  to: number,
  today: number,
  rule: RuleId,
  exemption: Exemption | undefined,
): DueItem {
  const status = exemption ? 'exempt' : timing(from, to, today);
  const result: DueItem = {
    kind,
    dueDate: isoOf(to),
    window: { from: isoOf(from), to: isoOf(to) },
    status,
    rule,
  };
  if (exemption) result.exemption = exemption;
  return result;
}

/**
 * One person's items, or null for someone who has left (end date before today). Conversations whose window
 * opens after the last day are left out: the person will be gone. Once the exit window is open the annual
 * conversation is left out too: the sluttsamtale (000 section 5) takes its place.
 */
export function dueForPerson(
  person: Person,
  records: PersonRecords,
  policy: Policy,
  today: number,
  todayIso: string,
): DuePerson | null {
  const start = dayOf(person.startDate);
  const end = person.endDate === null ? null : dayOf(person.endDate);
  if (end !== null && end < today) return null;
  const stays = (from: number) => end === null || from <= end;
  // ISO dates compare as strings: no Date objects per history row in the 50,000-person pass
  const held = records.history.filter((h) => h.date >= person.startDate && h.date <= todayIso);
  const items: DueItem[] = [];
  const warnings: DueWarning[] = [];
  const result: DuePerson = {
    personId: person.id,
    managerId: person.managerId,
    unitId: person.unitId,
    items,
    warnings,
  };

  // probation: only while it lasts; a missed follow-up after the end can no longer help the evaluation
  const period = probationPeriod(start, policy.probation.months, records.absences);
  if (today <= period.end) {
    result.probation = {
      start: person.startDate,
      plannedEnd: isoOf(period.plannedEnd),
      end: isoOf(period.end),
      extendedByDays: period.extendedByDays,
      absenceDaysNotCounted: period.absenceDaysNotCounted,
    };
    if (period.absenceDaysNotCounted > 0) {
      warnings.push({ code: 'absence-without-written-notice', rule: 'probation-extension-needs-notice' });
    }
    const startHeld = held.some((h) => h.kind === 'start');
    const followUpsHeld = held.filter((h) => h.kind === 'probation-followup').length;
    const plan = probationPlan(start, period.end, policy.probation);
    for (const meeting of plan) {
      const done = meeting.kind === 'start' ? startHeld : (meeting.number ?? 0) <= followUpsHeld;
      if (done || !stays(meeting.from)) continue;
      const exemption = exemptionFor(records.exemptions, meeting.kind, meeting.to);
      const due = item(meeting.kind, meeting.from, meeting.to, today, meeting.rule, exemption);
      if (meeting.number !== undefined) due.number = meeting.number;
      items.push(due);
    }
    const finalHeld = followUpsHeld >= plan.length - 1;
    const endsSoon = today >= period.end - 7 * policy.probation.lastFollowUpWeeksBeforeEnd;
    const planned = records.plannedFollowUps.some((d) => d >= today && d <= period.end);
    if (endsSoon && !finalHeld && !planned) {
      warnings.push({ code: 'probation-ends-without-evaluation', rule: 'probation-evaluation-missing' });
    }
  }

  const exitOpens = end === null ? null : end - policy.exit.windowDays;
  if (exitOpens === null || today < exitOpens) {
    let latest: string | undefined;
    for (const h of held)
      if (h.kind === 'annual' && (latest === undefined || h.date > latest)) latest = h.date;
    const lastHeld = latest === undefined ? undefined : dayOf(latest);
    const { due, exemption } = annualDue(start, lastHeld, today, policy.annual, records.exemptions);
    const from = due - policy.annual.windowDays;
    if (stays(due)) {
      const eligibility = annualEligibility(person, policy.annual);
      const annual = item('annual', from, due, today, eligibility.rule, exemption);
      if (!eligibility.required && !exemption) annual.status = 'offered';
      if (lastHeld === undefined) annual.neverHeld = true;
      items.push(annual);
    }
  }

  if (end !== null && exitOpens !== null && !held.some((h) => h.kind === 'exit')) {
    items.push(
      item('exit', exitOpens, end, today, 'exit-conversation', exemptionFor(records.exemptions, 'exit', end)),
    );
  }
  items.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  return result;
}
