// The Messenger port on the Bot Connector, through the Teams SDK's API client (@microsoft/teams.api): one
// client per serviceUrl (Teams names the regional endpoint in every activity), sharing the app's token. Teams'
// answers map to the port's errors: 429 / 412 / 502 / 504 (and 500 / 503 or no answer at all) are worth
// another try, with the Retry-After Teams gave; 403 / 404 mean the chat is gone.
import { Client } from '@microsoft/teams.api';
import { parseRetryAfter } from '../../core/backoff';
import {
  ChatUnavailableError,
  MessengerRetryableError,
  type ChatMessage,
  type ChatReference,
  type Messenger,
} from '../../ports/messenger';

export interface TeamsMessengerOptions {
  /** the bot's API client (the Teams SDK App's `api`, or one made with botApiClient) */
  client: Client;
  /** for Retry-After given as an HTTP date; default the real clock */
  now?: () => number;
}

export function createTeamsMessenger(options: TeamsMessengerOptions): Messenger {
  const now = options.now ?? (() => Date.now());
  const clients = new Map<string, Client>();
  const clientFor = (serviceUrl: string): Client => {
    let client = clients.get(serviceUrl);
    if (!client) clients.set(serviceUrl, (client = options.client.fromServiceUrl({ serviceUrl })));
    return client;
  };
  return {
    async send(chat: ChatReference, message: ChatMessage) {
      try {
        const sent = await clientFor(chat.serviceUrl)
          .conversations.activities(chat.conversationId)
          .create(activityOf(message));
        return { activityId: sent.id };
      } catch (error) {
        throw messengerError(error, now());
      }
    },
    async update(chat: ChatReference, activityId: string, message: ChatMessage) {
      try {
        await clientFor(chat.serviceUrl)
          .conversations.activities(chat.conversationId)
          .update(activityId, activityOf(message));
      } catch (error) {
        throw messengerError(error, now());
      }
    },
  };
}

/**
 * A bot API client of its own, for a worker or a bench that runs without the SDK's App: `token` returns the
 * bot's access token for the Bot Connector (Entra client credentials in production).
 */
export function botApiClient(options: { serviceUrl: string; token: () => Promise<string> }): Client {
  return new Client(options.serviceUrl, undefined, { tokenProvider: { getAppToken: () => options.token() } });
}

function activityOf(message: ChatMessage) {
  return {
    type: 'message' as const,
    // the notification preview and what a client without cards shows; the card carries the rest
    summary: message.summary,
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive' as const,
        content: message.card as never,
      },
    ],
  };
}

const RETRYABLE = new Set([412, 429, 500, 502, 503, 504]);
const GONE = new Set([403, 404]);
/** node's codes for a connection that never answered: an outage, not our bug */
const NO_ANSWER = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ECONNABORTED',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

interface HttpFailure {
  code?: unknown;
  response?: { status?: unknown; headers?: Record<string, unknown> };
}

/** Teams' answer (an axios error from the SDK's HTTP client) as the port's error; anything else unchanged. */
export function messengerError(error: unknown, nowMs: number): unknown {
  const failure = (error ?? {}) as HttpFailure;
  const status = typeof failure.response?.status === 'number' ? failure.response.status : null;
  if (status !== null && RETRYABLE.has(status)) {
    const header = failure.response?.headers?.['retry-after'];
    return new MessengerRetryableError(
      status,
      parseRetryAfter(typeof header === 'string' ? header : null, nowMs),
    );
  }
  if (status !== null && GONE.has(status)) return new ChatUnavailableError(status);
  if (status === null && typeof failure.code === 'string' && NO_ANSWER.has(failure.code))
    return new MessengerRetryableError(0, null);
  return error;
}
