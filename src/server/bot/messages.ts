// What the bot answers in the chat (issue 5, item 1): "hjelp" / "help", "mine samtaler" / "mine samtalar" /
// "my conversations" (a card with each conversation and a link to it in the tab), and a short help for
// anything else. The welcome when the app is first installed for someone.
import { listMyConversations } from '../../app/list-conversations';
import { BOT_TEXTS } from '../../cards/bot-texts';
import type { AdaptiveCard } from '../../cards/card';
import { infoCard } from '../../cards/info';
import { myConversationsCard } from '../../cards/my-conversations';
import type { Conversation } from '../../core/conversation';
import type { Language } from '../../core/org';
import type { ChatMessage } from '../../ports/messenger';
import type { BotDeps } from './bot-deps';
import { conversationUrl } from './card-data';

type Command = 'help' | 'my-conversations' | 'unknown';

const COMMANDS: Record<string, Command> = {
  hjelp: 'help',
  help: 'help',
  '?': 'help',
  'mine samtaler': 'my-conversations',
  'mine samtalar': 'my-conversations',
  'my conversations': 'my-conversations',
  samtaler: 'my-conversations',
  samtalar: 'my-conversations',
  conversations: 'my-conversations',
};

/** the command a text names: case, white space and end punctuation do not matter */
export function commandOf(text: string): Command {
  const words = text
    .toLowerCase()
    .replace(/<at>.*?<\/at>/g, '')
    .replace(/[.!,;:]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  return COMMANDS[words] ?? 'unknown';
}

export async function answerMessage(
  deps: BotDeps,
  input: { actorId: string | null; text: string; language: Language },
): Promise<ChatMessage> {
  const command = commandOf(input.text);
  if (command === 'my-conversations' && input.actorId)
    return myConversations(deps, input.actorId, input.language);
  const t = BOT_TEXTS[input.language];
  const lines = command === 'unknown' ? [t.notUnderstood, ...t.help.lines] : t.help.lines;
  return message(infoCard({ title: t.help.title, lines, openUrl: null }, input.language), t.help.title);
}

export function welcome(deps: BotDeps, language: Language): ChatMessage {
  const t = BOT_TEXTS[language].welcome;
  return message(
    infoCard({ title: t.title, lines: t.lines, openUrl: `${deps.publicUrl}/tab/` }, language),
    t.title,
  );
}

async function myConversations(deps: BotDeps, userId: string, language: Language): Promise<ChatMessage> {
  const { conducting, mine } = await listMyConversations(deps, { userId });
  const now = deps.clock.now().toISOString();
  // what is ahead first, soonest first; then what has been, latest first
  const ordered = (list: Conversation[]) => [
    ...list.filter((c) => c.end >= now),
    ...list.filter((c) => c.end < now).reverse(),
  ];
  const names = new Map<string, string>();
  const nameOf = async (id: string) => {
    if (!names.has(id)) names.set(id, (await deps.directory.getPerson(id))?.displayName ?? '');
    return names.get(id) ?? '';
  };
  const item = async (c: Conversation, other: string) => ({
    kind: c.kind,
    start: c.start,
    end: c.end,
    status: c.status,
    otherName: await nameOf(other),
    openUrl: conversationUrl(deps.publicUrl, c.id),
  });
  const card = myConversationsCard(
    {
      mine: await Promise.all(
        ordered(mine)
          .slice(0, 15)
          .map((c) => item(c, c.conductorId)),
      ),
      conducting: await Promise.all(
        ordered(conducting)
          .slice(0, 15)
          .map((c) => item(c, c.employeeId)),
      ),
      tabUrl: `${deps.publicUrl}/tab/`,
    },
    language,
  );
  return message(card, BOT_TEXTS[language].list.title);
}

function message(card: AdaptiveCard, summary: string): ChatMessage {
  return { card, summary };
}
