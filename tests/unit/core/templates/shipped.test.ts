// Issue 3 part 4: the shipped templates are data, validated by ZTemplate. These tests pin what a leader
// and an employee would notice: a missing translation, a renamed question, a lost seed rule.
import { describe, expect, it } from 'vitest';
import { SHIPPED_TEMPLATES } from '../../../../src/core/templates/shipped';
import { allQuestions, ZTemplate, type Template } from '../../../../src/core/templates/template';
import { PINNED_QUESTION_IDS } from './pinned-ids';

function byKind(kind: Template['kind']): Template {
  const template = SHIPPED_TEMPLATES.find((t) => t.kind === kind);
  if (!template) throw new Error(`no shipped template for ${kind}`);
  return template;
}

function texts(template: Template): { nb: string; nn: string; en: string }[] {
  return [
    template.title,
    ...(template.intro ? [template.intro] : []),
    ...(template.leaderFeedbackHint ? [template.leaderFeedbackHint] : []),
    ...template.sections.flatMap((s) => [s.title, ...(s.intro ? [s.intro] : [])]),
    ...allQuestions(template).flatMap(({ question }) => [
      question.text,
      ...(question.hint ? [question.hint] : []),
    ]),
  ];
}

describe('the shipped templates', () => {
  it('are one template for each kind of conversation, all version 1', () => {
    expect(SHIPPED_TEMPLATES.map((t) => [t.kind, t.id, t.version])).toEqual([
      ['annual', 'medarbeidersamtale', 1],
      ['probation-followup', 'oppfolging-provetid', 1],
      ['start', 'startsamtale', 1],
      ['exit', 'sluttsamtale', 1],
    ]);
  });

  it.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))('%s parses again unchanged', (_id, template) => {
    expect(ZTemplate.parse(template)).toEqual(template);
  });

  it.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s keeps the question ids of its published version (stable ids)',
    (id, template) => {
      const ids = allQuestions(template).map(({ question }) => question.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual(PINNED_QUESTION_IDS[`${id}@${template.version}`]);
    },
  );

  it.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s has every text in nb, nn and en',
    (_id, t) => {
      for (const text of texts(t)) {
        for (const language of ['nb', 'nn', 'en'] as const) expect(text[language].trim()).not.toBe('');
      }
    },
  );

  it.each(SHIPPED_TEMPLATES.map((t) => [t.id, t] as const))(
    '%s writes nynorsk as nynorsk',
    (_id, template) => {
      const bokmaal =
        /\b(ikke|hva|hvordan|hvilke|hvilken|hvem|hvor|jeg|noe|noen|mulig|leder|lederen|medarbeider|medarbeideren|fornøyd|forhold)\b/i;
      const nynorsk =
        /\b(ikkje|kva|korleis|kven|kvar|eg|noko|nokon|mogleg|leiar|leiaren|medarbeidar|nøgd)\b/i;
      for (const text of texts(template)) {
        expect(text.nn, text.nb).not.toMatch(bokmaal);
        expect(text.nb, text.nn).not.toMatch(nynorsk);
      }
    },
  );

  it('every question cites the seed it comes from', () => {
    for (const template of SHIPPED_TEMPLATES) {
      for (const { question } of allQuestions(template))
        expect(question.source, question.id).toMatch(/^00[0-4]/);
    }
  });
});

describe('the probation follow-up (001)', () => {
  const template = byKind('probation-followup');

  it('starts with the yes / no / not relevant checks the leader answers', () => {
    const checks = template.sections[0]!.questions;
    expect(checks.map((q) => [q.type, q.audience, q.required])).toEqual([
      ['check', 'leader', true],
      ['check', 'leader', true],
    ]);
    expect(checks[0]!.text.nb).toContain('rutiner og retningslinjer');
  });

  it('asks about authorisation in HPR and the diploma only where the position requires it', () => {
    const authorisation = allQuestions(template).find(({ question }) => question.onlyWhen);
    expect(authorisation?.question.id).toBe('probation.sjekk.autorisasjon-vitnemaal');
    expect(authorisation?.question.onlyWhen).toBe('requires-authorisation');
    expect(authorisation?.question.hint?.nb).toContain('HPR');
  });

  it('gives every section after the checks a "Leders tilbakemelding" field', () => {
    expect(template.sections.map((s) => [s.id, s.leaderFeedback ?? false])).toEqual([
      ['sjekk', false],
      ['maal-forventninger', true],
      ['opplaering', true],
      ['kultur', true],
      ['praktisk', true],
    ]);
    expect(template.leaderFeedbackHint?.nb).toContain('lykkes i stillingen');
  });
});

describe('the medarbeidersamtale (000, 002, 004)', () => {
  const template = byKind('annual');

  it('covers the themes every conversation must contain (002), in the order 002 lists them', () => {
    expect(template.sections.map((s) => s.id)).toEqual([
      'forrige-samtale', // Hva har skjedd siden siste samtale. Oppfølging av planen
      'tema', // Klargjøring av hva en ønsker å ta opp
      'arbeidsoppgaver', // Innholdet i jobben og utføringen av den
      'organisering', // Organiseringen arbeidet
      'arbeidsmiljo', // Arbeidsmiljø og trivsel
      'samarbeid', // Samarbeid med og relasjoner til leder og kollegaer
      'maal', // 000 pkt. 6 Arbeidsmål
      'utvikling', // Utviklings- og læringsbehov
      'leders-vurdering', // 000 pkt. 8-10
      'oppsummering', // Oppsummering med plan
    ]);
  });

  it('has a column for each side (004): most questions for both, the assessment for the leader alone', () => {
    const audiences = allQuestions(template).map(({ question }) => question.audience);
    expect(audiences.filter((a) => a === 'both').length).toBeGreaterThan(audiences.length / 2);
    const assessment = template.sections.find((s) => s.id === 'leders-vurdering')!;
    expect(assessment.questions.every((q) => q.audience === 'leader')).toBe(true);
    // 000 pkt. 11-12: how the leader has worked is asked of the employee.
    const aboutLeader = allQuestions(template).filter(({ question }) =>
      question.source?.match(/pkt\. 1[12]/),
    );
    expect(aboutLeader.map(({ question }) => question.audience)).toEqual(['employee', 'employee']);
  });

  it('requires no answer: the questions support preparation, they are not an interview form (002)', () => {
    expect(allQuestions(template).some(({ question }) => question.required)).toBe(false);
  });
});
