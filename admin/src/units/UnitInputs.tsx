import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';

/** The inputs shared by the unit create and edit forms; the parent is a unit of the administrator's scope. */
export const UnitInputs = () => {
  const administered = useScopeUnitFilter(['ADMIN']);
  return (
    <>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="code" validate={required()} helperText={false} />
      <EnumInput source="kind" enumName="UnitKind" validate={required()} />
      <ReferenceInput source="parentId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={administered}>
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <LocalDateInput source="validFrom" />
      <LocalDateInput source="validTo" />
      <BooleanInput source="isSample" />
    </>
  );
};
