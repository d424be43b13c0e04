// Which version of a conversation a card was made from (the `cardVersion` every card action carries back).
//
// The version is the conversation's last change, in milliseconds since the epoch (`updatedAt`): every use
// case that changes what a card shows or acts on writes updatedAt (booking, moving, cancelling, asking for
// another time, handing it to another leader), it only grows, and it needs no counter of its own. A card
// whose version is behind was made before such a change, so acting on it would act on something the person
// no longer sees: the bot refuses it with the stale card. Preparation answers and the referat do not move
// it: the preparation form carries its own ETag and the referat card the content hash it shows.
import type { Conversation } from './conversation';

export function cardVersionOf(conversation: Pick<Conversation, 'updatedAt'>): number {
  return Date.parse(conversation.updatedAt);
}

/** true when the card was made from an older version of the conversation than the stored one */
export function isStaleCard(cardVersion: number, conversation: Pick<Conversation, 'updatedAt'>): boolean {
  return cardVersion < cardVersionOf(conversation);
}
