// The checklist column: how far a new hire's or leaver's list has come, overdue items as a word and a
// colour, and the way to the list (#/people/<id>/checklist).
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { TeamMember } from '../api/schemas';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { teamMessages } from './team-messages';

const useStyles = makeStyles({
  cell: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
});

export function ChecklistCell({ member }: { member: TeamMember }) {
  const styles = useStyles();
  const m = useMessages(teamMessages);
  const list = member.checklist;
  const href = hrefOf({ name: 'checklist', personId: member.id });
  if (!list) {
    // a list can be started by hand from its page; the row links there only for those it is likely for
    return member.endDate || member.probationEnd ? (
      <Link href={href} aria-label={m.checklistLink(member.displayName)}>
        {m.colChecklist}
      </Link>
    ) : (
      <span aria-hidden>–</span>
    );
  }
  const visible = `${m.checklistKind(list.kind)}: ${m.checklistDone(list.done, list.total)}`;
  return (
    <div className={styles.cell}>
      {/* the visible words start the accessible name (WCAG 2.5.3), the person's name tells the rows apart */}
      <Link href={href} aria-label={`${visible}, ${m.checklistLink(member.displayName)}`}>
        {visible}
      </Link>
      {list.overdue > 0 && (
        <span>
          <Badge appearance="tint" color="danger">
            {m.checklistOverdue(list.overdue)}
          </Badge>
        </span>
      )}
    </div>
  );
}
