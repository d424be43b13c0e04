// Sending a round: POST confirm runs until every meeting is in Outlook, which takes a while for a big team,
// so the round is read every second meanwhile and its progress shown. Confirming again resumes (the server
// books only what is missing), which is what "Prøv igjen" does.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Round, SchedulingApi } from '../api/scheduling';

export type Confirmation =
  | { status: 'idle' }
  | { status: 'sending'; done: number; total: number }
  | { status: 'done'; round: Round }
  | { status: 'failed' };

const POLL_MS = 1000;

export function useRoundConfirmation(scheduling: SchedulingApi) {
  const [state, setState] = useState<Confirmation>({ status: 'idle' });
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  useEffect(() => () => clearInterval(timer.current), []);

  const confirm = useCallback(
    async (round: Round) => {
      let finished = false;
      setState({ status: 'sending', done: round.progress.done, total: round.placements.length });
      clearInterval(timer.current);
      timer.current = setInterval(() => {
        scheduling.round(round.id).then(
          (now) => {
            if (!finished)
              setState({ status: 'sending', done: now.progress.done, total: now.placements.length });
          },
          () => undefined, // a missed poll is not a failure; the confirm call decides
        );
      }, POLL_MS);
      try {
        const result = await scheduling.confirmRound(round.id);
        finished = true;
        setState({ status: 'done', round: result });
      } catch {
        finished = true;
        setState({ status: 'failed' });
      } finally {
        clearInterval(timer.current);
      }
    },
    [scheduling],
  );
  return { state, confirm };
}
