import AcceptIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { BooleanInput, Button, TextInput, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/format.js';
import type { AppDataProvider } from '../providers/index.js';
import { ActionDialog } from '../common/ActionDialog.js';
import { useTaskStep } from './use-task-step.js';

/** "Nghiệm thu": accepts a task reported done; shown when the server's `allowedActions` has ACCEPT. */
export const AcceptTaskButton = () => {
  const task = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // the record's allowedActions: the state and the reader's scope are the server's to judge
  const canAccess = useTaskStep('accept');
  if (!task || !canAccess) return null;
  return (
    <>
      <Button label="app.task.accept.button" onClick={() => setOpen(true)}>
        <AcceptIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.task.accept.title"
        intro={translate('app.task.accept.intro', { date: formatLocalDate(task.reportedDoneOn) })}
        submitLabel="app.task.accept.button"
        doneMessage="app.task.accept.done"
        defaultValues={{ exceeded: false, note: '' }}
        run={(values) => dataProvider.acceptTask({ id: task.id, version: task.version, exceeded: values.exceeded, note: values.note })}
      >
        <BooleanInput source="exceeded" label="app.task.accept.exceeded" />
        <TextInput source="note" label="app.task.accept.note" fullWidth multiline minRows={2} />
      </ActionDialog>
    </>
  );
};
