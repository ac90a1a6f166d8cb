import { Create, SimpleForm } from 'react-admin';
import { DirectiveInputs } from './DirectiveInputs.js';

export const DirectiveCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <DirectiveInputs />
    </SimpleForm>
  </Create>
);
