// One action's "done" and comment, saved as the person works: a tick at once, a comment once typing pauses.
// Saves run one at a time in order. Until the server has it, the comment is kept in sessionStorage, so a
// failed save or a reload never loses it. When another window saved in between (409), the fresh version is
// read and only what was changed here is written over it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { EmployeeApi, MyAction } from '../api/employee';

export type ActionSaveState = 'saved' | 'dirty' | 'saving' | 'failed';
type Update = { done?: boolean; comment?: string };

// long enough to save once per pause in typing
const COMMENT_DELAY_MS = 800;
const draftKey = (a: MyAction) => `samtale.actionComment.${a.conversationId}.${a.id}`;

export function useActionFollowUp(api: EmployeeApi, action: MyAction) {
  const [done, setDone] = useState(action.done);
  const [comment, setComment] = useState(() => sessionStorage.getItem(draftKey(action)) ?? action.comment);
  const [saveState, setSaveState] = useState<ActionSaveState>('saved');
  const etag = useRef(action.etag);
  const pending = useRef<Update>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const key = { conversationId: action.conversationId, actionId: action.id };

  const saveNow = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const run = async () => {
      const update = pending.current;
      if (update.done === undefined && update.comment === undefined) return;
      pending.current = {};
      setSaveState('saving');
      try {
        let saved;
        try {
          saved = await api.updateAction(key, update, etag.current);
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 409)) throw error;
          const latest = (await api.myActions()).find(
            (a) => a.conversationId === key.conversationId && a.id === key.actionId,
          );
          saved = await api.updateAction(key, update, latest?.etag ?? null);
        }
        etag.current = saved.etag;
        if (update.comment !== undefined && pending.current.comment === undefined)
          sessionStorage.removeItem(draftKey(action));
        const more = pending.current.done !== undefined || pending.current.comment !== undefined;
        setSaveState(more ? 'dirty' : 'saved');
      } catch {
        // what was not saved goes back, under anything typed since
        pending.current = { ...update, ...pending.current };
        setSaveState('failed');
      }
    };
    queue.current = queue.current.then(run);
    return queue.current;
    // key and action are this row's identity, fixed for the hook's life
  }, [api]);

  useEffect(() => {
    // a comment typed before a reload and never saved is sent now
    const draft = sessionStorage.getItem(draftKey(action));
    if (draft !== null && draft !== action.comment) {
      pending.current = { comment: draft };
      setSaveState('dirty');
      void saveNow();
    }
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
    // once per row: the row's identity does not change
  }, [saveNow]);

  const changeDone = (value: boolean) => {
    setDone(value);
    pending.current = { ...pending.current, done: value };
    void saveNow();
  };
  const changeComment = (value: string) => {
    setComment(value);
    sessionStorage.setItem(draftKey(action), value);
    pending.current = { ...pending.current, comment: value };
    setSaveState('dirty');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), COMMENT_DELAY_MS);
  };
  return { done, comment, saveState, changeDone, changeComment, retry: () => void saveNow() };
}
