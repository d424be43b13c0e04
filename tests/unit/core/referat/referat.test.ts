// DESIGN §2.5: the referat section by section, checks, the action plan, and private notes kept apart.
import { describe, expect, it } from 'vitest';
import { edit } from '../../../../src/core/referat/edit';
import { contentOf, employeeView, startReferat, ZActionItem } from '../../../../src/core/referat/referat';
import { getTemplate } from '../../../../src/core/templates/registry';
import { COURSE, KARI, PER, probationReferat } from './fixtures';

describe('startReferat', () => {
  it('has one section per template section, with "Leders tilbakemelding" only where 001 has it', () => {
    const referat = probationReferat();
    expect(referat.sections.map((s) => [s.sectionId, s.leaderFeedback])).toEqual([
      ['sjekk', null],
      ['maal-forventninger', ''],
      ['opplaering', ''],
      ['kultur', ''],
      ['praktisk', ''],
    ]);
    expect(referat).toMatchObject({
      templateId: 'oppfolging-provetid',
      templateVersion: 1,
      kind: 'probation-followup',
    });
  });

  it("carries the leader's prepared checks over, and leaves out authorisation where it does not apply (001)", () => {
    expect(probationReferat().checks).toEqual([
      { questionId: 'probation.sjekk.rutiner-kjent', answer: 'yes' },
      { questionId: 'probation.sjekk.autorisasjon-vitnemaal', answer: null },
      { questionId: 'probation.opplaering.plan-utarbeidet', answer: null },
    ]);
    const clerk = startReferat({
      conversationId: 'conv-7',
      employeeId: KARI,
      conductorId: PER,
      template: getTemplate('oppfolging-provetid', 1),
      conditions: [],
    });
    expect(clerk.checks.map((c) => c.questionId)).not.toContain('probation.sjekk.autorisasjon-vitnemaal');
  });
});

describe('private notes', () => {
  const referat = edit(
    edit(probationReferat(), {
      type: 'section',
      sectionId: 'kultur',
      agreedText: 'Trives godt i avdelingen.',
    }),
    { type: 'private-notes', notes: { text: 'Virker sliten – spør om turnus neste gang.' } },
  );

  it('are kept for the conductor', () => {
    expect(referat.privateNotes.text).toBe('Virker sliten – spør om turnus neste gang.');
  });

  it("never reach the employee's view", () => {
    const view = employeeView(referat);
    expect(JSON.stringify(view)).not.toContain('sliten');
    expect(view).not.toHaveProperty('privateNotes');
    expect(view.sections.find((s) => s.sectionId === 'kultur')?.agreedText).toBe('Trives godt i avdelingen.');
  });

  it('are not part of the content the PDF is made from', () => {
    expect(JSON.stringify(contentOf(referat))).not.toContain('sliten');
    expect(contentOf(referat)).not.toHaveProperty('approvals');
  });
});

describe('action items (002, 004: what, who, deadline)', () => {
  it('accepts an action with what, who and a deadline', () => {
    expect(ZActionItem.parse(COURSE)).toEqual(COURSE);
  });

  it('refuses an action without what, without who, or with a deadline that is not a date', () => {
    expect(ZActionItem.safeParse({ ...COURSE, what: '  ' }).success).toBe(false);
    expect(ZActionItem.safeParse({ ...COURSE, responsibleName: '' }).success).toBe(false);
    expect(ZActionItem.safeParse({ ...COURSE, deadline: '15.05.2026' }).success).toBe(false);
  });

  it('lets someone outside the directory be responsible by name alone', () => {
    expect(ZActionItem.safeParse({ ...COURSE, responsibleId: null, responsibleName: 'HR' }).success).toBe(
      true,
    );
  });
});
