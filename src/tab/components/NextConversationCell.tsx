// What a leader should do next for one person: the booked meeting, or the most urgent conversation due with
// its status. The status is a word as well as a colour, so it is not lost on anyone who cannot tell colours apart.
import type { ReactNode } from 'react';
import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { TeamMember } from '../api/schemas';
import { useI18n } from '../i18n/I18nProvider';
import { hrefOf } from '../routing/route';

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
  const { nextDue, nextBooked, probationEnd } = member;
  const booked = nextBooked && (!nextDue || nextBooked.kind === nextDue.kind);
  return (
    <div className={styles.cell}>
      {booked && nextBooked ? (
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
      {action}
    </div>
  );
}
