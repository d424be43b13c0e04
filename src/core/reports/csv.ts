// The reports as CSV for Norwegian Excel: RFC 4180 quoting with a semicolon separator (Excel in a
// Norwegian locale uses comma as the decimal sign, so it splits on semicolons), CRLF line ends, and a UTF-8
// byte order mark — without it Excel reads the file as Windows-1252 and "Måløy" becomes "MÃ¥lÃ¸y".
// Headers are in bokmål.
import type { ComplianceReport } from './compliance';
import type { SharedNeedsReport } from './shared-needs';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';
export const TOTAL_LABEL = 'Hele kommunen';

export type Cell = string | number;

/**
 * A text cell as Excel must not run it: a need typed as "=HYPERLINK(…)" or "+47…" would be a formula
 * (CSV injection, OWASP). A leading apostrophe makes it text; numbers are written as they are.
 */
function guarded(value: Cell): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, and its quotes doubled. */
function field(value: Cell): string {
  const text = guarded(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(SEPARATOR));
  return `${BOM}${lines.join(LINE_END)}${LINE_END}`;
}

const COMPLIANCE_HEADER = [
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
];

export function complianceCsv(report: ComplianceReport): string {
  const { from, to } = report.period;
  const rows = [
    ...report.units.map((u) => ({ name: u.unitName, counts: u })),
    { name: TOTAL_LABEL, counts: report.total },
  ].map(({ name, counts: c }) => [
    name,
    from,
    to,
    c.required,
    c.had,
    c.booked,
    c.notBooked,
    c.exempt,
    c.offered,
    c.offeredHad,
  ]);
  return toCsv(COMPLIANCE_HEADER, rows);
}

export function sharedNeedsCsv(report: SharedNeedsReport): string {
  const { from, to } = report.period;
  const groups = [...report.units, { unit: TOTAL_LABEL, ...report.total }];
  const rows = groups.flatMap((g) => g.needs.map((n) => [g.unit, from, to, n.need, n.count]));
  return toCsv(['Enhet', 'Fra', 'Til', 'Behov', 'Antall samtaler'], rows);
}
