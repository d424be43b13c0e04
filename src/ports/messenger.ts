// Teams chat between the bot and one person (the Bot Connector service, through the Teams SDK). The bot
// learns a person's 1:1 chat when the app is installed for them (Teams sends installationUpdate /
// conversationUpdate); that reference is what a proactive message needs later.

/** A person's 1:1 chat with the bot, as Teams gave it. */
export interface ChatReference {
  /** the Entra object id of the person (activity.from.aadObjectId) */
  userId: string;
  /** the Bot Framework conversation id of the personal chat */
  conversationId: string;
  /** where the Bot Connector for this chat answers (activity.serviceUrl) */
  serviceUrl: string;
  tenantId: string;
  /** the Teams client's locale at installation or the last message (e.g. "nb-NO"), if known */
  locale: string | null;
}

/** One message to send: an Adaptive Card with the text a notification or a client without cards shows. */
export interface ChatMessage {
  /** an expanded Adaptive Card 1.5 (application/vnd.microsoft.card.adaptive) */
  card: Record<string, unknown>;
  /** the plain-text summary (the activity's text / notification preview) */
  summary: string;
}

/** Teams said "too many requests" (429) or a retryable failure (412, 502, 504): try again later. */
export class MessengerRetryableError extends Error {
  readonly code = 'messenger-retryable';
  constructor(
    readonly status: number,
    /** the Retry-After Teams asked for, in milliseconds, when it gave one */
    readonly retryAfterMs: number | null,
  ) {
    super(`Teams answered ${status}; retry later`);
    this.name = 'MessengerRetryableError';
  }
}

/** The chat is gone: the person removed the app or blocked the bot (403), or the conversation is unknown (404). */
export class ChatUnavailableError extends Error {
  readonly code = 'chat-unavailable';
  constructor(readonly status: number) {
    super(`Teams answered ${status}: the chat cannot be reached`);
    this.name = 'ChatUnavailableError';
  }
}

export interface Messenger {
  /**
   * Sends one message into a chat and returns the id Teams gave the activity (to update the card later).
   * Not idempotent: the caller keeps the outbox that makes a retry send once. Throws MessengerRetryableError
   * or ChatUnavailableError as above; any other error is a bug or an outage.
   */
  send(chat: ChatReference, message: ChatMessage): Promise<{ activityId: string }>;
  /** replaces a message sent earlier (a card that is out of date); same errors as send */
  update(chat: ChatReference, activityId: string, message: ChatMessage): Promise<void>;
}
