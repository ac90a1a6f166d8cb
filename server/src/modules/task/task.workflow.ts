import { registerEnumType } from 'type-graphql';
import type { MessageKey } from '../../i18n/messages.js';
import { TaskState } from './task-state.js';

/**
 * The task's workflow as one table (after Vendure's order state machine): each action, the states
 * it may be taken from, the state it leads to, and who takes it. The service asks the table before
 * every step; `allowedActions` on a task tells the panel what the reader may do now.
 *
 * Who: MANAGER, a leader or head whose scope holds the task's lead unit; REPORTER, the official
 * who answers for the task or carries it out, acting in their own name.
 */
export enum TaskWorkflowAction {
  EDIT = 'EDIT',
  CHANGE_DEADLINE = 'CHANGE_DEADLINE',
  START = 'START',
  CANCEL = 'CANCEL',
  REOPEN = 'REOPEN',
  REPORT_PROGRESS = 'REPORT_PROGRESS',
  REPORT_DONE = 'REPORT_DONE',
  ACCEPT = 'ACCEPT',
  RETURN = 'RETURN',
  DELETE = 'DELETE',
}
registerEnumType(TaskWorkflowAction, { name: 'TaskWorkflowAction', description: 'A step of the task workflow' });

export type TaskActor = 'MANAGER' | 'REPORTER';

export interface TaskTransition {
  from: readonly TaskState[];
  /** null: the state stays as it is; several: the one the person chose */
  to: TaskState | readonly TaskState[] | null;
  who: readonly TaskActor[];
}

const { NOT_STARTED, IN_PROGRESS, REPORTED_DONE, DONE, CANCELLED } = TaskState;
const ALL = [NOT_STARTED, IN_PROGRESS, REPORTED_DONE, DONE, CANCELLED];
const OPEN = [NOT_STARTED, IN_PROGRESS];

export const TASK_WORKFLOW: Record<TaskWorkflowAction, TaskTransition> = {
  // titles, parties and weight stay correctable in every state: the history keeps each change
  EDIT: { from: ALL, to: null, who: ['MANAGER'] },
  // a done task's deadline is what its timeliness was judged against, a cancelled one has none
  CHANGE_DEADLINE: { from: [NOT_STARTED, IN_PROGRESS, REPORTED_DONE], to: null, who: ['MANAGER'] },
  START: { from: [NOT_STARTED], to: IN_PROGRESS, who: ['MANAGER'] },
  CANCEL: { from: OPEN, to: CANCELLED, who: ['MANAGER'] },
  // back to the start: the next progress report says how far the work is
  REOPEN: { from: [CANCELLED], to: NOT_STARTED, who: ['MANAGER'] },
  REPORT_PROGRESS: { from: OPEN, to: IN_PROGRESS, who: ['REPORTER', 'MANAGER'] },
  REPORT_DONE: { from: OPEN, to: REPORTED_DONE, who: ['REPORTER', 'MANAGER'] },
  // a report of completion is answered by acceptance or by a return with its reason
  ACCEPT: { from: [REPORTED_DONE], to: DONE, who: ['MANAGER'] },
  RETURN: { from: [REPORTED_DONE], to: IN_PROGRESS, who: ['MANAGER'] },
  DELETE: { from: ALL, to: null, who: ['MANAGER'] },
};

const ACTIONS = Object.keys(TASK_WORKFLOW) as TaskWorkflowAction[];
/** The actions an edit of the state field stands for. */
const STATE_EDITS = [TaskWorkflowAction.START, TaskWorkflowAction.CANCEL, TaskWorkflowAction.REOPEN];

const targets = (t: TaskTransition): readonly TaskState[] => (t.to === null ? [] : typeof t.to === 'string' ? [t.to] : t.to);

/** The action an edit from one state to another stands for; null when no edit leads there (done comes from acceptance). */
export function stateEditAction(from: TaskState, to: TaskState): TaskWorkflowAction | null {
  const leading = STATE_EDITS.filter((a) => targets(TASK_WORKFLOW[a]).includes(to));
  return leading.find((a) => TASK_WORKFLOW[a].from.includes(from)) ?? leading[0] ?? null;
}

/** How each action is named in a refusal (`actionLabels` in the messages). */
const LABEL: Partial<Record<TaskWorkflowAction, string>> = {
  EDIT: 'edit', CHANGE_DEADLINE: 'changeDeadline', START: 'start', CANCEL: 'cancel', REOPEN: 'reopen', REPORT_PROGRESS: 'report', REPORT_DONE: 'report',
};

/**
 * Why the state refuses the action, as the message a person reads (CONFLICT); null when the state
 * allows it. `target`: the state an edit asked for.
 */
export function stateRefusal(action: TaskWorkflowAction, state: TaskState, target?: TaskState): { reason: Extract<MessageKey, `task.${string}`>; params: Record<string, string> } | null {
  if (TASK_WORKFLOW[action].from.includes(state)) return null;
  if (action === TaskWorkflowAction.ACCEPT || action === TaskWorkflowAction.RETURN) return { reason: 'task.notReported', params: { state } };
  const stateEdit = STATE_EDITS.includes(action);
  if (stateEdit && state === REPORTED_DONE) return { reason: 'task.awaitingAcceptance', params: { field: 'state' } };
  if (stateEdit && state !== DONE && target) return { reason: 'task.cannotMove', params: { field: 'state', state, target } };
  return { reason: 'task.closed', params: { state, action: stateEdit ? 'edit' : LABEL[action] ?? action } };
}

/** What the reader may do now: the actions the state allows of which the reader is one of the actors. */
export function allowedTaskActions(state: TaskState, is: (who: TaskActor) => boolean): TaskWorkflowAction[] {
  return ACTIONS.filter((a) => TASK_WORKFLOW[a].from.includes(state) && TASK_WORKFLOW[a].who.some(is));
}
