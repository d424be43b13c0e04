// The confirmation before a round goes out: how many invitations, to whom, from whose calendar (the planner's
// and, when the round is shared, each co-conductor's, 003), and that each co-conductor is told.
import type { Round } from '../api/scheduling';
import { StepDialog } from '../components/StepDialog';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { LOCALE_OF } from '../i18n/messages';
import { invitationsByCalendar } from './round-calendars';
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
  const { language } = useI18n();
  const person = (id: string) => round.people.find((p) => p.id === id);
  const calendars = invitationsByCalendar(round);
  const shared = calendars.some((c) => !c.own);
  const from = new Intl.ListFormat(LOCALE_OF[language], { type: 'conjunction' }).format(
    calendars.map((c) => (c.own ? m.fromYours(c.count) : m.fromTheirs(c.count, c.displayName))),
  );
  return (
    <StepDialog
      open={open}
      title={m.confirmTitle}
      onDismiss={onCancel}
      back={{ label: m.back, onClick: onCancel }}
      next={{ label: m.send, onClick: onSend }}
    >
      <p>
        {shared ? m.confirmShared(round.placements.length, from) : m.confirmText(round.placements.length)}
      </p>
      <ul>
        {round.placements.map((p) => (
          <li key={p.employeeId}>
            {person(p.employeeId)?.displayName} ({person(p.employeeId)?.mail})
            {p.conductorId !== round.leaderId &&
              ` ${m.heldBy(person(p.conductorId)?.displayName ?? p.conductorId)}`}
          </li>
        ))}
      </ul>
      {shared && <p>{m.coConductorsTold}</p>}
      {specialTopics && <p>{m.confirmTopics(specialTopics)}</p>}
    </StepDialog>
  );
}
