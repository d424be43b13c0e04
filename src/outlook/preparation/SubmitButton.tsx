// Submitting asks first, and says who sees the answers when (DESIGN §2.4: hidden until both have submitted
// or the meeting starts), so nobody sends thinking the leader reads along at once, or never.
import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
} from '@fluentui/react-components';
import type { Side } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';

export type SubmitButtonProps = { side: Side; busy: boolean; onConfirm: () => void };

export function SubmitButton({ side, busy, onConfirm }: SubmitButtonProps) {
  const { o } = useOutlookText();
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(_, data) => setOpen(data.open)}>
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" disabled={busy}>
          {o.submit}
        </Button>
      </DialogTrigger>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{o.confirmTitle}</DialogTitle>
          <DialogContent>{side === 'employee' ? o.confirmEmployee : o.confirmLeader}</DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setOpen(false);
                onConfirm();
              }}
            >
              {o.submit}
            </Button>
            <DialogTrigger disableButtonEnhancement>
              <Button>{o.cancel}</Button>
            </DialogTrigger>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
