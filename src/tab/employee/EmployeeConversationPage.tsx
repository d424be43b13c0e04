// The employee's page of one conversation: the details, the way to prepare, asking for another time, and the
// referat to read and approve. The leader's workspace hands the 'conversation' route here for the employee.
import { useMemo, useRef, useState } from 'react';
import { Body1, Button, Link, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import type { ApiClient } from '../api/client';
import { employeeApi } from '../api/employee';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { PageHeading } from '../components/PageHeading';
import { Surface } from '../components/Surface';
import { useMessages } from '../i18n/feature-messages';
import { useI18n } from '../i18n/I18nProvider';
import { hrefOf, navigate } from '../routing/route';
import { ConversationDetails } from './ConversationDetails';
import { employeeMessages } from './messages';
import { NewTimeRequest } from './NewTimeRequest';
import { ReferatPanel } from './ReferatPanel';
import { useEmployeeConversation } from './useEmployeeConversation';

type PageData = Extract<ReturnType<typeof useEmployeeConversation>['state'], { status: 'done' }>['data'];

const useStyles = makeStyles({
  block: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex' },
});

export function EmployeeConversationPage({
  api,
  conversationId,
}: {
  api: ApiClient;
  conversationId: string;
}) {
  const styles = useStyles();
  const m = useMessages(employeeMessages);
  const { t, language, dateTime } = useI18n();
  const employee = useMemo(() => employeeApi(api), [api]);
  const { state, retry } = useEmployeeConversation(api, conversationId);
  const [changedWhileReading, setChanged] = useState(false);
  const back = (
    <div>
      <Link href={hrefOf({ name: 'home' })}>{m.back}</Link>
    </div>
  );
  // a reload after approving or asking keeps the page on screen: unmounting it would cut short the closing
  // dialog and leave the page hidden from screen readers, and the reader would lose their place
  const shown = useRef<PageData | null>(null);
  if (state.status === 'done') shown.current = state.data;
  if (!shown.current) {
    if (state.status === 'failed')
      return (
        <>
          {back}
          <ErrorState error={state.error} onRetry={retry} wholePage />
        </>
      );
    return <LoadingState label={t.loading} />;
  }
  const { conversation, conductorName, preparedAt, referat, archive } = shown.current;
  const leaderName = conductorName ?? m.leader;
  const ahead = conversation.status !== 'cancelled' && Date.parse(conversation.end) > Date.now();
  // once the leader writes the referat the meeting has been held: another time no longer makes sense, and
  // once both have signed neither does preparing
  const canPrepare = ahead && !referat?.fullyApproved;
  const canAskNewTime = ahead && referat === null;
  return (
    <>
      {back}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      <PageHeading
        title={KIND_NAMES[conversation.kind][language]}
        subtitle={
          conductorName ? `${dateTime(conversation.start)} ${m.withLeader(conductorName)}` : undefined
        }
      />
      <Surface>
        <ConversationDetails conversation={conversation} conductorName={conductorName} />
      </Surface>
      {canPrepare && (
        <Surface>
          <section className={styles.block} aria-labelledby="prepare-heading">
            <Subtitle2 as="h2" block id="prepare-heading">
              {m.prepare}
            </Subtitle2>
            {/* sent in already: say so, so nobody wonders whether the leader got it */}
            <Body1>{preparedAt ? m.preparedBody(dateTime(preparedAt)) : m.prepareBody}</Body1>
            <div className={styles.row}>
              <Button
                appearance={preparedAt ? 'secondary' : 'primary'}
                onClick={() => navigate({ name: 'prepare', id: conversation.id })}
              >
                {preparedAt ? m.preparedOpen : m.prepare}
              </Button>
            </div>
          </section>
        </Surface>
      )}
      {canAskNewTime && (
        <Surface>
          <section className={styles.block} aria-labelledby="new-time-heading">
            <Subtitle2 as="h2" block id="new-time-heading">
              {m.newTime}
            </Subtitle2>
            <NewTimeRequest
              api={employee}
              conversation={conversation}
              leaderName={leaderName}
              onSent={retry}
            />
          </section>
        </Surface>
      )}
      <Surface>
        <ReferatPanel
          api={employee}
          conversationId={conversation.id}
          view={referat}
          archive={archive}
          leaderName={leaderName}
          changedWhileReading={changedWhileReading}
          onApproved={() => {
            setChanged(false);
            retry();
          }}
          onChanged={() => {
            setChanged(true);
            retry();
          }}
        />
      </Surface>
    </>
  );
}
