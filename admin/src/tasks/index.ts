import TaskIcon from '@mui/icons-material/Assignment';
import type { RaRecord } from 'react-admin';
import { TaskCreate } from './TaskCreate.js';
import { TaskEdit } from './TaskEdit.js';
import { TaskList } from './TaskList.js';
import { TaskShow } from './TaskShow.js';

export default {
  list: TaskList,
  show: TaskShow,
  edit: TaskEdit,
  create: TaskCreate,
  icon: TaskIcon,
  recordRepresentation: (record: RaRecord) => record.title,
};
