// One person's checklists on the page: loaded once, then each change answered with the list as the server
// now has it. A change someone else made first (409) reloads the lists and says so; nothing is overwritten.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/api-error';
import type { ApiClient } from '../api/client';
import { checklistsApi, type Checklist, type PersonChecklists } from '../api/checklists';
import { useLoad } from '../hooks/useLoad';

export type ChecklistNotice = 'changed-elsewhere' | 'failed' | 'mentor-first' | 'started';

export function useChecklists(api: ApiClient, personId: string) {
  const client = useMemo(() => checklistsApi(api), [api]);
  const { state, retry } = useLoad(useCallback(() => client.open(personId), [client, personId]));
  const [data, setData] = useState<PersonChecklists | null>(null);
  const [notice, setNotice] = useState<ChecklistNotice | null>(null);
  /** what is being saved: an item id, or '<kind>' for the list's options, or 'start' */
  const [pending, setPending] = useState<string | null>(null);

  useEffect(() => {
    if (state.status === 'done') setData(state.data);
  }, [state]);

  const replace = (view: Checklist) =>
    setData(
      (d) =>
        d && {
          ...d,
          checklists: d.checklists.some((l) => l.kind === view.kind)
            ? d.checklists.map((l) => (l.kind === view.kind ? view : l))
            : [...d.checklists, view].sort((a, b) =>
                a.kind === 'onboarding' ? -1 : b.kind === 'onboarding' ? 1 : 0,
              ),
          startable: d.startable.filter((s) => s.kind !== view.kind),
        },
    );

  const run = async (key: string, call: () => Promise<Checklist>, success: ChecklistNotice | null = null) => {
    setPending(key);
    setNotice(null);
    try {
      replace(await call());
      setNotice(success);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'conflict') {
        setData((await client.open(personId).catch(() => null)) ?? data);
        setNotice('changed-elsewhere');
      } else setNotice('failed');
    } finally {
      setPending(null);
    }
  };

  return {
    state,
    retry,
    data,
    notice,
    pending,
    say: setNotice,
    tick: (list: Checklist, itemId: string, done: boolean) => {
      const item = list.items.find((i) => i.id === itemId);
      if (!item) return Promise.resolve();
      return run(itemId, () => client.tick(personId, list.kind, itemId, done, item.etag));
    },
    update: (list: Checklist, change: Parameters<typeof client.update>[2]) =>
      run(list.kind, () => client.update(personId, list.kind, change, list.etag)),
    start: (body: Parameters<typeof client.start>[1]) =>
      run('start', () => client.start(personId, body), 'started'),
  };
}
