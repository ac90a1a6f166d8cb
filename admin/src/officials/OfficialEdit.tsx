import { Edit, SimpleForm } from 'react-admin';
import { OfficialInputs } from './OfficialInputs.js';

export const OfficialEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <OfficialInputs />
    </SimpleForm>
  </Edit>
);
