// Demo only: the pane runs in a plain browser, so there is no open Outlook item. The person picks one of their
// booked conversations, and the pane resolves its meeting exactly as in Outlook (by the event's id).
import { useCallback, useState } from 'react';
import { Body1, CompoundButton, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { KIND_NAMES } from '../../core/kind-names';
import { ErrorState } from '../../tab/components/ErrorState';
import { LoadingState } from '../../tab/components/LoadingState';
import { useLoad } from '../../tab/hooks/useLoad';
import type { OutlookClient } from '../api/outlook-client';
import type { ListedConversation } from '../api/schemas';
import { useOutlookText } from '../i18n/useOutlookText';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  choice: { width: '100%', maxWidth: 'none', justifyContent: 'flex-start', textAlign: 'start' },
});

export type DemoMeetingPickerProps = {
  api: OutlookClient;
  /** the event id of the chosen conversation's meeting */
  onChoose: (eventId: string) => void;
};

export function DemoMeetingPicker({ api, onChoose }: DemoMeetingPickerProps) {
  const styles = useStyles();
  const { o, t, language, time } = useOutlookText();
  const { state, retry } = useLoad(useCallback(() => api.conversations(), [api]));
  const [chosen, setChosen] = useState<string | null>(null);
  const booked = (list: ListedConversation[], role: 'conductor' | 'employee') =>
    list.flatMap((c) =>
      c.status === 'booked' && c.meeting ? [{ ...c, eventId: c.meeting.eventId, role }] : [],
    );
  return (
    <>
      <Title3 as="h1" block>
        {o.chooseHeading}
      </Title3>
      <Body1>{o.chooseIntro}</Body1>
      {state.status === 'loading' && <LoadingState label={t.loading} />}
      {state.status === 'failed' && <ErrorState error={state.error} onRetry={retry} />}
      {state.status === 'done' &&
        (() => {
          const items = [
            ...booked(state.data.mine, 'employee'),
            ...booked(state.data.conducting, 'conductor'),
          ].sort((a, b) => a.start.localeCompare(b.start));
          if (items.length === 0) return <Body1>{o.chooseEmpty}</Body1>;
          return (
            <ul className={styles.list}>
              {items.map((item) => (
                <li key={item.id}>
                  <CompoundButton
                    className={styles.choice}
                    disabled={chosen !== null}
                    secondaryContent={`${time(item.start)} · ${item.role === 'conductor' ? o.roleConductor : o.roleEmployee}`}
                    onClick={() => {
                      setChosen(item.eventId);
                      onChoose(item.eventId);
                    }}
                  >
                    {KIND_NAMES[item.kind][language]}
                  </CompoundButton>
                </li>
              ))}
            </ul>
          );
        })()}
    </>
  );
}
