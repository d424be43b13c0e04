// CSV for Norwegian Excel: BOM, semicolons, CRLF, RFC 4180 quoting, bokmål headers.
import { describe, expect, it } from 'vitest';
import { complianceCsv, sharedNeedsCsv, toCsv } from '../../../../src/core/reports/csv';
import { periodOfYear } from '../../../../src/core/reports/period';
import { parseCsv } from './parse-csv';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM, separates with semicolons and ends lines with CRLF', () => {
    const csv = toCsv(['Enhet', 'Antall'], [['Måløy skole', 3]]);
    expect(csv).toBe('\uFEFFEnhet;Antall\r\nMåløy skole;3\r\n');
  });

  it('quotes a field with a semicolon, a quote or a line break, and reads back the same', () => {
    const need = 'Kurs; "Excel"\nfor alle';
    const csv = toCsv(['Behov'], [[need]]);
    expect(csv).toBe('\uFEFFBehov\r\n"Kurs; ""Excel""\nfor alle"\r\n');
    expect(parseCsv(csv)).toEqual([['Behov'], [need]]);
  });

  it('makes a text that Excel would run as a formula plain text', () => {
    expect(parseCsv(toCsv(['Behov'], [['=HYPERLINK("x")'], ['-1'], [-1]]))).toEqual([
      ['Behov'],
      ['\'=HYPERLINK("x")'],
      ["'-1"],
      ['-1'],
    ]);
  });
});

describe('report CSVs', () => {
  it('compliance: a row per unit and the total, headers in bokmål', () => {
    const counts = { required: 4, had: 2, booked: 1, notBooked: 0, exempt: 1, offered: 2, offeredHad: 1 };
    const csv = complianceCsv({
      period: periodOfYear(2026),
      units: [{ unitId: 'u1', unitName: 'Helse og omsorg', ...counts }],
      total: counts,
    });
    expect(parseCsv(csv)).toEqual([
      [
        'Enhet',
        'Fra',
        'Til',
        'Påkrevd',
        'Har hatt samtale',
        'Booket',
        'Ikke booket',
        'Fritatt',
        'Tilbudt',
        'Tilbudt og hatt samtale',
      ],
      ['Helse og omsorg', '2026-01-01', '2026-12-31', '4', '2', '1', '0', '1', '2', '1'],
      ['Hele kommunen', '2026-01-01', '2026-12-31', '4', '2', '1', '0', '1', '2', '1'],
    ]);
  });

  it('shared needs: one line per need, the total last', () => {
    const need = { need: 'Kurs; "Excel"', count: 3 };
    const csv = sharedNeedsCsv({
      period: periodOfYear(2026),
      units: [{ unit: 'Skole', conversations: 3, needs: [need] }],
      total: { conversations: 3, needs: [need] },
    });
    expect(parseCsv(csv).slice(1)).toEqual([
      ['Skole', '2026-01-01', '2026-12-31', 'Kurs; "Excel"', '3'],
      ['Hele kommunen', '2026-01-01', '2026-12-31', 'Kurs; "Excel"', '3'],
    ]);
  });
});
