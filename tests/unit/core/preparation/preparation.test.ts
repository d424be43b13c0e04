// DESIGN §2.4 and issue 3: answers per side keyed by question id, checked against the template version.
import { describe, expect, it } from 'vitest';
import {
  emptyPreparation,
  prepIssues,
  questionsFor,
  saveAnswers,
  submitPreparation,
} from '../../../../src/core/preparation/preparation';
import { getTemplate } from '../../../../src/core/templates/registry';

const annual = getTemplate('medarbeidersamtale', 1);
const probation = getTemplate('oppfolging-provetid', 1);
const nurse = { conditions: ['requires-authorisation'] as const };
const clerk = { conditions: [] };
const AT = '2026-03-02T09:00:00+01:00';

describe('questionsFor', () => {
  it('gives each side its column of 004: the assessment (000 pkt. 8-10) only to the leader', () => {
    const employee = questionsFor(annual, 'employee', clerk).map((q) => q.id);
    const leader = questionsFor(annual, 'leader', clerk).map((q) => q.id);
    expect(leader).toContain('annual.leders-vurdering.sterke-sider');
    expect(employee).not.toContain('annual.leders-vurdering.sterke-sider');
    expect(employee).toContain('annual.samarbeid.leder-annerledes'); // 000 pkt. 12, asked of the employee
    expect(leader).not.toContain('annual.samarbeid.leder-annerledes');
    expect(employee).toContain('annual.arbeidsoppgaver.mer-mindre');
    expect(leader).toContain('annual.arbeidsoppgaver.mer-mindre');
  });

  it('asks about HPR authorisation and the diploma only where the position requires it (001)', () => {
    const forNurse = questionsFor(probation, 'leader', nurse).map((q) => q.id);
    const forClerk = questionsFor(probation, 'leader', clerk).map((q) => q.id);
    expect(forNurse).toContain('probation.sjekk.autorisasjon-vitnemaal');
    expect(forClerk).not.toContain('probation.sjekk.autorisasjon-vitnemaal');
    expect(forClerk).toContain('probation.sjekk.rutiner-kjent');
  });
});

describe('prepIssues', () => {
  it('names an unknown question id', () => {
    expect(
      prepIssues(annual, 'employee', { 'annual.finnes.ikke': 'x' }, { ...clerk, submitting: false }),
    ).toEqual([
      {
        path: 'answers["annual.finnes.ikke"]',
        message: 'unknown question "annual.finnes.ikke" in medarbeidersamtale v1',
      },
    ]);
  });

  it("refuses an answer to the other side's question", () => {
    const issues = prepIssues(
      annual,
      'employee',
      { 'annual.leders-vurdering.sterke-sider': 'Meg selv' },
      { ...clerk, submitting: false },
    );
    expect(issues.map((i) => i.message)).toEqual([
      'question "annual.leders-vurdering.sterke-sider" is answered by the leader',
    ]);
  });

  it('accepts only yes, no and not-relevant for a check (001 Ja / nei / Ikke aktuelt)', () => {
    const options = { ...nurse, submitting: false };
    const id = 'probation.sjekk.rutiner-kjent';
    expect(prepIssues(probation, 'leader', { [id]: 'not-relevant' }, options)).toEqual([]);
    expect(prepIssues(probation, 'leader', { [id]: 'ja' }, options)).toEqual([
      { path: `answers["${id}"]`, message: 'expected one of yes, no, not-relevant' },
    ]);
  });

  it('refuses an answer to a question that does not apply to the position', () => {
    const issues = prepIssues(
      probation,
      'leader',
      { 'probation.sjekk.autorisasjon-vitnemaal': 'yes' },
      { ...clerk, submitting: false },
    );
    expect(issues[0]?.message).toBe(
      'question "probation.sjekk.autorisasjon-vitnemaal" applies only when requires-authorisation',
    );
  });
});

describe('saving and submitting', () => {
  it('saves a draft with required answers missing, but will not submit it, naming the field', () => {
    const draft = saveAnswers(
      emptyPreparation('leader'),
      probation,
      { 'probation.kultur.samarbeid': 'Godt' },
      nurse,
    );
    expect(draft.submittedAt).toBeNull();
    expect(() => submitPreparation(draft, probation, nurse, AT)).toThrow(
      expect.objectContaining({
        code: 'bad-request',
        field: 'answers["probation.sjekk.rutiner-kjent"]',
        message:
          'answers["probation.sjekk.rutiner-kjent"]: required before submitting; ' +
          'answers["probation.sjekk.autorisasjon-vitnemaal"]: required before submitting',
      }),
    );
  });

  it('submits once the checks are answered, and keeps the first submission time', () => {
    const answers = {
      'probation.sjekk.rutiner-kjent': 'yes',
      'probation.sjekk.autorisasjon-vitnemaal': 'no',
    };
    const draft = saveAnswers(emptyPreparation('leader'), probation, answers, nurse);
    const submitted = submitPreparation(draft, probation, nurse, AT);
    expect(submitted.submittedAt).toBe(AT);
    expect(submitPreparation(submitted, probation, nurse, '2026-03-03T09:00:00+01:00').submittedAt).toBe(AT);
  });

  it('lets the employee submit an annual preparation with nothing filled in: no question is required (002)', () => {
    const submitted = submitPreparation(emptyPreparation('employee'), annual, clerk, AT);
    expect(submitted.submittedAt).toBe(AT);
  });

  it('will not let a submitted required answer be emptied again, and changes nothing when refused', () => {
    const answers = { 'probation.sjekk.rutiner-kjent': 'yes' };
    const submitted = submitPreparation(
      saveAnswers(emptyPreparation('leader'), probation, answers, clerk),
      probation,
      clerk,
      AT,
    );
    expect(() => saveAnswers(submitted, probation, {}, clerk)).toThrow('required before submitting');
    expect(submitted.answers).toEqual(answers);
  });

  it('treats an empty or blank answer as not answered: fine in a draft, missing on submit', () => {
    const blank = { 'probation.sjekk.rutiner-kjent': '', 'probation.kultur.samarbeid': '   ' };
    expect(prepIssues(probation, 'leader', blank, { ...clerk, submitting: false })).toEqual([]);
    expect(prepIssues(probation, 'leader', blank, { ...clerk, submitting: true }).map((i) => i.path)).toEqual(
      ['answers["probation.sjekk.rutiner-kjent"]'],
    );
  });
});
