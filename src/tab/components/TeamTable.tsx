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
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { TeamMember } from '../api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { ChecklistCell } from '../team/ChecklistCell';
import { teamMessages } from '../team/team-messages';
import { NextConversationCell } from './NextConversationCell';

const useStyles = makeStyles({
  // Fluent's table has a fixed layout: on a phone or in the meeting side panel the columns would be squeezed
  // until the text overlaps, so below this width the table scrolls sideways instead.
  scroll: { overflowX: 'auto' },
  // Fluent fixes the layout, so a long word ("spesialpedagog") ran into the next column; the browser's own
  // layout gives a column at least its longest word and takes the widths below as hints. 1,000 px fits a
  // Teams tab on a 1366 px laptop beside the app bar; the table was 1,300 px with a column for each fact and
  // cut off the last conversation there.
  table: { minWidth: '1000px', tableLayout: 'auto' },
  number: { textAlign: 'end' },
  // The next conversation is what a leader scans for; it gets the room, the facts share the rest.
  name: { width: '13%' },
  next: { width: '22%' },
  fact: { width: '8%' },
  last: { width: '10%' },
  secondary: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** the unit column only where the team spans more than one unit: a school's leader sees the school once */
const spansUnits = (members: TeamMember[]) => new Set(members.map((m) => m.department ?? '')).size > 1;

export type TeamTableProps = {
  members: TeamMember[];
  /** a control in the next-conversation cell, e.g. "Planlegg" */
  actionFor?: (member: TeamMember) => ReactNode;
};

export function TeamTable({ members, actionFor }: TeamTableProps) {
  const styles = useStyles();
  const { t, date, percent } = useI18n();
  const m = useMessages(teamMessages);
  const unknown = <span aria-label={t.notKnown}>–</span>;
  const showUnit = spansUnits(members);
  return (
    // a scrolling box must be reachable by keyboard, or its hidden columns are out of reach (WCAG 2.1.1)
    <div className={styles.scroll} role="region" aria-label={t.teamTableLabel} tabIndex={0}>
      <Table className={styles.table} aria-label={t.teamTableLabel}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.name}>{t.colName}</TableHeaderCell>
            <TableHeaderCell className={styles.next}>{t.colNext}</TableHeaderCell>
            <TableHeaderCell className={styles.last}>{m.colChecklist}</TableHeaderCell>
            <TableHeaderCell className={mergeClasses(styles.fact, styles.number)}>
              {m.colOpenActions}
            </TableHeaderCell>
            <TableHeaderCell className={styles.last}>{t.colTitle}</TableHeaderCell>
            {showUnit && <TableHeaderCell className={styles.fact}>{t.colUnit}</TableHeaderCell>}
            <TableHeaderCell className={styles.fact}>{t.colStartDate}</TableHeaderCell>
            <TableHeaderCell className={styles.last}>{t.colLastAnnual}</TableHeaderCell>
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
              <TableCell>
                <NextConversationCell member={member} action={actionFor?.(member)} />
              </TableCell>
              <TableCell>
                <ChecklistCell member={member} />
              </TableCell>
              <TableCell className={styles.number}>{member.openActions}</TableCell>
              <TableCell>
                {member.jobTitle}
                {/* the percentage and the kind of employment decide whether the annual conversation is required (002) */}
                <span className={styles.secondary}>
                  {member.positionPercent === null ? unknown : percent(member.positionPercent)}
                  {' · '}
                  {member.employeeType ? t.employmentType(member.employeeType) : unknown}
                </span>
              </TableCell>
              {showUnit && <TableCell>{member.department ?? unknown}</TableCell>}
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
