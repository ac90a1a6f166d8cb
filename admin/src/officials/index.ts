import OfficialIcon from '@mui/icons-material/Badge';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const OfficialCreate = lazyPage(() => import('./OfficialCreate.js'), 'OfficialCreate');
const OfficialEdit = lazyPage(() => import('./OfficialEdit.js'), 'OfficialEdit');
const OfficialList = lazyPage(() => import('./OfficialList.js'), 'OfficialList');
const OfficialShow = lazyPage(() => import('./OfficialShow.js'), 'OfficialShow');

export default {
  list: OfficialList,
  show: OfficialShow,
  edit: OfficialEdit,
  create: OfficialCreate,
  icon: OfficialIcon,
  recordRepresentation: (record: RaRecord) => record.fullName,
};
