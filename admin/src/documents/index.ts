import DocumentIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { lazyPage } from '../common/lazy-page.js';
const DocumentCreate = lazyPage(() => import('./DocumentCreate.js'), 'DocumentCreate');
const DocumentEdit = lazyPage(() => import('./DocumentEdit.js'), 'DocumentEdit');
const DocumentList = lazyPage(() => import('./DocumentList.js'), 'DocumentList');
const DocumentShow = lazyPage(() => import('./DocumentShow.js'), 'DocumentShow');

export default {
  list: DocumentList,
  show: DocumentShow,
  edit: DocumentEdit,
  create: DocumentCreate,
  icon: DocumentIcon,
  recordRepresentation: (record: RaRecord) => `${record.number} — ${record.title}`,
};
