// What the bot reads of an activity: the actor is the Entra object id (every access rule uses it), the chat is
// kept only from a personal chat, the language follows the client, and a card action's verb and data arrive
// the same way from Action.Execute and from the Action.Submit fallback.
import { describe, expect, it } from 'vitest';
import { readInbound, readInvokeAction, readSubmitAction } from '../../../../src/server/bot/inbound';
import { commandOf } from '../../../../src/server/bot/messages';

const personal = {
  from: { id: '29:x', aadObjectId: '11111111-1111-4111-8111-111111111111' },
  conversation: { id: 'a:1', conversationType: 'personal', tenantId: 't-1' },
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  locale: 'nn-NO',
  channelData: { tenant: { id: 't-1' } },
};

describe('readInbound', () => {
  it('takes the actor, the tenant, the language and the personal chat', () => {
    expect(readInbound(personal)).toEqual({
      actorId: '11111111-1111-4111-8111-111111111111',
      tenantId: 't-1',
      language: 'nn',
      locale: 'nn-NO',
      chat: {
        userId: '11111111-1111-4111-8111-111111111111',
        conversationId: 'a:1',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        tenantId: 't-1',
        locale: 'nn-NO',
      },
    });
  });

  it('keeps no chat from a group chat, and no actor without an Entra id', () => {
    const group = { ...personal, conversation: { ...personal.conversation, conversationType: 'groupChat' } };
    expect(readInbound(group).chat).toBeNull();
    const anonymous = readInbound({ ...personal, from: { id: '29:x' } });
    expect(anonymous).toMatchObject({ actorId: null, chat: null });
  });

  it('speaks bokmål when Teams gives no locale', () => {
    expect(readInbound({ ...personal, locale: undefined }).language).toBe('nb');
  });
});

describe('card actions', () => {
  it('reads Action.Execute and Action.Submit the same way', () => {
    const data = { conversationId: 'c1', cardVersion: 5, reason: 'Ferie' };
    expect(
      readInvokeAction({ action: { type: 'Action.Execute', verb: 'invitation.ask-other-time', data } }),
    ).toEqual({
      verb: 'invitation.ask-other-time',
      data,
    });
    expect(readSubmitAction({ verb: 'invitation.ask-other-time', ...data })).toEqual({
      verb: 'invitation.ask-other-time',
      data,
    });
  });

  it('a message without a verb is not a card action', () => {
    expect(readSubmitAction(undefined)).toBeNull();
    expect(readSubmitAction({ text: 'hei' })).toBeNull();
    expect(readInvokeAction({ action: {} })).toBeNull();
  });
});

describe('commandOf', () => {
  it.each([
    ['hjelp', 'help'],
    ['Help!', 'help'],
    ['Mine samtaler', 'my-conversations'],
    ['mine  samtalar.', 'my-conversations'],
    ['My conversations', 'my-conversations'],
    ['<at>Samtale</at> mine samtaler', 'my-conversations'],
    ['når er samtalen min?', 'unknown'],
  ])('%s → %s', (text, command) => {
    expect(commandOf(text)).toBe(command);
  });
});
