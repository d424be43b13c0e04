// The preparation form's buttons (004: the employee's column): save a draft, or submit; both through the same
// use case as the tab and the add-in. The card carries the answers' ETag, so answers saved in the tab after the
// card was made are never overwritten: the card comes back with the latest answers and says so.
import { preparationCardView } from '../../../app/preparation-card-view';
import { savePreparationAnswers } from '../../../app/save-preparation';
import type { AdaptiveCard } from '../../../cards/card';
import { CARD_TEXTS } from '../../../cards/texts';
import { AppError } from '../../../core/errors';
import { questionsFor } from '../../../core/preparation/preparation';
import { preparationCardFrom } from '../card-data';
import type { ActionContext } from './action-context';

export const saveDraft = (ctx: ActionContext) => save(ctx, false);
export const submit = (ctx: ActionContext) => save(ctx, true);

async function save(ctx: ActionContext, submitting: boolean): Promise<AdaptiveCard> {
  const before = await preparationCardView(ctx.deps, { ...ctx.ids, logRead: false });
  if (before.side === 'leader' || before.submittedAt)
    return preparationCardFrom(before, ctx.language, ctx.deps.publicUrl);
  // The card's inputs arrive beside the action's own data; only the employee's questions are answers.
  const answers: Record<string, string> = {};
  for (const q of questionsFor(before.template, 'employee', { conditions: [] })) {
    const value = ctx.data[q.id];
    if (typeof value === 'string') answers[q.id] = value;
  }
  const etag = typeof ctx.data.etag === 'string' && ctx.data.etag ? ctx.data.etag : before.etag;
  try {
    await savePreparationAnswers(ctx.deps, {
      ...ctx.ids,
      answers,
      etag,
      submit: submitting,
      surface: 'bot',
    });
  } catch (error) {
    if (!(error instanceof AppError) || before.conversation.status === 'cancelled') throw error;
    if (error.code === 'conflict') {
      const latest = await preparationCardView(ctx.deps, { ...ctx.ids, logRead: true });
      const message = CARD_TEXTS[ctx.language].preparation.changedElsewhere;
      return preparationCardFrom(latest, ctx.language, ctx.deps.publicUrl, { message });
    }
    if (error.code === 'bad-request')
      return preparationCardFrom(before, ctx.language, ctx.deps.publicUrl, {
        answers,
        message: error.userMessage(ctx.language),
      });
    throw error;
  }
  return form(ctx, false);
}

/** the form as saved now, or what was sent once submitted */
export async function form(ctx: ActionContext, logRead = true): Promise<AdaptiveCard> {
  const view = await preparationCardView(ctx.deps, { ...ctx.ids, logRead });
  return preparationCardFrom(view, ctx.language, ctx.deps.publicUrl);
}
