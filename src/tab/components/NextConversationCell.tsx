// What a leader should do next for one person: the booked meeting, or the most urgent conversation due with
// its status. The status is a word as well as a colour, so it is not lost on anyone who cannot tell colours apart.
import type { ReactNode } from 'react';
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { TeamMember } from '../api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { teamMessages } from '../team/team-messages';

const useStyles = makeStyles({
  cell: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
  },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

const COLOUR = {
  overdue: 'danger',
  due: 'warning',
  upcoming: 'informative',
  offered: 'subtle',
  exempt: 'subtle',
} as const;

export function NextConversationCell({ member, action }: { member: TeamMember; action?: ReactNode }) {
  const styles = useStyles();
  const { t, date, dateTime, language } = useI18n();
  const m = useMessages(teamMessages);
  const { nextDue, nextBooked, probationEnd, endDate, exemptions } = member;
  const booked = nextBooked && (!nextDue || nextBooked.kind === nextDue.kind);
  return (
    <div className={styles.cell}>
      {booked && nextBooked?.conductor ? (
        // held by another leader (delegated, 002; or shared in a round, 003): booked, but theirs to open
        <span className={styles.line}>
          {KIND_NAMES[nextBooked.kind][language]}
          <Badge appearance="tint" color="success">
            {m.bookedWith(nextBooked.conductor.displayName, dateTime(nextBooked.start))}
          </Badge>
        </span>
      ) : booked && nextBooked ? (
        <span className={styles.line}>
          {KIND_NAMES[nextBooked.kind][language]}
          {/* the way into the conversation's workspace: preparations, referat, signing */}
          <Link href={hrefOf({ name: 'conversation', id: nextBooked.id })}>
            <Badge appearance="tint" color="success">
              {t.bookedAt(dateTime(nextBooked.start))}
            </Badge>
          </Link>
        </span>
      ) : nextDue ? (
        <span className={styles.line}>
          {KIND_NAMES[nextDue.kind][language]}
          {nextDue.number ? ` ${nextDue.number}` : ''} · {t.dueBy(date(nextDue.dueDate))}
          <Badge appearance="tint" color={COLOUR[nextDue.status]}>
            {t.dueStatus(nextDue.status)}
          </Badge>
        </span>
      ) : (
        <span className={styles.muted}>{t.nothingDue}</span>
      )}
      {probationEnd && <span className={styles.muted}>{t.probationUntil(date(probationEnd))}</span>}
      {endDate && <span className={styles.muted}>{m.lastDay(date(endDate))}</span>}
      {exemptions.map((e) => (
        <span key={e.id} className={styles.muted}>
          {m.exempt(e.year, e.by === 'employee')}
        </span>
      ))}
      {action}
    </div>
  );
}
