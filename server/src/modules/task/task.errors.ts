import { AppError, type ErrorParams } from '../../errors.js';
import type { MessageKey } from '../../i18n/messages.js';

type TaskReason = Extract<MessageKey, `task.${string}`>;

const codes: Record<TaskReason, AppError['code']> = {
  'task.deadlineBeforeStart': 'BAD_USER_INPUT',
  'task.leadIsCoordinating': 'BAD_USER_INPUT',
  'task.deadlineReasonRequired': 'BAD_USER_INPUT',
  'task.reasonRequired': 'BAD_USER_INPUT',
  'task.stateNotSettable': 'BAD_USER_INPUT',
  'task.versionConflict': 'CONFLICT',
  'task.closed': 'CONFLICT',
  'task.notReported': 'CONFLICT',
  'task.cannotMove': 'CONFLICT',
  'task.awaitingAcceptance': 'CONFLICT',
  'task.deleted': 'NOT_FOUND',
};

/** A rule of task tracking was broken; the code follows from the reason. */
export class TaskError extends AppError {
  constructor(reason: TaskReason, params: ErrorParams = {}) {
    super(codes[reason], reason, params);
  }
}
