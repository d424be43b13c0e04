// DESIGN §2.6 and 000 2.4 / 002 / 004: both sign, the leader first; an approval is bound to the content.
import { describe, expect, it } from 'vitest';
import { approvalBlocker, approve, isFullyApproved } from '../../../../src/core/referat/approval';
import { contentHash } from '../../../../src/core/referat/canonical';
import { edit } from '../../../../src/core/referat/edit';
import type { Referat } from '../../../../src/core/referat/referat';
import { COURSE, KARI, OLA, PER, probationReferat } from './fixtures';

const LEADER_AT = '2026-03-30T14:00:00+02:00';
const EMPLOYEE_AT = '2026-03-31T08:15:00+02:00';

function withCourse(): Referat {
  return edit(probationReferat(), { type: 'add-action', action: COURSE });
}

describe('what must be in place before anyone signs', () => {
  it('003: a referat with "no special actions needed" can be approved without actions', () => {
    const referat = edit(probationReferat(), { type: 'no-special-actions', value: true });
    const signed = approve(approve(referat, { by: PER, role: 'leader', at: LEADER_AT }), {
      by: KARI,
      role: 'employee',
      at: EMPLOYEE_AT,
    });
    expect(isFullyApproved(signed)).toBe(true);
  });

  it('002/004: without an action and without "no special actions needed" it cannot be approved', () => {
    expect(() => approve(probationReferat(), { by: PER, role: 'leader', at: LEADER_AT })).toThrow(
      expect.objectContaining({ code: 'bad-request', field: 'actions' }),
    );
  });

  it('refuses both an action and "no special actions needed": the plan would contradict itself', () => {
    const both = edit(withCourse(), { type: 'no-special-actions', value: true });
    expect(approvalBlocker(both)).toEqual({
      field: 'noSpecialActions',
      message: 'there are actions, so "no special actions needed" cannot be set',
    });
    expect(() => approve(both, { by: PER, role: 'leader', at: LEADER_AT })).toThrow('cannot be set');
  });
});

describe('approve', () => {
  it('000 2.4: both sign, the leader first; each approval holds who, when and the content hash', () => {
    const referat = withCourse();
    const byLeader = approve(referat, { by: PER, role: 'leader', at: LEADER_AT });
    expect(isFullyApproved(byLeader)).toBe(false);
    const byBoth = approve(byLeader, { by: KARI, role: 'employee', at: EMPLOYEE_AT });
    expect(isFullyApproved(byBoth)).toBe(true);
    expect(byBoth.approvals).toEqual([
      { by: PER, role: 'leader', at: LEADER_AT, contentHash: contentHash(referat) },
      { by: KARI, role: 'employee', at: EMPLOYEE_AT, contentHash: contentHash(referat) },
    ]);
  });

  it('makes the employee wait for the leader (DESIGN §2.6)', () => {
    expect(() => approve(withCourse(), { by: KARI, role: 'employee', at: EMPLOYEE_AT })).toThrow(
      expect.objectContaining({ code: 'conflict', field: 'role' }),
    );
  });

  it('lets only the conductor approve as leader and only the employee as employee', () => {
    expect(() => approve(withCourse(), { by: OLA, role: 'leader', at: LEADER_AT })).toThrow(
      expect.objectContaining({ code: 'forbidden', field: 'by' }),
    );
    const byLeader = approve(withCourse(), { by: PER, role: 'leader', at: LEADER_AT });
    expect(() => approve(byLeader, { by: PER, role: 'employee', at: EMPLOYEE_AT })).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });

  it('treats the same approval twice as one (a card button delivered twice), keeping the first time', () => {
    const once = approve(withCourse(), { by: PER, role: 'leader', at: LEADER_AT });
    const twice = approve(once, { by: PER, role: 'leader', at: '2026-03-30T14:00:05+02:00' });
    expect(twice).toBe(once);
    expect(twice.approvals).toHaveLength(1);
  });

  it('does not count an approval stored for other content', () => {
    const referat = withCourse();
    const forged: Referat = {
      ...referat,
      approvals: [
        { by: PER, role: 'leader', at: LEADER_AT, contentHash: '0'.repeat(64) },
        { by: KARI, role: 'employee', at: EMPLOYEE_AT, contentHash: '0'.repeat(64) },
      ],
    };
    expect(isFullyApproved(forged)).toBe(false);
    expect(() => approve(forged, { by: KARI, role: 'employee', at: EMPLOYEE_AT })).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
