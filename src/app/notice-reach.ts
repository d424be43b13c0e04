// Delivering one notice (the delivery worker's inner step): to the person's Teams chat when there is one;
// when there is none, or Teams says it is gone, Samtale is installed for them where the tenant allows it
// (TeamsApps, issue 5 item 5), and otherwise the same content goes by e-mail with a link to the tab
// (notice-by-mail.ts).
import { languageFromLocale } from '../core/language';
import type { AddressedNotice } from '../core/notices';
import { retryDelayMs } from '../core/backoff';
import type { SendPacer } from '../core/pacing';
import {
  ChatUnavailableError,
  MessengerRetryableError,
  type ChatMessage,
  type ChatReference,
} from '../ports/messenger';
import { isNotInstallable } from '../ports/teams-apps';
import { forgetChatReference, getChatReference, saveChatReference } from './chat-references-repo';
import type { DeliveryDeps } from './delivery-deps';
import { deliverByMail } from './notice-by-mail';
import type { NoticeOutcome, NoticeWork } from './notice-outbox';

/** tries of one notice before Teams is given up for e-mail (or, by e-mail, for good) */
export const MAX_ATTEMPTS = 12;
/** a retry waits in the pass only this often and this long; beyond that the notice is rescheduled */
const IN_PASS_TRIES = 3;
const IN_PASS_MAX_WAIT_MS = 10_000;

/** Teams asked to come back later (429 / 412 / 502 / 504, or no answer); the worker reschedules. */
export class RetryLater extends Error {
  constructor(
    readonly throttled: boolean,
    readonly retryAfterMs: number | null,
    detail: string,
    /** nothing was sent: the pacer held it longer than a pass waits (it does not count as a try) */
    readonly paced = false,
  ) {
    super(detail);
    this.name = 'RetryLater';
  }
}

export async function deliverOne(
  deps: DeliveryDeps,
  pacer: SendPacer,
  work: NoticeWork,
): Promise<NoticeOutcome> {
  const notice: AddressedNotice = { recipientId: work.recipientId, key: work.key, notice: work.notice };
  const lastTry = work.attempts + 1 >= MAX_ATTEMPTS;
  const chat =
    (await getChatReference(deps.store, work.recipientId)) ?? (await reach(deps, work.recipientId));
  if ('notAllowed' in chat) return deliverByMail(deps, notice, chat.reason, lastTry);
  try {
    return await inTeams(deps, pacer, chat, notice);
  } catch (error) {
    if (error instanceof ChatUnavailableError) {
      // The app was removed or the bot blocked: forget that chat, and install again where allowed.
      await forgetChatReference(deps.store, work.recipientId, chat.conversationId);
      const again = await reach(deps, work.recipientId);
      if (!('notAllowed' in again) && again.conversationId !== chat.conversationId)
        return inTeams(deps, pacer, again, notice).catch((e: unknown) =>
          e instanceof ChatUnavailableError
            ? deliverByMail(deps, notice, `chat-gone-${e.status}`, lastTry)
            : Promise.reject(e),
        );
      return deliverByMail(deps, notice, `chat-gone-${error.status}`, lastTry);
    }
    if (lastTry) return deliverByMail(deps, notice, `teams-failed: ${firstLine(error)}`, true);
    throw error;
  }
}

/** Samtale installed for the person through Graph, and their new chat stored; or why not. */
async function reach(
  deps: DeliveryDeps,
  userId: string,
): Promise<ChatReference | { notAllowed: true; reason: string }> {
  if (!deps.teamsApps) return { notAllowed: true, reason: 'not-configured' };
  const result = await deps.teamsApps.ensureInstalled(userId);
  if (isNotInstallable(result)) return { notAllowed: true, reason: result.reason };
  const chat: ChatReference = {
    userId,
    conversationId: result.chatId,
    serviceUrl: deps.serviceUrl,
    tenantId: deps.tenantId,
    locale: null,
  };
  // Teams also sends the bot a conversationUpdate for the new chat, which refreshes this with its serviceUrl
  await saveChatReference(deps.store, chat);
  return chat;
}

async function inTeams(
  deps: DeliveryDeps,
  pacer: SendPacer,
  chat: ChatReference,
  notice: AddressedNotice,
): Promise<NoticeOutcome> {
  const language = chat.locale
    ? languageFromLocale(chat.locale)
    : languageFromLocale((await deps.directory.getPerson(notice.recipientId))?.preferredLanguage);
  const message: ChatMessage | null = await deps.renderer.chat(notice, language);
  if (!message) return { status: 'dropped', detail: 'nothing to say any more' };
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  for (let attempt = 1; ; attempt++) {
    // DESIGN §8: at most 7 a second into one chat, 50 a second for the app (core/pacing.ts)
    // A pass waits on one chat for seconds at most: a chat Teams asked to hold, or a clock that stands still
    // (tests), would otherwise keep this worker, and the server's stop, waiting for ever.
    let paced = 0;
    for (let wait = pacer.acquire(deps.clock.now().getTime(), chat.conversationId); wait > 0;) {
      if (paced + wait > IN_PASS_MAX_WAIT_MS)
        throw new RetryLater(true, wait, 'paced: the chat is at its limit', true);
      await sleep(wait);
      paced += wait;
      wait = pacer.acquire(deps.clock.now().getTime(), chat.conversationId);
    }
    try {
      const { activityId } = await deps.messenger.send(chat, message);
      return { status: 'sent', activityId, chatConversationId: chat.conversationId };
    } catch (error) {
      if (!(error instanceof MessengerRetryableError)) throw error;
      const now = deps.clock.now().getTime();
      if (error.retryAfterMs) pacer.holdConversation(chat.conversationId, now + error.retryAfterMs);
      const wait = retryDelayMs({
        attempt,
        random: (deps.random ?? Math.random)(),
        retryAfterMs: error.retryAfterMs,
      });
      if (attempt >= IN_PASS_TRIES || wait > IN_PASS_MAX_WAIT_MS)
        throw new RetryLater(error.status !== 0, error.retryAfterMs, error.message);
      await sleep(wait);
    }
  }
}

function firstLine(error: unknown): string {
  return ((error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '').slice(0, 200);
}
