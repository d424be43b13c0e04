// Where one of my conversations stands, from what the server says about it. The order is the life of a
// conversation: invited → prepared → referat to approve → signed → archived; a later step wins.
import type { ArchiveStatus, EmployeeReferatView, MyConversation } from '../api/employee';

export type EmployeeStatus = 'cancelled' | 'invited' | 'prepared' | 'to-approve' | 'signed' | 'archived';

export type StatusFacts = {
  conversation: Pick<MyConversation, 'status'>;
  /** when the employee submitted the preparation; null when not yet */
  preparedAt: string | null;
  /** null until the leader starts the referat (the API's 404) */
  referat: Pick<EmployeeReferatView, 'referat' | 'contentHash' | 'fullyApproved'> | null;
  archive: ArchiveStatus | null;
};

/** The leader has approved exactly this content: only then may the employee approve (DESIGN §2.6). */
export function leaderApprovedCurrent(view: Pick<EmployeeReferatView, 'referat' | 'contentHash'>): boolean {
  return view.referat.approvals.some((a) => a.role === 'leader' && a.contentHash === view.contentHash);
}

export function employeeStatus(facts: StatusFacts): EmployeeStatus {
  if (facts.conversation.status === 'cancelled') return 'cancelled';
  if (facts.referat?.fullyApproved) return facts.archive?.status === 'archived' ? 'archived' : 'signed';
  if (facts.referat && leaderApprovedCurrent(facts.referat)) return 'to-approve';
  return facts.preparedAt ? 'prepared' : 'invited';
}
