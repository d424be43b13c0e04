// Reminders (DESIGN §2.8), the leader's notifications, and the card for a refused action.
import { describe, expect, it } from 'vitest';
import { leaderNotificationCard } from '../../../src/cards/leader-notification';
import { notAllowedCard } from '../../../src/cards/not-allowed';
import { reminderCard } from '../../../src/cards/reminder';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { hasText, ofType } from './card-query';
import { leaderNotifications, notAllowed, OPEN_URL, reminders } from './examples';

describe('reminder card', () => {
  it('says what is due for each kind, in the language', () => {
    const [prep, referat, action, checklist] = reminders.map((r) => reminderCard(r, 'nb'));
    expect(hasText(prep, 'Du har ikke sendt inn forberedelsen din ennå.')).toBe(true);
    expect(hasText(prep, 'Medarbeidersamtale, mandag 30. november 2026 kl. 08:00–09:30')).toBe(true);
    expect(hasText(referat, 'Referatet venter på godkjenningen din.')).toBe(true);
    expect(hasText(action, 'Fristen for tiltaket «Kurs i legemiddelhåndtering» er 31. mars 2027.')).toBe(
      true,
    );
    expect(hasText(checklist, 'skal være gjort 4. januar 2027')).toBe(true);
    expect(hasText(reminderCard(reminders[0]!, 'nn'), 'Du har ikkje sendt inn førebuinga di enno.')).toBe(
      true,
    );
  });

  it('brings the form or the referat with a button where the person can act in Teams, and always links the tab', () => {
    const verbs = reminders.map((r) => ofType(reminderCard(r, 'nb'), 'Action.Execute').map((a) => a.verb));
    expect(verbs).toEqual([[CARD_VERBS.prepare], [CARD_VERBS.openReferat], [], []]);
    for (const r of reminders) {
      expect(ofType(reminderCard(r, 'en'), 'Action.OpenUrl')).toEqual([
        expect.objectContaining({ url: OPEN_URL }),
      ]);
    }
  });
});

describe('leader notification card', () => {
  it('tells the leader who did what, and gives the reason and the times that suit better', () => {
    const [submitted, otherTime, approved] = leaderNotifications.map((n) => leaderNotificationCard(n, 'nb'));
    expect(hasText(submitted, 'Øystein Ærø har sendt inn forberedelsen.')).toBe(true);
    expect(hasText(otherTime, 'Øystein Ærø ber om et annet tidspunkt.')).toBe(true);
    expect(hasText(otherTime, 'Jeg har nattevakt natten før og sover til kl. 13.')).toBe(true);
    expect(hasText(otherTime, 'Tirsdager etter kl. 12')).toBe(true);
    expect(hasText(approved, 'Øystein Ærø har godkjent referatet.')).toBe(true);
    expect(hasText(approved, 'Begrunnelse')).toBe(false);
  });

  it('tells a leader who was given a conversation (a shared round, a hand-over) by whom, and links to it', () => {
    const assigned = leaderNotifications.find((n) => n.event === 'conductor-assigned')!;
    const card = leaderNotificationCard(assigned, 'nb');
    expect(
      hasText(
        card,
        'Kari Kvåle har gitt deg samtalen med Øystein Ærø: du leder den, ser forberedelsene og skriver referatet.',
      ),
    ).toBe(true);
    expect(hasText(card, 'Medarbeidersamtale, mandag 30. november 2026 kl. 08:00–09:30')).toBe(true);
    expect(ofType(card, 'Action.OpenUrl')).toEqual([expect.objectContaining({ url: OPEN_URL })]);
    expect(hasText(leaderNotificationCard(assigned, 'en'), 'Kari Kvåle has given you the conversation')).toBe(
      true,
    );
  });
});

describe('refused action card', () => {
  it('tells someone who is not a party that nothing changed, with no link into the conversation', () => {
    const card = notAllowedCard(notAllowed[0]!, 'nb');
    expect(hasText(card, 'Ikke din samtale')).toBe(true);
    expect(hasText(card, 'Ingenting er endret.')).toBe(true);
    expect(ofType(card, 'Action.OpenUrl')).toEqual([]);
  });

  it('tells the person on a stale card that nothing changed and where the latest version is', () => {
    const card = notAllowedCard(notAllowed[1]!, 'en');
    expect(hasText(card, 'This card is out of date')).toBe(true);
    expect(hasText(card, 'so nothing was changed')).toBe(true);
    expect(hasText(card, 'Use the newest card in the chat')).toBe(true);
    expect(ofType(card, 'Action.OpenUrl')).toEqual([expect.objectContaining({ url: OPEN_URL })]);
  });
});
