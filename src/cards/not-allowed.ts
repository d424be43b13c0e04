// The answer to a card action that is refused: from someone who is not a party of the conversation, or on
// a card older than the conversation (its cardVersion is behind). Nothing is changed in either case, and the
// card says so; it names no one and shows nothing of the conversation (DESIGN §6).
import { z } from 'zod';
import template from '../../adaptive-cards/not-allowed.json';
import type { Language } from '../core/org';
import { expandCard, type AdaptiveCard } from './card';
import { CARD_TEXTS } from './texts';

export const ZNotAllowedCardData = z.object({
  reason: z.enum(['not-party', 'stale']),
  /** where the latest version is; null leaves the button out (never for a non-party) */
  openUrl: z.url().nullable(),
});
export type NotAllowedCardData = z.infer<typeof ZNotAllowedCardData>;

export function notAllowedCard(data: NotAllowedCardData, language: Language): AdaptiveCard {
  const d = ZNotAllowedCardData.parse(data);
  const t = CARD_TEXTS[language];
  const stale = d.reason === 'stale';
  return expandCard(template, {
    t: { open: t.openInSamtale },
    title: stale ? t.refused.staleTitle : t.refused.notPartyTitle,
    text: stale ? t.refused.stale : t.refused.notParty,
    // a non-party gets no link into a conversation that is not theirs
    openUrl: stale ? (d.openUrl ?? '') : '',
  });
}
