// The Teams bot on our one server (issue 5): the Teams SDK v2 App, served by Hono through HonoBotAdapter at
// /api/messages. Handlers are thin: read the activity (inbound.ts), call one use case, answer with a card.
// Production validates every inbound Bot Framework token as the SDK does; only the demo, which listens on
// loopback, accepts the Agents Playground's unsigned activities.
import { App } from '@microsoft/teams.apps';
import type { ILogger } from '@microsoft/teams.common';
import { recordChat } from '../../app/record-chat';
import { languageFromLocale } from '../../core/language';
import type { AdaptiveCard } from '../../cards/card';
import type { ChatMessage } from '../../ports/messenger';
import type { BotDeps } from './bot-deps';
import { handleCardAction } from './card-actions';
import { HonoBotAdapter } from './hono-adapter';
import { readInbound, readInvokeAction, readSubmitAction, type Inbound } from './inbound';
import { answerMessage, welcome } from './messages';

export const MESSAGING_ENDPOINT = '/api/messages';

export type BotAuth =
  /** the Azure Bot's app registration; inbound tokens are validated */
  | { mode: 'production'; clientId: string; clientSecret: string; tenantId: string }
  /** the demo: the playground sends no token; outbound calls carry a JWT from the demo issuer */
  | { mode: 'demo'; botId: string; token: () => Promise<string> };

export interface Bot {
  adapter: HonoBotAdapter;
  app: App;
  /** registers the messaging route; the server answers 503 there until it has run */
  initialize(): Promise<void>;
}

const CARD = 'application/vnd.microsoft.card.adaptive';

export function createBot(deps: BotDeps, auth: BotAuth): Bot {
  const adapter = new HonoBotAdapter();
  const app = new App({
    httpServerAdapter: adapter,
    messagingEndpoint: MESSAGING_ENDPOINT,
    logger: sdkLogger(deps.log),
    ...(auth.mode === 'production'
      ? {
          clientId: auth.clientId,
          clientSecret: auth.clientSecret,
          tenantId: auth.tenantId,
          // explicit, so an environment variable can never switch validation off in production
          dangerouslyAllowUnauthenticatedRequests: false,
        }
      : { clientId: auth.botId, token: () => auth.token(), dangerouslyAllowUnauthenticatedRequests: true }),
  });

  /** stores the person's chat; false when the activity is from another tenant and must be ignored */
  const remember = async (inbound: Inbound): Promise<{ ours: boolean; firstTime: boolean }> => {
    if (inbound.tenantId !== deps.tenantId) {
      deps.log(`bot: ignored an activity from tenant ${String(inbound.tenantId)}`);
      return { ours: false, firstTime: false };
    }
    if (!inbound.chat) return { ours: true, firstTime: false };
    return { ours: true, ...(await recordChat(deps, inbound.chat)) };
  };
  const greet = async (inbound: Inbound, send: (m: ChatMessage) => Promise<unknown>) => {
    const { ours, firstTime } = await remember(inbound);
    if (!ours || !firstTime) return;
    // an installation event may carry no locale: then the language the directory has for the person
    const language =
      inbound.locale || !inbound.actorId
        ? inbound.language
        : languageFromLocale((await deps.directory.getPerson(inbound.actorId))?.preferredLanguage);
    // The chat is kept either way; a welcome Teams does not take (the chat gone again, the connector down)
    // is not worth a failed installation event, which Teams would send again.
    await send(welcome(deps, language)).catch((error: unknown) =>
      deps.log(`bot: welcome not delivered: ${error instanceof Error ? error.message : String(error)}`),
    );
  };

  app.on('install.add', async (ctx) => greet(readInbound(ctx.activity), (m) => ctx.send(messageOf(m))));
  app.on('conversationUpdate', async (ctx) =>
    greet(readInbound(ctx.activity), (m) => ctx.send(messageOf(m))),
  );

  app.on('message', async (ctx) => {
    const inbound = readInbound(ctx.activity);
    if (!(await remember(inbound)).ours) return;
    const submitted = readSubmitAction(ctx.activity.value);
    if (!submitted) {
      const text = ctx.activity.text ?? '';
      await ctx.send(
        messageOf(await answerMessage(deps, { actorId: inbound.actorId, text, language: inbound.language })),
      );
      return;
    }
    // Action.Submit, the fallback where Action.Execute is not supported: the answer replaces the card
    // pressed when Teams says which it was, else it comes as a new message
    const card = await handleCardAction(deps, inbound, submitted);
    const replaced = ctx.activity.replyToId
      ? await ctx.api.conversations
          .activities(ctx.activity.conversation.id)
          .update(ctx.activity.replyToId, messageOf({ card, summary: '' }))
          .then(() => true)
          .catch(() => false)
      : false;
    if (!replaced) await ctx.send(messageOf({ card, summary: '' }));
  });

  app.on('card.action', async (ctx) => {
    const inbound = readInbound(ctx.activity);
    const action = readInvokeAction(ctx.activity.value);
    if (inbound.tenantId === deps.tenantId && inbound.chat) await recordChat(deps, inbound.chat);
    const card: AdaptiveCard = action
      ? await handleCardAction(deps, inbound, action)
      : await handleCardAction(deps, inbound, { verb: '', data: {} });
    // Universal Actions: the answer is the card that replaces the one pressed, for this user
    return { statusCode: 200, type: CARD, value: card } as never;
  });

  return { adapter, app, initialize: () => app.initialize() };
}

function messageOf(message: ChatMessage) {
  return {
    type: 'message' as const,
    ...(message.summary ? { summary: message.summary } : {}),
    attachments: [{ contentType: CARD, content: message.card as never }],
  };
}

/** the SDK's warnings and errors in our log; its info and debug chatter left out */
function sdkLogger(log: (line: string) => void, name = 'teams'): ILogger {
  const write =
    (level: string) =>
    (...msg: unknown[]) =>
      log(`${name} ${level}: ${msg.map((m) => (m instanceof Error ? m.message : String(m))).join(' ')}`);
  const quiet = () => {};
  const logger: ILogger = {
    debug: quiet,
    info: quiet,
    trace: quiet,
    warn: write('warn'),
    error: write('error'),
    log: (level, ...msg) => (level === 'warn' || level === 'error' ? write(level)(...msg) : undefined),
    child: (child) => sdkLogger(log, `${name}/${child}`),
  };
  return logger;
}
