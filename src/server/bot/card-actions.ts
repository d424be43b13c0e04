// Every card action, Action.Execute (adaptiveCard/action invoke) and the Action.Submit fallback alike: parse
// the data, let the gate refuse someone who is not a party or a stale card (nothing changes, the refusal is
// logged), then call the verb's use case and answer with the card as it stands after it.
import { z } from 'zod';
import { checkCardAction } from '../../app/check-card-action';
import type { AdaptiveCard } from '../../cards/card';
import { notAllowedCard } from '../../cards/not-allowed';
import { CARD_VERBS, type CardVerb } from '../../cards/verbs';
import { errorText } from '../../core/errors';
import { isStorableKey } from '../../ports/store';
import { toAppError } from '../http/errors';
import type { ActionContext } from './actions/action-context';
import { accept, askOtherTime, invitation, prepare } from './actions/invitation-actions';
import { form, saveDraft, submit } from './actions/preparation-actions';
import { approve, comment, referat } from './actions/referat-actions';
import type { BotDeps } from './bot-deps';
import { conversationUrl, failedCard } from './card-data';
import type { CardActionInput, Inbound } from './inbound';

type Handler = (ctx: ActionContext) => Promise<AdaptiveCard>;

const REFRESHED: Record<string, Handler> = {
  invitation,
  'preparation-form': form,
  'preparation-sent': form,
  'referat-approval': referat,
};

const HANDLERS: Record<CardVerb, Handler> = {
  [CARD_VERBS.prepare]: prepare,
  [CARD_VERBS.accept]: accept,
  [CARD_VERBS.askOtherTime]: askOtherTime,
  [CARD_VERBS.saveDraft]: saveDraft,
  [CARD_VERBS.submitPreparation]: submit,
  [CARD_VERBS.approveReferat]: approve,
  [CARD_VERBS.commentReferat]: comment,
  [CARD_VERBS.openReferat]: referat,
  // Universal Actions refresh (refresh.userIds): the card names itself, and is rebuilt as it is now
  [CARD_VERBS.refresh]: (ctx) => (REFRESHED[String(ctx.data.card)] ?? invitation)(ctx),
};

const ZActionRef = z.object({
  // '#' or '/' reached the table service as a key and answered 500 (issue 9 fuzzing)
  conversationId: z.string().min(1).max(200).refine(isStorableKey),
  // a number in the card; an older client may send it as text
  cardVersion: z.coerce.number().int().nonnegative(),
});

export async function handleCardAction(
  deps: BotDeps,
  inbound: Inbound,
  action: CardActionInput,
): Promise<AdaptiveCard> {
  const { language } = inbound;
  if (inbound.tenantId !== deps.tenantId)
    return notAllowedCard({ reason: 'not-party', openUrl: null }, language);
  const handler = HANDLERS[action.verb as CardVerb] as Handler | undefined;
  const ref = ZActionRef.safeParse(action.data);
  if (!handler || !ref.success) return failedCard(language, errorText('bad-request', language), null);
  const { conversationId, cardVersion } = ref.data;
  const check = await checkCardAction(deps, {
    userId: inbound.actorId,
    conversationId,
    // a refresh exists to bring an old card up to date, so it is never stale itself
    cardVersion: action.verb === CARD_VERBS.refresh ? null : cardVersion,
  });
  if (!check.allowed) {
    const openUrl = check.reason === 'stale' ? conversationUrl(deps.publicUrl, conversationId) : null;
    return notAllowedCard({ reason: check.reason, openUrl }, language);
  }
  const ctx: ActionContext = {
    deps,
    ids: {
      userId: check.role === 'conductor' ? check.conversation.conductorId : check.conversation.employeeId,
      conversationId,
    },
    language,
    data: action.data,
  };
  try {
    return await handler(ctx);
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'internal' || appError.code === 'upstream-unavailable')
      deps.log(`card action ${action.verb} on ${conversationId} failed: ${appError.message.split('\n')[0]}`);
    return failedCard(
      language,
      appError.userMessage(language),
      conversationUrl(deps.publicUrl, conversationId),
    );
  }
}
