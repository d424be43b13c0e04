// HR's template editor (issue 6 item 3): the form marks every field the server would refuse before anything
// is sent, by the same paths the server names, and the confirmation says what changed.
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../src/core/templates/registry';
import { newTemplateVersion } from '../../../src/core/templates/template-draft';
import {
  changeSummary,
  draftIssues,
  draftToSend,
  editorDraft,
  fieldId,
  isChanged,
  languageOfPath,
  moveItem,
  newQuestion,
  newSection,
  placeOfPath,
} from '../../../src/tab/hr/template-editing';

const annual = getTemplate('medarbeidersamtale', 1);
const probation = getTemplate('oppfolging-provetid', 1);

describe('the editor draft', () => {
  it('sends what it opened with unchanged, without its keys, and the server makes the same template of it', () => {
    const draft = editorDraft(probation);
    expect(isChanged(probation, draft)).toBe(false);
    const sent = draftToSend(draft);
    expect(JSON.stringify(sent)).not.toContain('"key"');
    expect(newTemplateVersion(probation, [probation], sent, 2)).toEqual({ ...probation, version: 2 });
  });

  it('keys every item uniquely, so a moved question keeps its own field', () => {
    const keys = editorDraft(annual).sections.flatMap((s) => [s.key, ...s.questions.map((q) => q.key)]);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('moveItem', () => {
  it('moves one place and leaves the ends where they are', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('draftIssues', () => {
  it('has none for a shipped template', () => {
    expect(draftIssues(editorDraft(annual))).toEqual([]);
  });

  it('names each language a new question still lacks, by the path the server uses', () => {
    const draft = editorDraft(annual);
    const question = newQuestion('new-1');
    question.text.nb = 'Hva gir deg energi?';
    draft.sections[1]!.questions.push(question);
    const at = draft.sections[1]!.questions.length - 1;
    expect(draftIssues(draft)).toEqual([
      { path: `sections.1.questions.${at}.text.nn`, kind: 'missing-text' },
      { path: `sections.1.questions.${at}.text.en`, kind: 'missing-text' },
    ]);
  });

  it('counts a text of spaces as missing, and marks a section left without questions', () => {
    const draft = editorDraft(annual);
    draft.sections[0]!.title.en = '   ';
    draft.sections[2]!.questions = [];
    expect(draftIssues(draft)).toEqual([
      { path: 'sections.0.title.en', kind: 'missing-text' },
      { path: 'sections.2.questions', kind: 'empty' },
    ]);
  });

  it('marks a text that is too long', () => {
    const draft = editorDraft(annual);
    draft.sections[0]!.questions[0]!.text.nn = 'x'.repeat(1001);
    expect(draftIssues(draft)).toEqual([{ path: 'sections.0.questions.0.text.nn', kind: 'too-long' }]);
  });

  it('asks for the feedback hint when a section gets "Leders tilbakemelding" (001)', () => {
    const draft = editorDraft(annual);
    draft.sections[0]!.leaderFeedback = true;
    expect(draftIssues(draft)).toContainEqual({ path: 'leaderFeedbackHint', kind: 'feedback-hint' });
  });

  it('marks a new section with nothing filled in', () => {
    const draft = editorDraft(annual);
    draft.sections.push(newSection('s-new'));
    const paths = draftIssues(draft).map((i) => i.path);
    expect(paths).toContain(`sections.${draft.sections.length - 1}.title.nb`);
    expect(paths).toContain(`sections.${draft.sections.length - 1}.questions.0.text.en`);
  });
});

describe('paths', () => {
  it('tell the language, the place in the form and a valid element id', () => {
    expect(languageOfPath('sections.1.questions.0.text.nn')).toBe('nn');
    expect(languageOfPath('sections.1.questions')).toBeNull();
    expect(placeOfPath('sections.1.questions.0.text.nn')).toEqual({ section: 2, question: 1 });
    expect(placeOfPath('sections.3.title.nb')).toEqual({ section: 4, question: null });
    expect(placeOfPath('leaderFeedbackHint')).toEqual({ section: null, question: null });
    expect(fieldId('sections.1.questions.0.text.nn')).toBe('template-sections-1-questions-0-text-nn');
  });
});

describe('changeSummary', () => {
  it('counts reworded, added and removed questions and sections; a move alone changes no question', () => {
    const draft = editorDraft(annual);
    draft.sections[0]!.questions[0]!.text.nn = 'Kva har hendt?';
    draft.sections[1]!.questions.pop();
    draft.sections[1]!.questions.push(newQuestion('n1'), newQuestion('n2'));
    draft.sections = moveItem(draft.sections, 2, -1);
    draft.sections.push(newSection('s1'));
    expect(changeSummary(annual, draft)).toEqual({
      added: 3,
      removed: 1,
      changed: 1,
      sectionsAdded: 1,
      sectionsRemoved: 0,
    });
    expect(isChanged(annual, draft)).toBe(true);
  });

  it('counts a required flag or who answers as a change, and a removed section with its questions', () => {
    const draft = editorDraft(probation);
    draft.sections[0]!.questions[0]!.required = !draft.sections[0]!.questions[0]!.required;
    const second = draft.sections[0]!.questions[1]!;
    second.audience = second.audience === 'leader' ? 'employee' : 'leader';
    const gone = draft.sections.pop()!;
    const summary = changeSummary(probation, draft);
    expect(summary.changed).toBe(2);
    expect(summary.removed).toBe(gone.questions.length);
    expect(summary.sectionsRemoved).toBe(1);
  });
});
