// #/rounds/new: plan a round for the whole team. Settings (with the leaders who share it, 003) → "Lag
// forslag" (a preview; nothing is sent) → "Send invitasjoner" with a confirmation → progress → the result.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { osloDateOf } from '../../core/calendar/oslo';
import type { ApiClient } from '../api/client';
import type { Me } from '../api/schemas';
import { schedulingApi, type Round } from '../api/scheduling';
import { PageHeading } from '../components/PageHeading';
import { Surface } from '../components/Surface';
import { useLoad } from '../hooks/useLoad';
import { useMessages } from '../i18n/feature-messages';
import {
  changeRoundDraft,
  defaultRoundDraft,
  roundPeople,
  toPlanInput,
  type RoundDraft,
  type RoundDraftProblem,
} from './round-draft';
import { roundMessages } from './round-messages';
import { RoundPreview } from './RoundPreview';
import { RoundResult } from './RoundResult';
import { RoundSendDialog } from './RoundSendDialog';
import { RoundSettingsForm } from './RoundSettingsForm';
import { useRooms } from './useRooms';
import { useRoundConfirmation } from './useRoundConfirmation';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, marginTop: tokens.spacingVerticalL },
});

export function RoundPlannerPage({ api, me }: { api: ApiClient; me: Pick<Me, 'id' | 'displayName'> }) {
  const styles = useStyles();
  const m = useMessages(roundMessages);
  const scheduling = useMemo(() => schedulingApi(api), [api]);
  const rooms = useRooms(scheduling);
  const [draft, setDraft] = useState<RoundDraft>(() =>
    defaultRoundDraft(osloDateOf(new Date().toISOString())),
  );
  const [problems, setProblems] = useState<RoundDraftProblem[]>([]);
  const [planning, setPlanning] = useState(false);
  const [planFailed, setPlanFailed] = useState(false);
  const [round, setRound] = useState<Round | null>(null);
  const [asking, setAsking] = useState(false);
  const { state, confirm } = useRoundConfirmation(scheduling);

  // "the rest": whoever already has this kind of conversation booked is left out of the round
  const team = useLoad(useCallback(() => api.team(), [api])).state;
  const members = useMemo(() => (team.status === 'done' ? team.data : []), [team]);
  const { people, alreadyBooked, conducting } = roundPeople(members, draft);
  const nearLeaders = useLoad(useCallback(() => scheduling.coConductors(), [scheduling])).state;
  // Leaders ticked before the team had loaded were split over nobody: once the team is there, split it. No
  // row can have been changed by hand before, since the rows come with the team.
  useEffect(() => {
    if (members.length === 0) return;
    setDraft((d) =>
      d.coConductorIds.length === 0
        ? d
        : changeRoundDraft(d, { coConductorIds: d.coConductorIds }, { plannerId: me.id, members }),
    );
  }, [members, me.id]);

  const makePreview = async () => {
    const planned = toPlanInput(draft, rooms, {
      plannerId: me.id,
      employeeIds: people.map((p) => p.id),
    });
    setProblems(planned.ok ? [] : planned.problems);
    if (!planned.ok) return;
    setPlanning(true);
    setPlanFailed(false);
    try {
      setRound(await scheduling.planRound(planned.input));
    } catch {
      setPlanFailed(true);
    } finally {
      setPlanning(false);
    }
  };

  const sending = state.status !== 'idle';
  return (
    <div className={styles.root}>
      <PageHeading title={m.heading} subtitle={m.intro} />
      {!sending && (
        <Surface>
          <RoundSettingsForm
            draft={draft}
            rooms={rooms}
            problems={problems}
            busy={planning || team.status === 'loading'}
            alreadyBooked={alreadyBooked.map((p) => p.displayName)}
            planner={me}
            nearLeaders={nearLeaders}
            people={people}
            conducting={conducting.map((p) => p.displayName)}
            onChange={(change) => setDraft((d) => changeRoundDraft(d, change, { plannerId: me.id, members }))}
            onSubmit={() => void makePreview()}
          />
          <div role="status" aria-live="polite">
            {planFailed && (
              <MessageBar intent="error">
                <MessageBarBody>{m.failed}</MessageBarBody>
              </MessageBar>
            )}
          </div>
        </Surface>
      )}
      {round && !sending && (
        <Surface>
          <RoundPreview round={round} />
          {round.placements.length > 0 && (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => setAsking(true)}>
                {m.sendInvitations}
              </Button>
            </div>
          )}
        </Surface>
      )}
      {round && (
        <RoundSendDialog
          round={round}
          open={asking}
          specialTopics={draft.specialTopics.trim()}
          onCancel={() => setAsking(false)}
          onSend={() => {
            setAsking(false);
            void confirm(round);
          }}
        />
      )}
      {round && sending && (
        <Surface>
          <RoundResult state={state} onRetry={() => void confirm(round)} />
        </Surface>
      )}
    </div>
  );
}
