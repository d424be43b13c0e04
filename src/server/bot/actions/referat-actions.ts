// The referat card's buttons (DESIGN §2.6): approve signs exactly the content on the card (its hash); a
// referat changed since comes back as the new text with a line saying it changed, unsigned. Comment sends
// the employee's comment to the leader instead.
import { approveReferat } from '../../../app/approve-referat';
import { commentReferat } from '../../../app/comment-referat';
import { referatCardView } from '../../../app/referat-card-view';
import type { AdaptiveCard } from '../../../cards/card';
import { AppError } from '../../../core/errors';
import { referatCardFrom } from '../card-data';
import type { ActionContext } from './action-context';

const hashOf = (ctx: ActionContext) => (typeof ctx.data.contentHash === 'string' ? ctx.data.contentHash : '');

export async function approve(ctx: ActionContext): Promise<AdaptiveCard> {
  try {
    await approveReferat(ctx.deps, { ...ctx.ids, contentHash: hashOf(ctx), surface: 'bot' });
  } catch (error) {
    // the text changed since the card was made: show the new one, which the employee has not read yet
    if (error instanceof AppError && error.code === 'conflict') return referat(ctx);
    throw error;
  }
  const view = await referatCardView(ctx.deps, { ...ctx.ids, language: ctx.language, logRead: false });
  return referatCardFrom(view, ctx.language, ctx.deps.publicUrl);
}

export async function comment(ctx: ActionContext): Promise<AdaptiveCard> {
  const text = typeof ctx.data.comment === 'string' ? ctx.data.comment : '';
  await commentReferat(ctx.deps, { ...ctx.ids, comment: text, contentHash: hashOf(ctx), surface: 'bot' });
  const view = await referatCardView(ctx.deps, { ...ctx.ids, language: ctx.language, logRead: false });
  return referatCardFrom(view, ctx.language, ctx.deps.publicUrl);
}

/** the referat as it is now; says it changed when the card held other content */
export async function referat(ctx: ActionContext): Promise<AdaptiveCard> {
  const view = await referatCardView(ctx.deps, { ...ctx.ids, language: ctx.language, logRead: true });
  const shown = hashOf(ctx);
  return referatCardFrom(view, ctx.language, ctx.deps.publicUrl, {
    changed: shown !== '' && shown !== view.contentHash,
  });
}
