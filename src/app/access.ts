// Who may act on whom. Rules live here, in the use cases, so the API, the bot and the add-in share them
// (DESIGN.md §6): a leader plans for the people who report to them.
import { AppError } from '../core/errors';
import type { Conversation } from '../core/conversation';
import type { Directory, DirectoryPerson } from '../ports/directory';

/** The employee, when `leaderId` is their nearest leader; forbidden otherwise (the same answer for "no such person"). */
export async function requireReportOf(
  directory: Directory,
  leaderId: string,
  employeeId: string,
): Promise<DirectoryPerson> {
  const [employee, manager] = await Promise.all([
    directory.getPerson(employeeId),
    directory.getManager(employeeId),
  ]);
  if (!employee || manager?.id !== leaderId) {
    throw new AppError('forbidden', `${leaderId} does not lead ${employeeId}`);
  }
  return employee;
}

export function requireConductor(conversation: Conversation, userId: string): void {
  if (conversation.conductorId !== userId)
    throw new AppError('forbidden', `${userId} does not conduct ${conversation.id}`);
}

export function requireParty(conversation: Conversation, userId: string): 'conductor' | 'employee' {
  if (conversation.conductorId === userId) return 'conductor';
  if (conversation.employeeId === userId) return 'employee';
  throw new AppError('forbidden', `${userId} is not a party of ${conversation.id}`);
}
