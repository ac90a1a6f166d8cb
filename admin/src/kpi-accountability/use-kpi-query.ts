import { useEffect, useState } from 'react';

export interface QueryState<T> {
  data?: T;
  error?: Error;
  isPending: boolean;
}

/** Runs `load` when `key` changes (null: nothing to ask); the last request wins. */
export function useKpiQuery<T>(key: string | null, load: () => Promise<{ data: T }>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ isPending: key !== null });
  useEffect(() => {
    if (key === null) {
      setState({ isPending: false });
      return;
    }
    let current = true;
    setState({ isPending: true });
    load().then(
      ({ data }) => current && setState({ data, isPending: false }),
      (error: Error) => current && setState({ error, isPending: false }),
    );
    return () => {
      current = false;
    };
    // `key` stands for the parameters by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
