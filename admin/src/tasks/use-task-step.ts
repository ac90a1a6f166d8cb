import { useCanAccess, useRecordContext } from 'react-admin';
import { taskStepAllowed } from '../providers/can-access.js';

/**
 * Whether the reader may take a step on the task in context now. react-admin caches `canAccess`
 * by record id, so after an acceptance it would still answer for the old state: the record's own
 * `allowedActions` (the server's answer, refetched with the record) is read first.
 */
export function useTaskStep(action: 'edit' | 'delete' | 'accept' | 'return' | 'report'): boolean {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'Task', action, record });
  return taskStepAllowed(action, record) ?? canAccess === true;
}
