import { Edit, FormDataConsumer, SelectInput, SimpleForm, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import { formatLocalDate } from '../common/format.js';
import { enumChoices } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import { TaskInputs } from './TaskInputs.js';

/** The state each state-editing step of the server's table leads to (task.workflow.ts). */
const STEP_TARGET: Record<string, string> = { START: 'IN_PROGRESS', CANCEL: 'CANCELLED', REOPEN: 'NOT_STARTED' };

/** The states the server's `allowedActions` lets the reader move the task to now, besides where it is. */
function reachableStates(task: Record<string, unknown> | undefined): Set<string> {
  const allowed = Array.isArray(task?.allowedActions) ? (task.allowedActions as string[]) : [];
  return new Set(allowed.map((a) => STEP_TARGET[a]).filter(Boolean));
}

const StateInput = () => {
  const task = useRecordContext();
  const reachable = reachableStates(task);
  return (
    <SelectInput
      source="state"
      choices={enumChoices('TaskState', (value) => value !== task?.state && !reachable.has(value))}
      // reported done is answered by acceptance or a return (with a reason), done is final: nothing to choose
      disabled={reachable.size === 0}
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

/** A done or cancelled task keeps its deadline: the input is locked unless the server lists CHANGE_DEADLINE. */
const EditInputs = () => {
  const task = useRecordContext();
  const locked = Array.isArray(task?.allowedActions) && !(task.allowedActions as string[]).includes('CHANGE_DEADLINE');
  return <TaskInputs deadlineLocked={locked} />;
};

/**
 * Pessimistic, so that a refusal (a stale version, a missing reason) shows before leaving the
 * page. The form keeps the record's `version`, which the API requires.
 */
export const TaskEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <EditInputs />
      <DeadlineChangeReasonInput />
      <StateInput />
      <IntegerInput source="percentDone" min={0} max={100} />
      <TextInput source="changeReason" fullWidth multiline />
    </SimpleForm>
  </Edit>
);
