// What the bot reads of an activity Teams sends, checked with zod at the edge: who acted (the Entra object
// id is the actor for every access rule), which chat, the locale, and a card action's verb and data.
import { z } from 'zod';
import { languageFromLocale } from '../../core/language';
import type { Language } from '../../core/org';
import type { ChatReference } from '../../ports/messenger';

const ZActivity = z.object({
  from: z.object({ id: z.string(), aadObjectId: z.string().optional() }).optional(),
  conversation: z
    .object({
      id: z.string().min(1),
      conversationType: z.string().optional(),
      tenantId: z.string().optional(),
    })
    .optional(),
  serviceUrl: z.string().optional(),
  locale: z.string().optional(),
  channelData: z
    .object({ tenant: z.object({ id: z.string() }).optional() })
    .loose()
    .optional(),
  text: z.string().optional(),
  value: z.unknown().optional(),
});

export interface Inbound {
  /** activity.from.aadObjectId; null when Teams sent none (then no rule lets the activity act) */
  actorId: string | null;
  language: Language;
  /** the activity's locale; null when Teams sent none (language is then the default, bokmål) */
  locale: string | null;
  /** the person's 1:1 chat with the bot, when this activity came from one */
  chat: ChatReference | null;
  tenantId: string | null;
}

export function readInbound(activity: unknown): Inbound {
  const a = ZActivity.parse(activity);
  const actorId = a.from?.aadObjectId ?? null;
  const tenantId = a.channelData?.tenant?.id ?? a.conversation?.tenantId ?? null;
  const personal = a.conversation?.conversationType === 'personal';
  const serviceUrl = z.url().safeParse(a.serviceUrl);
  const chat =
    personal && actorId && tenantId && a.conversation && serviceUrl.success
      ? {
          userId: actorId,
          conversationId: a.conversation.id,
          serviceUrl: serviceUrl.data,
          tenantId,
          locale: a.locale ?? null,
        }
      : null;
  return { actorId, language: languageFromLocale(a.locale), locale: a.locale ?? null, chat, tenantId };
}

/** A card action: the Action.Execute invoke's value ({ action: { verb, data } }) or an Action.Submit's value. */
export interface CardActionInput {
  verb: string;
  /** the action's data with the card's inputs merged in, as Teams sends it */
  data: Record<string, unknown>;
}

const ZExecuteValue = z.object({
  action: z.object({ verb: z.string().min(1), data: z.record(z.string(), z.unknown()).default({}) }),
});
const ZSubmitValue = z.object({ verb: z.string().min(1) }).catchall(z.unknown());

export function readInvokeAction(value: unknown): CardActionInput | null {
  const parsed = ZExecuteValue.safeParse(value);
  return parsed.success ? { verb: parsed.data.action.verb, data: parsed.data.action.data } : null;
}

/** an Action.Submit fallback arrives as a message whose value carries the verb; null for any other message */
export function readSubmitAction(value: unknown): CardActionInput | null {
  const parsed = ZSubmitValue.safeParse(value);
  if (!parsed.success) return null;
  const { verb, ...data } = parsed.data;
  return { verb, data };
}
