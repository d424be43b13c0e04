// DESIGN §2.4: each side's answers stay hidden from the other until both have submitted or the meeting
// starts (policy).
import { describe, expect, it } from 'vitest';
import { emptyPreparation, type Preparation } from '../../../../src/core/preparation/preparation';
import { canSeeOtherSide, otherSideAnswers } from '../../../../src/core/preparation/visibility';

// The meeting is at 10:00 Oslo time on Monday 30 March 2026, the day after the switch to summer time.
const MEETING = '2026-03-30T10:00:00+02:00';
const hidden = { policyHideUntilBoth: true, meetingStart: MEETING };

function submitted(side: Preparation['side'], answers: Record<string, string>): Preparation {
  return { side, answers, submittedAt: '2026-03-25T12:00:00Z' };
}

describe('canSeeOtherSide', () => {
  const base = { ...hidden, employeeSubmitted: true, leaderSubmitted: false, now: '2026-03-27T12:00:00Z' };

  it('hides while only one side has submitted and the meeting has not started', () => {
    expect(canSeeOtherSide(base)).toBe(false);
  });

  it('shows once both have submitted', () => {
    expect(canSeeOtherSide({ ...base, leaderSubmitted: true })).toBe(true);
  });

  it('shows from the minute the meeting starts, comparing instants across offsets', () => {
    expect(canSeeOtherSide({ ...base, now: '2026-03-30T07:59:59Z' })).toBe(false);
    expect(canSeeOtherSide({ ...base, now: '2026-03-30T08:00:00Z' })).toBe(true); // 10:00 CEST
  });

  it('keeps hiding while no meeting is scheduled', () => {
    expect(canSeeOtherSide({ ...base, meetingStart: null, now: '2027-01-01T00:00:00Z' })).toBe(false);
  });

  it('shows at once when the policy does not hide', () => {
    expect(canSeeOtherSide({ ...base, policyHideUntilBoth: false, employeeSubmitted: false })).toBe(true);
  });

  it('refuses a time it cannot read instead of guessing', () => {
    expect(() => canSeeOtherSide({ ...base, now: 'i morgen' })).toThrow(
      expect.objectContaining({ field: 'now' }),
    );
  });
});

describe('otherSideAnswers', () => {
  const employee = submitted('employee', { 'annual.maal.kortsiktige': 'Lære journalsystemet' });
  const leaderDraft: Preparation = {
    ...emptyPreparation('leader'),
    answers: { 'annual.maal.kortsiktige': 'Utkast' },
  };

  it('does not show the employee the leader’s draft, even after the meeting has started', () => {
    const preparations = { employee, leader: leaderDraft };
    expect(otherSideAnswers('employee', preparations, { ...hidden, now: '2026-03-30T09:00:00Z' })).toBeNull();
  });

  it('does not show the leader the employee’s answers before the leader has submitted', () => {
    const preparations = { employee, leader: leaderDraft };
    expect(otherSideAnswers('leader', preparations, { ...hidden, now: '2026-03-27T12:00:00Z' })).toBeNull();
  });

  it('shows each side the other once both have submitted', () => {
    const leader = submitted('leader', { 'annual.maal.kortsiktige': 'Ta ansvar for turnus' });
    const preparations = { employee, leader };
    const now = { ...hidden, now: '2026-03-27T12:00:00Z' };
    expect(otherSideAnswers('leader', preparations, now)).toEqual(employee.answers);
    expect(otherSideAnswers('employee', preparations, now)).toEqual(leader.answers);
  });

  it('shows the leader the submitted employee answers when the meeting starts', () => {
    const preparations = { employee, leader: leaderDraft };
    expect(otherSideAnswers('leader', preparations, { ...hidden, now: MEETING })).toEqual(employee.answers);
  });
});
