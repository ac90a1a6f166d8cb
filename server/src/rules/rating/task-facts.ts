import { TaskState, Timeliness } from '../../modules/task/task-state.js';
import { timelinessOf } from '../timeliness.js';
import type { TaskFact } from './types.js';

/**
 * A tracked task as the rating sees it (Decree 335's deductions; Decree 90's "on time"):
 *
 * - a task is judged by its first deadline (as the Government Office counts), unless a competent
 *   person extended it for an objective cause: then by the deadline so granted;
 * - each deadline missed is one delay: the one it is judged by, each later deadline that passed
 *   before it was extended again without an objective cause (`extraDelays`, kept by the task
 *   service), and the last deadline when the work ends after it;
 * - a return the assigner marked as due to an objective cause is shown, not deducted.
 */
export interface TrackedTask {
  state: TaskState;
  weight: number;
  startDate: string;
  deadline: string | null;
  originalDeadline: string | null;
  excusedDeadline: string | null;
  reportedDoneOn: string | null;
  completedOn: string | null;
  returnCount: number;
  objectiveReturns: number;
  extraDelays: number;
  exceeded: boolean;
}

export function judgedDeadline(t: Pick<TrackedTask, 'excusedDeadline' | 'originalDeadline' | 'deadline'>): string | null {
  return t.excusedDeadline ?? t.originalDeadline ?? t.deadline;
}

export function ratingFactOf(t: TrackedTask, asOf: string): TaskFact {
  const judged = judgedDeadline(t);
  const timeliness = timelinessOf({ ...t, deadline: judged }, asOf);
  const late = timeliness === Timeliness.DONE_LATE || timeliness === Timeliness.OPEN_OVERDUE;
  const finished = t.state === TaskState.DONE ? t.completedOn ?? asOf : t.state === TaskState.REPORTED_DONE && t.reportedDoneOn ? t.reportedDoneOn : asOf;
  const pastLast = t.deadline !== null && judged !== null && t.deadline > judged && finished > t.deadline;
  const day = t.originalDeadline ?? t.deadline ?? t.startDate;
  return {
    weight: t.weight,
    period: Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1,
    done: t.state === TaskState.DONE,
    onTime: timeliness === Timeliness.DONE_ON_TIME || timeliness === Timeliness.DONE_NO_DEADLINE,
    overdue: timeliness === Timeliness.OPEN_OVERDUE,
    returns: Math.max(0, t.returnCount - t.objectiveReturns),
    excusedReturns: t.objectiveReturns,
    excusedExtension: t.excusedDeadline !== null,
    exceeded: t.exceeded,
    delays: (late ? 1 : 0) + t.extraDelays + (pastLast ? 1 : 0),
  };
}

/**
 * What a change of deadline records on the task: an extension for an objective cause becomes the
 * deadline the task is judged by, with its reason and approver; one without, granted after a
 * deadline later than the judged one had passed, counts that deadline as one more delay.
 */
export function extensionEffect(
  task: Pick<TrackedTask, 'deadline' | 'originalDeadline' | 'excusedDeadline' | 'extraDelays'>, newDeadline: string | null, today: string,
  objective: boolean, reason: string, approverOfficialId: number | null,
): Partial<Pick<TrackedTask, 'excusedDeadline' | 'extraDelays'>> & { excuseReason?: string; excusedByOfficialId?: number | null } {
  if (objective) return { excusedDeadline: newDeadline, excuseReason: reason, excusedByOfficialId: approverOfficialId };
  const old = task.deadline;
  const judged = judgedDeadline(task);
  if (old !== null && judged !== null && newDeadline !== null && newDeadline > old && today > old && old > judged) return { extraDelays: task.extraDelays + 1 };
  return {};
}
