import UnitIcon from '@mui/icons-material/AccountTree';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const UnitCreate = lazyPage(() => import('./UnitCreate.js'), 'UnitCreate');
const UnitEdit = lazyPage(() => import('./UnitEdit.js'), 'UnitEdit');
const UnitList = lazyPage(() => import('./UnitList.js'), 'UnitList');
const UnitShow = lazyPage(() => import('./UnitShow.js'), 'UnitShow');

export default {
  list: UnitList,
  show: UnitShow,
  edit: UnitEdit,
  create: UnitCreate,
  icon: UnitIcon,
  recordRepresentation: (record: RaRecord) => record.name,
};
