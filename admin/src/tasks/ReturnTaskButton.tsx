import ReturnIcon from '@mui/icons-material/Undo';
import { useState } from 'react';
import { Button, TextInput, required, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../providers/index.js';
import { ActionDialog } from '../common/ActionDialog.js';
import { useTaskStep } from './use-task-step.js';

/** "Trả lại": sends a task reported done back to work, with a required reason; shown when `allowedActions` has RETURN. */
export const ReturnTaskButton = () => {
  const task = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // the record's allowedActions: the state and the reader's scope are the server's to judge
  const canAccess = useTaskStep('return');
  if (!task || !canAccess) return null;
  return (
    <>
      <Button label="app.task.return.button" onClick={() => setOpen(true)} color="warning">
        <ReturnIcon />
      </Button>
      <ActionDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.task.return.title"
        intro={translate('app.task.return.intro')}
        submitLabel="app.task.return.button"
        doneMessage="app.task.return.done"
        defaultValues={{ reason: '' }}
        run={(values) => dataProvider.returnTask({ id: task.id, version: task.version, reason: values.reason })}
      >
        <TextInput source="reason" label="app.task.return.reason" validate={required()} fullWidth multiline minRows={2} />
      </ActionDialog>
    </>
  );
};
