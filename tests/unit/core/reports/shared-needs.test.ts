// Shared needs per unit (003), and the small-number protection that keeps a need from pointing at a person.
import { describe, expect, it } from 'vitest';
import { periodOfYear } from '../../../../src/core/reports/period';
import { OTHER_UNITS, sharedNeedsReport } from '../../../../src/core/reports/shared-needs';
import { ZSharedNeedsRow, type SharedNeedsRow } from '../../../../src/core/reports/shared-needs-row';

const YEAR = periodOfYear(2026);
const row = (unit: string | null, needs: string[], heldOn = '2026-03-10'): SharedNeedsRow => ({
  unit,
  kind: 'annual',
  heldOn,
  needs,
});

describe('sharedNeedsReport', () => {
  it('groups spellings of one need, shows the most common one, counts conversations, sorts by count', () => {
    const rows = [
      row('Skole', ['Kurs i Excel', 'Bedre  skjermer']),
      row('Skole', ['kurs i excel ', 'Kurs i Excel']), // twice in one referat counts once
      row('Skole', ['Kurs i Excel', 'Ergonomisk stol']),
      row('Skole', ['KURS I EXCEL'], '2025-12-31'), // not in 2026
    ];
    const report = sharedNeedsReport(rows, YEAR);
    expect(report.units).toEqual([
      {
        unit: 'Skole',
        conversations: 3,
        needs: [
          { need: 'Kurs i Excel', count: 3 },
          { need: 'Bedre skjermer', count: 1 },
          { need: 'Ergonomisk stol', count: 1 },
        ],
      },
    ]);
    expect(report.total.conversations).toBe(3);
  });

  it('shows needs raised once (003: every shared need goes to the leader group)', () => {
    const rows = [
      row('Skole', ['Ny projektor']),
      row('Skole', []),
      row('Skole', ['Vikarpool']),
      row('Skole', ['Kantine']),
    ];
    const needs = sharedNeedsReport(rows, YEAR).units[0]?.needs.map((n) => n.count);
    expect(needs).toEqual([1, 1, 1]);
  });

  it('never names a unit behind fewer than 3 conversations: merged into "Andre enheter"', () => {
    const rows = [
      row('Skole', ['Kurs']),
      row('Skole', ['Kurs']),
      row('Skole', ['Kurs']),
      row('Brannvesen', ['Røykdykkerutstyr']),
      row('Havnevesen', ['Ny båt']),
      row(null, ['Parkering']),
    ];
    const report = sharedNeedsReport(rows, YEAR);
    expect(report.units.map((u) => [u.unit, u.conversations])).toEqual([
      ['Skole', 3],
      [OTHER_UNITS, 3],
    ]);
    expect(JSON.stringify(report)).not.toMatch(/Brannvesen|Havnevesen/);
    expect(report.units[1]?.needs.map((n) => n.need)).toEqual(['Ny båt', 'Parkering', 'Røykdykkerutstyr']);
  });

  it('never names a unit of one or two employees, however many conversations it had', () => {
    const rows = [
      row('Havnevesen', ['Ny båt']),
      row('Havnevesen', ['Ny båt']),
      row('Havnevesen', ['Ny båt']),
    ];
    const sizes = new Map([['Havnevesen', 2]]);
    expect(sharedNeedsReport(rows, YEAR).units.map((u) => u.unit)).toEqual(['Havnevesen']);
    const protectedReport = sharedNeedsReport(rows, YEAR, { unitSizes: sizes });
    expect(protectedReport.units.map((u) => u.unit)).toEqual([OTHER_UNITS]);
    // a unit missing from known head counts is treated as small
    expect(sharedNeedsReport(rows, YEAR, { unitSizes: new Map() }).units.map((u) => u.unit)).toEqual([
      OTHER_UNITS,
    ]);
  });

  it('with fewer than 3 conversations among the small units, their needs are only in the total', () => {
    const report = sharedNeedsReport([row('Havnevesen', ['Ny båt'])], YEAR);
    expect(report.units).toEqual([]);
    expect(report.total).toEqual({ conversations: 1, needs: [{ need: 'Ny båt', count: 1 }] });
  });

  it('no name or person id from the input reaches the output: the row schema refuses them', () => {
    const input = {
      unit: 'Skole',
      kind: 'annual',
      heldOn: '2026-03-10',
      needs: ['Kurs i Excel'],
      employeeName: 'Ola Nordmann',
      employeeId: '00000000-0000-4000-8000-000000000001',
    };
    const parsed = ZSharedNeedsRow.safeParse(input);
    expect(parsed.success).toBe(false);
    // and a caller that slips extra fields past the type gets a report built field by field
    const rows = [input, input, input] as unknown as SharedNeedsRow[];
    const text = JSON.stringify(sharedNeedsReport(rows, YEAR));
    expect(text).toContain('Kurs i Excel');
    expect(text).not.toContain('Ola Nordmann');
    expect(text).not.toContain('00000000-0000-4000-8000-000000000001');
  });
});
