// Issue 6 item 3: an edit becomes the next version. Kept questions keep their ids (answers and referat
// checks are keyed by them), new ones get ids no version ever used, and a bad draft names its field.
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../../../src/core/templates/registry';
import {
  draftOf,
  newTemplateVersion,
  slug,
  ZTemplateDraft,
} from '../../../../src/core/templates/template-draft';
import type { Template } from '../../../../src/core/templates/template';

const probation = getTemplate('oppfolging-provetid', 1);
const annual = getTemplate('medarbeidersamtale', 1);
const ids = (t: Template) => t.sections.flatMap((s) => s.questions.map((q) => q.id));

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return (error as { field?: string }).field;
  }
  throw new Error('expected the draft to be refused');
}

describe('draftOf', () => {
  it('is a copy: changing the draft leaves the template as it was', () => {
    const draft = draftOf(annual);
    draft.sections[0]!.questions[0]!.text.nb = 'Endret';
    expect(annual.sections[0]!.questions[0]!.text.nb).not.toBe('Endret');
  });

  it('gives back the same questions when nothing is changed, as the next version', () => {
    const next = newTemplateVersion(probation, [probation], draftOf(probation), 2);
    expect(next).toEqual({ ...probation, version: 2 });
  });
});

describe('newTemplateVersion', () => {
  it('keeps the ids of kept and reordered questions, and keeps the 001 checks', () => {
    const draft = draftOf(probation);
    draft.sections.reverse();
    draft.sections[0]!.questions.reverse();
    const next = newTemplateVersion(probation, [probation], draft, 2);
    expect(new Set(ids(next))).toEqual(new Set(ids(probation)));
    const checks = next.sections.find((s) => s.id === 'sjekk')!.questions;
    expect(checks.map((q) => [q.type, q.required, q.onlyWhen])).toEqual([
      ['check', true, undefined],
      ['check', true, 'requires-authorisation'],
    ]);
  });

  it('names new questions and sections from their bokmål text, unique across every version', () => {
    const draft = draftOf(annual);
    const text = { nb: 'Hva har skjedd siden sist?', nn: 'Kva har hendt?', en: 'What happened?' };
    // an id an earlier version used for something else is never taken again
    draft.sections[0]!.questions.push({ type: 'text', audience: 'both', text });
    draft.sections[0]!.questions.push({ type: 'text', audience: 'both', text });
    draft.sections.push({
      title: { nb: 'Arbeidsmiljø', nn: 'Arbeidsmiljø', en: 'Working environment' },
      questions: [{ type: 'check', audience: 'leader', text: { nb: 'Å ø æ', nn: 'Å ø æ', en: 'x' } }],
    });
    const older = { ...annual, sections: [{ ...annual.sections[0]!, questions: [] }] } as Template;
    older.sections[0]!.questions.push({
      ...annual.sections[0]!.questions[0]!,
      id: 'annual.forrige-samtale.hva-har-skjedd-siden',
    });
    const next = newTemplateVersion(annual, [older, annual], draft, 2);
    expect(next.sections[0]!.questions.slice(-2).map((q) => q.id)).toEqual([
      'annual.forrige-samtale.hva-har-skjedd-siden-2',
      'annual.forrige-samtale.hva-har-skjedd-siden-3',
    ]);
    // "arbeidsmiljo" is taken by v1's section
    const added = next.sections.at(-1)!;
    expect(added.id).toBe('arbeidsmiljo-2');
    expect(added.questions[0]!.id).toBe('annual.arbeidsmiljo-2.aa-o-ae');
  });

  it('refuses an id the template never had: a client cannot give a question another one’s meaning', () => {
    const draft = draftOf(annual);
    draft.sections[1]!.questions[2]!.id = 'annual.tema.oppfunnet';
    expect(fieldOf(() => newTemplateVersion(annual, [annual], draft, 2))).toBe('sections.1.questions.2.id');
    const twice = draftOf(annual);
    twice.sections[1]!.questions[1]!.id = twice.sections[1]!.questions[0]!.id;
    expect(fieldOf(() => newTemplateVersion(annual, [annual], twice, 2))).toBe('sections.1.questions.1.id');
  });

  it('names the field of an empty text in any language', () => {
    const draft = draftOf(annual);
    draft.sections[3]!.questions[1]!.text.nn = '   ';
    expect(fieldOf(() => newTemplateVersion(annual, [annual], draft, 2))).toBe(
      'sections.3.questions.1.text.nn',
    );
    const title = draftOf(annual);
    title.sections[0]!.title.en = '';
    expect(fieldOf(() => newTemplateVersion(annual, [annual], title, 2))).toBe('sections.0.title.en');
  });

  it('refuses a section without questions, and a template without sections', () => {
    const empty = draftOf(annual);
    empty.sections[4]!.questions = [];
    expect(fieldOf(() => newTemplateVersion(annual, [annual], empty, 2))).toBe('sections.4.questions');
    expect(fieldOf(() => newTemplateVersion(annual, [annual], { ...draftOf(annual), sections: [] }, 2))).toBe(
      'sections',
    );
  });

  it('asks for the "Leders tilbakemelding" hint (001) once a section has that field', () => {
    const draft = draftOf(annual);
    draft.sections[0]!.leaderFeedback = true;
    expect(ZTemplateDraft.safeParse(draft).success).toBe(false);
    expect(fieldOf(() => newTemplateVersion(annual, [annual], draft, 2))).toBe('leaderFeedbackHint');
  });

  it('refuses a question type the seeds do not have, and over-long texts', () => {
    const scale = draftOf(annual) as unknown as { sections: { questions: { type: string }[] }[] };
    scale.sections[0]!.questions[0]!.type = 'scale';
    expect(fieldOf(() => newTemplateVersion(annual, [annual], scale, 2))).toBe('sections.0.questions.0.type');
    const long = draftOf(annual);
    long.title.nb = 'x'.repeat(1001);
    expect(fieldOf(() => newTemplateVersion(annual, [annual], long, 2))).toBe('title.nb');
  });
});

describe('slug', () => {
  it('folds æ, ø and å and keeps at most four words', () => {
    expect(slug('Får du brukt kompetansen din på jobb?', 'x')).toBe('faar-du-brukt-kompetansen');
    expect(slug('Økt trivsel', 'x')).toBe('okt-trivsel');
    expect(slug('???', 'sporsmal')).toBe('sporsmal');
  });
});
