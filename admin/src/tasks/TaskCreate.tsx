import { Create, SimpleForm } from 'react-admin';
import { todayInVietnam } from '../common/format.js';
import { TaskInputs } from './TaskInputs.js';

export const TaskCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={() => ({ startDate: todayInVietnam(), weight: 1 })}>
      <TaskInputs />
    </SimpleForm>
  </Create>
);
