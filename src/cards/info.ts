// A plain card with a heading, a few lines and an optional link: help, the welcome, and an action that could
// not be done (bad input, Microsoft 365 not answering), said in the person's language rather than as an error.
import { z } from 'zod';
import template from '../../adaptive-cards/info.json';
import type { Language } from '../core/org';
import { expandCard, type AdaptiveCard } from './card';
import { CARD_TEXTS } from './texts';

export const ZInfoCardData = z.object({
  title: z.string().min(1),
  lines: z.array(z.string().min(1)).min(1),
  /** a link into the tab; null leaves the button out */
  openUrl: z.url().nullable(),
});
export type InfoCardData = z.infer<typeof ZInfoCardData>;

export function infoCard(data: InfoCardData, language: Language): AdaptiveCard {
  const d = ZInfoCardData.parse(data);
  return expandCard(template, {
    t: { open: CARD_TEXTS[language].openInSamtale },
    title: d.title,
    lines: d.lines,
    openUrl: d.openUrl ?? '',
  });
}
