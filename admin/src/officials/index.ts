import OfficialIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { OfficialCreate } from './OfficialCreate.js';
import { OfficialEdit } from './OfficialEdit.js';
import { OfficialList } from './OfficialList.js';
import { OfficialShow } from './OfficialShow.js';

export default {
  list: OfficialList,
  show: OfficialShow,
  edit: OfficialEdit,
  create: OfficialCreate,
  icon: OfficialIcon,
  recordRepresentation: (record: RaRecord) => record.fullName,
};
