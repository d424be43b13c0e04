// An action plan as a table (002, 004): what, who is responsible, by when, and whether it is a shared need
// (003), with one more column where the place needs it (the leader's edit buttons, last plan's status). The
// deadline shows short, with the full date as its title and a machine-readable datetime.
import type { ReactNode } from 'react';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { formatShortDate } from '../i18n/dates';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { actionTableMessages } from './action-table-messages';

/** one action as each place has it; last plan's actions come without an id */
export type ActionRow = {
  id?: string;
  what: string;
  responsibleName: string;
  deadline: string;
  sharedNeed: boolean;
};

export type ActionTableProps<A extends ActionRow> = {
  actions: readonly A[];
  /** the id of the heading that names the table */
  labelledBy?: string;
  /** the table's name where no heading names it */
  label?: string;
  /** a fifth column: its header, and its cell in each row */
  extra?: { header: string; cell: (action: A) => ReactNode };
};

export function ActionTable<A extends ActionRow>({ actions, labelledBy, label, extra }: ActionTableProps<A>) {
  const m = useMessages(actionTableMessages);
  const { date } = useI18n();
  return (
    <Table aria-labelledby={labelledBy} aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.what}</TableHeaderCell>
          <TableHeaderCell>{m.responsible}</TableHeaderCell>
          <TableHeaderCell>{m.deadline}</TableHeaderCell>
          <TableHeaderCell>{m.sharedNeed}</TableHeaderCell>
          {extra && <TableHeaderCell>{extra.header}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {actions.map((a, i) => (
          // by id where there is one, so a removed row takes its buttons (and the focus) with it
          <TableRow key={a.id ?? i}>
            <TableCell>{a.what}</TableCell>
            <TableCell>{a.responsibleName}</TableCell>
            <TableCell>
              <time dateTime={a.deadline} title={date(a.deadline)}>
                {formatShortDate(a.deadline)}
              </time>
            </TableCell>
            <TableCell>{a.sharedNeed ? m.yes : m.no}</TableCell>
            {extra && <TableCell>{extra.cell(a)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
