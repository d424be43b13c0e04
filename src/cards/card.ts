// What every card shares: the JSON type, the expansion of a template in adaptive-cards/, and the data an
// action carries back so the bot can tell whose conversation it is and whether the card is stale.
import * as ACData from 'adaptivecards-templating';
import { z } from 'zod';

/** An expanded Adaptive Card 1.5, ready to send as an attachment (contentType application/vnd.microsoft.card.adaptive). */
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: '1.5';
  body: unknown[];
  [property: string]: unknown;
}

/** Every card action is about one conversation, as of one version of it. */
export const ZCardRef = z.object({
  conversationId: z.string().min(1),
  /**
   * the conversation's version when the card was made; an action carrying an older one is refused
   * with the stale card, because the person acted on something they no longer see
   */
  cardVersion: z.number().int().nonnegative(),
});
export type CardRef = z.infer<typeof ZCardRef>;

/** An ISO instant with its offset, as stored (UTC) or as Graph gives it. */
export const ZInstant = z.string().datetime({ offset: true });

/** The Entra object id of the person a user-specific card refreshes for (Teams `refresh.userIds`). */
export const ZUserId = z.string().min(1);

// The templates carry no "lang": the texts are already in the person's language, and the adaptivecards
// renderer checks "lang" with a global regex whose lastIndex makes every second card fail ("Invalid value").

/**
 * Each template's expressions parsed once. Parsing them (ANTLR) was a third of the delivery worker's CPU per
 * notice in the send-rate bench; the library's Template is made to be expanded again and again with other data.
 */
const prepared = new WeakMap<object, ACData.Template>();

function preparedTemplate(template: unknown): ACData.Template {
  if (typeof template !== 'object' || template === null) return new ACData.Template(template);
  let ready = prepared.get(template);
  if (!ready) prepared.set(template, (ready = new ACData.Template(template)));
  return ready;
}

/** Expands a template with data and checks the result is a 1.5 card, so a broken template fails loudly. */
export function expandCard(template: unknown, data: object): AdaptiveCard {
  const expanded: unknown = preparedTemplate(template).expand({ $root: data });
  const card = expanded as Partial<AdaptiveCard> | null;
  if (!card || card.type !== 'AdaptiveCard' || card.version !== '1.5' || !Array.isArray(card.body)) {
    throw new Error('an adaptive card template did not expand to an AdaptiveCard 1.5 with a body');
  }
  return card as AdaptiveCard;
}

/**
 * What Teams delivers: a bot message is limited to about 100 KB of UTF-16, and Microsoft recommends keeping
 * it within 80 KB ("Format your bot messages", Teams platform docs); a bigger one fails with 413
 * MessageSizeTooBig. The card is most of the message, so it gets the recommended 80 KB.
 */
export const TEAMS_CARD_BUDGET_BYTES = 80 * 1024;

/**
 * Whether Teams will take this card. A preparation form holding long drafts can exceed it (an answer may be
 * 10,000 characters); the bot then sends the link to the form in the tab instead of the card.
 */
export function cardFitsInTeams(card: AdaptiveCard): boolean {
  return JSON.stringify(card).length * 2 <= TEAMS_CARD_BUDGET_BYTES;
}
