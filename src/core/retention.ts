// Deletion after retention (DESIGN §5, §6): which of Samtale's own copies are due for deletion on a day, and
// why. Samtale is not the archive: the signed referat is filed as a PDF in the personnel folder (000 2.4, 003),
// and that copy follows the archive's own rules. These rules are about what Samtale keeps beside it.
//
// - replace-previous (002 "Oppbevaring": «Skjemaet tas opp igjen i neste medarbeidersamtale da nytt skjema
//   fylles ut. Gammelt skjema makuleres»): once the employee's next conversation of the same kind is signed
//   and filed, the earlier one's referat, plan and preparations go. The conversation itself (kind, date) stays:
//   it is what the due rules count.
// - a person who left (002: «Dersom medarbeider og/eller leder slutter skal skjemaene som oppbevares på
//   arbeidsplassen makuleres»), policy.keepAfterLeavingDays after their last day: as the employee, all their
//   conversations; as the conductor of someone who stays, the leader's own part (private notes, the leader's
//   preparation), since the signed plan is the start of the employee's next conversation (002).
// - never what is signed but not yet filed: it would be lost (000 2.4: the referat is filed).
import { dayOf, isoOf } from './calendar/days';
import type { ConversationKind, IsoDate } from './org';
import type { Policy } from './policy/schema';

export interface RetentionConversation {
  id: string;
  kind: ConversationKind;
  employeeId: string;
  conductorId: string;
  /** ISO instant of the meeting; orders an employee's conversations */
  start: string;
  /** the content hash both signed; null when not signed by both */
  signedHash: string | null;
  /** the content hash the archive filed; null when nothing was filed */
  filedHash: string | null;
}

export interface Leaver {
  personId: string;
  lastDay: IsoDate;
}

export type RetentionReason =
  | { rule: 'replaced'; by: string }
  | { rule: 'employee-left' | 'conductor-left'; personId: string; lastDay: IsoDate; dueFrom: IsoDate };

/** what goes: the referat and plan, the whole conversation, or the leader's own part of it */
export type RetentionScope = 'referat-and-plan' | 'conversation' | 'leader-own';

export interface RetentionDecision {
  conversationId: string;
  scope: RetentionScope;
  reason: RetentionReason;
}

export interface RetentionOutcome {
  due: RetentionDecision[];
  /** a rule applies, but the signed content is not filed yet: kept until it is */
  held: (RetentionDecision & { why: 'not-filed' })[];
  /** people whose own partitions (checklists, exemptions, notices, chat, history, rounds) are due */
  people: (Leaver & { dueFrom: IsoDate })[];
}

const isFiled = (c: RetentionConversation) => c.signedHash !== null && c.filedHash === c.signedHash;
/** signed but not filed: the one state in which deleting would lose the record */
const awaitsFiling = (c: RetentionConversation) => c.signedHash !== null && c.filedHash !== c.signedHash;

export function retentionDue(input: {
  today: IsoDate;
  policy: Pick<Policy, 'retention' | 'keepAfterLeavingDays'>;
  conversations: readonly RetentionConversation[];
  leavers: readonly Leaver[];
}): RetentionOutcome {
  const { today, policy } = input;
  // due the day after the period: the last day plus keepAfterLeavingDays are kept
  const left = new Map<string, Leaver & { dueFrom: IsoDate }>();
  for (const leaver of input.leavers) {
    const dueFrom = isoOf(dayOf(leaver.lastDay) + policy.keepAfterLeavingDays + 1);
    if (dueFrom <= today) left.set(leaver.personId, { ...leaver, dueFrom });
  }
  const replacedBy = policy.retention === 'replace-previous' ? newerFiled(input.conversations) : new Map();

  const outcome: RetentionOutcome = { due: [], held: [], people: [...left.values()] };
  for (const c of input.conversations) {
    const decision = decide(c, left, replacedBy);
    if (!decision) continue;
    if (awaitsFiling(c)) outcome.held.push({ ...decision, why: 'not-filed' });
    else outcome.due.push(decision);
  }
  return outcome;
}

function decide(
  c: RetentionConversation,
  left: Map<string, Leaver & { dueFrom: IsoDate }>,
  replacedBy: Map<string, string>,
): RetentionDecision | null {
  const employee = left.get(c.employeeId);
  if (employee) {
    const reason = { rule: 'employee-left', ...employee } as const;
    return { conversationId: c.id, scope: 'conversation', reason };
  }
  const by = replacedBy.get(c.id);
  if (by) return { conversationId: c.id, scope: 'referat-and-plan', reason: { rule: 'replaced', by } };
  const conductor = left.get(c.conductorId);
  if (conductor) {
    const reason = { rule: 'conductor-left', ...conductor } as const;
    return { conversationId: c.id, scope: 'leader-own', reason };
  }
  return null;
}

/**
 * For each filed conversation, the id of the newest later filed one of the same employee and kind. Only a
 * filed plan replaces (002: the new form is filled in), and only a filed plan is replaced: a draft never
 * signed is no plan.
 */
function newerFiled(conversations: readonly RetentionConversation[]): Map<string, string> {
  const groups = new Map<string, RetentionConversation[]>();
  for (const c of conversations.filter(isFiled)) {
    const key = `${c.employeeId}|${c.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const replaced = new Map<string, string>();
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => a.start.localeCompare(b.start));
    const newest = ordered[ordered.length - 1]!;
    for (const older of ordered.slice(0, -1)) replaced.set(older.id, newest.id);
  }
  return replaced;
}
