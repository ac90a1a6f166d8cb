import { Create, SimpleForm } from 'react-admin';
import { DocumentInputs } from './DocumentInputs.js';

export const DocumentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'CONCLUSION', isSample: false }}>
      <DocumentInputs />
    </SimpleForm>
  </Create>
);
