// The Messenger adapter's reading of Teams' answers: what is worth another try (with its Retry-After), what
// means the chat is gone, and what is neither (a bug of ours: it must surface, not be retried forever).
import { describe, expect, it } from 'vitest';
import { messengerError } from '../../../src/adapters/bot/teams-messenger';
import { ChatUnavailableError, MessengerRetryableError } from '../../../src/ports/messenger';

const NOW = Date.parse('2026-11-23T08:00:00Z');
const answered = (status: number, headers: Record<string, string> = {}) => ({
  isAxiosError: true,
  message: `Request failed with status code ${status}`,
  response: { status, headers },
});

describe('messengerError', () => {
  it.each([429, 412, 502, 504])('%i is retryable', (status) => {
    expect(messengerError(answered(status), NOW)).toBeInstanceOf(MessengerRetryableError);
  });

  it('keeps the Retry-After Teams gave, in seconds or as a date', () => {
    const seconds = messengerError(answered(429, { 'retry-after': '3' }), NOW) as MessengerRetryableError;
    expect(seconds.retryAfterMs).toBe(3000);
    const date = messengerError(
      answered(429, { 'retry-after': new Date(NOW + 10_000).toUTCString() }),
      NOW,
    ) as MessengerRetryableError;
    expect(date.retryAfterMs).toBe(10_000);
    expect((messengerError(answered(502), NOW) as MessengerRetryableError).retryAfterMs).toBeNull();
  });

  it.each([403, 404])('%i means the chat is gone (app removed, bot blocked)', (status) => {
    const error = messengerError(answered(status), NOW);
    expect(error).toBeInstanceOf(ChatUnavailableError);
    expect((error as ChatUnavailableError).status).toBe(status);
  });

  it('no answer at all is an outage worth another try; a 400 is our bug and stays as it is', () => {
    expect(messengerError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, NOW)).toBeInstanceOf(
      MessengerRetryableError,
    );
    const bad = answered(400);
    expect(messengerError(bad, NOW)).toBe(bad);
  });
});
