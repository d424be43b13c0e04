// The policy form's mapping between the policy and the form: what HR sees is what gets saved, and a field
// the server refuses is found again by its path.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/core/policy/defaults';
import { ZPolicyFile } from '../../../src/core/policy/schema';
import { fieldOfPath, formValues, policyFileFrom } from '../../../src/tab/hr/policy-fields';

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

  it('finds the field a server error names', () => {
    expect(fieldOfPath('invitation.minDaysAhead')).toBe('minDays');
    expect(fieldOfPath('probation.followUps.count')).toBe('followUps');
    expect(fieldOfPath('durationMinutes.probation-followup')).toBe('durFollowUp');
    expect(fieldOfPath('units.x.annual.intervalMonths')).toBeNull();
    expect(fieldOfPath(null)).toBeNull();
  });
});
