// Who, what kind and when, with the place and the Teams link when the meeting has them.
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { PreparationView } from '../../outlook/api/schemas';
import type { WorkspaceConversation } from '../api/conversation-workspace';
import { PageHeading } from '../components/PageHeading';
import { useI18n } from '../i18n/I18nProvider';
import { LOCALE_OF } from '../i18n/messages';
import { useMessages } from '../i18n/feature-messages';
import { hrefOf } from '../routing/route';
import { workspaceMessages } from './messages';

const useStyles = makeStyles({
  links: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'center' },
});

export type ConversationHeaderProps = {
  view: PreparationView;
  /** the listed conversation, for place and Teams link; null while it loads */
  conversation: WorkspaceConversation | null;
};

export function ConversationHeader({ view, conversation }: ConversationHeaderProps) {
  const styles = useStyles();
  const { dateTime, language } = useI18n();
  const m = useMessages(workspaceMessages);
  const { kind, start, end, employeeName } = view.conversation;
  const until = new Intl.DateTimeFormat(LOCALE_OF[language], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Oslo',
  }).format(new Date(end));
  const joinUrl = conversation?.meeting?.joinUrl;
  return (
    <>
      <PageHeading
        title={m.title(employeeName)}
        subtitle={m.when(KIND_NAMES[kind][language], `${dateTime(start)}–${until}`)}
      />
      <div className={styles.links}>
        {conversation?.location && <Body1>{m.place(conversation.location.displayName)}</Body1>}
        {joinUrl && (
          <Link href={joinUrl} target="_blank" rel="noopener">
            {m.joinTeams}
          </Link>
        )}
        <Link href={hrefOf({ name: 'home' })}>{m.backToTeam}</Link>
      </div>
    </>
  );
}
