// Graph users to directory people: the start date is the day in Norway, the percentage from the tenant's attribute.
import { describe, expect, it } from 'vitest';
import { toDirectoryPerson, userSelect } from '../../../../src/adapters/graph/user-mapping';

const base = { id: 'u1', displayName: 'Kari', onPremisesExtensionAttributes: { extensionAttribute1: '80' } };

describe('toDirectoryPerson', () => {
  it('takes the start date as the day in Oslo, whether Graph holds UTC or Norwegian midnight', () => {
    const at = (employeeHireDate: string) =>
      toDirectoryPerson({ ...base, employeeHireDate }, 'extensionAttribute1');
    expect(at('2026-03-30T00:00:00Z').startDate).toBe('2026-03-30');
    // Summer time began 29 March 2026: Norwegian midnight on the 30th is 22:00 UTC the day before.
    expect(at('2026-03-29T22:00:00Z').startDate).toBe('2026-03-30');
    expect(at('2026-01-04T23:00:00Z').startDate).toBe('2026-01-05');
    expect(at('not a date').startDate).toBeNull();
  });

  it('takes the last day from employeeLeaveDateTime, as the lifecycle example (23:59:59Z) or HR sync (midnight) writes it', () => {
    const at = (employeeLeaveDateTime: string | null) =>
      toDirectoryPerson({ ...base, employeeLeaveDateTime }, 'extensionAttribute1').endDate;
    // in Oslo 23:59:59Z on 30 September is already 1 October; the day meant is the 30th
    expect(at('2022-09-30T23:59:59Z')).toBe('2022-09-30');
    expect(at('2026-12-31T00:00:00Z')).toBe('2026-12-31');
    // the end of the last day in Oslo, winter time
    expect(at('2026-12-31T22:59:59Z')).toBe('2026-12-31');
    expect(at(null)).toBeNull();
    expect(at('soon')).toBeNull();
    expect(userSelect('extensionAttribute1')).toContain('employeeLeaveDateTime');
    expect(userSelect('extensionAttribute1', false)).not.toContain('employeeLeaveDateTime');
  });

  it('reads the position percentage from an on-premises attribute or a directory extension', () => {
    expect(toDirectoryPerson(base, 'extensionAttribute1').positionPercent).toBe(80);
    const extension = 'extension_0123456789abcdef0123456789abcdef_stillingsprosent';
    expect(toDirectoryPerson({ id: 'u1', [extension]: '62,5 %' }, extension).positionPercent).toBe(62.5);
    expect(userSelect(extension)).toContain(extension);
    expect(userSelect(extension)).not.toContain('onPremisesExtensionAttributes');
    for (const bad of ['', 'full', '120']) {
      expect(
        toDirectoryPerson(
          { id: 'u1', onPremisesExtensionAttributes: { extensionAttribute1: bad } },
          'extensionAttribute1',
        ).positionPercent,
      ).toBeNull();
    }
  });

  it('fills what the port requires when Graph has no value', () => {
    expect(
      toDirectoryPerson({ id: 'u1', userPrincipalName: 'kari@testvik.no' }, 'extensionAttribute1'),
    ).toMatchObject({
      displayName: 'kari@testvik.no',
      mail: 'kari@testvik.no',
      jobTitle: '',
      department: null,
      startDate: null,
      endDate: null,
      positionPercent: null,
    });
  });
});
