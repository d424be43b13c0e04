// ZTemplate guards the template files: a broken file is refused with the field that is wrong.
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../../../src/core/templates/shipped';
import { ZTemplate } from '../../../../src/core/templates/template';
import { annualTemplate } from './fixtures';

describe('ZTemplate', () => {
  it('accepts a small valid template', () => {
    expect(ZTemplate.safeParse(annualTemplate(1, ['annual.a.b', 'annual.a.c'])).success).toBe(true);
  });

  it('refuses a text without nynorsk and names the field', () => {
    const template = annualTemplate(1, ['annual.a.b']);
    template.sections[0]!.questions[0]!.text.nn = '  ';
    expect(() => loadTemplate('broken.json', template)).toThrow(
      'template broken.json is not valid: sections[0].questions[0].text.nn: expected nynorsk text',
    );
  });

  it('refuses a question id used twice, since answers are keyed by it', () => {
    expect(() => loadTemplate('twice.json', annualTemplate(1, ['annual.a.b', 'annual.a.b']))).toThrow(
      'sections[0].questions[1].id: duplicate question id "annual.a.b"',
    );
  });

  it('refuses ids that are not plain dotted lower-case', () => {
    expect(ZTemplate.safeParse(annualTemplate(1, ['Annual A'])).success).toBe(false);
    expect(ZTemplate.safeParse(annualTemplate(1, ['annual'])).success).toBe(false);
  });

  it('refuses a check type the seeds do not have and a version that is not a positive integer', () => {
    const scale = annualTemplate(1, ['annual.a.b']);
    expect(ZTemplate.safeParse({ ...scale, version: 0 }).success).toBe(false);
    const section = scale.sections[0]!;
    const bad = {
      ...scale,
      sections: [{ ...section, questions: [{ ...section.questions[0], type: 'scale' }] }],
    };
    expect(ZTemplate.safeParse(bad).success).toBe(false);
  });

  it('wants the "Leders tilbakemelding" hint when a section has that field (001)', () => {
    const template = annualTemplate(1, ['annual.a.b']);
    template.sections[0]!.leaderFeedback = true;
    expect(() => loadTemplate('feedback.json', template)).toThrow('leaderFeedbackHint');
  });
});
