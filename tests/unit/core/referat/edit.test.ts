// DESIGN §2.5-2.6: the referat is written change by change; a change after approval voids the approvals.
import { describe, expect, it } from 'vitest';
import { approve, isFullyApproved } from '../../../../src/core/referat/approval';
import { edit } from '../../../../src/core/referat/edit';
import type { Referat } from '../../../../src/core/referat/referat';
import { COURSE, KARI, PER, probationReferat } from './fixtures';

function signedByBoth(): Referat {
  const referat = edit(
    edit(probationReferat(), {
      type: 'section',
      sectionId: 'opplaering',
      agreedText: 'Opplæringsplanen følges.',
    }),
    { type: 'add-action', action: COURSE },
  );
  const byLeader = approve(referat, { by: PER, role: 'leader', at: '2026-03-30T14:00:00+02:00' });
  return approve(byLeader, { by: KARI, role: 'employee', at: '2026-03-31T08:00:00+02:00' });
}

describe('a change after approval', () => {
  it('voids both approvals when the agreed text changes', () => {
    const signed = signedByBoth();
    expect(isFullyApproved(signed)).toBe(true);
    const changed = edit(signed, {
      type: 'section',
      sectionId: 'opplaering',
      agreedText: 'Planen justeres.',
    });
    expect(changed.approvals).toEqual([]);
    expect(isFullyApproved(changed)).toBe(false);
  });

  it('voids both approvals when a deadline moves', () => {
    const changed = edit(signedByBoth(), {
      type: 'update-action',
      action: { ...COURSE, deadline: '2026-06-01' },
    });
    expect(changed.approvals).toEqual([]);
  });

  it('keeps the approvals when only the private notes change: they were never signed', () => {
    const changed = edit(signedByBoth(), { type: 'private-notes', notes: { text: 'Følg med på turnus.' } });
    expect(isFullyApproved(changed)).toBe(true);
  });

  it('keeps the approvals when the same text is saved again, even typed with a combining ring (NFC)', () => {
    const again = edit(signedByBoth(), {
      type: 'section',
      sectionId: 'opplaering',
      agreedText: 'Opplæringsplanen følges.'.normalize('NFD'),
    });
    expect(isFullyApproved(again)).toBe(true);
  });
});

describe('edit', () => {
  it('fills "Leders tilbakemelding" of a 001 section without touching its agreed text', () => {
    const referat = edit(probationReferat(), { type: 'section', sectionId: 'kultur', agreedText: 'Trives.' });
    const withFeedback = edit(referat, {
      type: 'section',
      sectionId: 'kultur',
      leaderFeedback: 'Godt samarbeid.',
    });
    expect(withFeedback.sections.find((s) => s.sectionId === 'kultur')).toEqual({
      sectionId: 'kultur',
      agreedText: 'Trives.',
      leaderFeedback: 'Godt samarbeid.',
    });
  });

  it('refuses leader feedback where the section has no such field', () => {
    expect(() =>
      edit(probationReferat(), { type: 'section', sectionId: 'sjekk', leaderFeedback: 'x' }),
    ).toThrow(expect.objectContaining({ code: 'bad-request', field: 'leaderFeedback' }));
  });

  it('records a check as ja / nei / ikke aktuelt (001)', () => {
    const id = 'probation.sjekk.autorisasjon-vitnemaal';
    const referat = edit(probationReferat(), { type: 'check', questionId: id, answer: 'yes' });
    expect(referat.checks.find((c) => c.questionId === id)?.answer).toBe('yes');
    expect(() =>
      edit(referat, { type: 'check', questionId: 'probation.sjekk.finnes-ikke', answer: 'no' }),
    ).toThrow(expect.objectContaining({ code: 'not-found', field: 'questionId' }));
  });

  it('adds, updates and removes actions by id, and refuses a second action with the same id', () => {
    const added = edit(probationReferat(), { type: 'add-action', action: COURSE });
    expect(() => edit(added, { type: 'add-action', action: COURSE })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    const updated = edit(added, { type: 'update-action', action: { ...COURSE, sharedNeed: false } });
    expect(updated.actions).toEqual([{ ...COURSE, sharedNeed: false }]);
    expect(edit(updated, { type: 'remove-action', actionId: 'a1' }).actions).toEqual([]);
    expect(() => edit(updated, { type: 'remove-action', actionId: 'a9' })).toThrow(
      expect.objectContaining({ code: 'not-found', field: 'actionId' }),
    );
  });

  it('names the field of bad input and leaves the referat as it was', () => {
    const referat = edit(probationReferat(), { type: 'add-action', action: COURSE });
    const before = structuredClone(referat);
    expect(() =>
      edit(referat, { type: 'update-action', action: { ...COURSE, deadline: '15. mai' } }),
    ).toThrow(expect.objectContaining({ code: 'bad-request', field: 'action.deadline' }));
    expect(referat).toEqual(before);
  });
});
