import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, required } from 'react-admin';
import { EnumInput, LocalDateInput } from '../common/inputs.js';
import { useScopeUnitFilter } from '../common/use-scope-unit-filter.js';
import { ISSUERS } from '../providers/can-access.js';

/** The inputs shared by the document create and edit forms; the issuing unit is one the person may issue for. */
export const DocumentInputs = () => {
  const issuers = useScopeUnitFilter(ISSUERS);
  return (
    <>
      <TextInput source="number" validate={required()} />
      <EnumInput source="kind" enumName="DocumentKind" validate={required()} />
      <TextInput source="title" validate={required()} fullWidth multiline />
      <LocalDateInput source="issuedOn" validate={required()} />
      <ReferenceInput source="issuingUnitId" reference="Unit" sort={{ field: 'code', order: 'ASC' }} filter={issuers}>
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <ReferenceInput source="signerOfficialId" reference="Official" sort={{ field: 'fullName', order: 'ASC' }}>
        <AutocompleteInput fullWidth />
      </ReferenceInput>
      <TextInput source="summary" fullWidth multiline minRows={3} />
      <BooleanInput source="isSample" />
    </>
  );
};
