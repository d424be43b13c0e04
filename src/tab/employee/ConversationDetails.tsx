// When, where and with whom, and the leader's special topics (002: stated in the invitation).
import type { ReactNode } from 'react';
import { Body1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { MyConversation } from '../api/employee';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { employeeMessages } from './messages';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
  // dt and dd sit in the grid's two columns; the wrapper only groups them for React
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
});

export type ConversationDetailsProps = { conversation: MyConversation; conductorName: string | null };

export function ConversationDetails({ conversation, conductorName }: ConversationDetailsProps) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { dateTime } = useI18n();
  const joinUrl = conversation.meeting?.joinUrl;
  const rows: [string, ReactNode][] = [
    [m.when, dateTime(conversation.start)],
    [
      m.where,
      <>
        {conversation.location?.displayName}
        {conversation.location && joinUrl && ' · '}
        {joinUrl ? (
          <Link href={joinUrl} target="_blank" rel="noreferrer">
            {m.joinTeams}
          </Link>
        ) : (
          !conversation.location && conversation.online && m.teams
        )}
      </>,
    ],
  ];
  if (conductorName) rows.push([m.leader, conductorName]);
  if (conversation.specialTopics.trim()) rows.push([m.topics, conversation.specialTopics]);
  return (
    <dl className={styles.list}>
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>
            <Body1>{term}</Body1>
          </dt>
          <dd className={styles.value}>
            <Body1>{value}</Body1>
          </dd>
        </div>
      ))}
    </dl>
  );
}
