import type { AuditEntry } from '../core/audit';
import type { Store } from '../ports/store';
import { readAudit } from './audit-log';
import { requireHr } from './require-hr';

/** HR's view of who read or changed a conversation, and when: the log only, never the content (DESIGN §6). */
export async function readConversationAudit(
  deps: { store: Store },
  input: { appRoles: string[]; hrAppRole: string; conversationId: string },
): Promise<AuditEntry[]> {
  requireHr(input.appRoles, input.hrAppRole);
  return readAudit(deps.store, input.conversationId);
}
