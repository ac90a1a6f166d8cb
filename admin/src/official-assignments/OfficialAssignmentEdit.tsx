import { Edit, SimpleForm, type RaRecord } from 'react-admin';
import { OfficialAssignmentInputs } from './OfficialAssignmentInputs.js';

const backToOfficial = (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) => `Official/${data?.officialId}/show`;

export const OfficialAssignmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect={backToOfficial}>
    <SimpleForm>
      <OfficialAssignmentInputs />
    </SimpleForm>
  </Edit>
);
