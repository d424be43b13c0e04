// Many conversation meetings at once through JSON batching: 20 creations per POST /$batch, batches run
// side by side as long as no mailbox goes over four concurrent requests, and an item Graph throttled or
// could not serve inside a batch is sent again after its Retry-After. Every creation carries its
// transactionId, so a batch sent twice (an answer lost to a timeout) still books each meeting once.
import type { GraphRequest } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import type { BatchOutcome, ConversationMeeting } from '../../ports/calendar';
import { toBookedMeeting, toEventBody } from './calendar-mapping';
import { toGraphRequestError } from './errors';
import { RETRYABLE_STATUS, retryDelayMs, sleep, withRetry } from './graph-retry';
import type { RetryPolicy } from './graph-retry';

export const BATCH_SIZE = 20;

const ZBatchAnswer = z.object({
  responses: z.array(
    z.object({
      id: z.string(),
      status: z.number(),
      headers: z.record(z.string(), z.string()).nullish(),
      body: z.unknown().optional(),
    }),
  ),
});
type ItemAnswer = z.infer<typeof ZBatchAnswer>['responses'][number];

export interface BatchDeps {
  retry: RetryPolicy;
  propertyId: string;
  /** batches in flight at once over all mailboxes */
  maxConcurrentBatches: number;
  /** a request for `path` with the adapter's settings and this try's timeout */
  api: (path: string, signal: AbortSignal) => GraphRequest;
  /** runs one HTTP request holding the mailboxes' slots (see MailboxGate) */
  send: <T>(slots: Map<string, number>, method: string, path: string, run: () => Promise<T>) => Promise<T>;
}

export async function createMeetingsInBatches(
  deps: BatchDeps,
  meetings: ConversationMeeting[],
  onProgress?: (done: number, total: number) => void,
): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(meetings.length);
  const batches: number[][] = [];
  for (let i = 0; i < meetings.length; i += BATCH_SIZE)
    batches.push(meetings.slice(i, i + BATCH_SIZE).map((_, j) => i + j));
  let done = 0;
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const batch = batches[next++] ?? [];
      await runBatch(deps, meetings, batch, outcomes);
      done += batch.length;
      onProgress?.(done, meetings.length);
    }
  };
  const lanes = Math.min(deps.maxConcurrentBatches, batches.length);
  await Promise.all(Array.from({ length: lanes }, lane));
  return outcomes;
}

/** one batch to its end: items that came back throttled or unavailable go again, alone, after the pause */
async function runBatch(
  deps: BatchDeps,
  meetings: ConversationMeeting[],
  indexes: number[],
  outcomes: BatchOutcome[],
): Promise<void> {
  let pending = indexes;
  for (let attempt = 1; pending.length > 0; attempt++) {
    let answers: Map<string, ItemAnswer>;
    try {
      answers = await postBatch(deps, meetings, pending);
    } catch (error) {
      const failure = toGraphRequestError(error, '/$batch');
      for (const i of pending) outcomes[i] = failed(meetings[i], failure.message, true);
      return;
    }
    const again: number[] = [];
    let pause = 0;
    for (const i of pending) {
      const meeting = meetings[i];
      const answer = answers.get(String(i));
      if (!meeting) continue;
      if (answer && answer.status >= 200 && answer.status < 300) {
        outcomes[i] = booked(meeting, answer.body);
      } else if (!answer || RETRYABLE_STATUS.has(answer.status)) {
        if (attempt >= deps.retry.maxAttempts) {
          outcomes[i] = failed(
            meeting,
            `Graph answered ${answer?.status ?? 'nothing'} ${attempt} times`,
            true,
          );
        } else {
          again.push(i);
          pause = Math.max(pause, retryDelayMs(deps.retry, attempt, retryAfter(answer)));
        }
      } else {
        outcomes[i] = failed(meeting, `Graph answered ${answer.status}: ${errorText(answer.body)}`, false);
      }
    }
    pending = again;
    if (pending.length > 0) await sleep(pause);
  }
}

async function postBatch(
  deps: BatchDeps,
  meetings: ConversationMeeting[],
  indexes: number[],
): Promise<Map<string, ItemAnswer>> {
  const slots = new Map<string, number>();
  const requests = indexes.map((i) => {
    const meeting = meetings[i] as ConversationMeeting;
    slots.set(meeting.organizerId, (slots.get(meeting.organizerId) ?? 0) + 1);
    return {
      id: String(i),
      method: 'POST',
      url: `/users/${encodeURIComponent(meeting.organizerId)}/events`,
      headers: { 'Content-Type': 'application/json' },
      body: toEventBody(meeting, deps.propertyId),
    };
  });
  // the whole POST is retried on 429/503/timeout; its items are idempotent by transactionId
  const raw = await withRetry(deps.retry, (signal) =>
    deps.send(slots, 'POST', '/$batch', () => deps.api('/$batch', signal).post({ requests })),
  );
  return new Map(ZBatchAnswer.parse(raw).responses.map((r) => [r.id, r]));
}

function booked(meeting: ConversationMeeting, body: unknown): BatchOutcome {
  try {
    const booked = toBookedMeeting(body, meeting.organizerId, meeting.conversationId);
    return { conversationId: meeting.conversationId, ok: true, meeting: booked };
  } catch (error) {
    return failed(meeting, toGraphRequestError(error, '/$batch').message, false);
  }
}

function retryAfter(answer: ItemAnswer | undefined): string | null {
  const headers = answer?.headers ?? {};
  const name = Object.keys(headers).find((k) => k.toLowerCase() === 'retry-after');
  return name ? (headers[name] ?? null) : null;
}

function errorText(body: unknown): string {
  const parsed = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).safeParse(body);
  return parsed.success ? `${parsed.data.error.code}: ${parsed.data.error.message}` : 'no error body';
}

function failed(meeting: ConversationMeeting | undefined, error: string, retryable: boolean): BatchOutcome {
  return { conversationId: meeting?.conversationId ?? '', ok: false, error, retryable };
}
