// "Mine samtaler" / "My conversations" in the chat: the person's conversations, those they hold and their own,
// each with kind, time, the other party and its status, and a link to it in the tab (issue 5, item 1).
import { z } from 'zod';
import template from '../../adaptive-cards/my-conversations.json';
import { KIND_NAMES } from '../core/kind-names';
import { ZConversationStatus } from '../core/conversation';
import { ZConversationKind, type Language } from '../core/org';
import { BOT_TEXTS } from './bot-texts';
import { expandCard, ZInstant, type AdaptiveCard } from './card';
import { formatMeetingTime } from './format';

const ZItem = z.object({
  kind: ZConversationKind,
  start: ZInstant,
  end: ZInstant,
  status: ZConversationStatus,
  /** the other party: the employee for a conversation one holds, the leader for one's own */
  otherName: z.string(),
  openUrl: z.url(),
});

export const ZMyConversationsCardData = z.object({
  conducting: z.array(ZItem),
  mine: z.array(ZItem),
  /** the tab's start page */
  tabUrl: z.url(),
});
export type MyConversationsCardData = z.infer<typeof ZMyConversationsCardData>;

/** more than this many in a group are left to the tab, so the card stays well inside what Teams delivers */
export const MAX_LISTED = 15;

export function myConversationsCard(data: MyConversationsCardData, language: Language): AdaptiveCard {
  const d = ZMyConversationsCardData.parse(data);
  const t = BOT_TEXTS[language].list;
  const item = (c: z.infer<typeof ZItem>) => ({
    name: [KIND_NAMES[c.kind][language], c.otherName ? t.withName(c.otherName) : '']
      .filter(Boolean)
      .join(' '),
    detail: `${formatMeetingTime(c.start, c.end, language)} · ${t.status[c.status]}`,
    openUrl: c.openUrl,
  });
  const groups = [
    { title: t.mine, items: d.mine.slice(0, MAX_LISTED).map(item) },
    { title: t.conducting, items: d.conducting.slice(0, MAX_LISTED).map(item) },
  ].filter((g) => g.items.length > 0);
  return expandCard(template, {
    t: { title: t.title, none: t.none, open: t.openItem, openTab: t.openTab },
    empty: groups.length === 0,
    groups,
    tabUrl: d.tabUrl,
  });
}
