// `samtale report` for people: the compliance and shared-needs reports as readable bokmål tables.
import type { ComplianceCounts, ComplianceReport } from '../core/reports/compliance';
import { TOTAL_LABEL } from '../core/reports/csv';
import { periodText } from '../core/reports/period';
import type { NeedsGroup, SharedNeedsReport } from '../core/reports/shared-needs';
import { table } from './due-table';

const percent = (part: number, whole: number) =>
  whole === 0 ? '–' : `${Math.round((100 * part) / whole)} %`;

function countCells(c: ComplianceCounts): string[] {
  return [c.required, c.had, c.booked, c.notBooked, c.exempt, c.offered, c.offeredHad]
    .map(String)
    .concat(percent(c.had, c.required));
}

/** "312 av 410 har hatt medarbeidersamtale i 2026": DESIGN §1, the sentence HR asks for */
export function complianceSentence(c: ComplianceCounts, when: string): string {
  return `${c.had} av ${c.required} har hatt medarbeidersamtale ${when}`;
}

export function complianceText(report: ComplianceReport, name: string | undefined): string {
  const when = periodText(report.period);
  const header = [
    'Enhet',
    'Påkrevd',
    'Hatt',
    'Booket',
    'Ikke booket',
    'Fritatt',
    'Tilbudt',
    'Tilbudt, hatt',
    'Andel',
  ];
  const rows = report.units.map((u) => [u.unitName, ...countCells(u)]);
  const lines = [
    `Medarbeidersamtaler ${when}${name ? ` – ${name}` : ''}`,
    `${complianceSentence(report.total, when)} (${percent(report.total.had, report.total.required)})`,
    `${report.total.booked} har samtalen booket, ${report.total.notBooked} mangler booking, ` +
      `${report.total.exempt} er fritatt; ${report.total.offeredHad} av ${report.total.offered} som får ` +
      `tilbud har hatt samtale`,
    '',
    ...table([header, ...rows, [TOTAL_LABEL, ...countCells(report.total)]]).map((l) => `  ${l}`),
    '',
    'Påkrevd: fast ansatt i minst 50 % stilling (002), ansatt i perioden, og samtalen forfalt innen ' +
      'periodens slutt. Tilbudt: under 50 % eller midlertidig (002 2).',
  ];
  return `${lines.join('\n')}\n`;
}

function needsSection(title: string, group: Omit<NeedsGroup, 'unit'>): string[] {
  const rows = group.needs.map((n) => [String(n.count).padStart(4), n.need.replace(/\s+/g, ' ')]);
  return ['', `${title} – ${group.conversations} samtaler`, ...table(rows).map((l) => `  ${l}`)];
}

export function needsText(report: SharedNeedsReport): string {
  const lines = [
    `Felles behov ${periodText(report.period)} (antall samtaler som tok opp behovet)`,
    ...report.units.flatMap((u) => needsSection(u.unit, u)),
    ...needsSection(TOTAL_LABEL, report.total),
    '',
    'Enheter med færre enn 3 samtaler eller 3 ansatte vises ikke ved navn (Andre enheter).',
  ];
  return `${lines.join('\n')}\n`;
}
