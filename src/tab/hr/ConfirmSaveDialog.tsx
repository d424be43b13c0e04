// "Lagre nye innstillinger?": a policy change reaches every new booking in the municipality, so it is
// confirmed once more before it is saved.
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
import { policyMessages } from './policy-messages';

export type ConfirmSaveDialogProps = { open: boolean; onConfirm: () => void; onCancel: () => void };

export function ConfirmSaveDialog({ open, onConfirm, onCancel }: ConfirmSaveDialogProps) {
  const m = useMessages(policyMessages);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.confirmTitle}</DialogTitle>
          <DialogContent>{m.confirmBody}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {m.confirm}
            </Button>
            <Button onClick={onCancel}>{m.cancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
