// The --conversations file of `samtale report compliance`: booked conversations as the product keeps them
// (src/core/conversation.ts). Only these four fields are read; a full export of conversations parses too.
import { z } from 'zod';
import { ZConversationStatus } from '../conversation';
import { ZConversationKind } from '../org';

export const ZReportConversation = z.object({
  employeeId: z.string().min(1),
  kind: ZConversationKind,
  /** booking and booked count as booked; cancelled does not */
  status: ZConversationStatus,
  /** UTC instant; the Oslo date decides the period */
  start: z.string().datetime({ offset: true }),
});

export const ZConversationsFile = z.array(ZReportConversation);
