import { Create, SimpleForm, type RaRecord } from 'react-admin';
import { OfficialAssignmentInputs } from './OfficialAssignmentInputs.js';

const backToOfficial = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `Official/${data?.officialId}/show`;

export const OfficialAssignmentCreate = () => (
  <Create redirect={backToOfficial}>
    <SimpleForm defaultValues={{ role: 'MEMBER', dutyGroup: 'OTHER' }}>
      <OfficialAssignmentInputs />
    </SimpleForm>
  </Create>
);
