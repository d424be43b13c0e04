// The action plan as a table: what, who, by when, and whether it is a shared need (003).
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { ActionItem } from '../../core/referat/referat';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { employeeMessages } from './messages';
import { formatShortDate } from '../i18n/dates';

export function ReferatActions({ actions }: { actions: ActionItem[] }) {
  const m = useMessages(employeeMessages);
  const { date } = useI18n();
  return (
    <Table size="small" aria-label={m.actionsTitle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{m.what}</TableHeaderCell>
          <TableHeaderCell>{m.who}</TableHeaderCell>
          <TableHeaderCell>{m.deadline}</TableHeaderCell>
          <TableHeaderCell>{m.sharedNeed}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {actions.map((action) => (
          <TableRow key={action.id}>
            <TableCell>{action.what}</TableCell>
            <TableCell>{action.responsibleName}</TableCell>
            <TableCell>
              <time dateTime={action.deadline} title={date(action.deadline)}>
                {formatShortDate(action.deadline)}
              </time>
            </TableCell>
            <TableCell>{action.sharedNeed ? m.checkYes : m.checkNo}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
