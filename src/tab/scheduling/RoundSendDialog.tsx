// The confirmation before a round goes out: how many invitations, to whom, from whose calendar.
import type { Round } from '../api/scheduling';
import { StepDialog } from '../components/StepDialog';
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
    <StepDialog
      open={open}
      title={m.confirmTitle}
      onDismiss={onCancel}
      back={{ label: m.back, onClick: onCancel }}
      next={{ label: m.send, onClick: onSend }}
    >
      <p>{m.confirmText(round.placements.length)}</p>
      <ul>
        {round.placements.map((p) => (
          <li key={p.employeeId}>
            {person(p.employeeId)?.displayName} ({person(p.employeeId)?.mail})
          </li>
        ))}
      </ul>
      {specialTopics && <p>{m.confirmTopics(specialTopics)}</p>}
    </StepDialog>
  );
}
