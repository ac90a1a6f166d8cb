import ReportIcon from '@mui/icons-material/PostAdd';
import { useState } from 'react';
import {
  Button, FormDataConsumer, RadioButtonGroupInput, TextInput, required,
  useDataProvider, useGetIdentity, useRecordContext,
} from 'react-admin';
import { enumChoices } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import type { PanelIdentity } from '../providers/index.js';
import { ActionDialog, type FieldValues } from '../common/ActionDialog.js';
import { useTaskStep } from './use-task-step.js';

/** The state each kind of report leads to (the server's steps REPORT_PROGRESS and REPORT_DONE). */
const REPORT_STATE: Record<string, string> = { REPORT_PROGRESS: 'IN_PROGRESS', REPORT_DONE: 'REPORTED_DONE' };

/** Reporting "done" means 100%: the percentage is asked only while the work goes on. */
const PercentInput = () => (
  <FormDataConsumer<{ state?: string }>>
    {({ formData }) =>
      formData.state === 'REPORTED_DONE' ? null : (
        <IntegerInput source="percentDone" label="resources.TaskUpdate.fields.percentDone" validate={required()} min={0} max={100} />
      )
    }
  </FormDataConsumer>
);

/** One evidence link per line. */
function links(text: unknown): string[] {
  return String(text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * "Báo cáo tiến độ": a progress report (in progress with a percentage, or done awaiting
 * acceptance). Officials report on the tasks they answer for or carry out, in their own name
 * (the server takes the author from the session, never from the form).
 */
export const ReportProgressButton = () => {
  const task = useRecordContext();
  const dataProvider = useDataProvider();
  const [open, setOpen] = useState(false);
  const { identity } = useGetIdentity();
  const officialId = (identity as PanelIdentity | undefined)?.officialId ?? null;
  const mayReport = useTaskStep('report');
  if (!task || !mayReport) return null;
  // A report is always in the signed-in person's own name: an account without an official has none to make.
  if (!officialId) return null;
  // the kinds of report the server allows now; without its answer (a record from elsewhere), both
  const allowed = Array.isArray(task.allowedActions) ? (task.allowedActions as string[]) : Object.keys(REPORT_STATE);
  const reportable = new Set(allowed.map((a) => REPORT_STATE[a]).filter(Boolean));
  const run = (values: FieldValues) =>
    dataProvider.create('TaskUpdate', {
      data: {
        taskId: task.id,
        taskVersion: task.version,
        state: values.state,
        percentDone: values.state === 'REPORTED_DONE' ? 100 : values.percentDone,
        note: values.note,
        evidenceLinks: links(values.evidence),
      },
    });
  return (
    <>
      <Button label="app.task.report.button" onClick={() => setOpen(true)}>
        <ReportIcon />
      </Button>
      {open && (
        <ActionDialog
          open
          onClose={() => setOpen(false)}
          title="app.task.report.title"
          submitLabel="app.task.report.submit"
          doneMessage="app.task.report.done"
          defaultValues={{
            state: reportable.has('IN_PROGRESS') ? 'IN_PROGRESS' : 'REPORTED_DONE', percentDone: task.percentDone ?? 0, note: '', evidence: '',
          }}
          run={run}
        >
          <RadioButtonGroupInput
            source="state"
            label="resources.TaskUpdate.fields.state"
            choices={enumChoices('TaskState').filter((c) => reportable.has(String(c.id)))}
            validate={required()}
          />
          <PercentInput />
          <TextInput source="note" label="resources.TaskUpdate.fields.note" fullWidth multiline minRows={2} />
          <TextInput
            source="evidence"
            label="resources.TaskUpdate.fields.evidenceLinks"
            helperText="app.task.report.evidenceHelp"
            fullWidth
            multiline
            minRows={2}
          />
        </ActionDialog>
      )}
    </>
  );
};
