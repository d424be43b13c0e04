// One row per unit and need, with how many conversations raised it.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { NeedsReport } from '../api/hr';
import { useMessages } from '../i18n/feature-messages';
import { hrMessages } from './hr-messages';

const useStyles = makeStyles({ scroll: { overflowX: 'auto' }, table: { minWidth: '520px' } });

export function NeedsTable({ report, year }: { report: NeedsReport; year: number }) {
  const m = useMessages(hrMessages);
  const styles = useStyles();
  const rows = report.units.flatMap((group) =>
    group.needs.map((need) => ({ key: `${group.unit}\u0000${need.need}`, unit: group.unit, ...need })),
  );
  return (
    <div className={styles.scroll} role="region" aria-label={m.needsTable(year)} tabIndex={0}>
      <Table className={styles.table} aria-label={m.needsTable(year)}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{m.colUnit}</TableHeaderCell>
            <TableHeaderCell>{m.colNeed}</TableHeaderCell>
            <TableHeaderCell>{m.colCount}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.unit}</TableCell>
              <TableCell>{row.need}</TableCell>
              <TableCell>{row.count}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
