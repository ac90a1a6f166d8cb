import { Create, SimpleForm } from 'react-admin';
import { UnitInputs } from './UnitInputs.js';

export const UnitCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ isSample: false }}>
      <UnitInputs />
    </SimpleForm>
  </Create>
);
