import {
  AutocompleteArrayInput, AutocompleteInput, ReferenceArrayInput, ReferenceInput, TextInput, required,
} from 'react-admin';
import { LocalDateInput } from '../common/inputs.js';
import { IntegerInput } from '../common/number-inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';
import { TASK_MANAGERS } from '../providers/can-access.js';

const byName = { field: 'fullName', order: 'ASC' } as const;
const byCode = { field: 'code', order: 'ASC' } as const;

/**
 * The inputs shared by the task create and edit forms; the lead unit is one the person manages.
 * `deadlineLocked`: the server does not allow a new deadline in the task's state.
 */
export const TaskInputs = ({ deadlineLocked = false }: { deadlineLocked?: boolean }) => {
  const managed = useScopeUnitFilter(TASK_MANAGERS);
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" fullWidth multiline minRows={2} />
      <ReferenceInput source="directiveId" reference="Directive" sort={{ field: 'documentId', order: 'DESC' }}>
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <ReferenceInput source="leadUnitId" reference="Unit" sort={byCode} filter={managed}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceArrayInput source="coordinatingUnitIds" reference="Unit" sort={byCode}>
        <AutocompleteArrayInput fullWidth />
      </ReferenceArrayInput>
      <ReferenceInput source="responsibleOfficialId" reference="Official" sort={byName}>
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <ReferenceArrayInput source="assigneeIds" reference="Official" sort={byName}>
        <AutocompleteArrayInput fullWidth />
      </ReferenceArrayInput>
      <LocalDateInput source="startDate" />
      <LocalDateInput source="deadline" disabled={deadlineLocked} />
      <IntegerInput source="weight" min={1} />
      <TextInput source="expectedResult" fullWidth multiline minRows={2} />
    </>
  );
};
