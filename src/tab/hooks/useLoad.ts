// Loading state for one request: loading → done or failed, with a retry. An answer that arrives after the
// component is gone or a newer attempt has started is dropped, so a slow old answer never overwrites a new one.
import { useCallback, useEffect, useState } from 'react';

export type Load<T> =
  { status: 'loading' } | { status: 'done'; data: T } | { status: 'failed'; error: unknown };

/** `load` must be stable (useCallback or module level): a new function starts a new load. */
export function useLoad<T>(load: () => Promise<T>): { state: Load<T>; retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Load<T>>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
