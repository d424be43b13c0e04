// One of my conversations in the list: what and when (the link to its page), with whom, where, status.
import { Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { hrefOf } from '../routing/route';
import { employeeMessages } from './messages';
import { StatusBadge } from './StatusBadge';
import type { ConversationLine } from './useMyConversations';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  quiet: { color: tokens.colorNeutralForeground2 },
});

export function ConversationItem({ line }: { line: ConversationLine }) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { language, dateTime } = useI18n();
  const place = line.location?.displayName ?? (line.online ? m.teams : null);
  const details = [line.conductorName && m.withLeader(line.conductorName), place].filter(Boolean);
  return (
    <li className={styles.root}>
      <div className={styles.text}>
        <Link href={hrefOf({ name: 'conversation', id: line.id })}>
          <Body1>
            {KIND_NAMES[line.kind][language]} – {dateTime(line.start)}
          </Body1>
        </Link>
        {details.length > 0 && <Caption1 className={styles.quiet}>{details.join(' · ')}</Caption1>}
      </div>
      <StatusBadge status={line.status} />
    </li>
  );
}
