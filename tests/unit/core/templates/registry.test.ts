// Issue 3 part 4: "A new version never changes a conversation that started on the old one."
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/core/errors';
import {
  createTemplateRegistry,
  getTemplate,
  latestTemplate,
  listTemplates,
  templateForNewConversation,
} from '../../../../src/core/templates/registry';
import { SHIPPED_TEMPLATES } from '../../../../src/core/templates/shipped';
import { allQuestions, type Template } from '../../../../src/core/templates/template';
import { annualTemplate } from './fixtures';

function questionIds(template: Template): string[] {
  return allQuestions(template).map(({ question }) => question.id);
}

describe('the shipped registry', () => {
  it('lists every template and finds one by exact id and version', () => {
    expect(listTemplates().map((t) => `${t.id}@${t.version}`)).toEqual([
      'medarbeidersamtale@1',
      'oppfolging-provetid@1',
      'sluttsamtale@1',
      'startsamtale@1',
    ]);
    expect(getTemplate('oppfolging-provetid', 1).kind).toBe('probation-followup');
    expect(latestTemplate('exit').id).toBe('sluttsamtale');
  });

  it('answers not-found for a version that does not exist, rather than a neighbouring one', () => {
    expect(() => getTemplate('medarbeidersamtale', 2)).toThrow(
      expect.objectContaining({ name: 'AppError', code: 'not-found' }),
    );
  });
});

describe('versions', () => {
  it('keeps a conversation started on v1 on the v1 questions after v2 is registered', () => {
    const before = createTemplateRegistry(SHIPPED_TEMPLATES);
    const conversation = { kind: 'annual' as const, ...templateForNewConversation(before, 'annual') };
    expect(conversation).toMatchObject({ templateId: 'medarbeidersamtale', templateVersion: 1 });

    const v1 = before.resolve(conversation);
    const v2 = annualTemplate(2, ['annual.arbeidsmiljo.ny-i-v2']);
    const after = createTemplateRegistry([...SHIPPED_TEMPLATES, v2]);

    // A new conversation starts on v2 ...
    expect(templateForNewConversation(after, 'annual')).toEqual({
      templateId: 'medarbeidersamtale',
      templateVersion: 2,
    });
    expect(after.latest('annual')).toBe(v2);
    // ... and the one that started on v1 still shows v1's questions.
    expect(questionIds(after.resolve(conversation))).toEqual(questionIds(v1));
    expect(questionIds(after.resolve(conversation))).not.toContain('annual.arbeidsmiljo.ny-i-v2');
    expect(questionIds(v1)).toContain('annual.arbeidsoppgaver.mer-mindre');
  });

  it('lists versions in order, whatever order they were registered in', () => {
    const registry = createTemplateRegistry([
      annualTemplate(3, ['annual.a.c']),
      annualTemplate(1, ['annual.a.a']),
    ]);
    expect(registry.list().map((t) => t.version)).toEqual([1, 3]);
    expect(registry.latest('annual').version).toBe(3);
  });

  it('refuses the same version twice: a published version is never replaced', () => {
    expect(() =>
      createTemplateRegistry([annualTemplate(1, ['annual.a.a']), annualTemplate(1, ['annual.a.b'])]),
    ).toThrow('medarbeidersamtale@1 is registered twice');
  });

  it('refuses two different templates for one kind, since nothing yet chooses between them', () => {
    const other = { ...annualTemplate(1, ['annual.a.a']), id: 'medarbeidersamtale-skole' };
    expect(() => createTemplateRegistry([annualTemplate(1, ['annual.a.a']), other])).toThrow(
      'both for kind annual',
    );
  });

  it('answers not-found for a kind without a template', () => {
    expect(() => createTemplateRegistry([]).latest('exit')).toThrow(AppError);
  });
});
