import { TaskState, Timeliness } from '../modules/task/task-state.js';

/**
 * Timeliness of a task (QĐ 42/2014/QĐ-TTg as amended by QĐ 23/2018/QĐ-TTg: tasks are counted as
 * done on time, done late, open within deadline and open overdue).
 *
 * - A done task is on time when the date it was reported done (and later accepted) is on or
 *   before the deadline.
 * - An open task is overdue once `today` (Vietnam) is after the deadline. A task reported done
 *   and waiting for acceptance is judged by the date it was reported: the official is not late
 *   because the head has not yet looked at it.
 * - Cancelled tasks count nowhere.
 *
 * `timelinessSql` is the same rule as a SQL expression, for filters and summaries; a test checks
 * that both agree on every combination.
 */
export interface TimelinessFacts {
  state: TaskState;
  deadline: string | null;
  reportedDoneOn: string | null;
  completedOn: string | null;
}

export function timelinessOf(task: TimelinessFacts, today: string): Timeliness | null {
  if (task.state === TaskState.CANCELLED) return null;
  if (task.state === TaskState.DONE) {
    if (task.deadline === null) return Timeliness.DONE_NO_DEADLINE;
    return (task.completedOn ?? today) <= task.deadline ? Timeliness.DONE_ON_TIME : Timeliness.DONE_LATE;
  }
  if (task.deadline === null) return Timeliness.OPEN_NO_DEADLINE;
  const judgedOn = task.state === TaskState.REPORTED_DONE && task.reportedDoneOn ? task.reportedDoneOn : today;
  return judgedOn <= task.deadline ? Timeliness.OPEN_WITHIN_DEADLINE : Timeliness.OPEN_OVERDUE;
}

/**
 * The rule as SQL over a task alias. `deadlineColumn` lets the summary count against the original
 * deadline; `:today` must be bound to the Vietnam date. Dates are YYYY-MM-DD on both databases,
 * so comparisons are plain.
 */
export function timelinessSql(alias: string, deadlineColumn: 'deadline' | 'originalDeadline' = 'deadline'): string {
  const d = `${alias}.${deadlineColumn}`;
  const s = `${alias}.state`;
  return `(CASE
    WHEN ${s} = '${TaskState.CANCELLED}' THEN NULL
    WHEN ${s} = '${TaskState.DONE}' THEN (CASE
      WHEN ${d} IS NULL THEN '${Timeliness.DONE_NO_DEADLINE}'
      WHEN COALESCE(${alias}.completedOn, :today) <= ${d} THEN '${Timeliness.DONE_ON_TIME}'
      ELSE '${Timeliness.DONE_LATE}' END)
    WHEN ${d} IS NULL THEN '${Timeliness.OPEN_NO_DEADLINE}'
    WHEN (CASE WHEN ${s} = '${TaskState.REPORTED_DONE}' AND ${alias}.reportedDoneOn IS NOT NULL
               THEN ${alias}.reportedDoneOn ELSE :today END) <= ${d} THEN '${Timeliness.OPEN_WITHIN_DEADLINE}'
    ELSE '${Timeliness.OPEN_OVERDUE}' END)`;
}
