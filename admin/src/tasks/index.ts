import TaskIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const TaskCreate = lazyPage(() => import('./TaskCreate.js'), 'TaskCreate');
const TaskEdit = lazyPage(() => import('./TaskEdit.js'), 'TaskEdit');
const TaskList = lazyPage(() => import('./TaskList.js'), 'TaskList');
const TaskShow = lazyPage(() => import('./TaskShow.js'), 'TaskShow');

export default {
  list: TaskList,
  show: TaskShow,
  edit: TaskEdit,
  create: TaskCreate,
  icon: TaskIcon,
  recordRepresentation: (record: RaRecord) => record.title,
};
