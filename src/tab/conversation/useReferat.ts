// The referat's autosave: each change is shown at once, kept in sessionStorage, and sent ~800 ms after the
// last keystroke, one PATCH at a time against the ETag. When someone else saved in between (409), the fresh
// referat is read and this window's unsaved changes are put on top of it, and the person is told.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { edit, type ReferatChange } from '../../core/referat/edit';
import type { Referat } from '../../core/referat/referat';
import { ApiError } from '../api/api-error';
import type { ConductorReferat, WorkspaceCalls } from '../api/conversation-workspace';
import { enqueue, type PendingChange, type ReferatDrafts } from './referat-drafts';

export type SaveState = 'saved' | 'dirty' | 'saving' | 'failed';

// long enough to save once per pause in typing, short enough that a closed tab rarely beats it
const AUTOSAVE_DELAY_MS = 800;

type Calls = Pick<WorkspaceCalls, 'referat' | 'editReferat'>;

export function useReferat(calls: Calls, conversationId: string, drafts: ReferatDrafts) {
  const [server, setServer] = useState<ConductorReferat | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [pending, setPending] = useState<PendingChange[]>([]);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [conflict, setConflict] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const queue = useRef<PendingChange[]>([]);
  const etag = useRef('');
  const running = useRef<Promise<void>>(Promise.resolve());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const setQueue = useCallback(
    (next: PendingChange[]) => {
      queue.current = next;
      drafts.set(conversationId, next);
      setPending(next);
    },
    [conversationId, drafts],
  );
  const accept = (fresh: ConductorReferat) => {
    etag.current = fresh.etag;
    setServer(fresh);
  };

  const sendOne = async (entry: PendingChange) => {
    try {
      accept(await calls.editReferat(conversationId, etag.current, entry.change));
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 409)) throw error;
      // someone saved in between: read theirs, then put this change on top of it
      const latest = await calls.referat(conversationId);
      accept(latest);
      setConflict(true);
      const change = onTopOf(latest.referat, entry.change);
      if (change) accept(await calls.editReferat(conversationId, etag.current, change));
    }
  };

  const drain = useCallback(async () => {
    while (queue.current.length > 0) {
      const entry = queue.current[0]!;
      setSaveState('saving');
      try {
        await sendOne(entry);
      } catch {
        setSaveState('failed');
        return;
      }
      // typing during the save replaced the entry; the newer text stays queued
      const rest = queue.current.filter((p) => p !== entry);
      setQueue(rest.map((p) => (p.key === entry.key ? addedAlready(p) : p)));
    }
    setSaveState('saved');
  }, [setQueue, calls, conversationId]);

  const saveNow = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    running.current = running.current.then(drain);
    return running.current;
  }, [drain]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }, [saveNow]);

  useEffect(() => {
    let live = true;
    setFailure(null);
    calls.referat(conversationId).then(
      (fresh) => {
        if (!live) return;
        accept(fresh);
        const unsaved = drafts.get(conversationId);
        setQueue(unsaved);
        if (unsaved.length > 0) {
          setSaveState('dirty');
          schedule();
        }
      },
      (error: unknown) => live && setFailure(error),
    );
    return () => {
      live = false;
    };
  }, [calls, conversationId, drafts, attempt, schedule, setQueue]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const change = useCallback(
    (next: ReferatChange) => {
      setQueue(enqueue(queue.current, next));
      setSaveState('dirty');
      schedule();
    },
    [setQueue, schedule],
  );

  // what the person sees: the server's version with this window's unsaved changes on top
  const referat = useMemo(() => (server ? withChanges(server.referat, pending) : null), [server, pending]);

  return {
    failure,
    reload: () => setAttempt((n) => n + 1),
    server,
    setServer: accept,
    referat,
    saveState,
    conflict,
    dismissConflict: () => setConflict(false),
    change,
    saveNow,
  };
}

function withChanges(referat: Referat, pending: readonly PendingChange[]): Referat {
  return pending.reduce((current, p) => {
    try {
      return edit(current, p.change);
    } catch {
      return current; // a change the fresh version no longer fits (e.g. its action was removed) is not shown
    }
  }, referat);
}

/** The change re-aimed at the fresh version; null when it no longer applies (its action is gone). */
function onTopOf(fresh: Referat, change: ReferatChange): ReferatChange | null {
  const has = (id: string) => fresh.actions.some((a) => a.id === id);
  if (change.type === 'add-action' && has(change.action.id)) return { ...change, type: 'update-action' };
  if (change.type === 'update-action' && !has(change.action.id)) return { ...change, type: 'add-action' };
  if (change.type === 'remove-action' && !has(change.actionId)) return null;
  return change;
}

/** After an add is saved, an edit of the same action queued meanwhile is an update, not a second add. */
function addedAlready(p: PendingChange): PendingChange {
  return p.change.type === 'add-action' ? { ...p, change: { ...p.change, type: 'update-action' } } : p;
}
