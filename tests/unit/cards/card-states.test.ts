// What a card says after the person acted or when it came late: the invitation booked on short notice (000:
// "innkalling 1-2 uker i forveien"), accepted, another time asked, cancelled; the referat approved or waiting
// for the leader; the leader told of a comment; the bot's list and info cards.
import { describe, expect, it } from 'vitest';
import { infoCard } from '../../../src/cards/info';
import { invitationCard } from '../../../src/cards/invitation';
import { leaderNotificationCard } from '../../../src/cards/leader-notification';
import { myConversationsCard } from '../../../src/cards/my-conversations';
import { referatApprovalCard } from '../../../src/cards/referat-approval';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { hasText, ofType } from './card-query';
import * as ex from './examples';

const verbsOf = (card: unknown) => ofType(card, 'Action.Execute').map((a) => a.verb);

describe('invitation states', () => {
  it('says plainly, in every language, when the leader booked closer than the policy wants (000)', () => {
    const d = { ...ex.invitation, shortNotice: { days: 3, minDays: 7 } };
    expect(hasText(invitationCard(d, 'nb'), 'Kort varsel: samtalen er om 3 dager')).toBe(true);
    expect(hasText(invitationCard(d, 'nb'), 'minst 7 dager før')).toBe(true);
    expect(hasText(invitationCard(d, 'nn'), 'Kort varsel: samtalen er om 3 dagar')).toBe(true);
    expect(hasText(invitationCard(d, 'en'), 'Short notice: the conversation is in 3 days')).toBe(true);
    expect(hasText(invitationCard(ex.invitation, 'nb'), 'Kort varsel')).toBe(false);
  });

  it('after accepting, says so and offers no accept button', () => {
    const card = invitationCard({ ...ex.invitation, acceptedAt: '2026-11-23T09:00:00Z' }, 'nb');
    expect(hasText(card, 'Du takket ja mandag 23. november 2026 kl. 10:00.')).toBe(true);
    expect(verbsOf(card)).not.toContain(CARD_VERBS.accept);
    expect(verbsOf(card)).toContain(CARD_VERBS.prepare);
  });

  it('after asking for another time, says the leader finds one and offers neither accept nor asking again', () => {
    const card = invitationCard(ex.invitationShortNotice, 'en');
    expect(hasText(card, 'You asked for another time')).toBe(true);
    expect(verbsOf(card)).not.toContain(CARD_VERBS.accept);
    expect(ofType(card, 'Action.ShowCard')).toEqual([]);
  });

  it('a cancelled conversation has no buttons to act with', () => {
    const card = invitationCard({ ...ex.invitation, cancelled: true }, 'nn');
    expect(hasText(card, 'Samtalen er avlyst.')).toBe(true);
    expect(verbsOf(card)).toEqual([CARD_VERBS.refresh]);
  });
});

describe('referat approval states', () => {
  it('once approved, says when and offers neither approve nor comment', () => {
    const card = referatApprovalCard(ex.referatApproved, 'nb');
    expect(hasText(card, 'Du godkjente referatet torsdag 3. desember 2026 kl. 13:00.')).toBe(true);
    expect(verbsOf(card)).toEqual([CARD_VERBS.refresh]);
  });

  it('before the leader approved, the employee reads it but cannot approve yet', () => {
    const card = referatApprovalCard({ ...ex.referatApproval, leaderApproved: false }, 'en');
    expect(hasText(card, 'Your leader has not approved the minutes yet.')).toBe(true);
    expect(verbsOf(card)).not.toContain(CARD_VERBS.approveReferat);
  });

  it('after a comment, says it went to the leader and still lets the employee approve', () => {
    const card = referatApprovalCard({ ...ex.referatApproval, commentSentAt: '2026-12-03T12:00:00Z' }, 'nb');
    expect(hasText(card, 'Kommentaren ble sendt til lederen')).toBe(true);
    expect(verbsOf(card)).toContain(CARD_VERBS.approveReferat);
  });
});

describe('bot cards', () => {
  it('tells the leader of a comment with its text', () => {
    const commented = ex.leaderNotifications.find((n) => n.event === 'referat-commented')!;
    const card = leaderNotificationCard(commented, 'nb');
    expect(hasText(card, 'Øystein Ærø har kommentert referatet.')).toBe(true);
    expect(hasText(card, 'Veiledningen var avtalt hver uke')).toBe(true);
  });

  it('lists my conversations with the other party, time, status and a link to each', () => {
    const card = myConversationsCard(ex.myConversations, 'nb');
    expect(hasText(card, 'Dine samtaler')).toBe(true);
    expect(hasText(card, 'Medarbeidersamtale med Åse Ødegård-Bjørnstad')).toBe(true);
    expect(hasText(card, 'mandag 30. november 2026 kl. 08:00–09:30 · booket')).toBe(true);
    expect(hasText(card, 'Samtaler du leder')).toBe(true);
    expect(hasText(card, 'avlyst')).toBe(true);
    const links = ofType(card, 'Action.OpenUrl').map((a) => a.url);
    expect(links).toContain(ex.OPEN_URL);
    expect(links).toContain(ex.myConversations.tabUrl);
  });

  it('says there are none when there are none', () => {
    const card = myConversationsCard({ ...ex.myConversations, mine: [], conducting: [] }, 'en');
    expect(hasText(card, 'You have no conversations in Samtale yet.')).toBe(true);
  });

  it('shows an info card with its lines and the link', () => {
    const card = infoCard(ex.info, 'nb');
    expect(hasText(card, 'Dette kan Samtale-boten')).toBe(true);
    expect(hasText(card, 'Skriv **mine samtaler**')).toBe(true);
    expect(ofType(card, 'Action.OpenUrl')[0]).toMatchObject({ url: ex.OPEN_URL });
  });
});
