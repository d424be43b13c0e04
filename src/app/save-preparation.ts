import { z } from 'zod';
import { AppError } from '../core/errors';
import { saveAnswers, submitPreparation, ZPrepAnswers, type PrepSide } from '../core/preparation/preparation';
import { requireParty } from './access';
import { conversationTemplate } from './conversation-template';
import { requireConversation } from './conversations-repo';
import type { Surface } from '../core/audit';
import { audit } from './audit-log';
import { preparationView, type PreparationView } from './open-preparation';
import { getPreparation, savePreparation } from './preparations-repo';
import { queueNotice } from './queue-notice';
import type { SchedulingDeps } from './scheduling-deps';

export const ZSavePreparationBody = z.object({ answers: ZPrepAnswers });

/**
 * Saves the caller's answers (autosave sends the whole form) against the version they last saw, and submits
 * them when asked. A stale version is a conflict: a second tab never silently overwrites the first.
 */
export async function savePreparationAnswers(
  deps: Pick<SchedulingDeps, 'store' | 'directory' | 'clock' | 'policyFor' | 'newId' | 'noticesQueued'>,
  input: {
    userId: string;
    conversationId: string;
    answers: Record<string, string>;
    etag: string;
    submit: boolean;
    surface?: Surface;
  },
): Promise<PreparationView> {
  const conversation = (await requireConversation(deps.store, input.conversationId)).value;
  const side: PrepSide = requireParty(conversation, input.userId) === 'conductor' ? 'leader' : 'employee';
  if (conversation.status === 'cancelled') throw new AppError('conflict', 'the conversation is cancelled');
  const template = await conversationTemplate(deps.store, conversation);
  const stored = await getPreparation(deps.store, conversation.id, side);
  if (!stored) throw new AppError('not-found', 'open the preparation first');
  if (stored.etag !== input.etag) throw new AppError('conflict', 'the preparation changed since it was read');
  const context = { conditions: [] };
  let preparation = saveAnswers(stored.value, template, input.answers, context);
  if (input.submit)
    preparation = submitPreparation(preparation, template, context, deps.clock.now().toISOString());
  await savePreparation(deps.store, conversation.id, preparation, input.etag);
  // the leader is told the employee has prepared; submitting again keeps the first time, and so the key
  if (input.submit && side === 'employee' && preparation.submittedAt)
    await queueNotice(
      deps,
      conversation.conductorId,
      { type: 'leader-notification', event: 'preparation-submitted', conversationId: conversation.id },
      preparation.submittedAt,
    );
  await audit(deps, {
    actorId: input.userId,
    conversationId: conversation.id,
    action: input.submit ? 'submit-preparation' : 'save-preparation',
    surface: input.surface ?? 'api',
  });
  return preparationView(deps, { userId: input.userId, conversationId: conversation.id });
}
