// A conversation's status as a word, never as colour alone (WCAG 1.4.1).
import { Badge } from '@fluentui/react-components';
import { useMessages } from '../i18n/feature-messages';
import type { EmployeeStatus } from './conversation-status';
import { employeeMessages } from './messages';

const COLOR = {
  cancelled: 'subtle',
  invited: 'informative',
  prepared: 'brand',
  'to-approve': 'warning',
  signed: 'success',
  archived: 'success',
} as const;

export function StatusBadge({ status }: { status: EmployeeStatus }) {
  const m = useMessages(employeeMessages);
  const text = {
    cancelled: m.statusCancelled,
    invited: m.statusInvited,
    prepared: m.statusPrepared,
    'to-approve': m.statusToApprove,
    signed: m.statusSigned,
    archived: m.statusArchived,
  }[status];
  return (
    <Badge appearance="tint" color={COLOR[status]} shape="rounded">
      {text}
    </Badge>
  );
}
