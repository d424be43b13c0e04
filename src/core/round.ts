// A round: a leader's plan for a whole unit's conversations in a period (003: plan who, where, how long).
// A preview first; nothing reaches anyone's calendar until the leader confirms it.
import { z } from 'zod';
import { ZConversationKind } from './org';
import { ZLocation } from './conversation';
import { sha256Hex } from './referat/sha256';

export const ZRoundStatus = z.enum(['preview', 'confirming', 'confirmed', 'partly-confirmed']);

export const ZRoundSettings = z.object({
  kind: ZConversationKind,
  period: z.object({
    from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  }),
  durationMinutes: z.number().int().min(15).max(240),
  maxPerDay: z.number().int().min(1).max(12),
  location: ZLocation.nullable(),
  online: z.boolean(),
  specialTopics: z.string().max(2000),
});
export type RoundSettings = z.infer<typeof ZRoundSettings>;

export const ZRound = z.object({
  id: z.string().uuid(),
  leaderId: z.string().uuid(),
  status: ZRoundStatus,
  settings: ZRoundSettings,
  /** who is in the round, as the directory said when it was planned: confirming needs no directory reads */
  people: z.array(
    z.object({
      id: z.string(),
      mail: z.string(),
      displayName: z.string(),
      preferredLanguage: z.string().nullable(),
    }),
  ),
  placements: z.array(
    z.object({ employeeId: z.string(), conductorId: z.string(), start: z.string(), end: z.string() }),
  ),
  unplaced: z.array(z.object({ employeeId: z.string(), conductorId: z.string(), reason: z.string() })),
  /** meetings in Outlook so far, and those that failed for good (with Graph's reason) */
  progress: z.object({
    done: z.number().int(),
    total: z.number().int(),
    failed: z.array(z.object({ employeeId: z.string(), error: z.string() })),
  }),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
});
export type Round = z.infer<typeof ZRound>;
export type RoundPerson = Round['people'][number];

/**
 * The conversation id of one employee's place in a round, the same every time it is computed: confirming the
 * round again after a crash finds the same conversations and the same meetings (the id is the transactionId).
 */
export function roundConversationId(roundId: string, employeeId: string): string {
  const hex = sha256Hex(`samtale-round:${roundId}:${employeeId}`);
  // shaped as a version-8 (custom) UUID so it passes the same checks as every other id
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
