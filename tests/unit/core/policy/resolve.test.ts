import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/core/policy/defaults';
import { PolicyError, policyForUnit, resolvePolicy } from '../../../../src/core/policy/resolve';
import { ZPolicy, ZPolicyFile } from '../../../../src/core/policy/schema';

function errorOf(run: () => unknown): PolicyError {
  try {
    run();
  } catch (error) {
    if (error instanceof PolicyError) return error;
    throw error;
  }
  throw new Error('expected a PolicyError');
}

describe('policy defaults', () => {
  it('are what the seeds say', () => {
    expect(ZPolicy.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.annual.intervalMonths).toBe(12); // 002: hvert år
    expect(DEFAULT_POLICY.annual.minPositionPercent).toBe(50); // 002: minst 50 %
    expect(DEFAULT_POLICY.annual.temporaries).toBe('offered'); // 002 2: bør få tilbud
    expect(DEFAULT_POLICY.probation.months).toBe(6); // aml. § 15-6
    expect(DEFAULT_POLICY.probation.firstFollowUpWeeks).toBe(4); // 000 2.3
    expect(DEFAULT_POLICY.probation.followUps).toEqual({ mode: 'spread', count: 2 }); // 000 2.2: to til tre
    expect(DEFAULT_POLICY.invitation).toEqual({ minDaysAhead: 7, maxDaysAhead: 14 }); // 000: 1-2 uker
  });
});

describe('resolvePolicy', () => {
  it('takes durations per kind and the retention rule as policy (003/004: 1-1.5 h; 002: replace the old plan)', () => {
    expect(DEFAULT_POLICY.durationMinutes.annual).toBe(90);
    const policy = resolvePolicy({ durationMinutes: { annual: 120 }, retention: 'replace-previous' });
    expect(policy.municipality.durationMinutes).toEqual({
      annual: 120,
      start: 60,
      'probation-followup': 60,
      exit: 60,
    });
    expect(policy.municipality.retention).toBe('replace-previous');
    expect(errorOf(() => resolvePolicy({ durationMinutes: { exit: 5 } })).issues[0]?.path).toBe(
      'durationMinutes.exit',
    );
  });

  it('checks working hours: 16:00 to 08:00 is not a working day', () => {
    const error = errorOf(() => resolvePolicy({ workingHours: { from: '16:00', to: '08:00' } }));
    expect(error.issues).toEqual([
      { path: 'workingHours.to', message: 'must be later than workingHours.from' },
    ]);
  });

  it('uses the defaults when the file is empty', () => {
    expect(resolvePolicy({}).municipality).toEqual(DEFAULT_POLICY);
  });

  it('lets a unit take every other year (003) and keep the rest of the municipality policy', () => {
    const policy = resolvePolicy({
      annual: { minPositionPercent: 40 },
      units: { 'unit-2': { annual: { intervalMonths: 24 } } },
    });
    expect(policyForUnit(policy, 'unit-2').annual).toMatchObject({
      intervalMonths: 24,
      minPositionPercent: 40,
    });
    expect(policyForUnit(policy, 'unit-1').annual).toMatchObject({
      intervalMonths: 12,
      minPositionPercent: 40,
    });
  });

  it('replaces the follow-up plan as a whole: monthly (001)', () => {
    const policy = resolvePolicy({ probation: { followUps: { mode: 'monthly' } } });
    expect(policy.municipality.probation.followUps).toEqual({ mode: 'monthly' });
    expect(policy.municipality.probation.firstFollowUpWeeks).toBe(4);
  });

  it('names the field of a value the rules do not allow', () => {
    // 002 / 003: every year or every other year, nothing in between
    const file = ZPolicyFile.safeParse({ annual: { intervalMonths: 18 } });
    expect(file.error?.issues[0]?.path).toEqual(['annual', 'intervalMonths']);
    // aml. § 15-6: probation is at most six months
    expect(errorOf(() => resolvePolicy({ probation: { months: 7 } })).issues[0]?.path).toBe(
      'probation.months',
    );
  });

  it('checks a unit override against the merged policy, and names the unit', () => {
    const error = errorOf(() => resolvePolicy({ units: { 'unit-2': { invitation: { minDaysAhead: 20 } } } }));
    expect(error.issues).toEqual([
      {
        path: 'units.unit-2.invitation.minDaysAhead',
        message: 'must not be larger than invitation.maxDaysAhead',
      },
    ]);
  });

  it('rejects unknown fields in a policy file', () => {
    expect(ZPolicyFile.safeParse({ anual: {} }).success).toBe(false);
  });
});
