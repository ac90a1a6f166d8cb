import { Edit, SimpleForm } from 'react-admin';
import { DirectiveInputs } from './DirectiveInputs.js';

export const DirectiveEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DirectiveInputs />
    </SimpleForm>
  </Edit>
);
