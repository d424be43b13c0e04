// "Godkjenn referatet": asks first, saying what approving means (the leader is told, the referat is filed),
// then signs the exact content shown (its hash). A 409 means it changed while the employee read it.
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { ApiError } from '../api/api-error';
import type { EmployeeApi } from '../api/employee';
import { ConfirmDialog } from '../components/ConfirmDialog';
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
      <ConfirmDialog
        open={open}
        title={m.approveTitle}
        confirmLabel={m.approve}
        cancelLabel={m.cancel}
        onConfirm={() => void approve()}
        onCancel={() => setOpen(false)}
      >
        {m.approveBody(props.leaderName)}
      </ConfirmDialog>
    </>
  );
}
