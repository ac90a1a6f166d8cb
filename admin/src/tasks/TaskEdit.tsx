import { Edit, FormDataConsumer, SelectInput, SimpleForm, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/format.js';
import { enumChoices } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import { TaskInputs } from './TaskInputs.js';

/** Only these states are set by editing; reported-done comes from a progress report, done from acceptance. */
const SETTABLE = new Set(['NOT_STARTED', 'IN_PROGRESS', 'CANCELLED']);

const StateInput = () => {
  const task = useRecordContext();
  return (
    <SelectInput
      source="state"
      choices={enumChoices('TaskState', (value) => !SETTABLE.has(value))}
      // Done is final; a task reported done is accepted or returned (with a reason), not edited back.
      disabled={task?.state === 'DONE' || task?.state === 'REPORTED_DONE'}
      helperText="app.task.stateEditHelp"
      validate={required()}
    />
  );
};

/** Asked for, and required, only when the deadline differs from the one loaded. */
const DeadlineChangeReasonInput = () => {
  const task = useRecordContext();
  const translate = useTranslate();
  return (
    <FormDataConsumer<{ deadline?: string | null }>>
      {({ formData }) =>
        (formData.deadline || null) !== (task?.deadline || null) ? (
          <TextInput
            source="deadlineChangeReason"
            validate={required()}
            helperText={translate('app.task.deadlineChangeHelp', { date: task?.deadline ? formatLocalDate(task.deadline) : translate('app.task.noDeadline') })}
            fullWidth
            multiline
          />
        ) : null
      }
    </FormDataConsumer>
  );
};

/**
 * Pessimistic, so that a refusal (a stale version, a missing reason) shows before leaving the
 * page. The form keeps the record's `version`, which the API requires.
 */
export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <TaskInputs />
      <DeadlineChangeReasonInput />
      <StateInput />
      <IntegerInput source="percentDone" min={0} max={100} />
      <TextInput source="changeReason" fullWidth multiline />
    </SimpleForm>
  </Edit>
);
