// The policy form's mapping between the policy and the form: what HR sees is what gets saved, and a field
// the server refuses is found again by its path.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { ZPolicyFile } from '../../../src/core/policy/schema';
import { resolvePolicy } from '../../../src/core/policy/resolve';
import {
  POLICY_GROUPS,
  fieldOfPath,
  formValues,
  policyChanges,
  policyFileFrom,
} from '../../../src/tab/hr/policy-fields';
import { policyMessages } from '../../../src/tab/hr/policy-messages';
import { valueText } from '../../../src/tab/hr/policy-value-text';

describe('policy form fields', () => {
  it('saves the policy unchanged when nothing was edited, units carried over', () => {
    const units = { 'Fjordvik skole': { annual: { intervalMonths: 24 as const } } };
    const file = policyFileFrom(DEFAULT_POLICY, formValues(DEFAULT_POLICY), units);
    expect(ZPolicyFile.parse(file)).toEqual({ ...DEFAULT_POLICY, units });
  });

  it('turns edited values into the policy’s types', () => {
    const values = { ...formValues(DEFAULT_POLICY), interval: '24', followUps: 'monthly', hidePrep: 'false' };
    const file = policyFileFrom(DEFAULT_POLICY, { ...values, minDays: '10', from: '09:00' }, undefined);
    expect(file.annual?.intervalMonths).toBe(24);
    expect(file.probation?.followUps).toEqual({ mode: 'monthly' });
    expect(file.hidePreparationsUntilBothSubmitted).toBe(false);
    expect(file.invitation?.minDaysAhead).toBe(10);
    expect(file.workingHours?.from).toBe('09:00');
    expect(formValues(DEFAULT_POLICY).followUps).toBe('spread:2');
  });

  it('sends an empty number as null, so the server names the field', () => {
    const file = policyFileFrom(DEFAULT_POLICY, { ...formValues(DEFAULT_POLICY), maxPerDay: ' ' }, undefined);
    expect(file.maxConversationsPerLeaderPerDay).toBeNull();
  });

  it('shows how long a leaver’s data is kept among the privacy choices, and saves what HR types', () => {
    const privacy = POLICY_GROUPS.find((g) => g.id === 'privacy')!.fields.map((f) => f.path);
    expect(privacy).toEqual(['hidePreparationsUntilBothSubmitted', 'retention', 'keepAfterLeavingDays']);
    // 002: the forms are destroyed when the employee leaves; 90 days is our default to file the sluttsamtale
    expect(formValues(DEFAULT_POLICY).keepAfterLeaving).toBe('90');
    for (const typed of ['30', '0', '3650']) {
      const values = { ...formValues(DEFAULT_POLICY), keepAfterLeaving: typed };
      const file = ZPolicyFile.parse(policyFileFrom(DEFAULT_POLICY, values, undefined));
      const saved = resolvePolicy(file).municipality;
      expect(saved.keepAfterLeavingDays).toBe(Number(typed));
      // and back: the form shows what was saved, the other choices untouched
      expect(formValues(saved)).toEqual(values);
    }
  });

  it('sends a number out of range as typed, so the server names keepAfterLeavingDays', () => {
    for (const typed of ['-1', '3651']) {
      const values = { ...formValues(DEFAULT_POLICY), keepAfterLeaving: typed };
      const file = ZPolicyFile.parse(policyFileFrom(DEFAULT_POLICY, values, undefined));
      expect(() => resolvePolicy(file)).toThrow(/^keepAfterLeavingDays: /);
    }
    const empty = { ...formValues(DEFAULT_POLICY), keepAfterLeaving: '' };
    expect(policyFileFrom(DEFAULT_POLICY, empty, undefined).keepAfterLeavingDays).toBeNull();
    expect(fieldOfPath('keepAfterLeavingDays')).toBe('keepAfterLeaving');
  });

  it('lists what a save changes, from the value in force to the edited one, in form order', () => {
    const saved = formValues(DEFAULT_POLICY);
    expect(policyChanges(saved, saved)).toEqual([]);
    // a number typed with a leading zero is the same number: no change to confirm
    expect(policyChanges(saved, { ...saved, keepAfterLeaving: '090' })).toEqual([]);
    const changes = policyChanges(saved, {
      ...saved,
      keepAfterLeaving: '30',
      maxPerDay: '4',
      hidePrep: 'false',
    });
    expect(changes.map(({ field, from, to }) => [field.id, from, to])).toEqual([
      ['maxPerDay', '3', '4'],
      ['hidePrep', 'true', 'false'],
      ['keepAfterLeaving', '90', '30'],
    ]);
    // an emptied field is a change (the server will refuse it, naming the field)
    expect(policyChanges(saved, { ...saved, keepAfterLeaving: ' ' }).map((c) => c.to)).toEqual([' ']);
  });

  it('reads a change in HR’s words in each language: options by label, switches as on or off', () => {
    const saved = formValues(DEFAULT_POLICY);
    const edited = { ...saved, retention: 'replace-previous', hidePrep: 'false', keepAfterLeaving: '' };
    const lines = (language: 'nb' | 'nn' | 'en') => {
      const m = policyMessages[language];
      return policyChanges(saved, edited).map(({ field, from, to }) =>
        m.change(m[field.id], valueText(m, field, from), valueText(m, field, to)),
      );
    };
    expect(lines('nb')).toEqual([
      'Skjul forberedelsene til begge har levert: fra på til av',
      'Referat i personalmappen: fra Behold alle til Erstatt forrige',
      'Behold etter siste arbeidsdag (dager): fra 90 til (tomt)',
    ]);
    expect(lines('nn')[2]).toBe('Behald etter siste arbeidsdag (dagar): frå 90 til (tomt)');
    expect(lines('en')[1]).toBe('Referat in the personnel file: from Keep all to Replace the previous one');
  });

  it('finds the field a server error names', () => {
    expect(fieldOfPath('invitation.minDaysAhead')).toBe('minDays');
    expect(fieldOfPath('probation.followUps.count')).toBe('followUps');
    expect(fieldOfPath('durationMinutes.probation-followup')).toBe('durFollowUp');
    expect(fieldOfPath('units.x.annual.intervalMonths')).toBeNull();
    expect(fieldOfPath(null)).toBeNull();
  });
});
