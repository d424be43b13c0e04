// The invitation (DESIGN §2.3, 000, 002): what the employee must see, and what each button sends back.
import { describe, expect, it } from 'vitest';
import { invitationCard } from '../../../src/cards/invitation';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { hasText, ofType } from './card-query';
import { EMPLOYEE, invitation, TEAMS_URL } from './examples';

describe('invitation card', () => {
  it('shows time, duration, place, leader, purpose and the special topics in the language', () => {
    const card = invitationCard(invitation, 'nn');
    expect(hasText(card, 'Innkalling: Medarbeidarsamtale')).toBe(true);
    expect(hasText(card, 'måndag 30. november 2026 kl. 08:00–09:30')).toBe(true);
    expect(hasText(card, '1 t 30 min')).toBe(true);
    expect(hasText(card, 'Møterom Fjæra, 2. etasje, Rådhuset i Årdal / Teams-møte')).toBe(true);
    expect(hasText(card, 'Åse Ødegård-Bjørnstad')).toBe(true);
    expect(hasText(card, 'planlagd, førebudd, forpliktande og fortruleg')).toBe(true);
    expect(hasText(card, 'Tema leiaren vil ta opp')).toBe(true);
    expect(hasText(card, invitation.specialTopics)).toBe(true);
  });

  it('leaves out the topics heading when the leader wrote none, and the join button without a Teams meeting', () => {
    const card = invitationCard({ ...invitation, specialTopics: '  ', teamsJoinUrl: null }, 'en');
    expect(hasText(card, 'Topics your leader wants to raise')).toBe(false);
    expect(ofType(card, 'Action.OpenUrl')).toEqual([]);
    expect(hasText(card, 'Møterom Fjæra')).toBe(true);
  });

  it('links the Teams meeting when there is one', () => {
    const [join] = ofType(invitationCard(invitation, 'nb'), 'Action.OpenUrl');
    expect(join).toMatchObject({ title: 'Bli med i Teams-møtet', url: TEAMS_URL });
  });

  it('shows text the leader typed literally, even when it looks like a template expression', () => {
    const card = invitationCard(
      { ...invitation, specialTopics: 'Budsjett ${conversationId} og «${t.title}»' },
      'nb',
    );
    expect(hasText(card, 'Budsjett ${conversationId} og «${t.title}»')).toBe(true);
  });

  it('sends prepare, accept and another time as Action.Execute with the conversation and card version, Action.Submit as fallback', () => {
    const executes = ofType(invitationCard(invitation, 'nb'), 'Action.Execute');
    const verbs = executes.map((a) => a.verb);
    expect(verbs).toEqual(
      expect.arrayContaining([
        CARD_VERBS.prepare,
        CARD_VERBS.accept,
        CARD_VERBS.askOtherTime,
        CARD_VERBS.refresh,
      ]),
    );
    for (const action of executes) {
      expect(action.data).toMatchObject({ conversationId: 'c-42', cardVersion: 3 });
      if (action.verb !== CARD_VERBS.refresh) {
        expect(action.fallback).toMatchObject({
          type: 'Action.Submit',
          data: { verb: action.verb, cardVersion: 3 },
        });
      }
    }
  });

  it('refreshes for the employee alone', () => {
    expect(invitationCard(invitation, 'nb').refresh).toMatchObject({ userIds: [EMPLOYEE] });
  });

  it('asks for a reason (required, with an error message) and preferred times when asking for another time', () => {
    const inputs = ofType(invitationCard(invitation, 'nb'), 'Input.Text');
    expect(inputs).toEqual([
      expect.objectContaining({
        id: 'reason',
        label: 'Hvorfor passer ikke tidspunktet?',
        isRequired: true,
        errorMessage: 'Skriv hvorfor tidspunktet ikke passer.',
      }),
      expect.objectContaining({ id: 'preferredTimes', label: 'Når passer det for deg? (valgfritt)' }),
    ]);
    expect(inputs[1]?.isRequired).toBeUndefined();
  });

  it('refuses a meeting that ends before it starts', () => {
    expect(() => invitationCard({ ...invitation, end: invitation.start }, 'nb')).toThrow(
      /end after it starts/,
    );
  });
});
