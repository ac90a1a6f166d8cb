import DocumentIcon from '@mui/icons-material/Description';
import type { RaRecord } from 'react-admin';
import { DocumentCreate } from './DocumentCreate.js';
import { DocumentEdit } from './DocumentEdit.js';
import { DocumentList } from './DocumentList.js';
import { DocumentShow } from './DocumentShow.js';

export default {
  list: DocumentList,
  show: DocumentShow,
  edit: DocumentEdit,
  create: DocumentCreate,
  icon: DocumentIcon,
  recordRepresentation: (record: RaRecord) => `${record.number} — ${record.title}`,
};
