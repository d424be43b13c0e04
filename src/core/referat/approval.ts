// Signing (DESIGN §2.6): the leader approves, then the employee (000 2.4, 002, 004: both sign). An
// approval holds the SHA-256 of the canonical content it approved, so it is valid only for that content.
import { AppError } from '../errors';
import { contentHash } from './canonical';
import { ZApproval, type Approval, type ApprovalRole, type Referat } from './referat';

export interface ApproveInput {
  by: string;
  role: ApprovalRole;
  /** ISO date-time from the clock */
  at: string;
}

/** Approvals whose hash still matches the content; any other was given for different text. */
export function validApprovals(referat: Referat, hash: string = contentHash(referat)): Approval[] {
  // `hash`: contentHash(referat), passed by a caller that has a faster SHA-256 than the core's own
  return referat.approvals.filter((approval) => approval.contentHash === hash);
}

/** Both have approved this exact content: the referat can be archived (DESIGN §2.7). */
export function isFullyApproved(referat: Referat): boolean {
  const roles = new Set(validApprovals(referat).map((a) => a.role));
  return roles.has('leader') && roles.has('employee');
}

/** Why this referat cannot be signed yet, as a field and a message; null when it can. */
export function approvalBlocker(referat: Referat): { field: string; message: string } | null {
  // 002/004: the conversation ends in agreed actions; 003 allows "no special actions needed" instead.
  // One of the two, never both: a plan with actions that also says "nothing needed" contradicts itself.
  if (referat.actions.length === 0 && !referat.noSpecialActions) {
    return { field: 'actions', message: 'expected at least one action, or "no special actions needed"' };
  }
  if (referat.actions.length > 0 && referat.noSpecialActions) {
    return {
      field: 'noSpecialActions',
      message: 'there are actions, so "no special actions needed" cannot be set',
    };
  }
  return null;
}

/**
 * Adds an approval. The leader signs first: the employee approves the referat the leader stands behind.
 * Approving again with the same person and content returns the referat unchanged, because a Teams card
 * may deliver the same button press twice (Action.Execute retries).
 */
export function approve(referat: Referat, input: ApproveInput): Referat {
  const expected = input.role === 'leader' ? referat.conductorId : referat.employeeId;
  if (input.by !== expected) {
    throw new AppError(
      'forbidden',
      `only the ${input.role} of this conversation can approve as ${input.role}`,
      'by',
    );
  }
  const blocker = approvalBlocker(referat);
  if (blocker) throw new AppError('bad-request', blocker.message, blocker.field);

  const valid = validApprovals(referat);
  if (valid.some((a) => a.by === input.by && a.role === input.role)) return referat;
  if (input.role === 'employee' && !valid.some((a) => a.role === 'leader')) {
    throw new AppError('conflict', 'the leader approves the referat before the employee', 'role');
  }
  const approval = ZApproval.parse({ ...input, contentHash: contentHash(referat) });
  return { ...referat, approvals: [...valid, approval] };
}
