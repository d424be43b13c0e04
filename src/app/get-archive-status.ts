// Whether a signed referat is in the personnel folder yet (issue 7): "arkivert" with a link, or "venter på
// arkiv" with the reason. Only the conversation's two parties may ask (DESIGN §6).
import { waitingText, type WaitingReason } from '../core/archive-texts';
import { languageFromLocale } from '../core/language';
import type { Directory } from '../ports/directory';
import type { Store } from '../ports/store';
import { requireParty } from './access';
import { getDoneJob, getPendingJob } from './archive-outbox';
import { requireConversation } from './conversations-repo';

export type ArchiveStatus =
  | {
      status: 'archived';
      webUrl: string;
      fileName: string;
      archivedAt: string;
      /** false when the employee has no mailbox: the leader hands over the copy */
      copySent: boolean;
    }
  | {
      status: 'waiting';
      reason: WaitingReason;
      /** the reason in the caller's language */
      message: string;
      attempts: number;
      nextAttemptAt: string;
    }
  | { status: 'not-requested' };

export async function getArchiveStatus(
  deps: { store: Store; directory: Directory },
  input: { userId: string; conversationId: string },
): Promise<ArchiveStatus> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  requireParty(conversation, input.userId);
  // A waiting job is the newest signed content, even when an older version is already filed.
  const pending = await getPendingJob(deps.store, conversation.id);
  if (pending) {
    const job = pending.value;
    const reason: WaitingReason = job.lastError?.reason ?? 'queued';
    const caller = await deps.directory.getPerson(input.userId);
    return {
      status: 'waiting',
      reason,
      message: waitingText(reason, languageFromLocale(caller?.preferredLanguage)),
      attempts: job.attempts,
      nextAttemptAt: job.nextAttemptAt,
    };
  }
  const done = await getDoneJob(deps.store, conversation.id);
  if (done?.value.steps.filed && done.value.doneAt) {
    const { filed, copySent } = done.value.steps;
    return {
      status: 'archived',
      webUrl: filed.webUrl,
      fileName: filed.name,
      archivedAt: done.value.doneAt,
      copySent,
    };
  }
  return { status: 'not-requested' };
}
