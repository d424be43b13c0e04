// "Planlegg" in a team row: opens the booking dialog for that person. The visible word is short; the
// accessible name says whom it is for, since a screen reader lists all the row buttons together.
import { Button } from '@fluentui/react-components';
import type { TeamMember } from '../api/schemas';
import { useMessages } from '../i18n/feature-messages';
import { scheduleMessages } from './schedule-messages';

export function PlanButton({ member, onClick }: { member: TeamMember; onClick: () => void }) {
  const m = useMessages(scheduleMessages);
  // wrapped: the cell stacks its lines, and a bare button would stretch across the whole column
  return (
    <div>
      <Button size="small" aria-label={m.planButtonLabel(member.displayName)} onClick={onClick}>
        {m.planButton}
      </Button>
    </div>
  );
}
