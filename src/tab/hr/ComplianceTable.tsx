// One row per unit and a row for the whole municipality: "X av Y" had their conversation, then the rest.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ComplianceReport } from '../api/hr';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';

const useStyles = makeStyles({
  scroll: { overflowX: 'auto' },
  table: { minWidth: '720px' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

type Counts = ComplianceReport['total'];

export function ComplianceTable({ report, year }: { report: ComplianceReport; year: number }) {
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const cells = (c: Counts) => [m.hadOf(c.had, c.required), c.booked, c.notBooked, c.exempt, c.offered];
  const rows = [
    ...report.units.map((u) => ({ key: u.unitId, name: u.unitName, counts: u, total: false })),
    { key: '(total)', name: m.total, counts: report.total, total: true },
  ];
  return (
    // a scrolling box must be reachable by keyboard, or its hidden columns are out of reach (WCAG 2.1.1)
    <div className={styles.scroll} role="region" aria-label={m.complianceTable(year)} tabIndex={0}>
      <Table className={styles.table} aria-label={m.complianceTable(year)}>
        <TableHeader>
          <TableRow>
            {[m.colUnit, m.colHad, m.colBooked, m.colNotBooked, m.colExempt, m.colOffered].map((h) => (
              <TableHeaderCell key={h}>{h}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key} className={row.total ? styles.total : undefined}>
              <TableCell>{row.name}</TableCell>
              {cells(row.counts).map((value, i) => (
                <TableCell key={i}>{value}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
