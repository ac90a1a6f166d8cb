import { Create, Edit, SimpleForm } from 'react-admin';
import { IndicatorInputs } from './IndicatorInputs.js';

export const IndicatorEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list">
    <SimpleForm>
      <IndicatorInputs />
    </SimpleForm>
  </Edit>
);

export const IndicatorCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ uncertain: false }}>
      <IndicatorInputs creating />
    </SimpleForm>
  </Create>
);
