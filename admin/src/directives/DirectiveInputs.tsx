import { AutocompleteInput, NumberInput, ReferenceInput, TextInput, minValue, required } from 'react-admin';

/** The inputs shared by the directive create and edit forms. */
export const DirectiveInputs = () => (
  <>
    <ReferenceInput source="documentId" reference="Document" sort={{ field: 'issuedOn', order: 'DESC' }}>
      <AutocompleteInput validate={required()} fullWidth />
    </ReferenceInput>
    <NumberInput source="number" validate={[required(), minValue(1)]} step={1} />
    <TextInput source="text" validate={required()} fullWidth multiline minRows={3} />
  </>
);
