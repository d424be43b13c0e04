// Before the referat goes to the employee: says what is sent to whom, and that private notes stay behind.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
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
    <Dialog open={open} onOpenChange={(_, d) => !d.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.approveTitle}</DialogTitle>
          <DialogContent>{m.approveBody(employeeName)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {m.approveConfirm}
            </Button>
            <Button onClick={onCancel}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
