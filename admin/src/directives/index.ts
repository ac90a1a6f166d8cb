import DirectiveIcon from '@mui/icons-material/Campaign';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const DirectiveCreate = lazyPage(() => import('./DirectiveCreate.js'), 'DirectiveCreate');
const DirectiveEdit = lazyPage(() => import('./DirectiveEdit.js'), 'DirectiveEdit');
const DirectiveList = lazyPage(() => import('./DirectiveList.js'), 'DirectiveList');
const DirectiveShow = lazyPage(() => import('./DirectiveShow.js'), 'DirectiveShow');

const SHORT = 80;

export default {
  list: DirectiveList,
  show: DirectiveShow,
  edit: DirectiveEdit,
  create: DirectiveCreate,
  icon: DirectiveIcon,
  recordRepresentation: (record: RaRecord) =>
    `${record.number}. ${record.text.length > SHORT ? `${record.text.slice(0, SHORT)}…` : record.text}`,
};
