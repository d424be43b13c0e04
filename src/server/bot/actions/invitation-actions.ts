// The invitation's buttons (DESIGN §2.3; 000: the employee may ask for another time): prepare opens the
// preparation form, accept records the answer, another time goes to the leader with the reason and times.
import { acceptInvitation } from '../../../app/accept-invitation';
import { invitationCardView } from '../../../app/invitation-card-view';
import { preparationCardView } from '../../../app/preparation-card-view';
import { requestNewTime, ZNewTimeInput } from '../../../app/request-new-time';
import type { AdaptiveCard } from '../../../cards/card';
import { AppError } from '../../../core/errors';
import { invitationCardFrom, preparationCardFrom } from '../card-data';
import type { ActionContext } from './action-context';

export async function prepare(ctx: ActionContext): Promise<AdaptiveCard> {
  const view = await preparationCardView(ctx.deps, { ...ctx.ids, logRead: true });
  return preparationCardFrom(view, ctx.language, ctx.deps.publicUrl);
}

export async function accept(ctx: ActionContext): Promise<AdaptiveCard> {
  await acceptInvitation(ctx.deps, ctx.ids);
  return invitation(ctx);
}

export async function askOtherTime(ctx: ActionContext): Promise<AdaptiveCard> {
  const parsed = ZNewTimeInput.safeParse(ctx.data);
  if (!parsed.success) throw new AppError('bad-request', parsed.error.issues[0]?.message, 'reason');
  await requestNewTime(ctx.deps, { ...ctx.ids, ...parsed.data });
  return invitation(ctx);
}

/** the invitation as it stands now (a refresh, or the answer to one of its buttons) */
export async function invitation(ctx: ActionContext): Promise<AdaptiveCard> {
  return invitationCardFrom(await invitationCardView(ctx.deps, ctx.ids), ctx.language);
}
