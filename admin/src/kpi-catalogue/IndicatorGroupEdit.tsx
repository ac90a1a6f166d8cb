import { Edit, SimpleForm, TextInput, required } from 'react-admin';
import { Decimal2Input } from '../kpi-results/Decimal2Input.js';

/** Administrators correct a group's names and maximum (the decision does not confirm them all). */
export const IndicatorGroupEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <TextInput source="code" disabled />
      <TextInput source="nameVi" validate={required()} fullWidth />
      <TextInput source="nameEn" validate={required()} fullWidth />
      <Decimal2Input source="max" validate={required()} />
    </SimpleForm>
  </Edit>
);
