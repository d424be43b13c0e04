// The dialog of a flow that goes fill in → see exactly what will be sent → send → done (booking a
// conversation, handing one to another leader, recording an exemption, sending a round). The flow keeps its
// steps; this is what each step shows: a title, a status region, the step's content, and the way back
// (Cancel, Back) before the way on (Next, Send, Close).
import type { ReactNode } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

export type StepAction = {
  label: string;
  onClick: () => void;
  disabled?: boolean;
};

export type StepDialogProps = {
  open: boolean;
  title: string;
  /** a request is on its way: Escape and a click outside do nothing, so its answer is not lost */
  busy?: boolean;
  /** Escape or a click outside, when not busy */
  onDismiss: () => void;
  /**
   * the step's notices and spinner; the live region is there from the first step on, because a screen
   * reader reads changes in a region it already knows, not a region that appears with its text
   */
  status?: ReactNode;
  contentClassName?: string;
  /** the step's content */
  children?: ReactNode;
  /** the way back: Cancel or Back */
  back?: StepAction;
  /** the way on: Next, Send, Save or Close */
  next?: StepAction;
};

export function StepDialog(props: StepDialogProps) {
  const { back, next } = props;
  return (
    <Dialog open={props.open} onOpenChange={(_, data) => !data.open && !props.busy && props.onDismiss()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{props.title}</DialogTitle>
          <DialogContent className={props.contentClassName}>
            {props.status !== undefined && (
              <div role="status" aria-live="polite">
                {props.status}
              </div>
            )}
            {props.children}
          </DialogContent>
          <DialogActions>
            {back && <Button onClick={back.onClick}>{back.label}</Button>}
            {next && (
              <Button appearance="primary" onClick={next.onClick} disabled={next.disabled}>
                {next.label}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
