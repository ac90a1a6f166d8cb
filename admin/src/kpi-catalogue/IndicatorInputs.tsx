import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, required } from 'react-admin';
import { Decimal2Input } from '../kpi-results/Decimal2Input.js';

/** The inputs shared by the indicator create and edit forms; the code and group are set once. */
export const IndicatorInputs = ({ creating = false }: { creating?: boolean }) => (
  <>
    <TextInput source="code" validate={required()} disabled={!creating} />
    <ReferenceInput source="groupId" reference="IndicatorGroup" sort={{ field: 'sortOrder', order: 'ASC' }}>
      <AutocompleteInput optionText="nameVi" validate={required()} disabled={!creating} fullWidth />
    </ReferenceInput>
    <TextInput source="nameVi" validate={required()} fullWidth />
    <TextInput source="nameEn" validate={required()} fullWidth />
    <Decimal2Input source="max" />
    <BooleanInput source="uncertain" />
    <TextInput source="rule" fullWidth multiline minRows={2} />
  </>
);
