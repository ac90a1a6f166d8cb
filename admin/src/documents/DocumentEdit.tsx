import { Edit, SimpleForm } from 'react-admin';
import { DocumentInputs } from './DocumentInputs.js';

export const DocumentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DocumentInputs />
    </SimpleForm>
  </Edit>
);
