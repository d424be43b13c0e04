// Before the referat goes to the employee: says what is sent to whom, and that private notes stay behind.
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useMessages } from '../i18n/feature-messages';
import { workspaceMessages } from './messages';

export type ApproveDialogProps = {
  open: boolean;
  employeeName: string;
  onConfirm: () => void;
  onCancel: () => void;
};

export function ApproveDialog({ open, employeeName, onConfirm, onCancel }: ApproveDialogProps) {
  const m = useMessages(workspaceMessages);
  return (
    <ConfirmDialog
      open={open}
      title={m.approveTitle}
      confirmLabel={m.approveConfirm}
      cancelLabel={m.cancel}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {m.approveBody(employeeName)}
    </ConfirmDialog>
  );
}
