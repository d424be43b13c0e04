// A key no Store can hold, on the surfaces that are not an API path (the path guard answers those with 404):
// a write is bad input, told as such in the person's language (400, or the card's text), never a 500; a
// read finds nothing, so the Outlook pane on a stranger's meeting says it is not a Samtale meeting.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../../src/adapters/memory/memory-store';
import { findConversationForMeeting } from '../../../src/app/find-conversation-for-meeting';
import { AppError } from '../../../src/core/errors';
import { MAX_KEY_LENGTH, UnstorableKeyError } from '../../../src/ports/store';
import { errorResponse, toAppError } from '../../../src/server/http/errors';

describe('a key no Store can hold', () => {
  it('is bad input when written: 400 with the text in the caller’s language, nothing logged as a fault', async () => {
    const store = createMemoryStore();
    const logged: string[] = [];
    const api = new Hono();
    api.onError((error, c) => errorResponse(c, error, (line) => logged.push(line)));
    // e.g. an id from a request body that became a key without a check of its own
    api.post('/notes', async (c) => c.json(await store.put('notes', 'conv#1', 'note', { text: 'x' })));

    const res = await api.request('/notes', { method: 'POST', headers: { 'accept-language': 'nn-NO' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad-request', message: 'Førespurnaden er ugyldig.' },
    });
    expect(logged).toEqual([]);
    // the bot's card actions map errors through the same function, so a card says the same
    const error = toAppError(new UnstorableKeyError('notes', 'rowKey', 'a/b'));
    expect(error.code).toBe('bad-request');
    expect(error.message).toBe(
      'notes: rowKey "a/b" contains /; / \\ # ? and control characters are not allowed',
    );
  });

  it('finds nothing when read: the Outlook pane on a meeting with a long foreign iCalUId', async () => {
    // another system's UID, over the key length once encoded (an Exchange one is ~112 hex characters)
    const iCalUId = `${'7'.repeat(240)}@calendar.example.org`;
    expect(encodeURIComponent(iCalUId).length).toBeGreaterThan(MAX_KEY_LENGTH);
    const calendar = { getEventICalUId: async () => iCalUId };
    const found = findConversationForMeeting(
      { calendar, store: createMemoryStore() },
      { userId: 'a8f5f167-0e4e-4a5e-9d3f-1b2c3d4e5f60', itemId: 'AAMkAG...' },
    );
    await expect(found).rejects.toBeInstanceOf(AppError);
    await expect(found).rejects.toMatchObject({ code: 'not-a-samtale-meeting' });
  });
});
