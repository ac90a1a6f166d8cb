import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput, LocalDateInput } from '../common/inputs.js';

/** A post held by an official in a unit over a period. */
export const OfficialAssignmentInputs = () => (
  <>
    <ReferenceInput source="officialId" reference="Official" sort={{ field: 'fullName', order: 'ASC' }}>
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <ReferenceInput source="unitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <TextInput source="position" validate={required()} fullWidth />
    <EnumInput source="role" enumName="PostRole" validate={required()} />
    <EnumInput source="dutyGroup" enumName="DutyGroup" validate={required()} />
    <LocalDateInput source="validFrom" validate={required()} />
    <LocalDateInput source="validTo" />
  </>
);
