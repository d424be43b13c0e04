// The preparation form's state: load, autosave each change against the ETag, submit. Saves run one at a time
// in order, so an older answer never lands after a newer one. What was typed stays in the draft store until
// the server has it. When another window of the same person saved in between (409), the fresh version is read
// and only the questions changed here are written over it: nothing typed elsewhere is lost silently either.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../tab/api/api-error';
import type { OutlookClient } from '../api/outlook-client';
import { FieldApiError } from '../api/outlook-client';
import type { Answers, PreparationView } from '../api/schemas';
import type { DraftStore } from './draft-store';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed';
export type SubmitOutcome = { ok: true } | { ok: false; questionId: string | null; error: unknown };

// long enough to save once per pause in typing, short enough that closing the pane rarely beats it
const AUTOSAVE_DELAY_MS = 800;

type Api = Pick<OutlookClient, 'preparation' | 'savePreparation' | 'submitPreparation'>;

export function usePreparation(api: Api, conversationId: string, drafts: DraftStore) {
  const [load, setLoad] = useState<{ status: 'loading' } | { status: 'failed'; error: unknown } | null>({
    status: 'loading',
  });
  const [view, setView] = useState<PreparationView | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [attempt, setAttempt] = useState(0);
  const current = useRef<Answers>({});
  const touched = useRef(new Set<string>());
  const etag = useRef('');
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // a save that finds newer typing when it lands schedules the next one; saveNow and schedule need each other
  const scheduleRef = useRef<() => void>(() => undefined);

  const accept = useCallback(
    (fresh: PreparationView, sent: Answers) => {
      etag.current = fresh.etag;
      setView(fresh);
      if (current.current === sent) {
        touched.current.clear();
        drafts.clear(conversationId);
        setSaveState('saved');
        return true;
      }
      return false;
    },
    [conversationId, drafts],
  );

  const saveNow = useCallback((): Promise<unknown> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      if (touched.current.size === 0) return;
      const sent = current.current;
      setSaveState('saving');
      try {
        let fresh: PreparationView;
        try {
          fresh = await api.savePreparation(conversationId, etag.current, sent);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          const latest = await api.preparation(conversationId);
          const mine = Object.fromEntries([...touched.current].map((id) => [id, sent[id] ?? '']));
          const merged = { ...latest.mine.answers, ...mine };
          current.current = merged;
          setAnswers(merged);
          fresh = await api.savePreparation(conversationId, latest.etag, merged);
          if (!accept(fresh, merged)) scheduleRef.current();
          return;
        }
        if (!accept(fresh, sent)) scheduleRef.current();
      } catch {
        setSaveState('failed');
      }
    };
    queue.current = queue.current.then(run);
    return queue.current;
  }, [api, conversationId, accept]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);
  scheduleRef.current = schedule;

  useEffect(() => {
    let live = true;
    setLoad({ status: 'loading' });
    api.preparation(conversationId).then(
      (fresh) => {
        if (!live) return;
        const unsent = drafts.get(conversationId) ?? {};
        const merged = { ...fresh.mine.answers, ...unsent };
        etag.current = fresh.etag;
        current.current = merged;
        touched.current = new Set(Object.keys(unsent).filter((id) => unsent[id] !== fresh.mine.answers[id]));
        setView(fresh);
        setAnswers(merged);
        setLoad(null);
        if (touched.current.size > 0) {
          setSaveState('dirty');
          schedule();
        }
      },
      (error: unknown) => live && setLoad({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [api, conversationId, drafts, attempt, schedule]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = useCallback(
    (questionId: string, value: string) => {
      const next = { ...current.current, [questionId]: value };
      current.current = next;
      touched.current.add(questionId);
      drafts.set(conversationId, next);
      setAnswers(next);
      setSaveState('dirty');
      schedule();
    },
    [conversationId, drafts, schedule],
  );

  const submit = useCallback(async (): Promise<SubmitOutcome> => {
    await saveNow();
    const sent = current.current;
    try {
      const fresh = await api.submitPreparation(conversationId, etag.current, sent);
      accept(fresh, sent);
      return { ok: true };
    } catch (error) {
      return { ok: false, questionId: questionOfField(error), error };
    }
  }, [api, conversationId, saveNow, accept]);

  return {
    load,
    reload: () => setAttempt((n) => n + 1),
    view,
    answers,
    saveState,
    change,
    retrySave: () => void saveNow(),
    submit,
  };
}

/** 'answers["annual.trivsel"]' (or 'body.answers…') → 'annual.trivsel' */
function questionOfField(error: unknown): string | null {
  if (!(error instanceof FieldApiError) || !error.field) return null;
  const match = /answers\[(".*")\]$/.exec(error.field);
  if (!match?.[1]) return null;
  try {
    const id: unknown = JSON.parse(match[1]);
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}
