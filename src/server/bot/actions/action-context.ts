import type { Language } from '../../../core/org';
import type { BotDeps } from '../bot-deps';

/** One card action that passed the gate (check-card-action.ts): who, on which conversation, with what. */
export interface ActionContext {
  deps: BotDeps;
  /** the actor and the conversation, as every use case takes them */
  ids: { userId: string; conversationId: string };
  language: Language;
  /** the action's data with the card's inputs */
  data: Record<string, unknown>;
}
