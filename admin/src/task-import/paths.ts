/** The address of the task import, opened from the task list's toolbar. */
export const TASK_IMPORT_PATH = '/tasks/import';
