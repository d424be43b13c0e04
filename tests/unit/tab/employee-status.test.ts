// Where the employee's conversation stands, step by step through its life (DESIGN §2.3-2.7).
import { describe, expect, it } from 'vitest';
import type { EmployeeReferat } from '../../../src/core/referat/referat';
import { employeeStatus, type StatusFacts } from '../../../src/tab/employee/conversation-status';

const HASH = 'a'.repeat(64);
const OLD = 'b'.repeat(64);
const approval = (role: 'leader' | 'employee', contentHash = HASH) => ({
  by: '00000000-0000-4000-8000-000000000001',
  role,
  at: '2026-12-01T10:00:00Z',
  contentHash,
});
const referat = (approvals: ReturnType<typeof approval>[], fullyApproved = false) => ({
  referat: { approvals } as unknown as EmployeeReferat,
  contentHash: HASH,
  fullyApproved,
});
const base: StatusFacts = {
  conversation: { status: 'booked' },
  preparedAt: null,
  referat: null,
  archive: null,
};

describe('employeeStatus', () => {
  it('is invited until the employee submits the preparation, then prepared', () => {
    expect(employeeStatus(base)).toBe('invited');
    expect(employeeStatus({ ...base, preparedAt: '2026-11-30T08:00:00Z' })).toBe('prepared');
  });

  it('stays prepared while the leader writes: a referat without the leader’s approval is not to approve', () => {
    const facts = { ...base, preparedAt: '2026-11-30T08:00:00Z', referat: referat([]) };
    expect(employeeStatus(facts)).toBe('prepared');
  });

  it('is to approve once the leader approved this content, not an older one', () => {
    expect(employeeStatus({ ...base, referat: referat([approval('leader')]) })).toBe('to-approve');
    expect(employeeStatus({ ...base, referat: referat([approval('leader', OLD)]) })).toBe('invited');
  });

  it('is signed after both, and archived once the archive has it', () => {
    const both = referat([approval('leader'), approval('employee')], true);
    expect(employeeStatus({ ...base, referat: both, archive: { status: 'not-requested' } })).toBe('signed');
    expect(
      employeeStatus({
        ...base,
        referat: both,
        archive: { status: 'archived', archivedAt: '2026-12-02T10:00:00Z', copySent: true },
      }),
    ).toBe('archived');
  });

  it('is cancelled whatever else is known', () => {
    expect(employeeStatus({ ...base, conversation: { status: 'cancelled' }, preparedAt: 'x' })).toBe(
      'cancelled',
    );
  });
});
