import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider, TaskSummary, TaskSummaryParams } from '../providers/index.js';

export interface TaskSummaryState {
  data?: TaskSummary;
  error?: Error;
  isPending: boolean;
}

/** The summary of a unit's tasks, refetched when the parameters change; the last request wins. */
export function useTaskSummary(params: TaskSummaryParams | null): TaskSummaryState {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<TaskSummaryState>({ isPending: !!params });
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!params) {
      setState({ isPending: false });
      return;
    }
    let current = true;
    setState((s) => ({ ...s, isPending: true }));
    dataProvider.taskSummary(params).then(
      ({ data }) => current && setState({ data, isPending: false }),
      (error: Error) => current && setState({ error, isPending: false }),
    );
    return () => {
      current = false;
    };
    // `key` stands for params by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, dataProvider]);
  return state;
}
