import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { IntegerInput } from '../common/number-inputs.js';

/** The inputs shared by the directive create and edit forms. */
export const DirectiveInputs = () => (
  <>
    <ReferenceInput source="documentId" reference="Document" sort={{ field: 'issuedOn', order: 'DESC' }}>
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <IntegerInput source="number" validate={required()} min={1} />
    <TextInput source="text" validate={required()} fullWidth multiline minRows={3} />
  </>
);
