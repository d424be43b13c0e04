// DESIGN §2.4: each side's answers stay hidden from the other until both have submitted or the meeting
// starts, when the municipality's policy says so. Hiding keeps the second writer from adjusting their
// answers to the first one's (peers such as Simployer do the same).
import { AppError } from '../errors';
import type { PrepAnswers, PrepSide, Preparation } from './preparation';

export interface VisibilityInput {
  /** policy: hide each side's answers until both submitted or the meeting starts */
  policyHideUntilBoth: boolean;
  employeeSubmitted: boolean;
  leaderSubmitted: boolean;
  /** start of the meeting as an ISO date-time with offset; null while it is not scheduled */
  meetingStart: string | null;
  /** the current time from the clock, ISO with offset */
  now: string;
}

function instant(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new AppError('bad-request', `expected an ISO date-time, got "${iso}"`, field);
  return ms;
}

/** Whether one side may now see the other side's submitted answers. */
export function canSeeOtherSide(input: VisibilityInput): boolean {
  if (!input.policyHideUntilBoth) return true;
  if (input.employeeSubmitted && input.leaderSubmitted) return true;
  if (input.meetingStart === null) return false;
  return instant(input.now, 'now') >= instant(input.meetingStart, 'meetingStart');
}

/**
 * The other side's answers as the viewer may see them, or null. A draft is never shown, even once the
 * meeting has started: answers count as given to the other side only when their author submits them.
 */
export function otherSideAnswers(
  viewer: PrepSide,
  preparations: { employee: Preparation; leader: Preparation },
  timing: Pick<VisibilityInput, 'policyHideUntilBoth' | 'meetingStart' | 'now'>,
): PrepAnswers | null {
  const other = viewer === 'employee' ? preparations.leader : preparations.employee;
  if (other.submittedAt === null) return null;
  const visible = canSeeOtherSide({
    ...timing,
    employeeSubmitted: preparations.employee.submittedAt !== null,
    leaderSubmitted: preparations.leader.submittedAt !== null,
  });
  return visible ? other.answers : null;
}
