import AcceptIcon from '@mui/icons-material/TaskAlt';
import { useState } from 'react';
import { BooleanInput, Button, TextInput, useDataProvider, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/format.js';
import type { AppDataProvider } from '../providers/index.js';
import { ActionDialog } from '../common/ActionDialog.js';

/** "Nghiệm thu": accepts a task reported done; shown only in that state. */
export const AcceptTaskButton = () => {
  const task = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  // Managers of the lead unit decide; others do not see the button (the server decides anyway).
  const { canAccess } = useCanAccess({ resource: 'Task', action: 'accept', record: task });
  if (!task || task.state !== 'REPORTED_DONE' || !canAccess) return null;
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
