// The referat to approve (DESIGN §2.6): the employee approves exactly the text they read.
import { describe, expect, it } from 'vitest';
import { referatApprovalCard } from '../../../src/cards/referat-approval';
import { CARD_VERBS } from '../../../src/cards/verbs';
import { hasText, ofType } from './card-query';
import { EMPLOYEE, referatApproval } from './examples';

describe('referat approval card', () => {
  it('shows the summary and the action plan with who, deadline and shared need', () => {
    const card = referatApprovalCard(referatApproval, 'nb');
    expect(hasText(card, 'Samtalen ble holdt 30. november 2026.')).toBe(true);
    expect(hasText(card, 'Samarbeid og arbeidsmiljø')).toBe(true);
    expect(hasText(card, 'Kurs i legemiddelhåndtering')).toBe(true);
    expect(hasText(card, '31. mars 2027')).toBe(true);
    expect(JSON.stringify(card)).toContain('"title":"Felles behov","value":"Ja"');
  });

  it('says when the content changed since it was last sent, and says nothing when it did not', () => {
    expect(
      hasText(
        referatApprovalCard(referatApproval, 'en'),
        'The minutes were changed on Wednesday 2 December 2026, 10:15',
      ),
    ).toBe(true);
    const unchanged = referatApprovalCard({ ...referatApproval, changedAt: null }, 'nb');
    expect(hasText(unchanged, 'Referatet ble endret')).toBe(false);
  });

  it('approves with the hash of the content on the card, so an approval of an older text can be refused', () => {
    const approve = ofType(referatApprovalCard(referatApproval, 'nb'), 'Action.Execute').find(
      (a) => a.verb === CARD_VERBS.approveReferat,
    );
    expect(approve?.data).toEqual({
      conversationId: 'c-42',
      cardVersion: 7,
      contentHash: referatApproval.contentHash,
    });
  });

  it('asks for the comment text (required) before a comment is sent', () => {
    const [comment] = ofType(referatApprovalCard(referatApproval, 'nn'), 'Input.Text');
    expect(comment).toMatchObject({
      id: 'comment',
      isRequired: true,
      errorMessage: 'Skriv kommentaren din.',
    });
  });

  it('says "no special actions" when that was recorded instead of a plan', () => {
    const card = referatApprovalCard({ ...referatApproval, actions: [], noSpecialActions: true }, 'nb');
    expect(hasText(card, 'ikke er behov for særskilte tiltak')).toBe(true);
    const none = referatApprovalCard({ ...referatApproval, actions: [], noSpecialActions: false }, 'nb');
    expect(hasText(none, 'Handlingsplan')).toBe(false);
  });

  it('refreshes for the employee alone and refuses a hash that is not SHA-256', () => {
    expect(referatApprovalCard(referatApproval, 'nb').refresh).toMatchObject({ userIds: [EMPLOYEE] });
    expect(() => referatApprovalCard({ ...referatApproval, contentHash: 'abc' }, 'nb')).toThrow(/SHA-256/);
  });
});
