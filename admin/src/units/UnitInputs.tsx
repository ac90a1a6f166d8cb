import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput, LocalDateInput } from '../common/inputs.js';

/** The inputs shared by the unit create and edit forms. */
export const UnitInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="code" validate={required()} helperText={false} />
    <EnumInput source="kind" enumName="UnitKind" validate={required()} />
    <ReferenceInput source="parentId" reference="Unit" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput fullWidth />
    </ReferenceInput>
    <LocalDateInput source="validFrom" />
    <LocalDateInput source="validTo" />
    <BooleanInput source="isSample" />
  </>
);
