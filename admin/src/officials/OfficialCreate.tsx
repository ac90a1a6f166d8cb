import { Create, SimpleForm } from 'react-admin';
import { OfficialInputs } from './OfficialInputs.js';

export const OfficialCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ category: 'CONG_CHUC', isSample: false }}>
      <OfficialInputs />
    </SimpleForm>
  </Create>
);
