// "Godkjenn referatet": asks first, saying what approving means (the leader is told, the referat is filed),
// then signs the exact content shown (its hash). A 409 means it changed while the employee read it.
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
import { ApiError } from '../api/api-error';
import type { EmployeeApi } from '../api/employee';
import { ErrorState } from '../components/ErrorState';
import { useMessages } from '../i18n/feature-messages';
import { employeeMessages } from './messages';

export type ApproveReferatProps = {
  api: EmployeeApi;
  conversationId: string;
  contentHash: string;
  leaderName: string;
  /** signed by both: no button, but the dialog stays mounted, so it can finish closing (a modal dialog
   * removed mid-close leaves the page hidden from screen readers) */
  approved: boolean;
  onApproved: () => void;
  /** the content changed since it was shown: read it again */
  onChanged: () => void;
};

export function ApproveReferat(props: ApproveReferatProps) {
  const m = useMessages(employeeMessages);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const approve = async () => {
    setOpen(false);
    setBusy(true);
    setFailure(null);
    try {
      await props.api.approveReferat(props.conversationId, props.contentHash);
      props.onApproved();
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) props.onChanged();
      else setFailure(error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      {failure !== null && <ErrorState error={failure} onRetry={() => void approve()} />}
      {!props.approved && (
        <div>
          <Button appearance="primary" disabled={busy} onClick={() => setOpen(true)}>
            {m.approve}
          </Button>
        </div>
      )}
      <Dialog open={open} onOpenChange={(_, d) => setOpen(d.open)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{m.approveTitle}</DialogTitle>
            <DialogContent>{m.approveBody(props.leaderName)}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void approve()}>
                {m.approve}
              </Button>
              <DialogTrigger disableButtonEnhancement>
                <Button>{m.cancel}</Button>
              </DialogTrigger>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
