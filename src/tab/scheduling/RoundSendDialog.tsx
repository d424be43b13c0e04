// The confirmation before a round goes out: how many invitations, to whom, from whose calendar.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { Round } from '../api/scheduling';
import { useMessages } from '../i18n/feature-messages';
import { roundMessages } from './round-messages';

export type RoundSendDialogProps = {
  round: Round;
  open: boolean;
  /** the topics the leader typed, stated in every invitation */
  specialTopics: string;
  onSend: () => void;
  onCancel: () => void;
};

export function RoundSendDialog({ round, open, specialTopics, onSend, onCancel }: RoundSendDialogProps) {
  const m = useMessages(roundMessages);
  const person = (id: string) => round.people.find((p) => p.id === id);
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{m.confirmTitle}</DialogTitle>
          <DialogContent>
            <p>{m.confirmText(round.placements.length)}</p>
            <ul>
              {round.placements.map((p) => (
                <li key={p.employeeId}>
                  {person(p.employeeId)?.displayName} ({person(p.employeeId)?.mail})
                </li>
              ))}
            </ul>
            {specialTopics && <p>{m.confirmTopics(specialTopics)}</p>}
          </DialogContent>
          <DialogActions>
            <Button onClick={onCancel}>{m.back}</Button>
            <Button appearance="primary" onClick={onSend}>
              {m.send}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
