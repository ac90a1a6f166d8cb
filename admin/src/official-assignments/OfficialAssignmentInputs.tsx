import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';

/** A post held by an official in a unit (of the administrator's scope) over a period. */
export const OfficialAssignmentInputs = () => {
  const administered = useScopeUnitFilter(['ADMIN']);
  return (
    <>
      <ReferenceInput source="officialId" reference="Official" sort={{ field: 'fullName', order: 'ASC' }}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={administered}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="position" validate={required()} fullWidth />
      <EnumInput source="role" enumName="PostRole" validate={required()} />
      <EnumInput source="dutyGroup" enumName="DutyGroup" validate={required()} />
      <LocalDateInput source="validFrom" validate={required()} />
      <LocalDateInput source="validTo" />
    </>
  );
};
