// What the server answers the task pane, checked at the edge like the tab's answers (src/tab/api/schemas.ts).
import { z } from 'zod';
import { ZConversationKind } from '../../core/org';

export const ZMeetingConversation = z.object({
  conversationId: z.string(),
  role: z.enum(['employee', 'conductor']),
  kind: ZConversationKind,
  start: z.string(),
});
export type MeetingConversation = z.infer<typeof ZMeetingConversation>;

/** the part of a listed conversation the demo's meeting picker shows */
export const ZListedConversation = z.object({
  id: z.string(),
  kind: ZConversationKind,
  start: z.string(),
  status: z.string(),
  employeeId: z.string(),
  conductorId: z.string(),
  meeting: z.object({ eventId: z.string() }).nullable(),
});
export type ListedConversation = z.infer<typeof ZListedConversation>;
export const ZConversationLists = z.object({
  conducting: z.array(ZListedConversation),
  mine: z.array(ZListedConversation),
});

export const ZPrepQuestion = z.object({
  id: z.string(),
  type: z.enum(['text', 'check']),
  text: z.string(),
  required: z.boolean(),
  hint: z.string().optional(),
});
export type PrepQuestion = z.infer<typeof ZPrepQuestion>;

const ZSide = z.enum(['employee', 'leader']);
export type Side = z.infer<typeof ZSide>;
const ZAnswers = z.record(z.string(), z.string());
export type Answers = z.infer<typeof ZAnswers>;

export const ZPreparationView = z.object({
  side: ZSide,
  conversation: z.object({
    id: z.string(),
    kind: ZConversationKind,
    start: z.string(),
    end: z.string(),
    employeeName: z.string(),
    conductorName: z.string(),
  }),
  template: z.object({
    id: z.string(),
    version: z.number(),
    title: z.string(),
    sections: z.array(z.object({ id: z.string(), title: z.string(), questions: z.array(ZPrepQuestion) })),
  }),
  mine: z.object({ answers: ZAnswers, submittedAt: z.string().nullable() }),
  other: z
    .object({
      side: ZSide,
      answers: ZAnswers,
      // the other side's questions, from the template version the conversation is on
      questions: z.array(z.object({ id: z.string(), type: z.enum(['text', 'check']), text: z.string() })),
    })
    .nullable(),
  otherSubmitted: z.boolean(),
  etag: z.string(),
});
export type PreparationView = z.infer<typeof ZPreparationView>;
