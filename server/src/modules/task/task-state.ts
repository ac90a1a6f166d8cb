import { registerEnumType } from 'type-graphql';

/** Lifecycle of a task as people move it. Timeliness is derived from it, never typed. */
export enum TaskState {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  REPORTED_DONE = 'REPORTED_DONE',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskState, { name: 'TaskState', description: 'Lifecycle state of a task' });

export enum Timeliness {
  OPEN_WITHIN_DEADLINE = 'OPEN_WITHIN_DEADLINE',
  OPEN_OVERDUE = 'OPEN_OVERDUE',
  DONE_ON_TIME = 'DONE_ON_TIME',
  DONE_LATE = 'DONE_LATE',
  OPEN_NO_DEADLINE = 'OPEN_NO_DEADLINE',
  DONE_NO_DEADLINE = 'DONE_NO_DEADLINE',
}
registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: 'Derived from the deadline and the Vietnam calendar date; cancelled tasks have none',
});
