// The leader's direct reports as a table: one row per person, the facts a leader plans conversations by.
import {
  Avatar,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from '@fluentui/react-components';
import type { TeamMember } from '../api/schemas';
import { useI18n } from '../i18n/I18nProvider';

const useStyles = makeStyles({
  // Fluent's table has a fixed layout: on a phone or in the meeting side panel the columns would be squeezed
  // until the text overlaps, so below this width the table scrolls sideways instead.
  scroll: { overflowX: 'auto' },
  table: { minWidth: '900px' },
  number: { textAlign: 'end' },
});

export function TeamTable({ members }: { members: TeamMember[] }) {
  const styles = useStyles();
  const { t, date, percent } = useI18n();
  const unknown = <span aria-label={t.notKnown}>–</span>;
  return (
    // a scrolling box must be reachable by keyboard, or its hidden columns are out of reach (WCAG 2.1.1)
    <div className={styles.scroll} role="region" aria-label={t.teamTableLabel} tabIndex={0}>
      <Table className={styles.table} aria-label={t.teamTableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.colName}</TableHeaderCell>
            <TableHeaderCell>{t.colTitle}</TableHeaderCell>
            <TableHeaderCell>{t.colUnit}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.colPosition}</TableHeaderCell>
            <TableHeaderCell>{t.colEmploymentType}</TableHeaderCell>
            <TableHeaderCell>{t.colStartDate}</TableHeaderCell>
            <TableHeaderCell>{t.colLastAnnual}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => (
            <TableRow key={member.id}>
              <TableCell>
                <TableCellLayout media={<Avatar name={member.displayName} size={28} aria-hidden />}>
                  {member.displayName}
                </TableCellLayout>
              </TableCell>
              <TableCell>{member.jobTitle}</TableCell>
              <TableCell>{member.department ?? unknown}</TableCell>
              <TableCell className={styles.number}>
                {member.positionPercent === null ? unknown : percent(member.positionPercent)}
              </TableCell>
              <TableCell>{member.employeeType ? t.employmentType(member.employeeType) : unknown}</TableCell>
              <TableCell>{member.startDate ? date(member.startDate) : unknown}</TableCell>
              <TableCell>
                {member.lastAnnualConversation ? date(member.lastAnnualConversation) : t.neverHeld}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
